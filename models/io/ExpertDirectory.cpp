#include "ExpertDirectory.h"

#include "DirectoryPage.h"
#include "RecordJson.h"
#include "RecordPager.h"
#include "i18n/Translations.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QSaveFile>

#include <memory>
#include <vector>

namespace ed {

namespace {
    QString tr(const char *text)
    {
        return QCoreApplication::translate("ed::ExpertDirectory", text);
    }
} // namespace

RecordFilter ExpertDirectory::listedExperts()
{
    RecordFilter filter;
    filter.status = QStringLiteral("active");
    filter.extraCondition
        = QStringLiteral("experts.consent_date IS NOT NULL AND experts.consent_date <> ''");
    return filter;
}

const QStringList &ExpertDirectory::publicFields()
{
    static const QStringList fields = { QStringLiteral("name"), QStringLiteral("name_ar"),
        QStringLiteral("nationality"), QStringLiteral("country"), QStringLiteral("employer"),
        QStringLiteral("position"), QStringLiteral("degree"), QStringLiteral("years_experience"),
        QStringLiteral("sectors"), QStringLiteral("skills"), QStringLiteral("languages") };
    return fields;
}

QByteArray ExpertDirectory::jsonEntry(const QVariantMap &expert)
{
    const EntitySpec &spec = Schema::experts();
    RecordJson::Members members;
    for (const QString &name : publicFields()) {
        const FieldSpec *field = spec.field(name);
        QJsonValue value = RecordJson::fieldValue(*field, expert.value(name));
        // Skills and languages carry levels and years the expert gave for matching, not for the
        // public.
        if (name == QLatin1String("skills") || name == QLatin1String("languages")) {
            const QString key
                = name == QLatin1String("skills") ? QStringLiteral("name") : QStringLiteral("code");
            QJsonArray names;
            for (const QVariant &item : expert.value(name).toList())
                names.append(item.toMap().value(key).toString());
            value = names;
        }
        members.append({ name, value });
    }
    return RecordJson::compact(members);
}

DirectoryResult ExpertDirectory::write(const RecordRepository &repository, const QString &folder,
    const QDate &published, const ExportProgress &progress)
{
    DirectoryResult result;
    if (!QDir().mkpath(folder)) {
        result.error = tr("Cannot create the folder %1.").arg(folder);
        return result;
    }
    const QDir dir(folder);
    std::vector<std::unique_ptr<DirectoryPage>> pages;
    for (const QString &language : Translations::languages())
        pages.push_back(std::make_unique<DirectoryPage>(language, repository.reference()));

    // Every file is written beside its final name; the renames come only once all four are
    // complete, so a failure or a cancel while writing leaves the previous directory whole.
    std::vector<std::unique_ptr<QSaveFile>> files;
    QStringList names { QStringLiteral("directory.json") };
    for (const auto &page : pages)
        names << DirectoryPage::fileName(page->language());
    for (const QString &name : names) {
        auto file = std::make_unique<QSaveFile>(dir.filePath(name));
        if (!file->open(QIODevice::WriteOnly)) {
            result.error = tr("Cannot write %1: %2").arg(file->fileName(), file->errorString());
            return result;
        }
        files.push_back(std::move(file));
    }
    auto writeAll = [&](const std::function<QByteArray(int)> &content) {
        for (size_t i = 0; i < files.size(); ++i) {
            const QByteArray bytes = content(int(i));
            if (files[i]->write(bytes) != bytes.size())
                return false;
        }
        return true;
    };

    RecordPager pager(repository, Schema::experts(), listedExperts(), RecordExport::kPageSize);
    const int total = pager.total();
    bool ok = writeAll(
        [&](int i) { return i == 0 ? QByteArray("[") : pages[size_t(i - 1)]->head(published); });
    if (progress && !progress(0, total))
        result.cancelled = true;
    while (ok && !result.cancelled) {
        const QList<QVariantMap> page = pager.next();
        if (page.isEmpty())
            break;
        for (const QVariantMap &expert : page) {
            const bool first = result.experts == 0;
            ok = ok && writeAll([&](int i) {
                return i == 0 ? (first ? "\n  " : ",\n  ") + jsonEntry(expert)
                              : pages[size_t(i - 1)]->row(expert);
            });
            ++result.experts;
        }
        if (!ok)
            break;
        if (progress && !progress(result.experts, qMax(total, result.experts)))
            result.cancelled = true;
    }
    if (result.cancelled)
        return result; // the QSaveFiles, uncommitted, remove their temporary files
    if (ok && !pager.complete()) {
        result.error = RecordExport::incomplete(pager.read(), pager.total());
        return result;
    }
    const bool empty = result.experts == 0;
    ok = ok && writeAll([&](int i) {
        return i == 0 ? QByteArray(empty ? "]\n" : "\n]\n") : pages[size_t(i - 1)]->tail();
    });
    for (const auto &file : files) {
        if (!ok)
            break;
        ok = file->commit();
        if (ok)
            result.files << QFileInfo(file->fileName()).fileName();
        else
            result.error = tr("Cannot write %1: %2").arg(file->fileName(), file->errorString());
    }
    if (!ok && result.error.isEmpty())
        result.error = tr("Cannot write the directory in %1.").arg(folder);
    result.ok = ok;
    return result;
}

} // namespace ed

// Usage: isocodes_countries MEMBERS.tsv OVERRIDES.tsv ISO_3166-1.json LOCALEDIR OUT.tsv
// Writes alpha_2, alpha_3, status, name_en, name_fr, name_ar for each OIC member state.
#include "MoCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

static int fail(const QString &message)
{
    std::fprintf(stderr, "isocodes_countries: %s\n", qPrintable(message));
    return 1;
}

int main(int argc, char **argv)
{
    if (argc != 6)
        return fail(QStringLiteral("usage: isocodes_countries MEMBERS.tsv OVERRIDES.tsv ISO.json LOCALEDIR OUT.tsv"));
    const QString membersPath = QString::fromLocal8Bit(argv[1]);
    const QString jsonPath = QString::fromLocal8Bit(argv[3]);
    const QString localeDir = QString::fromLocal8Bit(argv[4]);

    // Names the catalogues lack (alpha_2 + language → name), each with its source in the file.
    QHash<QString, QString> overrides;
    QString overridesError;
    if (!readNameOverrides(QString::fromLocal8Bit(argv[2]), &overrides, &overridesError))
        return fail(overridesError);

    QFile jsonFile(jsonPath);
    if (!jsonFile.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1 (install Debian's iso-codes)").arg(jsonPath));
    QHash<QString, QJsonObject> byAlpha2;
    const QJsonArray entries = QJsonDocument::fromJson(jsonFile.readAll())
                                       .object()
                                       .value(QLatin1String("3166-1"))
                                       .toArray();
    for (const QJsonValue &entry : entries)
        byAlpha2.insert(entry[QLatin1String("alpha_2")].toString(), entry.toObject());

    MoCatalog french, arabic;
    QString error;
    if (!french.load(localeDir + QLatin1String("/fr/LC_MESSAGES/iso_3166-1.mo"), &error)
        || !arabic.load(localeDir + QLatin1String("/ar/LC_MESSAGES/iso_3166-1.mo"), &error))
        return fail(error);

    QFile members(membersPath);
    if (!members.open(QIODevice::ReadOnly | QIODevice::Text))
        return fail(QStringLiteral("cannot read %1").arg(membersPath));
    QSaveFile out(QString::fromLocal8Bit(argv[5]));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Text))
        return fail(QStringLiteral("cannot write %1").arg(out.fileName()));
    QTextStream in(&members);
    QTextStream os(&out);
    in.readLine(); // header
    int written = 0;
    while (!in.atEnd()) {
        const QStringList columns = in.readLine().split(QLatin1Char('\t'));
        if (columns.size() < 4)
            continue;
        const QJsonObject iso = byAlpha2.value(columns.at(0));
        if (iso.isEmpty())
            return fail(QStringLiteral("%1 is not in iso-codes").arg(columns.at(0)));
        // The short common name ("Iran") reads better in lists than the formal ISO name; the
        // official names ("Islamic Republic of Afghanistan") are for formal documents only.
        const QString englishOverride = overrides.value(columns.at(0) + QLatin1String("en"));
        const QString english = !englishOverride.isEmpty() ? englishOverride
                : iso.contains(QLatin1String("common_name"))
                ? iso.value(QLatin1String("common_name")).toString()
                : iso.value(QLatin1String("name")).toString();
        const QString status = columns.at(3).startsWith(QLatin1String("suspended"))
                ? QStringLiteral("suspended")
                : QStringLiteral("member");
        // The short forms only, common name first; a catalogue's translation may equal the
        // English ("Mali"). Where a catalogue has only the inverted ISO form ("Iran, République
        // islamique d'"), the overrides file gives the common short name with its source.
        auto localized = [&](const MoCatalog &catalog, const char *language) {
            const QString override = overrides.value(columns.at(0) + QLatin1String(language));
            if (!override.isEmpty())
                return override;
            for (const char *key : { "common_name", "name" }) {
                const QString msgid = iso.value(QLatin1String(key)).toString();
                if (!msgid.isEmpty() && catalog.contains(msgid))
                    return catalog.translate(msgid);
            }
            return english;
        };
        os << columns.at(0) << '\t' << columns.at(1) << '\t' << status << '\t' << english << '\t'
           << localized(french, "fr") << '\t' << localized(arabic, "ar") << '\n';
        ++written;
    }
    if (written != 57)
        return fail(QStringLiteral("expected 57 OIC member states, read %1").arg(written));
    if (!out.commit())
        return fail(QStringLiteral("cannot write %1").arg(out.fileName()));
    return 0;
}

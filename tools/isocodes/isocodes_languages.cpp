// Usage: isocodes_languages ISO_639-2.json OVERRIDES.tsv LOCALEDIR OUT.tsv
// Writes code, name_en, name_fr, name_ar for every language with an ISO 639-1 (two-letter)
// code: the codes the app stores for spoken and host languages.
#include "MoCatalog.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

static int fail(const QString &message)
{
    std::fprintf(stderr, "isocodes_languages: %s\n", qPrintable(message));
    return 1;
}

// iso-codes lists variants after semicolons ("Divehi; Dhivehi; Maldivian"); a list shows one.
static QString firstName(const QString &name)
{
    return name.section(QLatin1Char(';'), 0, 0).trimmed();
}

int main(int argc, char **argv)
{
    if (argc != 5)
        return fail(QStringLiteral("usage: isocodes_languages ISO_639-2.json OVERRIDES.tsv LOCALEDIR OUT.tsv"));
    QFile jsonFile(QString::fromLocal8Bit(argv[1]));
    if (!jsonFile.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1 (install Debian's iso-codes)").arg(jsonFile.fileName()));
    // Names the catalogues lack or get wrong (code + language → name), each with its reason.
    QHash<QString, QString> overrides;
    QString overridesError;
    if (!readNameOverrides(QString::fromLocal8Bit(argv[2]), &overrides, &overridesError))
        return fail(overridesError);
    const QString localeDir = QString::fromLocal8Bit(argv[3]);
    MoCatalog french, arabic;
    QString error;
    if (!french.load(localeDir + QLatin1String("/fr/LC_MESSAGES/iso_639-2.mo"), &error)
        || !arabic.load(localeDir + QLatin1String("/ar/LC_MESSAGES/iso_639-2.mo"), &error))
        return fail(error);

    QSaveFile out(QString::fromLocal8Bit(argv[4]));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Text))
        return fail(QStringLiteral("cannot write %1").arg(out.fileName()));
    QTextStream os(&out);
    int written = 0;
    const QJsonArray entries = QJsonDocument::fromJson(jsonFile.readAll()).object().value(QLatin1String("639-2")).toArray();
    for (const QJsonValue &entry : entries) {
        const QString code = entry[QLatin1String("alpha_2")].toString();
        if (code.isEmpty())
            continue;
        const QString name = entry[QLatin1String("name")].toString();
        const QString fr = overrides.value(code + QLatin1String("fr"), firstName(french.translate(name)));
        const QString ar = overrides.value(code + QLatin1String("ar"), firstName(arabic.translate(name)));
        os << code << '\t' << firstName(name) << '\t' << fr << '\t' << ar << '\n';
        ++written;
    }
    if (written < 150)
        return fail(QStringLiteral("expected the ISO 639-1 languages, read %1").arg(written));
    return out.commit() ? 0 : fail(QStringLiteral("cannot write %1").arg(out.fileName()));
}

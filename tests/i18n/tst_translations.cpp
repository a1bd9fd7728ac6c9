// The French and Arabic catalogues are complete and current, and the built ones load.
#include "TsCatalogue.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QSet>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace TsCatalogue;

namespace {

QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%L?(\\d+|n)"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void catalogueIsCurrent_data();
    void catalogueIsCurrent();
    void builtCataloguesLoad();
    void runtimeContextsAreInTheCatalogue();
};

void TestTranslations::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("fr") << "fr";
    QTest::newRow("ar") << "ar";
}

void TestTranslations::catalogueIsComplete()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages = readTs(QStringLiteral(EXPERTDESK_TS_DIR "/expertdesk_%1.ts").arg(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.size() > 100, "the catalogue should hold every user-visible string");
    QStringList problems;
    for (const Message &m : messages) {
        const QString where = m.context + QLatin1String(": ") + m.source;
        if (m.type == QLatin1String("unfinished"))
            problems << QLatin1String("unfinished: ") + where;
        else if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            problems << QLatin1String("obsolete: ") + where;
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty())
                problems << QLatin1String("empty: ") + where;
            else if (placeholders(t) != placeholders(m.source) && !placeholders(m.source).contains(QLatin1String("%n"))
                     && !placeholders(m.source).contains(QLatin1String("%Ln")))
                problems << QLatin1String("placeholders differ: ") + where;
            // An & between two letters breaks the joining of Arabic letters: it goes before a word.
            static const QRegularExpression insideWord(QStringLiteral("[\\x{0600}-\\x{06FF}]&[\\x{0600}-\\x{06FF}]"));
            if (t.contains(insideWord))
                problems << QLatin1String("mnemonic inside an Arabic word: ") + where;
        }
        if (m.source.contains(QLatin1String("...")))
            problems << QLatin1String("use … not ...: ") + where;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 25).join(QLatin1Char('\n'))));
}

void TestTranslations::catalogueIsCurrent_data()
{
    catalogueIsComplete_data();
}

void TestTranslations::catalogueIsCurrent()
{
    // lupdate over the sources into a copy: any string the catalogue lacks shows up unfinished.
    QFETCH(QString, language);
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy_%1.ts").arg(language));
    QVERIFY(QFile::copy(QStringLiteral(EXPERTDESK_TS_DIR "/expertdesk_%1.ts").arg(language), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const QString root = qEnvironmentVariable("EXPERTDESK_SOURCE_DIR");
    QStringList arguments { QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"), QStringLiteral("-silent") };
    for (const char *folder : { "app", "ui", "models", "server" }) {
        if (QDir(root + QLatin1Char('/') + QLatin1String(folder)).exists())
            arguments << root + QLatin1Char('/') + QLatin1String(folder);
    }
    arguments << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.start(QStringLiteral(EXPERTDESK_LUPDATE), arguments);
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    QString error;
    QStringList missing;
    for (const Message &m : readTs(copy, &error)) {
        if (m.type == QLatin1String("unfinished"))
            missing << m.context + QLatin1String(": ") + m.source;
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QLatin1String("not in the catalogue (run the update_translations target and translate):\n")
                                           + missing.mid(0, 25).join(QLatin1Char('\n'))));
}

void TestTranslations::builtCataloguesLoad()
{
    ed::Translations translations;
    QVERIFY(translations.setLanguage(QStringLiteral("fr")));
    QCOMPARE(QCoreApplication::translate("Field", "Nationality"), QStringLiteral("Nationalité"));
    QVERIFY(translations.setLanguage(QStringLiteral("ar")));
    QCOMPARE(QCoreApplication::translate("Field", "Nationality"), QStringLiteral("الجنسية"));
    QVERIFY(translations.setLanguage(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("Field", "Nationality"), QStringLiteral("Nationality"));
    QVERIFY(!translations.setLanguage(QStringLiteral("xx")));
}

void TestTranslations::runtimeContextsAreInTheCatalogue()
{
    // A string looked up under another context than the one lupdate filed it under stays English
    // although the catalogue translates it: every explicit context must be one lupdate knows.
    QString error;
    QSet<QString> contexts;
    for (const Message &m : readTs(QStringLiteral(EXPERTDESK_TS_DIR "/expertdesk_fr.ts"), &error))
        contexts.insert(m.context);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    static const QRegularExpression call(QStringLiteral("translate\\(\\s*\"([^\"]+)\""));
    QStringList unknown;
    const QString root = qEnvironmentVariable("EXPERTDESK_SOURCE_DIR");
    for (const char *folder : { "app", "ui", "models", "server" }) {
        QDirIterator it(root + QLatin1Char('/') + QLatin1String(folder), { QStringLiteral("*.cpp"), QStringLiteral("*.h") },
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            for (auto match = call.globalMatch(text); match.hasNext();) {
                const QString context = match.next().captured(1);
                if (!contexts.contains(context))
                    unknown << file.fileName() + QLatin1String(": ") + context;
            }
        }
    }
    QVERIFY2(unknown.isEmpty(), qPrintable(unknown.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

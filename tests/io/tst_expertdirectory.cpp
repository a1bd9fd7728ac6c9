#include "ExportFixture.h"

#include "io/ExpertDirectory.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace ed;
using namespace ExportFixture;

class TestExpertDirectory : public QObject {
    Q_OBJECT
private slots:
    void init();
    void listsOnlyActiveExpertsWhoConsented();
    void noPrivateFieldAnywhere();
    void pagesPerLanguage();
    void valuesAreEscaped();
    void cancelledDirectoryWritesNothing();

private:
    QString folder() const { return t->dir.filePath(QStringLiteral("public")); }
    QString allOutput() const;

    std::unique_ptr<TestDatabase> t;
    Experts ids;
    DirectoryResult result;
    const QStringList files = { QStringLiteral("directory.json"), QStringLiteral("index.html"),
        QStringLiteral("index.fr.html"), QStringLiteral("index.ar.html") };
};

void TestExpertDirectory::init()
{
    t = std::make_unique<TestDatabase>();
    QVERIFY(t->open());
    QVERIFY(addExperts(*t, &ids));
    // Private details the directory must never show, on every expert.
    const QStringList everyone = { ids.senegalId, ids.arabicId, ids.pakistanId };
    for (int i = 0; i < everyone.size(); ++i) {
        QVERIFY(
            t->repository
                ->update(Schema::experts(), everyone.at(i),
                    { { QStringLiteral("phone"), QStringLiteral("+221 77 555 01%1").arg(i) },
                        { QStringLiteral("city"), QStringLiteral("Privatecity%1").arg(i) },
                        { QStringLiteral("airport"), QStringLiteral("ZQ%1").arg(i) },
                        { QStringLiteral("passport_expiry"),
                            QStringLiteral("2031-0%1-17").arg(i + 1) },
                        { QStringLiteral("notes"), QStringLiteral("Confidential note %1").arg(i) },
                        { QStringLiteral("unavailability"),
                            QVariantList { QVariantMap {
                                { QStringLiteral("start"),
                                    QStringLiteral("2027-03-0%1").arg(i + 1) },
                                { QStringLiteral("end"), QStringLiteral("2027-03-2%1").arg(i + 1) },
                                { QStringLiteral("reason"),
                                    QStringLiteral("Secret leave %1").arg(i) } } } } })
                .ok());
    }
    // Imran gave no consent (fixture); Fatima withdraws from the roster.
    QVERIFY(t->repository
                ->update(Schema::experts(), ids.arabicId,
                    { { QStringLiteral("status"), QStringLiteral("inactive") } })
                .ok());
    // Amina consents and is active; give her an employer that needs escaping.
    QVERIFY(t->repository
                ->update(Schema::experts(), ids.senegalId,
                    { { QStringLiteral("employer"), QStringLiteral("Diallo & <Fils> \"SARL\"") } })
                .ok());
    result = ExpertDirectory::write(*t->repository, folder(), QDate(2026, 12, 7));
    QVERIFY2(result.ok, qPrintable(result.error));
}

QString TestExpertDirectory::allOutput() const
{
    QString text;
    for (const QString &name : QDir(folder()).entryList(QDir::Files))
        text += QString::fromUtf8(readAll(QDir(folder()).filePath(name)));
    return text;
}

void TestExpertDirectory::listsOnlyActiveExpertsWhoConsented()
{
    QCOMPARE(result.experts, 1);
    for (const QString &name : files)
        QVERIFY2(QFile::exists(QDir(folder()).filePath(name)), qPrintable(name));
    const QJsonArray entries = QJsonDocument::fromJson(
        readAll(QDir(folder()).filePath(QStringLiteral("directory.json"))))
                                   .array();
    QCOMPARE(entries.size(), 1);
    const QJsonObject amina = entries.at(0).toObject();
    QCOMPARE(amina.value("name").toString(), QStringLiteral("Amina Diallo"));
    QCOMPARE(amina.value("country").toString(), QStringLiteral("SN"));
    QCOMPARE(amina.value("skills").toArray(), QJsonArray { QStringLiteral("MRI maintenance") });
    QCOMPARE(amina.value("years_experience").toInt(), 12);
    for (const QString &key : amina.keys())
        QVERIFY2(!QStringList({ "email", "phone", "city", "airport", "passport_expiry", "notes",
                                  "unavailability", "id" })
                      .contains(key),
            qPrintable(key));
    const QString text = allOutput();
    QVERIFY(text.contains(QStringLiteral("Amina Diallo")));
    QVERIFY(!text.contains(QStringLiteral("Imran"))); // no consent
    QVERIFY(!text.contains(QStringLiteral("Fatima"))); // inactive
    QVERIFY(!text.contains(QStringLiteral("فاطمة")));
}

void TestExpertDirectory::noPrivateFieldAnywhere()
{
    const QString text = allOutput();
    QVERIFY(!text.contains(QLatin1Char('@')));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(!text.contains(QStringLiteral("555 01%1").arg(i)));
        QVERIFY(!text.contains(QStringLiteral("Privatecity%1").arg(i)));
        QVERIFY(!text.contains(QStringLiteral("ZQ%1").arg(i)));
        QVERIFY(!text.contains(QStringLiteral("2031-0%1-17").arg(i + 1)));
        QVERIFY(!text.contains(QStringLiteral("Confidential note")));
        QVERIFY(!text.contains(QStringLiteral("Secret leave")));
    }
}

void TestExpertDirectory::pagesPerLanguage()
{
    const QString en
        = QString::fromUtf8(readAll(QDir(folder()).filePath(QStringLiteral("index.html"))));
    const QString fr
        = QString::fromUtf8(readAll(QDir(folder()).filePath(QStringLiteral("index.fr.html"))));
    const QString ar
        = QString::fromUtf8(readAll(QDir(folder()).filePath(QStringLiteral("index.ar.html"))));
    QVERIFY(ar.contains(QStringLiteral("<html lang=\"ar\" dir=\"rtl\">")));
    QVERIFY(fr.contains(QStringLiteral("<html lang=\"fr\" dir=\"ltr\">")));
    QVERIFY(en.contains(QStringLiteral("<th>Nationality</th>")));
    QVERIFY(fr.contains(QStringLiteral("<th>Nationalité</th>")));
    QVERIFY(fr.contains(QStringLiteral("Sénégal")));
    const QString senegalAr = t->reference.countryName(QStringLiteral("SN"), QStringLiteral("ar"));
    QVERIFY(!senegalAr.isEmpty() && senegalAr != QLatin1String("Senegal"));
    QVERIFY(ar.contains(senegalAr));
    QVERIFY(!ar.contains(QStringLiteral("Sénégal")));
    for (const QString &page : { en, fr, ar }) {
        QVERIFY(page.contains(QStringLiteral("<input type=\"search\"")));
        QVERIFY(page.contains(QStringLiteral("addEventListener('input'")));
        // Nothing is fetched from elsewhere: no external script, style, font or image.
        QVERIFY(!page.contains(QRegularExpression(QStringLiteral("(src|href)=\"(https?:)?//"))));
        QVERIFY(!page.contains(QStringLiteral("<link")));
        QCOMPARE(page.count(QStringLiteral("<tr>")), 2); // header and Amina
    }
    // The page's own texts come from each language's catalogue, whatever the interface language.
    QVERIFY(en.contains(QStringLiteral("<h1>COMSTECH Expert Directory</h1>")));
    QVERIFY(!fr.contains(QStringLiteral("COMSTECH Expert Directory")));
    QVERIFY(!ar.contains(QStringLiteral("COMSTECH Expert Directory")));
    QVERIFY(!ar.contains(QStringLiteral("Search by name")));
}

void TestExpertDirectory::valuesAreEscaped()
{
    const QString en
        = QString::fromUtf8(readAll(QDir(folder()).filePath(QStringLiteral("index.html"))));
    QVERIFY(en.contains(QStringLiteral("Diallo &amp; &lt;Fils&gt; &quot;SARL&quot;")));
    QVERIFY(!en.contains(QStringLiteral("<Fils>")));
}

void TestExpertDirectory::cancelledDirectoryWritesNothing()
{
    const QString other = t->dir.filePath(QStringLiteral("cancelled"));
    const DirectoryResult cancelled = ExpertDirectory::write(
        *t->repository, other, QDate(2026, 12, 7), [](int, int) { return false; });
    QVERIFY(cancelled.cancelled);
    QVERIFY(QDir(other).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

QTEST_GUILESS_MAIN(TestExpertDirectory)
#include "tst_expertdirectory.moc"

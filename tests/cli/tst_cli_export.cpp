// End-to-end tests of `expertdesk-cli export` on a demo database: each format against what
// `list --json` prints for the same filter, the directory against the experts' private fields,
// and the messages of the mistakes people make.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestCliExport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    CliResult cli(QStringList arguments) const
    {
        return runCli(QStringList { QStringLiteral("--db"), m_db } + arguments);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QByteArray read(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static QSet<QString> ids(const QJsonArray &records)
    {
        QSet<QString> set;
        for (const QJsonValue &record : records)
            set.insert(record.toObject().value(QStringLiteral("id")).toString());
        return set;
    }

private slots:
    void initTestCase();
    void formatsAgreeWithList_data();
    void formatsAgreeWithList();
    void jsonEqualsList();
    void directoryHidesPrivateFields();
    void mistakes_data();
    void mistakes();
};

void TestCliExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const CliResult init
        = cli({ QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("200") });
    QVERIFY2(init.exitCode == 0, qPrintable(init.errText()));
}

void TestCliExport::formatsAgreeWithList_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("filter");
    QTest::newRow("csv, country") << "csv" << QStringList { "--country", "PK" };
    QTest::newRow("xlsx, sector") << "xlsx" << QStringList { "--sector", "BME" };
    QTest::newRow("json, status") << "json" << QStringList { "--status", "inactive" };
    QTest::newRow("csv, search") << "csv" << QStringList { "--search", "maintenance" };
}

void TestCliExport::formatsAgreeWithList()
{
    QFETCH(QString, format);
    QFETCH(QStringList, filter);
    const CliResult list = cli(QStringList { "list", "experts", "--json" } + filter);
    QCOMPARE(list.exitCode, 0);
    const int expected = int(list.array().size());
    QVERIFY(expected > 0);
    QVERIFY(expected < 200); // the filter did something
    const QString out = path(QStringLiteral("experts-%1.%2")
                                 .arg(QTest::currentDataTag())
                                 .arg(format)
                                 .replace(' ', '_')
                                 .replace(',', '_'));
    const CliResult result = cli(
        QStringList { "export", "experts", "--format", format, "--out", out, "--json" } + filter);
    QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
    const QJsonObject summary = result.object();
    QCOMPARE(summary.value("type").toString(), QStringLiteral("experts"));
    QCOMPARE(summary.value("format").toString(), format);
    QCOMPARE(summary.value("out").toString(), out);
    QCOMPARE(summary.value("rows").toInt(), expected);
    const QByteArray bytes = read(out);
    if (format == QLatin1String("csv")) {
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        // Every expert's e-mail has no comma, quote or line break: one line per record.
        for (const QJsonValue &record : list.array())
            QVERIFY(bytes.contains(record.toObject().value("email").toString().toUtf8() + ','));
    } else if (format == QLatin1String("xlsx")) {
        QVERIFY(bytes.startsWith("PK\x03\x04")); // a zip container
    } else {
        QCOMPARE(ids(QJsonDocument::fromJson(bytes).array()), ids(list.array()));
    }
}

void TestCliExport::jsonEqualsList()
{
    const QString out = path(QStringLiteral("needs.json"));
    QCOMPARE(cli({ "export", "needs", "--format", "json", "--out", out }).exitCode, 0);
    const QJsonArray exported = QJsonDocument::fromJson(read(out)).array();
    const QJsonArray listed = cli({ "list", "needs", "--json" }).array();
    QCOMPARE(exported.size(), listed.size());
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &record : listed)
        byId.insert(record.toObject().value("id").toString(), record.toObject());
    for (const QJsonValue &record : exported)
        QCOMPARE(record.toObject(), byId.value(record.toObject().value("id").toString()));
}

void TestCliExport::directoryHidesPrivateFields()
{
    const QString out = path(QStringLiteral("directory"));
    const CliResult result = cli({ "export", "directory", "--out", out, "--json" });
    QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
    const QJsonArray experts = cli({ "list", "experts", "--json" }).array();
    QStringList listed;
    QStringList hidden;
    for (const QJsonValue &value : experts) {
        const QJsonObject e = value.toObject();
        if (e.value("status").toString() == QLatin1String("active")
            && !e.value("consent_date").toString().isEmpty())
            listed << e.value("name").toString();
        else
            hidden << e.value("name").toString();
    }
    QCOMPARE(result.object().value("rows").toInt(), listed.size());
    QVERIFY(!hidden.isEmpty());
    QString all;
    for (const char *file : { "directory.json", "index.html", "index.fr.html", "index.ar.html" }) {
        const QByteArray bytes = read(QDir(out).filePath(QString::fromUtf8(file)));
        QVERIFY2(!bytes.isEmpty(), file);
        all += QString::fromUtf8(bytes);
    }
    QVERIFY(all.contains("dir=\"rtl\""));
    for (const QJsonValue &value : experts) {
        const QJsonObject e = value.toObject();
        QVERIFY2(
            !all.contains(e.value("email").toString()), qPrintable(e.value("email").toString()));
        const QString phone = e.value("phone").toString();
        QVERIFY(phone.isEmpty() || !all.contains(phone));
    }
    const QJsonArray directory
        = QJsonDocument::fromJson(read(QDir(out).filePath("directory.json"))).array();
    QStringList names;
    for (const QJsonValue &value : directory)
        names << value.toObject().value("name").toString();
    names.sort();
    listed.sort();
    QCOMPARE(names, listed);
}

void TestCliExport::mistakes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown type") << QStringList { "export", "planets", "--format", "csv", "--out",
        "x.csv" } << 2 << "Cannot export \"planets\"";
    QTest::newRow("evaluations") << QStringList { "export", "evaluations", "--format", "csv",
        "--out", "x.csv" } << 2 << "Cannot export";
    QTest::newRow("unknown format") << QStringList { "export", "experts", "--format", "pdf",
        "--out", "x.pdf" } << 2 << "Unknown format \"pdf\"";
    QTest::newRow("no format") << QStringList { "export", "experts", "--out", "x.csv" } << 2
                               << "--format";
    QTest::newRow("no out") << QStringList { "export", "experts", "--format", "csv" } << 2
                            << "--out";
    QTest::newRow("bad sector") << QStringList { "export", "needs", "--format", "csv", "--out",
        "x.csv", "--sector", "ZZZ" }
                                << 2 << "not a sector code";
    QTest::newRow("unwritable") << QStringList { "export", "experts", "--format", "csv", "--out",
        "/nonexistent-folder/x.csv" }
                                << 1 << "Cannot write /nonexistent-folder/x.csv";
    QTest::newRow("directory filter") << QStringList { "export", "directory", "--out", "d",
        "--country", "PK" } << 2 << "--country does not apply";
}

void TestCliExport::mistakes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliResult result = cli(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.errText().contains(message), qPrintable(result.errText()));
    QVERIFY(result.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"

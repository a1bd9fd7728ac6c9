// RecordCodec::appendJson writes the JSON text of outbox entries, field clocks and import
// sources without building Qt's JSON objects: it must give what QJsonDocument gives, byte for
// byte, for every value a record holds (the server and older copies read these texts).
#include "storage/RecordCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ed;

class TestRecordCodec : public QObject
{
    Q_OBJECT
private slots:
    void appendJsonIsWhatQtWrites_data();
    void appendJsonIsWhatQtWrites();
    void appendJsonAppends();
};

void TestRecordCodec::appendJsonIsWhatQtWrites_data()
{
    QTest::addColumn<QVariant>("value");
    const QString loneHigh = QString(QChar(0xd83d)) + "x";
    QTest::newRow("ascii") << QVariant("Amina Diallo");
    QTest::newRow("empty") << QVariant(QString(""));
    QTest::newRow("null string") << QVariant(QString());
    QTest::newRow("specials") << QVariant("say \"hi\" \\ / ok");
    QTest::newRow("controls") << QVariant(QString("a\nb\tc\rd\be\ff") + QChar(1) + QChar(0x1f) + QChar(0x7f));
    QTest::newRow("two-byte") << QVariant(QString::fromUtf8("Öztürk, Sénégal, Ωμέγα"));
    QTest::newRow("three-byte") << QVariant(QString::fromUtf8("محمد الخطيب — … €"));
    QTest::newRow("surrogate pair") << QVariant(QString::fromUtf8("ok \U0001F600 \U00010348"));
    QTest::newRow("lone surrogate") << QVariant(loneHigh);
    QTest::newRow("lone low surrogate") << QVariant(QString(QChar(0xdc00)));
    QTest::newRow("int") << QVariant(-42);
    QTest::newRow("long long") << QVariant(qlonglong(9007199254740991));
    QTest::newRow("zero") << QVariant(qlonglong(0));
    QTest::newRow("bool") << QVariant(true);
    QTest::newRow("real") << QVariant(2.5);
    QTest::newRow("nothing") << QVariant();
    QTest::newRow("list") << QVariant(QVariantList { "BME", 3, false, QVariant(), QString::fromUtf8("é") });
    QTest::newRow("string list") << QVariant(QStringList { "fr", "ar" });
    QTest::newRow("empty list") << QVariant(QVariantList {});
    QTest::newRow("list of maps") << QVariant(QVariantList {
        QVariantMap { { "name", "MRI maintenance" }, { "level", 4 }, { "years", 9 } },
        QVariantMap { { "start", "2026-01-01" }, { "reason", QString::fromUtf8("Ramadan \"off\"\n") } } });
    QTest::newRow("map") << QVariant(QVariantMap { { "b", 1 }, { "a", QVariantList { 1, 2 } }, { QString::fromUtf8("ключ"), "v" } });
    QTest::newRow("map with a lone surrogate key") << QVariant(QVariantMap { { loneHigh, 1 }, { "a", 2 } });
    QTest::newRow("empty map") << QVariant(QVariantMap {});
}

void TestRecordCodec::appendJsonIsWhatQtWrites()
{
    QFETCH(QVariant, value);
    // Qt's text for the value: the one element of an array, as appendJson's own fallback does not.
    const QByteArray array = QJsonDocument(QJsonArray { QJsonValue::fromVariant(value) }).toJson(QJsonDocument::Compact);
    QByteArray json;
    RecordCodec::appendJson(&json, value);
    QCOMPARE(json, array.mid(1, array.size() - 2));
}

void TestRecordCodec::appendJsonAppends()
{
    QByteArray json("{\"x\":");
    RecordCodec::appendJson(&json, QString::fromUtf8("é\""));
    json.append(',');
    RecordCodec::appendJson(&json, QVariantList { 1 });
    QCOMPARE(json, QByteArray("{\"x\":\"\xc3\xa9\\\"\",[1]"));
}

QTEST_GUILESS_MAIN(TestRecordCodec)
#include "tst_recordcodec.moc"

#include "sync/PullPageReader.h"
#include "sync/SyncProtocol.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ed;
using namespace ed::sync;

class TestSyncProtocol : public QObject {
    Q_OBJECT
private slots:
    void mutationRoundTrip();
    void fromOutboxRow();
    void badEnvelopes_data();
    void badEnvelopes();
    void digestIgnoresOrder();
    void digestCoversContent();
    void digestContentIsTheStoredForm();
    void rowsPage();
    void rowsPageTextStaysUtf8();
    void unreadablePagesAreRefused_data();
    void unreadablePagesAreRefused();
    void changesPagesStillRead();
};

namespace {
QJsonObject validMutation()
{
    return { { "mutation_id", "m-1" }, { "client_seq", 4 }, { "table_name", "experts" },
        { "row_id", "e-1" }, { "op", "update" },
        { "changes", QJsonObject { { "notes", QJsonObject { { "old", "a" }, { "new", "b" } } } } },
        { "base_version", 7 }, { "hlc", "1795334400000:00000:c" } };
}
} // namespace

void TestSyncProtocol::mutationRoundTrip()
{
    Mutation m;
    QString error;
    QVERIFY2(Mutation::fromJson(validMutation(), &m, &error), qPrintable(error));
    QCOMPARE(m.clientSeq, 4);
    QCOMPARE(m.op, MutationOp::Update);
    QCOMPARE(m.changes.value("notes").newValue.toString(), QString("b"));
    QCOMPARE(m.toJson(), validMutation());
}

void TestSyncProtocol::fromOutboxRow()
{
    const QVariantMap row { { "mutation_id", "m-2" }, { "client_seq", 9 },
        { "table_name", "needs" }, { "row_id", "n-1" }, { "op", "delete" },
        { "changes", R"({"deleted":{"old":false,"new":true}})" }, { "base_version", 3 },
        { "hlc", "1795334400000:00001:c" } };
    Mutation m;
    QString error;
    QVERIFY2(Mutation::fromOutboxRow(row, &m, &error), qPrintable(error));
    QCOMPARE(m.op, MutationOp::Delete);
    QVERIFY(m.changes.value("deleted").newValue.toBool());
}

void TestSyncProtocol::badEnvelopes_data()
{
    QTest::addColumn<QJsonObject>("request");
    QTest::addColumn<QString>("message");
    QJsonObject ok { { "client_id", "c" }, { "schema_version", 1 },
        { "mutations", QJsonArray { validMutation() } } };
    QJsonObject noClient = ok;
    noClient.remove("client_id");
    QTest::newRow("no client id") << noClient << "client_id";
    QJsonObject noSchema = ok;
    noSchema.remove("schema_version");
    QTest::newRow("no schema") << noSchema << "schema_version";
    QJsonArray many;
    for (int i = 0; i < kMaxMutationsPerPush + 1; ++i)
        many.append(validMutation());
    QJsonObject tooMany = ok;
    tooMany["mutations"] = many;
    QTest::newRow("too many") << tooMany << "at most 200";
    QJsonObject badOp = validMutation();
    badOp["op"] = "upsert";
    QJsonObject withBadOp = ok;
    withBadOp["mutations"] = QJsonArray { badOp };
    QTest::newRow("bad op") << withBadOp << "op must be";
    QJsonObject badSeq = validMutation();
    badSeq["client_seq"] = 1.5;
    QJsonObject withBadSeq = ok;
    withBadSeq["mutations"] = QJsonArray { badSeq };
    QTest::newRow("fractional seq") << withBadSeq << "client_seq";
}

void TestSyncProtocol::badEnvelopes()
{
    QFETCH(QJsonObject, request);
    QFETCH(QString, message);
    PushRequest parsed;
    QString error;
    QVERIFY(!PushRequest::fromJson(request, &parsed, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestSyncProtocol::digestIgnoresOrder()
{
    const QString a = digestHash({ { "b", 2, false, "x" }, { "a", 1, false, "y" } });
    QCOMPARE(a, digestHash({ { "a", 1, false, "y" }, { "b", 2, false, "x" } }));
    QVERIFY(a != digestHash({ { "a", 1, false, "y" }, { "b", 3, false, "x" } }));
    QCOMPARE(digestHash({}),
        QString("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    // One tombstone "a" at version 1: SHA-256 of the line "a\t1\n", its content not covered.
    QCOMPARE(digestHash({ { "a", 1, true, "ignored" } }),
        QString::fromLatin1(QCryptographicHash::hash("a\t1\n", QCryptographicHash::Sha256).toHex()));
    QCOMPARE(digestHash({ { "a", 1, true, "ignored" } }), digestHash({ { "a", 1, true, "other" } }));
}

void TestSyncProtocol::digestCoversContent()
{
    const EntitySpec &spec = Schema::institutions();
    QVariantList stored;
    for (const FieldSpec &field : spec.fields)
        stored << storedForm(field, nullptr);
    int name = 0;
    while (spec.fields.at(name).name != QLatin1String("name"))
        ++name;
    stored[name] = "Nul";
    const QByteArray nul = digestContent(spec, stored);
    stored[name] = QString::fromUtf8("Nul\0Byte", 8);
    QVERIFY(digestContent(spec, stored) != nul);
    QVERIFY(digestHash({ { "a", 1, false, nul } }) != digestHash({ { "a", 1, false, digestContent(spec, stored) } }));
    // NULL and an empty text, and two values that would run together, are told apart.
    stored[name] = QVariant();
    const QByteArray null = digestContent(spec, stored);
    stored[name] = QString();
    QVERIFY(digestContent(spec, stored) != null);
    stored[name] = "ab";
    const QByteArray joined = digestContent(spec, stored);
    stored[name] = "a";
    stored[name + 1] = QString("b") + stored.value(name + 1).toString();
    QVERIFY(digestContent(spec, stored) != joined);
}

void TestSyncProtocol::digestContentIsTheStoredForm()
{
    // What the server holds as JSON and what a copy's columns hold give the same content: a
    // number the server keeps as a JSON double, a list SQLite minified with its own escapes, a
    // bool stored as 0/1, a field the server left out taking its default.
    EntitySpec spec;
    spec.fields << FieldSpec { "count", FieldKind::Integer } << FieldSpec { "tags", FieldKind::Json }
                << FieldSpec { "active", FieldKind::Bool } << FieldSpec { "score", FieldKind::Real };
    spec.fields[1].defaultValue = QVariantList();
    const QVariant count = 3.0, active = true, score = 2.5;
    const QVariantList server { storedForm(spec.fields[0], &count), storedForm(spec.fields[1], nullptr),
        storedForm(spec.fields[2], &active), storedForm(spec.fields[3], &score) };
    const QVariantList copy { qlonglong(3), QString("[]"), 1, 2.5 };
    QCOMPARE(digestContent(spec, copy), digestContent(spec, server));
    const QVariant tags = QVariantList { QString::fromUtf8("\u062e/\u00e9") };
    const QVariantList serverTags { qlonglong(3), storedForm(spec.fields[1], &tags), 1, 2.5 };
    const QVariantList sqliteTags { qlonglong(3), QString("[\"\\u062e\\/\u00e9\"]"), 1, 2.5 };
    QCOMPARE(digestContent(spec, sqliteTags), digestContent(spec, serverTags));
    QCOMPARE(digestContent(spec, server), QByteArray("1:32:[]1:13:2.5"));
}

void TestSyncProtocol::rowsPage()
{
    // Columns are found by name; fields and field_hlc stay JSON text; the newest HLC of the page
    // is found without parsing them.
    const QJsonObject json {
        { "columns", QJsonArray { "id", "table_name", "version", "deleted", "fields", "field_hlc" } },
        { "rows",
            QJsonArray {
                QJsonArray { "a", "institutions", 7, false, "{\"name\":\"2024 clinic\"}",
                    "{\"name\":\"1795334400000:00003:zz\",\"city\":\"1795334400000:00012:aa\"}" },
                QJsonArray { "b", "experts", 8, true, "{}", "{\"notes\":\"1795334399999:00099:zz\"}" },
            } },
        { "next_cursor", 8 }, { "has_more", true }, { "epoch", "e1" } };
    PullResponse page;
    QString error;
    QVERIFY2(PullPageReader().read(QJsonDocument(json).toJson(), &page, &error), qPrintable(error));
    QCOMPARE(page.size(), 2);
    QCOMPARE(page.rows.at(0).table, QString("institutions"));
    QCOMPARE(page.rows.at(1).table, QString("experts"));
    QCOMPARE(page.rows.at(0).id, QByteArray("a"));
    QCOMPARE(page.rows.at(0).version, 7);
    QCOMPARE(page.rows.at(0).deleted, false);
    QCOMPARE(page.rows.at(1).deleted, true);
    QCOMPARE(page.rows.at(0).fieldsJson, QByteArray("{\"name\":\"2024 clinic\"}"));
    // "2024 clinic" is a value of fields, not of field_hlc: only field_hlc is scanned.
    QCOMPARE(page.newestRowHlc, QString("1795334400000:00012:aa"));
    const RowChange change = page.rows.at(0).toChange();
    QCOMPARE(change.fields.value("name").toString(), QString("2024 clinic"));
    QCOMPARE(change.fieldHlc.value("city"), QString("1795334400000:00012:aa"));
    QCOMPARE(page.nextCursor, 8);
    QVERIFY(page.hasMore);
    QCOMPARE(page.epoch, QString("e1"));
}

void TestSyncProtocol::rowsPageTextStaysUtf8()
{
    // Escapes in the stored JSON text are undone once (the outer JSON string), Arabic stays as it is.
    const QString fields = QString::fromUtf8("{\"name\":\"مستشفى \\\"الأمل\\\"\"}");
    const QJsonObject json { { "columns", QJsonArray { "table_name", "id", "fields" } },
        { "rows", QJsonArray { QJsonArray { "institutions", "é1", fields } } } };
    PullResponse page;
    QString error;
    QVERIFY2(PullPageReader().read(QJsonDocument(json).toJson(QJsonDocument::Compact), &page, &error), qPrintable(error));
    QCOMPARE(page.rows.size(), 1);
    QCOMPARE(QString::fromUtf8(page.rows.at(0).id), QString::fromUtf8("é1"));
    QCOMPARE(QString::fromUtf8(page.rows.at(0).fieldsJson), fields);
    QCOMPARE(page.rows.at(0).toChange().fields.value("name").toString(), QString::fromUtf8("مستشفى \"الأمل\""));
}

void TestSyncProtocol::unreadablePagesAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("{\"rows\": [") << QString();
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QString("JSON object");
    QTest::newRow("no columns") << QByteArray("{\"rows\": []}") << QString("columns");
    QTest::newRow("no id column") << QByteArray("{\"columns\": [\"table_name\"], \"rows\": []}") << QString("id");
    QTest::newRow("row not an array") << QByteArray("{\"columns\": [\"table_name\", \"id\"], \"rows\": [7]}") << QString("array");
}

void TestSyncProtocol::unreadablePagesAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    PullResponse page;
    QString error;
    QVERIFY(!PullPageReader().read(json, &page, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestSyncProtocol::changesPagesStillRead()
{
    // The default shape is read too (by Qt), so a reader can be handed any pull answer.
    PullResponse sent;
    RowChange change;
    change.table = "needs";
    change.id = "n1";
    change.version = 3;
    change.fields = { { "title", "MRI" } };
    sent.changes << change;
    sent.nextCursor = 3;
    PullResponse page;
    QString error;
    QVERIFY(PullPageReader().read(QJsonDocument(sent.toJson()).toJson(), &page, &error));
    QCOMPARE(page.changes.size(), 1);
    QCOMPARE(page.changes.at(0).fields.value("title").toString(), QString("MRI"));
    QCOMPARE(page.nextCursor, 3);
}

QTEST_GUILESS_MAIN(TestSyncProtocol)
#include "tst_syncprotocol.moc"

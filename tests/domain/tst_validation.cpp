#include "domain/Schema.h"
#include "domain/Validation.h"

#include <QTest>

using namespace ed;

class TestValidation : public QObject
{
    Q_OBJECT
private slots:
    void normalize_data();
    void normalize();
    void requiredFields();
    void dateOrder();
    void cancelledMissionNeedsReason();
};

void TestValidation::normalize_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QVariant>("expected");

    const QString experts = QStringLiteral("experts");
    const QString needs = QStringLiteral("needs");
    QTest::newRow("email ok") << experts << "email" << QVariant(" a.b@example.org ") << true << QVariant("a.b@example.org");
    QTest::newRow("email no at") << experts << "email" << QVariant("not-an-email") << false << QVariant();
    QTest::newRow("email no tld") << experts << "email" << QVariant("a@b") << false << QVariant();
    // Limits shared with the server (issue: 900 KB names and NUL bytes were accepted).
    QTest::newRow("name at 200 characters") << experts << "name" << QVariant(QString(200, QLatin1Char('a'))) << true << QVariant(QString(200, QLatin1Char('a')));
    QTest::newRow("name at 201 characters") << experts << "name" << QVariant(QString(201, QLatin1Char('a'))) << false << QVariant();
    QTest::newRow("name of 900 KB") << experts << "name" << QVariant(QString(900 * 1024, QLatin1Char('a'))) << false << QVariant();
    QTest::newRow("email of 255 characters") << experts << "email" << QVariant(QString(243, QLatin1Char('a')) + "@example.org") << false << QVariant();
    QTest::newRow("NUL inside a name") << experts << "name" << QVariant(QString::fromUtf8("Nul\0Byte", 8)) << false << QVariant();
    QTest::newRow("NUL inside an e-mail") << experts << "email" << QVariant(QString::fromUtf8("a\0b@example.org", 15)) << false << QVariant();
    QTest::newRow("line break in a name") << experts << "name" << QVariant("Amina\nDiallo") << false << QVariant();
    QTest::newRow("lone surrogate") << experts << "name" << QVariant(QString(QChar(0xd800)) + "x") << false << QVariant();
    QTest::newRow("line break in a long text") << needs << "description" << QVariant("two\nlines") << true << QVariant("two\nlines");
    QTest::newRow("skill name with a NUL") << experts << "skills" << QVariant(QVariantList { QVariantMap { { "name", QString::fromUtf8("MR\0I", 4) }, { "level", 2 } } }) << false << QVariant();
    QTest::newRow("phone ok") << experts << "phone" << QVariant("+92 51 9220681") << true << QVariant("+92 51 9220681");
    QTest::newRow("phone letters") << experts << "phone" << QVariant("call me") << false << QVariant();
    QTest::newRow("phone too short") << experts << "phone" << QVariant("+1 23") << false << QVariant();
    QTest::newRow("date ok") << experts << "passport_expiry" << QVariant("2027-03-01") << true << QVariant("2027-03-01");
    QTest::newRow("date impossible") << experts << "passport_expiry" << QVariant("2027-02-30") << false << QVariant();
    QTest::newRow("date other format") << experts << "passport_expiry" << QVariant("01/03/2027") << false << QVariant();
    QTest::newRow("int text") << experts << "years_experience" << QVariant("12") << true << QVariant(12LL);
    QTest::newRow("int out of range") << experts << "years_experience" << QVariant(99) << false << QVariant();
    QTest::newRow("int not a number") << experts << "years_experience" << QVariant("many") << false << QVariant();
    QTest::newRow("enum ok") << experts << "status" << QVariant("suspended") << true << QVariant("suspended");
    QTest::newRow("enum unknown") << experts << "status" << QVariant("retired") << false << QVariant();
    QTest::newRow("bool yes") << needs << "interpreter" << QVariant("yes") << true << QVariant(true);
    QTest::newRow("bool maybe") << needs << "interpreter" << QVariant("maybe") << false << QVariant();
    QTest::newRow("country upper") << experts << "country" << QVariant("pk") << true << QVariant("PK");
    QTest::newRow("empty is null") << experts << "city" << QVariant("  ") << true << QVariant();
    QTest::newRow("languages ok") << experts << "languages" << QVariant(R"([{"code":"FR","level":"3"}])") << true
                                  << QVariant(QVariantList { QVariantMap { { "code", "fr" }, { "level", 3LL } } });
    QTest::newRow("language level 5") << experts << "languages" << QVariant(R"([{"code":"fr","level":5}])") << false << QVariant();
    QTest::newRow("languages not json") << experts << "languages" << QVariant("French") << false << QVariant();
    QTest::newRow("equipment needs model") << experts << "equipment" << QVariant(R"([{"manufacturer":"GE","level":2}])") << false << QVariant();
    QTest::newRow("period reversed") << experts << "unavailability"
                                     << QVariant(R"([{"start":"2027-02-01","end":"2027-01-01"}])") << false << QVariant();
}

void TestValidation::normalize()
{
    QFETCH(QString, entity);
    QFETCH(QString, field);
    QFETCH(QVariant, input);
    QFETCH(bool, valid);
    QFETCH(QVariant, expected);

    const FieldSpec *spec = Schema::find(entity)->field(field);
    QVERIFY2(spec, qPrintable(field));
    QVariant out;
    QString error;
    QCOMPARE(Validation::normalize(*spec, input, &out, &error), valid);
    if (valid) {
        QCOMPARE(out, expected);
        QVERIFY(error.isEmpty());
    } else {
        QVERIFY2(!error.isEmpty(), "a refusal must say why");
    }
}

void TestValidation::requiredFields()
{
    const FieldErrors errors = Validation::checkRecord(Schema::experts(), {});
    QStringList fields;
    for (const FieldError &e : errors)
        fields << e.field;
    for (const char *name : { "name", "nationality", "country", "email", "status", "sectors" })
        QVERIFY2(fields.contains(QLatin1String(name)), name);
}

void TestValidation::dateOrder()
{
    const QVariantMap need { { "window_start", "2027-03-10" }, { "window_end", "2027-03-09" } };
    const FieldErrors errors = Validation::checkRecord(Schema::needs(), need);
    const auto it = std::find_if(errors.begin(), errors.end(),
                                 [](const FieldError &e) { return e.field == QLatin1String("window_end"); });
    QVERIFY(it != errors.end());
    QVERIFY(it->message.contains(QLatin1String("2027-03-09")));

    const QVariantMap sameDay { { "start", "2027-03-10" }, { "end", "2027-03-10" } };
    for (const FieldError &e : Validation::checkRecord(Schema::missions(), sameDay))
        QVERIFY2(e.field != QLatin1String("end"), "a one-day mission is valid");
}

void TestValidation::cancelledMissionNeedsReason()
{
    QVariantMap mission { { "status", "cancelled" } };
    auto hasReasonError = [](const FieldErrors &errors) {
        return std::any_of(errors.begin(), errors.end(),
                           [](const FieldError &e) { return e.field == QLatin1String("cancel_reason"); });
    };
    QVERIFY(hasReasonError(Validation::checkRecord(Schema::missions(), mission)));
    mission.insert("cancel_reason", "Host postponed the installation");
    QVERIFY(!hasReasonError(Validation::checkRecord(Schema::missions(), mission)));
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"

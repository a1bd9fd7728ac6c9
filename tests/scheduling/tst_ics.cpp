#include "SchedulingFixture.h"

#include "scheduling/IcsExport.h"
#include "scheduling/IcsImport.h"

#include <QTest>

#include <libical/ical.h>

using namespace ed;

namespace {

struct Event
{
    QString uid, summary, location, description;
    icaltimetype start, end;
    icalproperty_status status;
    bool startIsDateValue = false, endIsDateValue = false, hasStamp = false, hasLastModified = false;
};

bool isDateValue(icalproperty *property)
{
    icalparameter *value = property ? icalproperty_get_first_parameter(property, ICAL_VALUE_PARAMETER) : nullptr;
    return value && icalparameter_get_value(value) == ICAL_VALUE_DATE;
}

QList<Event> parse(const QByteArray &ics)
{
    QList<Event> events;
    icalcomponent *root = icalparser_parse_string(ics.constData());
    if (!root || icalcomponent_isa(root) != ICAL_VCALENDAR_COMPONENT)
        return events;
    // libical reports RFC violations it met while parsing as X-LIC-ERROR properties.
    if (icalcomponent_count_errors(root) != 0)
        qWarning("libical found %d errors", icalcomponent_count_errors(root));
    for (icalcomponent *c = icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT); c;
         c = icalcomponent_get_next_component(root, ICAL_VEVENT_COMPONENT)) {
        Event e;
        e.uid = QString::fromUtf8(icalcomponent_get_uid(c));
        e.summary = QString::fromUtf8(icalcomponent_get_summary(c));
        e.location = QString::fromUtf8(icalcomponent_get_location(c));
        e.description = QString::fromUtf8(icalcomponent_get_description(c));
        e.start = icalcomponent_get_dtstart(c);
        e.end = icalproperty_get_dtend(icalcomponent_get_first_property(c, ICAL_DTEND_PROPERTY));
        e.status = icalcomponent_get_status(c);
        e.startIsDateValue = isDateValue(icalcomponent_get_first_property(c, ICAL_DTSTART_PROPERTY));
        e.endIsDateValue = isDateValue(icalcomponent_get_first_property(c, ICAL_DTEND_PROPERTY));
        e.hasStamp = icalcomponent_get_first_property(c, ICAL_DTSTAMP_PROPERTY);
        e.hasLastModified = icalcomponent_get_first_property(c, ICAL_LASTMODIFIED_PROPERTY);
        events << e;
    }
    icalcomponent_free(root);
    return events;
}

QDate date(const icaltimetype &t)
{
    return QDate(t.year, t.month, t.day);
}

} // namespace

class TestIcs : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void exportIsValid();
    void uidStableAcrossExports();
    void importUnavailability();
    void importRefusesGarbage();

private:
    std::unique_ptr<SchedulingFixture> m_f;
    QString m_confirmed, m_cancelled, m_draft;
};

void TestIcs::init()
{
    m_f = std::make_unique<SchedulingFixture>();
    QVERIFY(m_f->open("PK"));
    // A long Arabic name makes libical fold a line in the middle of multi-byte text.
    QVERIFY(m_f->db.repository->update(Schema::experts(), m_f->expert,
                                       { { "name", QString::fromUtf8("أمينة ديالو عبد الرحمن بن إبراهيم الأنصاري الخزرجي") } }).ok());
    m_confirmed = m_f->mission("2027-01-11", "2027-01-20", "confirmed");
    QVERIFY(m_f->db.repository->update(Schema::missions(), m_confirmed,
                                       { { "airfare_amount", 850.5 }, { "airfare_currency", "USD" }, { "hotel_confirmed", true } }).ok());
    m_cancelled = m_f->mission("2027-02-01", "2027-02-01", "cancelled");
    m_draft = m_f->mission("2027-03-01", "2027-03-05");
}

void TestIcs::exportIsValid()
{
    SchedulingData data;
    QString error;
    QVERIFY(data.load(m_f->db.database->connection(), &error));
    const QByteArray ics = IcsExport::toIcs(data, QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC), &m_f->db.reference);

    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(ics.contains("VERSION:2.0\r\n"));
    QVERIFY(ics.contains("PRODID:"));
    QVERIFY(ics.contains("DTSTAMP:20261122T080000Z\r\n"));
    QVERIFY(ics.contains("DTSTART;VALUE=DATE:20270111\r\n"));
    QVERIFY(ics.contains("DTEND;VALUE=DATE:20270121\r\n"));
    for (const QByteArray &line : ics.split('\n')) {
        QVERIFY2(line.isEmpty() || line.endsWith('\r'), line.constData()); // CRLF everywhere
        QVERIFY2(line.size() <= 76, line.constData());                     // folded at 75 octets
        QVERIFY2(QString::fromUtf8(line).toUtf8() == line, "a fold split a UTF-8 sequence");
    }

    const QList<Event> events = parse(ics);
    QCOMPARE(events.size(), 3);
    const Event &e = *std::find_if(events.begin(), events.end(), [&](const Event &x) { return x.uid.startsWith(m_confirmed); });
    QCOMPARE(e.uid, m_confirmed + "@expertdesk.comstech.org");
    QVERIFY(e.start.is_date && e.startIsDateValue && e.endIsDateValue);
    QCOMPARE(date(e.start), QDate(2027, 1, 11));
    QCOMPARE(date(e.end), QDate(2027, 1, 21)); // exclusive: the day after the last day
    QCOMPARE(e.status, ICAL_STATUS_CONFIRMED);
    QVERIFY2(e.summary.startsWith(QString::fromUtf8("أمينة")) && e.summary.endsWith("MRI scanner maintenance training"), qPrintable(e.summary));
    QVERIFY2(e.location.contains("Aga Khan University Hospital, Karachi, Pakistan"), qPrintable(e.location));
    QVERIFY2(e.description.contains("850.50 USD"), qPrintable(e.description));
    QVERIFY2(e.description.contains("Confirmed"), qPrintable(e.description));
    QVERIFY(e.hasStamp && e.hasLastModified);

    for (const Event &other : events) {
        if (other.uid.startsWith(m_cancelled)) {
            QCOMPARE(other.status, ICAL_STATUS_CANCELLED);
            QCOMPARE(date(other.start).daysTo(date(other.end)), 1); // a one-day mission
        } else if (other.uid.startsWith(m_draft)) {
            QCOMPARE(other.status, ICAL_STATUS_TENTATIVE);
        }
    }
}

void TestIcs::uidStableAcrossExports()
{
    SchedulingData data;
    QString error;
    QVERIFY(data.load(m_f->db.database->connection(), &error));
    const QString path = m_f->db.dir.filePath("missions.ics");
    QVERIFY(IcsExport::write(data, path, QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC), nullptr, &error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<Event> first = parse(file.readAll());
    // Edit a mission and export again later: same UIDs, new dates.
    QVERIFY(m_f->db.repository->update(Schema::missions(), m_draft, { { "start", "2027-03-02" } }).ok());
    QVERIFY(data.load(m_f->db.database->connection(), &error));
    const QList<Event> second = parse(IcsExport::toIcs(data, QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC), nullptr));
    QStringList a, b;
    for (const Event &e : first)
        a << e.uid;
    for (const Event &e : second)
        b << e.uid;
    a.sort();
    b.sort();
    QCOMPARE(a.size(), 3);
    QCOMPARE(a, b);
}

void TestIcs::importUnavailability()
{
    const QByteArray ics =
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
            "BEGIN:VEVENT\r\nUID:1@x\r\nDTSTAMP:20261101T000000Z\r\nDTSTART;VALUE=DATE:20270301\r\n"
            "DTEND;VALUE=DATE:20270306\r\nSUMMARY:Conference in Rabat\r\nEND:VEVENT\r\n"
            "BEGIN:VEVENT\r\nUID:2@x\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:20270410T090000Z\r\n"
            "DTEND:20270411T170000Z\r\nSUMMARY:Exam board\r\nEND:VEVENT\r\n"
            "BEGIN:VEVENT\r\nUID:3@x\r\nDTSTAMP:20261101T000000Z\r\nDTSTART;VALUE=DATE:20270501\r\n"
            "DURATION:P3D\r\nSUMMARY:Family\r\nEND:VEVENT\r\n"
            "BEGIN:VEVENT\r\nUID:4@x\r\nDTSTAMP:20261101T000000Z\r\nDTSTART;VALUE=DATE:20270601\r\n"
            "DTEND;VALUE=DATE:20270602\r\nSTATUS:CANCELLED\r\nSUMMARY:Called off\r\nEND:VEVENT\r\n"
            "BEGIN:VEVENT\r\nUID:5@x\r\nDTSTAMP:20261101T000000Z\r\nDTSTART;VALUE=DATE:20270301\r\n"
            "DTEND;VALUE=DATE:20270306\r\nSUMMARY:Same dates again\r\nEND:VEVENT\r\n"
            "END:VCALENDAR\r\n";
    QList<Period> periods;
    QString error;
    QVERIFY(IcsImport::readPeriods(ics, &periods, &error));
    QCOMPARE(periods.size(), 4); // the cancelled one is skipped
    QCOMPARE(periods.at(0).start, QDate(2027, 3, 1));
    QCOMPARE(periods.at(0).end, QDate(2027, 3, 5)); // DTEND exclusive
    QCOMPARE(periods.at(0).reason, QString("Conference in Rabat"));
    QCOMPARE(periods.at(1).start, QDate(2027, 4, 10));
    QCOMPARE(periods.at(1).end, QDate(2027, 4, 11)); // timed: every day it touches
    QCOMPARE(periods.at(2).end, QDate(2027, 5, 3));  // DURATION:P3D from 1 May

    const QString path = m_f->db.dir.filePath("expert.ics");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ics);
    file.close();
    QVERIFY(m_f->db.repository->update(Schema::experts(), m_f->expert,
                                       { { "unavailability", QVariantList { QVariantMap { { "start", "2027-05-01" }, { "end", "2027-05-03" }, { "reason", "known" } } } } }).ok());
    int added = -1;
    QVERIFY2(IcsImport::importUnavailability(*m_f->db.repository, m_f->expert, path, &added, &error), qPrintable(error));
    QCOMPARE(added, 2); // 1 May is known, 1 March appears twice in the file
    QCOMPARE(m_f->db.repository->get(Schema::experts(), m_f->expert)->value("unavailability").toList().size(), 3);
    QVERIFY(IcsImport::importUnavailability(*m_f->db.repository, m_f->expert, path, &added, &error));
    QCOMPARE(added, 0); // importing again changes nothing
    QVERIFY(!IcsImport::importUnavailability(*m_f->db.repository, "nobody", path, &added, &error));
    QVERIFY(error.contains("nobody"));
}

void TestIcs::importRefusesGarbage()
{
    QList<Period> periods;
    QString error;
    QVERIFY(!IcsImport::readPeriods("this is not a calendar", &periods, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestIcs)
#include "tst_ics.moc"

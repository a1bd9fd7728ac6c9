#include "IcsImport.h"

#include "domain/Schema.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <libical/ical.h>

namespace ed::IcsImport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ed::IcsImport", text);
}

QDate toDate(const icaltimetype &t)
{
    return icaltime_is_null_time(t) ? QDate() : QDate(t.year, t.month, t.day);
}

void collect(icalcomponent *component, QList<Period> *periods)
{
    for (icalcomponent *event = icalcomponent_get_first_component(component, ICAL_VEVENT_COMPONENT); event;
         event = icalcomponent_get_next_component(component, ICAL_VEVENT_COMPONENT)) {
        if (icalcomponent_get_status(event) == ICAL_STATUS_CANCELLED)
            continue;
        const icaltimetype start = icalcomponent_get_dtstart(event);
        const icaltimetype end = icalcomponent_get_dtend(event); // from DTEND or DURATION
        Period period;
        period.start = toDate(start);
        if (!period.start.isValid())
            continue;
        period.end = toDate(end);
        if (!period.end.isValid()) {
            period.end = period.start; // no DTEND and no DURATION: one day (RFC 5545 §3.6.1)
        } else if (end.is_date || (end.hour == 0 && end.minute == 0 && end.second == 0)) {
            period.end = period.end.addDays(-1); // exclusive end, or a timed event ending at midnight
        }
        period.end = std::max(period.end, period.start);
        const char *summary = icalcomponent_get_summary(event);
        period.reason = summary ? QString::fromUtf8(summary).trimmed() : QString();
        periods->append(period);
    }
}

} // namespace

bool readPeriods(const QByteArray &ics, QList<Period> *periods, QString *error)
{
    icalcomponent *root = icalparser_parse_string(ics.constData());
    if (!root) {
        *error = tr("The file is not an iCalendar (.ics) file.");
        return false;
    }
    if (icalcomponent_isa(root) == ICAL_VEVENT_COMPONENT) {
        icalcomponent *wrapper = icalcomponent_new(ICAL_VCALENDAR_COMPONENT);
        icalcomponent_add_component(wrapper, root);
        root = wrapper;
    }
    if (icalcomponent_isa(root) == ICAL_XROOT_COMPONENT) {
        // Several VCALENDARs concatenated in one file.
        for (icalcomponent *c = icalcomponent_get_first_component(root, ICAL_VCALENDAR_COMPONENT); c;
             c = icalcomponent_get_next_component(root, ICAL_VCALENDAR_COMPONENT))
            collect(c, periods);
    } else {
        collect(root, periods);
    }
    icalcomponent_free(root);
    return true;
}

bool importUnavailability(RecordRepository &repository, const QString &expertId, const QString &path,
                          int *added, QString *error)
{
    *added = 0;
    const auto expert = repository.get(Schema::experts(), expertId);
    if (!expert) {
        *error = tr("No expert has the id \"%1\".").arg(expertId);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QList<Period> periods;
    if (!readPeriods(file.readAll(), &periods, error))
        return false;

    QVariantList list = expert->value(QStringLiteral("unavailability")).toList();
    QSet<QString> known;
    for (const QVariant &item : std::as_const(list)) {
        const QVariantMap p = item.toMap();
        known.insert(p.value(QStringLiteral("start")).toString() + QLatin1Char('/') + p.value(QStringLiteral("end")).toString());
    }
    for (const Period &p : std::as_const(periods)) {
        const QString start = p.start.toString(Qt::ISODate), end = p.end.toString(Qt::ISODate);
        if (known.contains(start + QLatin1Char('/') + end))
            continue;
        known.insert(start + QLatin1Char('/') + end);
        list << QVariantMap { { QStringLiteral("start"), start }, { QStringLiteral("end"), end },
                              { QStringLiteral("reason"), p.reason } };
        ++*added;
    }
    if (*added == 0)
        return true;
    const WriteResult result = repository.update(Schema::experts(), expertId,
                                                 { { QStringLiteral("unavailability"), list } });
    if (!result.ok()) {
        *added = 0;
        *error = result.message();
        return false;
    }
    return true;
}

} // namespace ed::IcsImport

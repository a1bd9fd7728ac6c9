#include "IcsExport.h"

#include "MissionLifecycle.h"
#include "storage/ReferenceData.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSaveFile>

#include <libical/ical.h>

namespace ed::IcsExport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ed::IcsExport", text);
}

icaltimetype allDay(const QDate &date)
{
    icaltimetype t = icaltime_null_date();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    return t;
}

icaltimetype utc(const QDateTime &time)
{
    return icaltime_from_timet_with_zone(time.toSecsSinceEpoch(), 0, icaltimezone_get_utc_timezone());
}

icalproperty_status icsStatus(const QString &status)
{
    if (status == QLatin1String("cancelled"))
        return ICAL_STATUS_CANCELLED;
    // Not agreed with the host yet: calendars show these as tentative.
    if (status == QLatin1String("draft") || status == QLatin1String("proposed")
        || status == QLatin1String("postponed"))
        return ICAL_STATUS_TENTATIVE;
    return ICAL_STATUS_CONFIRMED;
}

QString yesNo(bool confirmed)
{
    return confirmed ? tr("confirmed") : tr("not confirmed yet");
}

QString description(const MissionSlot &m)
{
    QStringList lines;
    //: ICS event description; %1 is the mission code, %2 its status
    lines << tr("Mission %1 — status: %2").arg(m.code, MissionLifecycle::label(m.status));
    if (m.status == QLatin1String("cancelled") && !m.cancelReason.isEmpty())
        lines << tr("Cancelled because: %1").arg(m.cancelReason);
    //: %1 is an amount with its currency, e.g. "850.00 USD"
    lines << tr("Economy airfare paid by COMSTECH: %1")
                     .arg(m.airfare > 0 ? QStringLiteral("%1 %2").arg(QLocale::c().toString(m.airfare, 'f', 2), m.currency)
                                        : tr("not booked yet"));
    lines << tr("Host provides — hotel: %1; local transport: %2; meals: %3")
                     .arg(yesNo(m.hotel), yesNo(m.transport), yesNo(m.meals));
    return lines.join(QLatin1Char('\n'));
}

void addText(icalcomponent *event, icalproperty *(*make)(const char *), const QString &text)
{
    if (!text.isEmpty())
        icalcomponent_add_property(event, make(text.toUtf8().constData()));
}

} // namespace

QString uidFor(const QString &missionId)
{
    return missionId + QLatin1String("@expertdesk.comstech.org");
}

QByteArray toIcs(const SchedulingData &data, const QDateTime &stamp, const ReferenceData *reference)
{
    icalcomponent *calendar = icalcomponent_new(ICAL_VCALENDAR_COMPONENT);
    icalcomponent_add_property(calendar, icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar, icalproperty_new_prodid("-//COMSTECH//Expert Desk//EN"));
    icalcomponent_add_property(calendar, icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar, icalproperty_new_method(ICAL_METHOD_PUBLISH));
    const icaltimetype dtstamp = utc(stamp);

    for (const MissionSlot &m : data.missions) {
        icalcomponent *event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        addText(event, icalproperty_new_uid, uidFor(m.id));
        icalcomponent_add_property(event, icalproperty_new_dtstamp(dtstamp));
        // All-day events: VALUE=DATE, and DTEND is the day after the last day (RFC 5545 §3.6.1).
        icalproperty *start = icalproperty_new_dtstart(allDay(m.start));
        icalproperty_add_parameter(start, icalparameter_new_value(ICAL_VALUE_DATE));
        icalcomponent_add_property(event, start);
        icalproperty *end = icalproperty_new_dtend(allDay(m.end.addDays(1)));
        icalproperty_add_parameter(end, icalparameter_new_value(ICAL_VALUE_DATE));
        icalcomponent_add_property(event, end);
        //: ICS event title; %1 is the expert's name, %2 the need's title
        addText(event, icalproperty_new_summary, tr("%1 — %2").arg(m.expertName, m.needTitle));
        QStringList place;
        for (const QString &part : { m.institutionName, m.city,
                                     reference ? reference->countryName(m.country) : m.country }) {
            if (!part.isEmpty())
                place << part;
        }
        addText(event, icalproperty_new_location, place.join(QLatin1String(", ")));
        addText(event, icalproperty_new_description, description(m));
        icalcomponent_add_property(event, icalproperty_new_status(icsStatus(m.status)));
        // These are the experts' trips, not the reader's: they must not block the free/busy time
        // of the coordinator who subscribes to the file.
        icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
        const QDateTime modified = QDateTime::fromString(m.updatedAt, Qt::ISODateWithMs);
        if (modified.isValid())
            icalcomponent_add_property(event, icalproperty_new_lastmodified(utc(modified)));
        icalcomponent_add_component(calendar, event);
    }

    char *text = icalcomponent_as_ical_string_r(calendar);
    const QByteArray bytes(text);
    icalmemory_free_buffer(text);
    icalcomponent_free(calendar);
    return bytes;
}

bool write(const SchedulingData &data, const QString &path, const QDateTime &stamp,
           const ReferenceData *reference, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(toIcs(data, stamp, reference));
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace ed::IcsExport

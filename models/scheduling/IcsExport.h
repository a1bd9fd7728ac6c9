#pragma once

#include "SchedulingData.h"

#include <QByteArray>
#include <QDateTime>

namespace ed {

class ReferenceData;

// Missions as an iCalendar file (RFC 5545) that Outlook, Google Calendar and Thunderbird open:
// one all-day VEVENT per mission (DTEND exclusive), UID "<mission id>@expertdesk.comstech.org"
// so re-importing an export updates events instead of duplicating them. Cancelled missions are
// kept with STATUS:CANCELLED, which tells subscribed calendars to drop the event.
namespace IcsExport {

// `stamp` is DTSTAMP (when the file was made); `reference` names countries (may be null).
QByteArray toIcs(const SchedulingData &data, const QDateTime &stamp, const ReferenceData *reference);
bool write(const SchedulingData &data, const QString &path, const QDateTime &stamp,
           const ReferenceData *reference, QString *error);
QString uidFor(const QString &missionId);

} // namespace IcsExport
} // namespace ed

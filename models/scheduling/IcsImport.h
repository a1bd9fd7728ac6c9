#pragma once

#include "SchedulingData.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ed {

class RecordRepository;

// Reads an expert's own calendar export (.ics) as unavailability periods: each VEVENT becomes a
// period {start, end, reason = SUMMARY}. All-day events end the day before their exclusive DTEND;
// timed events cover the days they touch. Cancelled events are skipped; recurring events count
// once (their first occurrence).
namespace IcsImport {

bool readPeriods(const QByteArray &ics, QList<Period> *periods, QString *error);

// Appends the file's periods to the expert's `unavailability` through the repository (validated,
// with its outbox entry), leaving out periods already there with the same dates.
// `added` receives how many were new.
bool importUnavailability(RecordRepository &repository, const QString &expertId, const QString &path,
                          int *added, QString *error);

} // namespace IcsImport
} // namespace ed

#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace ed {

struct Period
{
    QDate start, end; // both inclusive
    QString reason;
};

// One mission with what calendars, conflicts and ICS need from its expert, need and host.
struct MissionSlot
{
    QString id, code, needId, expertId, institutionId;
    QDate start, end; // planned, both inclusive
    QString status;
    QString country, sector; // host institution's ISO2, need's sector code
    QString expertName, needTitle, institutionName, city;
    double airfare = 0;
    QString currency, cancelReason, updatedAt;
    bool hotel = false, transport = false, meals = false;

    int days() const { return int(start.daysTo(end)) + 1; }
};

struct ExpertSlot
{
    QString id, name, country;
    QDate passportExpiry; // invalid when unknown
    QList<Period> unavailability;
};

struct NeedSlot
{
    QDate windowStart, windowEnd; // either may be invalid (no preference)
};

// A read-only snapshot of the scheduling tables, loaded with three forward-only queries; views and
// the conflict detector work on it instead of querying per mission (10,000 missions load in one go).
class SchedulingData
{
public:
    bool load(const QSqlDatabase &db, QString *error);

    QList<MissionSlot> missions; // live rows (not deleted), cancelled included, by expert then start
    QHash<QString, ExpertSlot> experts; // experts that have at least one mission
    QHash<QString, NeedSlot> needs;

    const MissionSlot *mission(const QString &id) const;

private:
    QHash<QString, int> m_index;
};

} // namespace ed

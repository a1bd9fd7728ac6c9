#include "MissionLifecycle.h"

#include "domain/Schema.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace ed::MissionLifecycle {

namespace {

// The transition table. Postponed may come back to proposed or confirmed (the host sets new
// dates); a mission under way can still be cancelled (evacuation, illness), a finished one not.
const QHash<QString, QStringList> &table()
{
    static const QHash<QString, QStringList> next = {
        { QStringLiteral("draft"), { QStringLiteral("proposed"), QStringLiteral("cancelled") } },
        { QStringLiteral("proposed"),
          { QStringLiteral("confirmed"), QStringLiteral("postponed"), QStringLiteral("cancelled") } },
        { QStringLiteral("confirmed"),
          { QStringLiteral("travel_booked"), QStringLiteral("postponed"), QStringLiteral("cancelled") } },
        { QStringLiteral("travel_booked"),
          { QStringLiteral("in_progress"), QStringLiteral("postponed"), QStringLiteral("cancelled") } },
        { QStringLiteral("in_progress"), { QStringLiteral("completed"), QStringLiteral("cancelled") } },
        { QStringLiteral("completed"), { QStringLiteral("evaluated") } },
        { QStringLiteral("evaluated"), {} },
        { QStringLiteral("postponed"),
          { QStringLiteral("proposed"), QStringLiteral("confirmed"), QStringLiteral("cancelled") } },
        { QStringLiteral("cancelled"), {} },
    };
    return next;
}

} // namespace

const QStringList &statuses()
{
    static const QStringList list = { QStringLiteral("draft"),     QStringLiteral("proposed"),
                                      QStringLiteral("confirmed"), QStringLiteral("travel_booked"),
                                      QStringLiteral("in_progress"), QStringLiteral("completed"),
                                      QStringLiteral("evaluated"), QStringLiteral("postponed"),
                                      QStringLiteral("cancelled") };
    return list;
}

QStringList allowedNext(const QString &status)
{
    return table().value(status);
}

bool canTransition(const QString &from, const QString &to)
{
    return table().value(from).contains(to);
}

bool isLive(const QString &status)
{
    return status != QLatin1String("cancelled");
}

bool isFinished(const QString &status)
{
    return status == QLatin1String("completed") || status == QLatin1String("evaluated");
}

QString label(const QString &status)
{
    const FieldSpec *field = Schema::missions().field(QStringLiteral("status"));
    return field ? field->enumLabel(status) : status;
}

bool checkChange(const QString &from, const QString &to, const QString &lastFrom, const QString &lastTo,
                 QString *message)
{
    if (from == to || canTransition(from, to) || (lastTo == from && lastFrom == to))
        return true;
    if (!table().contains(to)) {
        *message = QCoreApplication::translate("MissionLifecycle", "\"%1\" is not a mission status.").arg(to);
        return false;
    }
    const QStringList next = allowedNext(from);
    if (next.isEmpty()) {
        //: %1 is a mission status, e.g. "Cancelled"
        *message = QCoreApplication::translate("MissionLifecycle", "a mission that is %1 cannot change status any more.")
                           .arg(label(from));
        return false;
    }
    QStringList labels;
    for (const QString &status : next)
        labels << label(status);
    //: %1 and %2 are mission statuses, %3 the list of allowed ones: "Proposed or Cancelled"
    *message = QCoreApplication::translate("MissionLifecycle",
                                           "a mission that is %1 cannot become %2; the next status can be: %3.")
                       .arg(label(from), label(to), labels.join(QLatin1String(", ")));
    return false;
}

} // namespace ed::MissionLifecycle

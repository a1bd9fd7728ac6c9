// Demo needs in every status, the missions that serve them over the 12 months before and after
// the anchor day, and evaluations of the evaluated missions.
#include "domain/Schema.h"
#include "io/DemoGenerator.h"

#include <algorithm>
#include <array>

namespace ed::demo {

namespace {

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

const char *const kNeedStatuses[] = { "received", "screening", "accepted", "matching", "matched",
                                      "scheduled", "fulfilled", "closed", "rejected", "withdrawn" };
const std::vector<int> kNeedStatusWeights { 8, 7, 7, 10, 12, 14, 14, 18, 5, 5 };

} // namespace

bool Generator::needs()
{
    for (int i = 0; i < m_needCount; ++i) {
        // the first ten needs walk through every status, the rest follow a realistic mix
        const int status = i < int(std::size(kNeedStatuses)) ? i : weighted(kNeedStatusWeights);
        if (!need(i, text(kNeedStatuses[status])))
            return false;
    }
    return true;
}

bool Generator::need(int index, const QString &status)
{
    const InstitutionInfo &host = m_institutions[size_t(pick(m_institutions.size()))];
    const Country &country = countries()[size_t(host.country)];
    const int sector = chance(0.8) ? host.sector : weighted(m_sectorWeights);
    const Sector &s = sectors()[size_t(sector)];
    const int service = weighted({ 35, 25, 15, 12, 13 });
    const Equipment &equipment = any(s.equipment);
    const std::vector<int> skillIndexes = distinct(between(1, 3), int(s.skills.size()));
    const QString skill = text(s.skills[size_t(skillIndexes.front())]); // the mandatory one
    const QString title = fill(any(needTitleTemplates(service)),
                               { text(equipment.manufacturer), text(equipment.model), text(equipment.kind), skill });

    const int duration = service == 0 ? between(3, 10) : between(2, 21);
    int slack = between(0, 30);
    QDate start;
    if (status == QLatin1String("scheduled") && chance(0.12)) { // under way today
        start = m_today.addDays(-between(0, duration - 1));
        slack = 0;
    } else if (status == QLatin1String("scheduled")) {
        start = m_today.addDays(between(3, 150));
    } else if (status == QLatin1String("matched")) {
        start = m_today.addDays(between(20, 300));
    } else if (status == QLatin1String("fulfilled") || status == QLatin1String("closed")) {
        const QDate end = status == QLatin1String("closed") ? m_today.addDays(-between(60, 330))
                                                            : m_today.addDays(-between(3, 180));
        start = qMax(end.addDays(-(duration - 1 + slack)), m_today.addDays(-365));
        slack = int(start.daysTo(end)) - (duration - 1);
    } else if (status == QLatin1String("rejected")) {
        start = m_today.addDays(between(-200, 300));
    } else if (status == QLatin1String("withdrawn")) {
        start = m_today.addDays(between(-60, 300));
    } else {
        start = m_today.addDays(between(30, 330));
    }
    const QDate end = start.addDays(duration - 1 + slack);
    const QDate received = qMin(m_today.addDays(-between(0, 20)), start.addDays(-between(20, 120)));

    QVariantList required;
    int rank = 0;
    for (int k : skillIndexes) {
        required << QVariantMap { { QStringLiteral("name"), text(s.skills[size_t(k)]) },
                                  { QStringLiteral("level"), between(2, 4) },
                                  { QStringLiteral("mandatory"), rank == 0 || chance(0.3) } };
        ++rank;
    }
    QVariantList hostLanguages;
    for (const QString &entry : text(country.languages).split(QLatin1Char(' '))) {
        if (entry.endsWith(QLatin1Char('4')) || (entry.endsWith(QLatin1Char('3')) && chance(0.5)))
            hostLanguages << entry.left(entry.size() - 1);
    }
    const int wanted = weighted({ 0, 65, 28, 7 });
    const int trainees = service == 0 ? between(5, 40) : between(0, 12);
    const QVariantMap record {
        { QStringLiteral("id"), nextId() },
        { QStringLiteral("code"), QStringLiteral("N-%1-%2").arg(received.toString(QStringLiteral("yyMM"))).arg(index + 1, 5, 10, QLatin1Char('0')) },
        { QStringLiteral("institution_id"), host.id },
        { QStringLiteral("sector"), text(s.code) },
        { QStringLiteral("title"), title },
        { QStringLiteral("description"),
          fill(trainees > 0 ? "%1 (%2) asks for %3 for \u201c%4\u201d. %5 staff members will be trained; the key skill is %6."
                            : "%1 (%2) asks for %3 for \u201c%4\u201d. The key skill is %6.",
               { host.name, host.city, wanted == 1 ? QStringLiteral("one expert") : QStringLiteral("%1 experts").arg(wanted),
                 title, QString::number(trainees), skill }) },
        { QStringLiteral("service_type"), text(serviceTypes()[size_t(service)]) },
        { QStringLiteral("equipment"), text(equipment.kind) },
        { QStringLiteral("equipment_manufacturer"), text(equipment.manufacturer) },
        { QStringLiteral("equipment_model"), text(equipment.model) },
        { QStringLiteral("required_skills"), required },
        { QStringLiteral("experts_wanted"), wanted },
        { QStringLiteral("trainees"), trainees },
        { QStringLiteral("window_start"), iso(start) },
        { QStringLiteral("window_end"), iso(end) },
        { QStringLiteral("flexible"), chance(0.6) },
        { QStringLiteral("duration_days"), duration },
        { QStringLiteral("host_languages"), hostLanguages },
        { QStringLiteral("interpreter"), chance(0.25) },
        { QStringLiteral("hotel"), chance(0.9) },
        { QStringLiteral("local_transport"), chance(0.85) },
        { QStringLiteral("meals"), chance(0.7) },
        { QStringLiteral("priority"), text(std::array<const char *, 4> { "low", "normal", "high", "urgent" }[size_t(weighted({ 15, 50, 25, 10 }))]) },
        { QStringLiteral("status"), status },
        { QStringLiteral("source"), chance(0.75) ? QStringLiteral("59%1").arg(m_rng.generate64() % 100000000000000000ULL, 17, 10, QLatin1Char('0')) : QString() },
    };
    if (!write(Schema::needs(), record))
        return false;
    return missions(record, host, service, sector);
}

int Generator::chooseExpert(int sector, int hostCountry, const Period &period)
{
    const std::vector<int> &pool = m_expertsBySector[size_t(sector)];
    int fallback = -1;
    for (int attempt = 0; attempt < 24; ++attempt) {
        // mostly specialists of the sector; now and then anyone, as a coordinator would widen the search
        const int index = pool.empty() || attempt >= 16 ? pick(m_experts.size()) : any(pool);
        const ExpertInfo &e = m_experts[size_t(index)];
        if (fallback < 0)
            fallback = index;
        if (!e.active || e.country == hostCountry || e.missions >= 2 * e.maxMissions)
            continue;
        const bool clash = std::any_of(e.busy.begin(), e.busy.end(), [&](const Period &p) {
            return p.start <= period.end && period.start <= p.end;
        });
        if (!clash)
            return index;
    }
    return fallback; // an overloaded roster: a conflict the scheduler will show
}

bool Generator::missions(const QVariantMap &need, const InstitutionInfo &host, int service, int sector)
{
    const QString status = need.value(QStringLiteral("status")).toString();
    int count = need.value(QStringLiteral("experts_wanted")).toInt();
    if (status == QLatin1String("matching"))
        count = chance(0.5) ? 1 : 0;
    else if (status == QLatin1String("withdrawn"))
        count = chance(0.4) ? 1 : 0;
    else if (status != QLatin1String("matched") && status != QLatin1String("scheduled")
             && status != QLatin1String("fulfilled") && status != QLatin1String("closed"))
        count = 0;
    const QDate windowStart = QDate::fromString(need.value(QStringLiteral("window_start")).toString(), Qt::ISODate);
    const QDate windowEnd = QDate::fromString(need.value(QStringLiteral("window_end")).toString(), Qt::ISODate);
    const int duration = need.value(QStringLiteral("duration_days")).toInt();
    // a team travels together
    const QDate start = windowStart.addDays(pick(size_t(windowStart.daysTo(windowEnd) - (duration - 1) + 1)));
    const QDate end = start.addDays(duration - 1);
    const bool past = end < m_today, underway = start <= m_today && !past;
    for (int k = 0; k < count; ++k) {
        QString missionStatus, reason, notes;
        if (status == QLatin1String("withdrawn")) {
            missionStatus = QStringLiteral("cancelled");
            reason = QStringLiteral("Host institution withdrew the request");
        } else if (past) {
            missionStatus = status == QLatin1String("closed") || chance(0.4) ? QStringLiteral("evaluated") : QStringLiteral("completed");
        } else if (underway) {
            missionStatus = QStringLiteral("in_progress");
        } else if (status == QLatin1String("scheduled")) {
            missionStatus = chance(0.5) ? QStringLiteral("confirmed") : QStringLiteral("travel_booked");
        } else {
            missionStatus = status == QLatin1String("matched") && chance(0.7) ? QStringLiteral("proposed") : QStringLiteral("draft");
        }
        // disruptions; the first mission of a served need always took place
        const bool served = status == QLatin1String("scheduled") || past;
        if (!underway && reason.isEmpty() && (k > 0 || !served) && chance(0.06)) {
            missionStatus = QStringLiteral("cancelled");
            reason = text(any(cancelReasons()));
        } else if (!past && !underway && reason.isEmpty() && chance(0.05)) {
            missionStatus = QStringLiteral("postponed");
            notes = text(any(postponeNotes()));
        }
        const int expertIndex = chooseExpert(sector, host.country, { start, end });
        ExpertInfo &expert = m_experts[size_t(expertIndex)];
        expert.busy.push_back({ start, end });
        ++expert.missions;
        const bool booked = missionStatus == QLatin1String("travel_booked") || missionStatus == QLatin1String("in_progress")
                || missionStatus == QLatin1String("completed") || missionStatus == QLatin1String("evaluated");
        const bool confirmed = booked || missionStatus == QLatin1String("confirmed");
        QVariantMap record {
            { QStringLiteral("id"), nextId() },
            { QStringLiteral("code"), QStringLiteral("M-%1-%2").arg(start.toString(QStringLiteral("yyMM"))).arg(++m_missionCount, 5, 10, QLatin1Char('0')) },
            { QStringLiteral("need_id"), need.value(QStringLiteral("id")) },
            { QStringLiteral("expert_id"), expert.id },
            { QStringLiteral("institution_id"), host.id },
            { QStringLiteral("start"), iso(start) },
            { QStringLiteral("end"), iso(end) },
            { QStringLiteral("status"), missionStatus },
            { QStringLiteral("airfare_currency"), QStringLiteral("USD") },
            { QStringLiteral("hotel_confirmed"), confirmed && need.value(QStringLiteral("hotel")).toBool() },
            { QStringLiteral("transport_confirmed"), confirmed && need.value(QStringLiteral("local_transport")).toBool() },
            { QStringLiteral("meals_confirmed"), confirmed && need.value(QStringLiteral("meals")).toBool() },
        };
        if (booked)
            record.insert(QStringLiteral("airfare_amount"), double(between(18, 160) * 10));
        if (!reason.isEmpty())
            record.insert(QStringLiteral("cancel_reason"), reason);
        if (!notes.isEmpty())
            record.insert(QStringLiteral("notes"), notes);
        if (past || underway) {
            record.insert(QStringLiteral("actual_start"), iso(start.addDays(chance(0.15) ? 1 : 0)));
            if (past)
                record.insert(QStringLiteral("actual_end"), iso(end.addDays(chance(0.1) ? 1 : 0)));
        }
        if (!write(Schema::missions(), record))
            return false;
        if (missionStatus == QLatin1String("evaluated") && !evaluations(record.value(QStringLiteral("id")).toString(), need, service))
            return false;
    }
    return true;
}

bool Generator::evaluations(const QString &missionId, const QVariantMap &need, int service)
{
    const char *const evaluators[] = { "host", "expert", "coordinator" };
    const double odds[] = { 1.0, 0.6, 0.4 };
    for (int e = 0; e < 3; ++e) {
        if (!chance(odds[e]))
            continue;
        const int overall = 1 + weighted({ 2, 4, 14, 40, 40 });
        const int trainees = need.value(QStringLiteral("trainees")).toInt();
        const QVariantMap record {
            { QStringLiteral("id"), nextId() },
            { QStringLiteral("mission_id"), missionId },
            { QStringLiteral("evaluator"), text(evaluators[e]) },
            { QStringLiteral("rating_overall"), overall },
            { QStringLiteral("rating_technical"), qBound(1, overall + between(-1, 1), 5) },
            { QStringLiteral("rating_communication"), qBound(1, overall + between(-1, 1), 5) },
            { QStringLiteral("people_trained"), qMax(0, trainees + between(-3, 3)) },
            { QStringLiteral("equipment_restored"), service != 0 && chance(overall >= 3 ? 0.9 : 0.4) },
            { QStringLiteral("follow_up"), chance(overall <= 3 ? 0.6 : 0.15) },
            { QStringLiteral("comments"), text(any(evaluationComments(overall))) },
        };
        if (!write(Schema::evaluations(), record))
            return false;
    }
    return true;
}

} // namespace ed::demo

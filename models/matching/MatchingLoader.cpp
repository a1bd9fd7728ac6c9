// MatchingData::load: reads the snapshot with forward-only prepared queries (a caching QSqlQuery
// over 100,000 rows would keep every row twice).
#include "MatchingData.h"
#include "storage/ReferenceData.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace ed {

namespace {
bool run(QSqlQuery &query, const QString &sql, QString *error)
{
    query.setForwardOnly(true);
    if (query.prepare(sql) && query.exec())
        return true;
    if (error)
        *error = QCoreApplication::translate("Matching", "Cannot read matching data: %1")
                         .arg(query.lastError().text());
    return false;
}
} // namespace

QString MatchingData::languageName(const QString &code) const
{
    return m_reference ? m_reference->languageName(code) : code;
}

QString MatchingData::sectorName(const QString &code) const
{
    return m_reference ? m_reference->sectorName(code) : code;
}

bool MatchingData::load(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("SELECT id, name, country FROM institutions WHERE deleted = 0"), error))
        return false;
    while (query.next())
        addInstitution(query.value(0).toString(), query.value(1).toString(), query.value(2).toString());

    if (!run(query, QStringLiteral("SELECT id, name, status, country, employer, languages, sectors, "
                                   "skills, equipment, unavailability, max_missions_per_year "
                                   "FROM experts WHERE deleted = 0"), error))
        return false;
    while (query.next()) {
        ExpertRow row;
        row.id = query.value(0).toString();
        row.name = query.value(1).toString();
        row.status = query.value(2).toString();
        row.country = query.value(3).toString();
        row.employer = query.value(4).toString();
        row.languages = query.value(5).toString();
        row.sectors = query.value(6).toString();
        row.skills = query.value(7).toString();
        row.equipment = query.value(8).toString();
        row.unavailability = query.value(9).toString();
        row.maxMissionsPerYear = query.value(10).isNull() ? -1 : query.value(10).toInt();
        addExpert(row);
    }

    if (!run(query, QStringLiteral("SELECT id, code, title, status, institution_id, sector, required_skills, "
                                   "host_languages, equipment_manufacturer, equipment_model, experts_wanted, "
                                   "window_start, window_end, duration_days, interpreter "
                                   "FROM needs WHERE deleted = 0"), error))
        return false;
    while (query.next()) {
        NeedRow row;
        row.id = query.value(0).toString();
        row.code = query.value(1).toString();
        row.title = query.value(2).toString();
        row.status = query.value(3).toString();
        row.institutionId = query.value(4).toString();
        row.sector = query.value(5).toString();
        row.requiredSkills = query.value(6).toString();
        row.hostLanguages = query.value(7).toString();
        row.manufacturer = query.value(8).toString();
        row.model = query.value(9).toString();
        row.expertsWanted = query.value(10).toInt();
        row.windowStart = query.value(11).toString();
        row.windowEnd = query.value(12).toString();
        row.durationDays = query.value(13).toInt();
        row.interpreter = query.value(14).toInt() != 0;
        addNeed(row);
    }

    if (!run(query, QStringLiteral("SELECT id, need_id, expert_id, start, \"end\", status FROM missions "
                                   "WHERE deleted = 0 AND status <> 'cancelled'"), error))
        return false;
    while (query.next()) {
        addMission({ query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString(), query.value(4).toString(), query.value(5).toString() });
    }

    // An expert's own evaluation of a mission says nothing about their track record.
    if (!run(query, QStringLiteral("SELECT m.expert_id, v.rating_overall FROM evaluations v "
                                   "JOIN missions m ON m.id = v.mission_id "
                                   "WHERE v.deleted = 0 AND m.deleted = 0 AND v.evaluator <> 'expert'"), error))
        return false;
    while (query.next())
        addRating(query.value(0).toString(), query.value(1).toInt());

    finalize();
    return true;
}

} // namespace ed

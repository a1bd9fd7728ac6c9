#include "SchedulingData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace ed {

namespace {

QDate date(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

bool SchedulingData::load(const QSqlDatabase &db, QString *error)
{
    missions.clear();
    experts.clear();
    needs.clear();
    m_index.clear();

    QSqlQuery query(db);
    query.setForwardOnly(true);
    // The mission's own institution wins; older rows without one fall back to the need's host.
    query.prepare(QStringLiteral(
            "SELECT m.id, m.code, m.need_id, m.expert_id, coalesce(m.institution_id, n.institution_id), "
            "m.start, m.\"end\", m.status, i.country, n.sector, e.name, n.title, i.name, i.city, "
            "m.airfare_amount, m.airfare_currency, m.cancel_reason, m.updated_at, m.hotel_confirmed, "
            "m.transport_confirmed, m.meals_confirmed "
            "FROM missions m LEFT JOIN needs n ON n.id = m.need_id "
            "LEFT JOIN institutions i ON i.id = coalesce(m.institution_id, n.institution_id) "
            "LEFT JOIN experts e ON e.id = m.expert_id "
            "WHERE m.deleted = 0 ORDER BY m.expert_id, m.start, m.id"));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        MissionSlot m;
        m.id = query.value(0).toString();
        m.code = query.value(1).toString();
        m.needId = query.value(2).toString();
        m.expertId = query.value(3).toString();
        m.institutionId = query.value(4).toString();
        m.start = date(query.value(5));
        m.end = date(query.value(6));
        m.status = query.value(7).toString();
        m.country = query.value(8).toString();
        m.sector = query.value(9).toString();
        m.expertName = query.value(10).toString();
        m.needTitle = query.value(11).toString();
        m.institutionName = query.value(12).toString();
        m.city = query.value(13).toString();
        m.airfare = query.value(14).toDouble();
        m.currency = query.value(15).toString();
        m.cancelReason = query.value(16).toString();
        m.updatedAt = query.value(17).toString();
        m.hotel = query.value(18).toBool();
        m.transport = query.value(19).toBool();
        m.meals = query.value(20).toBool();
        if (!m.start.isValid() || !m.end.isValid())
            continue;
        m_index.insert(m.id, int(missions.size()));
        missions.append(std::move(m));
    }

    query.prepare(QStringLiteral(
            "SELECT id, name, country, passport_expiry, unavailability FROM experts "
            "WHERE deleted = 0 AND id IN (SELECT expert_id FROM missions WHERE deleted = 0)"));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        ExpertSlot e;
        e.id = query.value(0).toString();
        e.name = query.value(1).toString();
        e.country = query.value(2).toString();
        e.passportExpiry = date(query.value(3));
        const QJsonArray periods = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).array();
        for (const QJsonValue &value : periods) {
            const QJsonObject object = value.toObject();
            Period p { date(object.value(QLatin1String("start")).toString()),
                       date(object.value(QLatin1String("end")).toString()),
                       object.value(QLatin1String("reason")).toString() };
            if (p.start.isValid() && p.end.isValid())
                e.unavailability << p;
        }
        std::sort(e.unavailability.begin(), e.unavailability.end(),
                  [](const Period &a, const Period &b) { return a.start < b.start; });
        experts.insert(e.id, e);
    }

    query.prepare(QStringLiteral("SELECT id, window_start, window_end FROM needs WHERE deleted = 0 "
                                 "AND id IN (SELECT need_id FROM missions WHERE deleted = 0)"));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next())
        needs.insert(query.value(0).toString(), NeedSlot { date(query.value(1)), date(query.value(2)) });
    return true;
}

const MissionSlot *SchedulingData::mission(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &missions.at(*it);
}

} // namespace ed

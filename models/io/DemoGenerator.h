#pragma once

// Internal to DemoData: the state of one generation run. Split over DemoData.cpp (people and
// institutions) and DemoMissions.cpp (needs, missions, evaluations).

#include "io/DemoData.h"
#include "io/DemoVocabulary.h"

#include <QDate>
#include <QHash>
#include <QRandomGenerator>
#include <QVariantMap>

#include <initializer_list>
#include <vector>

namespace ed {

struct EntitySpec;

namespace demo {

struct Period
{
    QDate start, end;
};

struct ExpertInfo
{
    QString id;
    int country = 0;
    bool active = true;
    int maxMissions = 2;
    int missions = 0;
    std::vector<Period> busy; // unavailability and missions already given
};

struct InstitutionInfo
{
    QString id, name, city;
    int country = 0;
    int sector = 0;
};

// Fills %1, %2, … positionally (QString::arg(a, b, …) fills the lowest markers present instead,
// and templates here may skip a marker).
inline QString fill(const char *pattern, std::initializer_list<QString> values)
{
    QString out = QString::fromUtf8(pattern);
    int n = 0;
    for (const QString &value : values)
        out.replace(QLatin1Char('%') + QString::number(++n), value);
    return out;
}

struct PersonName
{
    QString first, family, full, arabic;
};

class Generator
{
public:
    Generator(RecordRepository &repository, const DemoOptions &options,
              const std::function<bool(int, int)> &progress, QString *error);
    bool run();

private:
    // randomness: everything comes from one seeded generator, so a seed gives one data set
    int pick(size_t n) { return int(m_rng.bounded(quint32(n))); }
    int between(int low, int high) { return low + pick(size_t(high - low + 1)); }
    bool chance(double p) { return m_rng.generateDouble() < p; }
    int weighted(const std::vector<int> &weights);
    template<typename T>
    const T &any(const std::vector<T> &list) { return list[size_t(pick(list.size()))]; }
    std::vector<int> distinct(int count, int from); // `count` different indexes below `from`

    QString nextId();
    bool write(const EntitySpec &spec, const QVariantMap &record);
    bool tick();

    PersonName personName(int country, bool female);
    QString email(const PersonName &name, const QString &organisation);
    QString phone(int country);
    QString countryName(int country) const;
    QString institutionName(int type, int country, const QString &city, int sector);
    QVariantList languages(int nationality, int residence);

    bool institutions();
    bool experts();
    bool expert(int index);
    bool needs();
    bool need(int index, const QString &status);
    bool missions(const QVariantMap &need, const InstitutionInfo &host, int service, int sector);
    bool evaluations(const QString &missionId, const QVariantMap &need, int service);
    int chooseExpert(int sector, int hostCountry, const Period &period);

    RecordRepository &m_repository;
    DemoOptions m_options;
    std::function<bool(int, int)> m_progress;
    QString *m_error;
    QRandomGenerator m_rng;
    QDate m_today;
    qint64 m_baseMs = 0;
    qint64 m_sequence = 0;
    int m_done = 0;
    int m_total = 0;
    int m_needCount = 0;
    int m_missionCount = 0;
    bool m_cancelled = false;

    std::vector<int> m_countryWeights, m_sectorWeights;
    std::vector<InstitutionInfo> m_institutions;
    std::vector<ExpertInfo> m_experts;
    std::vector<std::vector<int>> m_expertsBySector; // primary sector → expert indexes
    std::vector<std::vector<int>> m_institutionsByCountry;
    QHash<QString, int> m_emails, m_names;
};

} // namespace demo
} // namespace ed

// MatchScorer's sentences: kept apart from the hot scoring code, and built only for the handful
// of candidates a person reads. One translatable sentence per reason, with %1 arguments.
#include "MatchScorer.h"

#include "Availability.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <type_traits>

namespace ed {

namespace {
// The context lupdate files these strings under (they are called from MatchScorer's members).
QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("ed::MatchScorer", text, comment, n);
}

// Numbers in the UI locale's digits (Arabic-Indic in Arabic), as every other number on screen;
// no group separator, so a year stays "2026".
template<typename T>
QString number(T value)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    if constexpr (std::is_floating_point_v<T>)
        return locale.toString(value, 'f', 1);
    else
        return locale.toString(qlonglong(value));
}
} // namespace

QString MatchScorer::partName(ScorePart part)
{
    switch (part) {
    case ScorePart::Skills: return tr("Skills and equipment");
    case ScorePart::Availability: return tr("Availability");
    case ScorePart::Language: return tr("Language");
    case ScorePart::TrackRecord: return tr("Track record");
    case ScorePart::Sector: return tr("Sector");
    case ScorePart::Logistics: return tr("Logistics");
    case ScorePart::Fairness: return tr("Fairness");
    }
    return {};
}

QString MatchScorer::exclusionText(FilterReason reason, int needIndex, int expertIndex) const
{
    const NeedProfile &need = m_data.needs()[size_t(needIndex)];
    const ExpertProfile &expert = m_data.experts()[size_t(expertIndex)];
    switch (reason) {
    case FilterReason::None:
        return {};
    case FilterReason::AlreadyOnNeed:
        return tr("Already has a mission for this need.");
    case FilterReason::NotActive:
        return tr("Not active on the roster.");
    case FilterReason::EmployedByHost:
        return tr("Works for the host institution (%1).").arg(m_data.institutions()[size_t(need.institution)].name);
    case FilterReason::NoSharedLanguage: {
        QStringList names;
        for (Key key : need.hostLanguages)
            names << m_data.languageName(m_data.word(key));
        return tr("Speaks none of the host's languages (%1) at working level, and no interpreter is provided.")
                .arg(QLocale().createSeparatedList(names));
    }
    case FilterReason::MandatorySkillMissing:
        for (const RequiredSkill &r : need.skills) {
            const bool listed = std::any_of(expert.skills.begin(), expert.skills.end(),
                                            [&r](const LevelRef &s) { return s.key == r.key && s.level > 0; });
            if (r.mandatory && !listed)
                return tr("Lacks the mandatory skill “%1”.").arg(r.name);
        }
        return tr("Lacks a mandatory skill.");
    case FilterReason::YearlyCapReached:
        return tr("Already has %Ln mission(s) in %1, the most this expert accepts in a year.", nullptr,
                  missionsInYear(expert, need.year, needIndex))
                .arg(number(need.year));
    case FilterReason::Unavailable:
        return tr("The declared unavailability leaves no %Ln free day(s) in a row within the need's window.", nullptr, need.durationDays);
    case FilterReason::OnAnotherMission:
        return tr("On another mission: no %Ln free day(s) in a row within the need's window.", nullptr, need.durationDays);
    }
    return {};
}

QList<PartExplanation> MatchScorer::explain(int needIndex, int expertIndex) const
{
    const NeedProfile &need = m_data.needs()[size_t(needIndex)];
    const ExpertProfile &expert = m_data.experts()[size_t(expertIndex)];
    const MatchEvaluation evaluation = evaluate(needIndex, expertIndex);
    QList<PartExplanation> parts;
    for (int i = 0; i < kScorePartCount; ++i) {
        PartExplanation e;
        e.part = ScorePart(i);
        e.fraction = evaluation.parts[size_t(i)];
        e.points = e.fraction * m_factor[size_t(i)] / kScale;
        parts << e;
    }

    PartExplanation &skills = parts[int(ScorePart::Skills)];
    int met = 0;
    for (const RequiredSkill &r : need.skills) {
        int level = 0;
        for (const LevelRef &s : expert.skills)
            level = s.key == r.key ? std::max(level, s.level) : level;
        met += level >= r.level ? 1 : 0;
        skills.details << (level ? tr("%1: level %2/4 (%3 asked)").arg(r.name, number(level), number(r.level))
                                 : tr("%1: not listed").arg(r.name));
    }
    if (need.manufacturer != kNoKey) {
        const QString equipment = QStringLiteral("%1 %2").arg(need.manufacturerText, need.modelText).trimmed();
        int level = 0;
        if (hasExactEquipment(need, expert, &level)) {
            skills.details << tr("has serviced %1 (level %2/4)").arg(equipment, number(level));
        } else {
            const bool sameMaker = std::any_of(expert.equipment.begin(), expert.equipment.end(),
                                               [&need](const EquipmentRef &q) { return q.manufacturer == need.manufacturer; });
            skills.details << (sameMaker ? tr("has serviced other %1 equipment").arg(need.manufacturerText)
                                         : tr("has not serviced %1").arg(equipment));
        }
    }
    if (need.skills.empty() && need.manufacturer == kNoKey)
        skills.reason = tr("No particular skill is asked for.");
    else if (need.skills.empty())
        skills.reason = skills.details.constFirst();
    else
        skills.reason = tr("Meets %1 of %2 skill requirements.").arg(number(met), number(need.skills.size()));

    PartExplanation &availability = parts[int(ScorePart::Availability)];
    const AvailabilityCheck check = checkAvailability(expert, need, needIndex);
    availability.reason = !need.hasWindow ? tr("The need has no dates yet.")
                                          : tr("free %1 % of the window").arg(number(std::lround(check.freeShare() * 100)));

    PartExplanation &language = parts[int(ScorePart::Language)];
    Key spoken = kNoKey;
    const int level = bestSharedLevel(need, expert, &spoken);
    if (spoken != kNoKey)
        language.reason = tr("speaks %1 %2/4").arg(m_data.languageName(m_data.word(spoken)), number(level));
    if (need.interpreter)
        language.reason = spoken != kNoKey ? tr("speaks %1 %2/4; an interpreter is provided")
                                                     .arg(m_data.languageName(m_data.word(spoken)), number(level))
                                           : tr("an interpreter is provided");
    else if (need.hostLanguages.empty())
        language.reason = tr("The host has not named its languages.");

    PartExplanation &track = parts[int(ScorePart::TrackRecord)];
    track.reason = expert.ratingCount == 0
            ? tr("No evaluations yet: the programme mean %1/5 is used.").arg(number(m_data.programmeMean()))
            : tr("mean rating %1/5 over %Ln evaluation(s)", nullptr, expert.ratingCount)
                      .arg(number(expert.ratingSum / expert.ratingCount));

    PartExplanation &sector = parts[int(ScorePart::Sector)];
    const QString sectorName = m_data.sectorName(need.sectorCode);
    sector.reason = sector.fraction >= 1 ? tr("%1 is the primary sector").arg(sectorName)
            : sector.fraction > 0        ? tr("%1 is a secondary sector").arg(sectorName)
                                         : tr("does not work in %1").arg(sectorName);

    PartExplanation &logistics = parts[int(ScorePart::Logistics)];
    logistics.reason = logistics.fraction >= 1 ? tr("lives in the host country")
            : logistics.fraction > 0.5         ? tr("lives in the same OIC region")
                                               : tr("lives in another OIC region");

    parts[int(ScorePart::Fairness)].reason = expert.recentMissions == 0
            ? tr("no missions in the last 12 months")
            : tr("%Ln mission(s) in the last 12 months", nullptr, expert.recentMissions);
    return parts;
}

} // namespace ed

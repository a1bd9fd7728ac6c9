#include "DashboardTexts.h"

#include "storage/ReferenceData.h"

#include <QLocale>

#include <cmath>

namespace ed {

QList<DashboardTexts::Kpi> DashboardTexts::kpis(const DashboardKpis &k)
{
    const QLocale locale;
    QList<Kpi> result;
    // Not "open needs": the Matching area's open needs are those accepted or matching.
    //: dashboard tile: needs not yet fulfilled, closed, rejected or withdrawn
    result.append({ tr("Needs in progress"), locale.toString(k.openNeeds),
                    tr("Needs received, in screening, accepted, matching, matched or scheduled. The Matching "
                       "area lists those accepted or matching: the ones that can still get experts.") });
    //: dashboard tile: experts whose roster status is active
    result.append({ tr("Active experts"), locale.toString(k.activeExperts),
                    tr("Experts whose roster status is active.") });
    //: dashboard tile: missions starting in the dates chosen above the tiles
    result.append({ tr("Missions in the period"), locale.toString(k.missionsInPeriod),
                    tr("Missions starting in the period shown, not counting cancelled ones.") });
    //: dashboard tile: mean overall rating of the evaluations, out of 5
    result.append({ tr("Mean evaluation"),
                    std::isnan(k.meanRating) ? tr("none yet")
                                             //: mean rating out of the best rating, e.g. "4.2 / 5"
                                             : tr("%1 / %2").arg(locale.toString(k.meanRating, 'f', 1), locale.toString(5)),
                    tr("Mean overall rating of %Ln evaluation(s) of missions in the period.", nullptr, k.ratingCount) });
    QStringList fares;
    for (const auto &entry : k.airfare)
        fares << locale.toCurrencyString(entry.second, entry.first, 0);
    //: dashboard tile: airfare paid by COMSTECH
    result.append({ tr("Airfare"), fares.isEmpty() ? locale.toCurrencyString(0.0, QStringLiteral("USD"), 0)
                                                   : fares.join(QLatin1String(" + ")),
                    tr("Airfare of the missions in the period, not counting cancelled ones, per currency.") });
    return result;
}

QString DashboardTexts::filterSummary(const DashboardFilter &filter, const ReferenceData &reference)
{
    const QLocale locale;
    QString period;
    if (filter.from.isValid() && filter.to.isValid())
        //: a period of dates: %1 first day, %2 last day
        period = tr("%1 – %2").arg(locale.toString(filter.from, QLocale::ShortFormat),
                                   locale.toString(filter.to, QLocale::ShortFormat));
    else
        period = tr("all dates");
    const QString sector = filter.sector.isEmpty() ? tr("all sectors") : reference.sectorName(filter.sector);
    const QString country = filter.country.isEmpty() ? tr("all countries") : reference.countryName(filter.country);
    //: what the dashboard or report covers: %1 period, %2 sector, %3 country
    return tr("%1 · %2 · %3").arg(period, sector, country);
}

QString DashboardTexts::percent(double share)
{
    //: a percentage, %1 the number
    return tr("%1 %").arg(QLocale().toString(share * 100.0, 'f', 1));
}

} // namespace ed

#pragma once

#include "DashboardFilter.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <cmath>

namespace ed {

struct KeyCount
{
    QString key; // sector code or ISO alpha-2
    int count = 0;
};

// Needs fulfilled ÷ needs received for one country (see DashboardAggregates for the exact
// definitions). A country that received nothing has no rate, which is not the same as 0 %.
struct Fulfilment
{
    QString country;
    int received = 0;
    int fulfilled = 0;
    bool hasRate() const { return received > 0; }
    double rate() const { return received > 0 ? double(fulfilled) / received : 0.0; }
};

struct DashboardKpis
{
    int openNeeds = 0;
    int activeExperts = 0;
    int missionsInPeriod = 0; // starting in the filter's dates, not cancelled
    double meanRating = std::nan(""); // NaN when nothing was evaluated
    int ratingCount = 0;
    QList<QPair<QString, double>> airfare; // currency → amount, by currency code
};

// Everything one dashboard refresh shows; every list is complete (zeros included) and in
// reference order, so the UI decides how to sort without asking the database again.
struct DashboardData
{
    DashboardFilter filter;
    QList<KeyCount> needsBySector;      // the 19 sectors
    QList<KeyCount> expertsByCountry;   // the 57 member states
    QList<QDate> months;                // first day of each month of the range
    QStringList missionStatuses;        // schema order
    QHash<QString, QList<int>> missionsByMonth; // status → one count per month
    QList<Fulfilment> fulfilmentByCountry; // the 57 member states
    QHash<QPair<QString, QString>, int> matrix; // (sector, country) → needs, non-zero cells only
    DashboardKpis kpis;

    int matrixCell(const QString &sector, const QString &country) const
    {
        return matrix.value(qMakePair(sector, country));
    }
    // Countries with at least one need in the matrix, in reference order.
    QStringList matrixCountries(const QStringList &referenceOrder) const
    {
        QStringList result;
        for (const QString &iso2 : referenceOrder) {
            for (auto it = matrix.cbegin(); it != matrix.cend(); ++it) {
                if (it.key().second == iso2) {
                    result << iso2;
                    break;
                }
            }
        }
        return result;
    }
};

} // namespace ed

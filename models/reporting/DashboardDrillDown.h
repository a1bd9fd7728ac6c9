#pragma once

#include "DashboardFilter.h"
#include "storage/RecordQuery.h"

namespace ed {

// The record list behind a bar or a cell of the dashboard: the same rows the figure counted
// (sector, country and period included), as a RecordFilter the list views and the CLI apply.
namespace DashboardDrillDown {

// Needs submitted in the period; `sector`/`country` override the dashboard's own choice.
RecordFilter needs(const DashboardFilter &filter, const QString &sector, const QString &country);
// Experts living in `country` (and in the dashboard's sector, if one is chosen).
RecordFilter experts(const DashboardFilter &filter, const QString &country);
// Missions with `status` starting in the month of `month` (cut to the period).
RecordFilter missions(const DashboardFilter &filter, const QString &status, const QDate &month);

} // namespace DashboardDrillDown
} // namespace ed

#include "SectorCountryModel.h"

#include "storage/ReferenceData.h"

#include <QLocale>

#include <algorithm>

namespace ed {

SectorCountryModel::SectorCountryModel(const ReferenceData &reference, QObject *parent)
    : QAbstractTableModel(parent), m_reference(reference)
{
    for (const ReferenceData::Entry &sector : reference.sectors())
        m_sectors << sector.code;
}

void SectorCountryModel::setData(const DashboardData &data)
{
    // A new filter changes the columns: a reset is the honest signal here.
    beginResetModel();
    m_cells = data.matrix;
    QHash<QString, int> totals;
    m_max = 0;
    for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it) {
        totals[it.key().second] += it.value();
        m_max = qMax(m_max, it.value());
    }
    m_countries.clear();
    for (const ReferenceData::Entry &country : m_reference.countries()) {
        if (totals.contains(country.code))
            m_countries << country.code;
    }
    std::stable_sort(m_countries.begin(), m_countries.end(),
                     [&totals](const QString &a, const QString &b) { return totals.value(a) > totals.value(b); });
    endResetModel();
}

void SectorCountryModel::refreshTexts()
{
    if (!m_sectors.isEmpty())
        emit headerDataChanged(Qt::Vertical, 0, int(m_sectors.size()) - 1);
    if (!m_countries.isEmpty())
        emit headerDataChanged(Qt::Horizontal, 0, int(m_countries.size()) - 1);
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), { Qt::DisplayRole, Qt::ToolTipRole });
}

int SectorCountryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sectors.size());
}

int SectorCountryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_countries.size());
}

QVariant SectorCountryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QString sector = m_sectors.at(index.row());
    const QString country = m_countries.at(index.column());
    const int count = m_cells.value({ sector, country });
    switch (role) {
    case Qt::DisplayRole:
        return count ? QLocale().toString(count) : QString();
    case Qt::ToolTipRole:
        //: tooltip of a cell of the sector × country table: %Ln needs, sector, country
        return tr("%Ln need(s) in %1 from %2", nullptr, count)
                .arg(m_reference.sectorName(sector), m_reference.countryName(country));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case CountRole:
        return count;
    case MaxCountRole:
        return m_max;
    case SectorRole:
        return sector;
    case CountryRole:
        return country;
    default:
        return {};
    }
}

QVariant SectorCountryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && section < m_sectors.size()) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return m_reference.sectorName(m_sectors.at(section));
    } else if (orientation == Qt::Horizontal && section < m_countries.size()) {
        // ISO codes keep 30 columns readable; the name is a hover away.
        if (role == Qt::DisplayRole)
            return m_countries.at(section);
        if (role == Qt::ToolTipRole)
            return m_reference.countryName(m_countries.at(section));
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace ed

#pragma once

#include "reporting/DashboardData.h"

#include <QAbstractTableModel>

namespace ed {

class ReferenceData;

// The sector × country table of needs: one row per sector, one column per country that has a
// need in the current filter (57 mostly empty columns would hide the pattern), busiest first.
// CountRole gives the bare number, MaxCountRole the largest cell, for the shading delegate.
class SectorCountryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { CountRole = Qt::UserRole + 1, MaxCountRole, SectorRole, CountryRole };

    explicit SectorCountryModel(const ReferenceData &reference, QObject *parent = nullptr);

    void setData(const DashboardData &data);
    void refreshTexts(); // names in the new language

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString sectorAt(int row) const { return m_sectors.value(row); }
    QString countryAt(int column) const { return m_countries.value(column); }

private:
    const ReferenceData &m_reference;
    QStringList m_sectors;
    QStringList m_countries;
    QHash<QPair<QString, QString>, int> m_cells;
    int m_max = 0;
};

} // namespace ed

#pragma once

#include "reporting/DashboardFilter.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace ed {

class ReferenceData;

// Period, sector and country of the dashboard. Emits filterChanged() once per user change;
// setFilter() is silent.
class DashboardFilterBar : public QWidget
{
    Q_OBJECT
public:
    DashboardFilterBar(const ReferenceData &reference, const QDate &today, QWidget *parent = nullptr);

    DashboardFilter filter() const;
    void setFilter(const DashboardFilter &filter);
    QComboBox *sectorCombo() const { return m_sector; }
    QComboBox *countryCombo() const { return m_country; }

signals:
    void filterChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillCombos();

    const ReferenceData &m_reference;
    QDate m_today;
    QLabel *m_fromLabel;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QDateEdit *m_to;
    QComboBox *m_sector;
    QComboBox *m_country;
    QPushButton *m_reset;
};

} // namespace ed

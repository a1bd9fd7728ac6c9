#include "DashboardFilterBar.h"

#include "storage/ReferenceData.h"

#include <QCollator>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include <algorithm>

namespace ed {

DashboardFilterBar::DashboardFilterBar(const ReferenceData &reference, const QDate &today, QWidget *parent)
    : QWidget(parent), m_reference(reference), m_today(today), m_fromLabel(new QLabel(this)),
      m_from(new QDateEdit(this)), m_toLabel(new QLabel(this)), m_to(new QDateEdit(this)),
      m_sector(new QComboBox(this)), m_country(new QComboBox(this)), m_reset(new QPushButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        connect(edit, &QDateEdit::dateChanged, this, &DashboardFilterBar::filterChanged);
    }
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_sector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_country->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (QComboBox *combo : { m_sector, m_country })
        connect(combo, &QComboBox::currentIndexChanged, this, &DashboardFilterBar::filterChanged);
    connect(m_reset, &QPushButton::clicked, this, [this] {
        setFilter(DashboardFilter::defaultRange(m_today));
        emit filterChanged();
    });
    layout->addWidget(m_fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(m_toLabel);
    layout->addWidget(m_to);
    layout->addSpacing(12);
    layout->addWidget(m_sector);
    layout->addWidget(m_country);
    layout->addWidget(m_reset);
    layout->addStretch();
    retranslate();
    setFilter(DashboardFilter::defaultRange(today));
}

DashboardFilter DashboardFilterBar::filter() const
{
    DashboardFilter filter;
    filter.today = m_today;
    filter.from = m_from->date();
    filter.to = qMax(m_from->date(), m_to->date());
    filter.sector = m_sector->currentData().toString();
    filter.country = m_country->currentData().toString();
    return filter;
}

void DashboardFilterBar::setFilter(const DashboardFilter &filter)
{
    const QSignalBlocker a(m_from), b(m_to), c(m_sector), d(m_country);
    if (filter.today.isValid())
        m_today = filter.today;
    m_from->setDate(filter.from);
    m_to->setDate(filter.to);
    m_sector->setCurrentIndex(qMax(0, m_sector->findData(filter.sector)));
    m_country->setCurrentIndex(qMax(0, m_country->findData(filter.country)));
}

void DashboardFilterBar::fillCombos()
{
    // Names follow the language, and so does their alphabetical order; the choice stays.
    auto fill = [](QComboBox *combo, const QString &allText, QList<QPair<QString, QString>> items) {
        const QSignalBlocker blocker(combo);
        const QString current = combo->currentData().toString();
        const QCollator collator;
        std::sort(items.begin(), items.end(),
                  [&collator](const auto &x, const auto &y) { return collator.compare(x.first, y.first) < 0; });
        combo->clear();
        combo->addItem(allText, QString());
        for (const auto &item : std::as_const(items))
            combo->addItem(item.first, item.second);
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
    };
    QList<QPair<QString, QString>> sectors, countries;
    for (const ReferenceData::Entry &sector : m_reference.sectors())
        sectors.append({ m_reference.sectorName(sector.code), sector.code });
    for (const ReferenceData::Entry &country : m_reference.countries())
        countries.append({ m_reference.countryName(country.code), country.code });
    //: dashboard filter choice: do not filter by sector
    fill(m_sector, tr("All sectors"), sectors);
    //: dashboard filter choice: do not filter by country
    fill(m_country, tr("All countries"), countries);
}

void DashboardFilterBar::retranslate()
{
    //: dashboard filter: first day of the period
    m_fromLabel->setText(tr("&From"));
    //: dashboard filter: last day of the period
    m_toLabel->setText(tr("&To"));
    m_from->setAccessibleName(tr("First day of the period"));
    m_to->setAccessibleName(tr("Last day of the period"));
    m_sector->setAccessibleName(tr("Show one sector only"));
    m_country->setAccessibleName(tr("Show one country only"));
    //: button: back to the last 12 months and the next 6, all sectors and countries
    m_reset->setText(tr("Reset"));
    m_reset->setAccessibleName(tr("Reset the dashboard filters"));
    m_reset->setToolTip(tr("The last 12 months and the next 6, all sectors and countries"));
    fillCombos();
}

void DashboardFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ed

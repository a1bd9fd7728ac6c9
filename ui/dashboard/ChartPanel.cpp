#include "ChartPanel.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLocale>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace ed {

// The chart's figures as text, for a screen reader (a picture of bars says nothing to it):
// "Indonesia: 21; Malaysia: 15; …", or per status for stacked bars "Jan 26: Evaluated 3; …".
QString ChartPanel::figures(const QChart *chart)
{
    const QLocale locale;
    QStringList categories;
    for (QAbstractAxis *axis : chart->axes()) {
        if (auto *category = qobject_cast<QBarCategoryAxis *>(axis))
            categories = category->categories();
    }
    QStringList entries;
    for (QAbstractSeries *series : chart->series()) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(series);
        if (!bars)
            continue;
        const QList<QBarSet *> sets = bars->barSets();
        for (int i = 0; i < categories.size(); ++i) {
            QStringList values;
            for (const QBarSet *set : sets) {
                if (i >= set->count() || (sets.size() > 1 && set->at(i) == 0))
                    continue;
                const QString value = locale.toString(set->at(i));
                //: one figure of a stacked bar for a screen reader: %1 the status, %2 the number
                values << (sets.size() > 1 ? tr("%1 %2").arg(set->label(), value) : value);
            }
            if (!values.isEmpty())
                //: one bar of a chart for a screen reader: %1 the category, %2 its figures
                entries << tr("%1: %2").arg(categories.at(i), values.join(QLatin1String(", ")));
        }
    }
    return entries.join(QLatin1String("; "));
}

ChartPanel::ChartPanel(ChartKind kind, bool scrolling, QWidget *parent)
    : QWidget(parent), m_kind(kind), m_view(new QChartView(this)), m_export(new QToolButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(300);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_export, &QToolButton::clicked, this, [this] { emit exportRequested(m_kind); });
    if (scrolling) {
        m_scroll = new QScrollArea(this);
        m_scroll->setWidgetResizable(true);
        m_scroll->setWidget(m_view);
        m_scroll->setMinimumHeight(420);
        layout->addWidget(m_scroll, 1);
    } else {
        layout->addWidget(m_view, 1);
    }
    layout->addWidget(m_export, 0, Qt::AlignTrailing);
    retranslate();
}

void ChartPanel::setChart(const BuiltChart &built)
{
    QChart *old = m_view->chart();
    m_built = built;
    m_view->setChart(built.chart); // the view owns the chart from here
    delete old;
    m_view->setAccessibleName(built.chart->title());
    m_view->setAccessibleDescription(figures(built.chart));
    // Every category gets the height its name needs; Qt Charts drops labels that would overlap.
    m_view->setMinimumHeight(built.preferredSize.height());
    if (m_scroll) {
        m_scroll->setAccessibleName(built.chart->title());
    }
    for (QAbstractSeries *series : built.chart->series()) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(series);
        if (!bars)
            continue;
        const QList<QBarSet *> sets = bars->barSets();
        for (int s = 0; s < sets.size(); ++s) {
            connect(sets.at(s), &QBarSet::clicked, this, [this, s](int index) {
                emit barClicked(m_built.categoryKeys.value(index), m_built.setKeys.value(s));
            });
        }
    }
}


void ChartPanel::retranslate()
{
    //: button under a dashboard chart
    m_export->setText(tr("Export…"));
    m_export->setAccessibleName(tr("Export this chart as PNG, SVG or PDF"));
    m_export->setToolTip(m_export->accessibleName());
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ed

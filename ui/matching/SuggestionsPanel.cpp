#include "SuggestionsPanel.h"

#include "DraftMissions.h"
#include "MatchingContext.h"
#include "ScoreBarDelegate.h"
#include "itemmodels/RecordFormatter.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ed {

namespace {
constexpr int IdRole = Qt::UserRole + 1;

QString points(double value)
{
    return QLocale().toString(value, 'f', 1);
}
} // namespace

SuggestionsPanel::SuggestionsPanel(MatchingContext &context, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent),
      m_context(context),
      m_drafts(std::make_unique<DraftMissions>(context, undoStack, this)),
      m_title(new QLabel(this)),
      m_topLabel(new QLabel(this)),
      m_top(new QSpinBox(this)),
      m_candidates(new QTreeWidget(this)),
      m_showExcluded(new QCheckBox(this)),
      m_excludedTitle(new QLabel(this)),
      m_excluded(new QTreeWidget(this)),
      m_assign(new QPushButton(this)),
      m_message(new QLabel(this))
{
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_top->setRange(1, 50);
    m_top->setValue(10);
    m_topLabel->setBuddy(m_top);

    m_candidates->setColumnCount(3);
    m_candidates->setRootIsDecorated(true);
    m_candidates->setUniformRowHeights(false);
    m_candidates->setAlternatingRowColors(true);
    m_candidates->setItemDelegateForColumn(1, new ScoreBarDelegate(m_candidates));
    // Columns fit the panel: the reasons are elided here and complete in their tooltips.
    m_candidates->header()->setStretchLastSection(true);
    m_candidates->header()->resizeSection(0, 170);
    m_candidates->header()->resizeSection(1, 92);
    m_candidates->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_candidates->setWordWrap(false);

    m_excluded->setColumnCount(2);
    m_excluded->setRootIsDecorated(false);
    m_excluded->header()->resizeSection(0, 190);
    m_excluded->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_excluded->header()->setStretchLastSection(true);
    m_excluded->setVisible(false);
    m_excludedTitle->setVisible(false);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto *top = new QHBoxLayout;
    top->addWidget(m_topLabel);
    top->addWidget(m_top);
    top->addStretch();
    top->addWidget(m_showExcluded);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_assign);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(top);
    layout->addWidget(m_candidates, 3);
    layout->addWidget(m_excludedTitle);
    layout->addWidget(m_excluded, 2);
    layout->addLayout(bottom);

    connect(m_top, &QSpinBox::valueChanged, this, &SuggestionsPanel::refresh);
    connect(m_showExcluded, &QCheckBox::toggled, this, &SuggestionsPanel::refresh);
    connect(m_candidates, &QTreeWidget::itemSelectionChanged, this, [this] {
        if (!m_candidates->selectedItems().isEmpty())
            m_excluded->clearSelection();
        updateAssign();
    });
    connect(m_excluded, &QTreeWidget::itemSelectionChanged, this, [this] {
        if (!m_excluded->selectedItems().isEmpty())
            m_candidates->clearSelection();
        updateAssign();
    });
    connect(m_candidates, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (!item->parent())
            assignSelected();
    });
    connect(m_assign, &QPushButton::clicked, this, &SuggestionsPanel::assignSelected);
    connect(&m_context, &MatchingContext::changed, this, &SuggestionsPanel::refresh);
    retranslate();
    refresh();
}

SuggestionsPanel::~SuggestionsPanel() = default;

void SuggestionsPanel::retranslate()
{
    m_topLabel->setText(tr("Show the &best:"));
    m_top->setAccessibleName(tr("Number of suggestions"));
    //: check box of the suggestions panel
    m_showExcluded->setText(tr("Show e&xcluded experts"));
    m_showExcluded->setAccessibleName(tr("Show excluded experts"));
    m_candidates->setHeaderLabels({ tr("Expert"), tr("Score"), tr("Why") });
    m_candidates->setAccessibleName(tr("Suggested experts"));
    m_candidates->setAccessibleDescription(tr("Best first; expand a row to see every part of the score explained."));
    m_excluded->setHeaderLabels({ tr("Expert"), tr("Excluded because") });
    m_excluded->setAccessibleName(tr("Excluded experts"));
    m_assign->setText(tr("&Assign"));
    m_assign->setAccessibleName(tr("Assign the selected expert"));
    m_assign->setToolTip(tr("Create a draft mission for the selected expert (can be undone)"));
    m_message->setAccessibleName(tr("Suggestions status"));
    m_title->setAccessibleName(tr("Need"));
}

void SuggestionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void SuggestionsPanel::setNeed(const QString &needId)
{
    if (needId == m_needId)
        return;
    m_needId = needId;
    m_message->clear();
    refresh();
}

void SuggestionsPanel::setTopCount(int k)
{
    m_top->setValue(k);
}

QTreeWidgetItem *SuggestionsPanel::candidateItem(int rank, const Suggestion &suggestion, double maxTotal)
{
    auto *item = new QTreeWidgetItem;
    //: a ranked suggestion: %1 rank, %2 expert name
    item->setText(0, tr("%1. %2").arg(QLocale().toString(rank), suggestion.expertName));
    item->setData(0, IdRole, suggestion.expertId);
    item->setText(1, points(suggestion.score));
    item->setData(1, ScoreBarDelegate::FractionRole, suggestion.score / 100.0);
    item->setData(1, Qt::AccessibleTextRole, tr("Score %1 of 100").arg(points(suggestion.score)));
    // The summary names the two parts that weigh most for this expert.
    QList<PartExplanation> byPoints = suggestion.parts;
    std::sort(byPoints.begin(), byPoints.end(),
              [](const PartExplanation &a, const PartExplanation &b) { return a.points > b.points; });
    QStringList strongest;
    for (int i = 0; i < byPoints.size() && i < 2; ++i)
        strongest << byPoints.at(i).reason;
    item->setText(2, strongest.join(QStringLiteral(" · ")));
    item->setToolTip(2, item->text(2));
    for (const PartExplanation &part : suggestion.parts) {
        auto *child = new QTreeWidgetItem(item);
        child->setText(0, MatchScorer::partName(part.part));
        const double maximum = m_context.weights().weight(part.part) * 100.0 / maxTotal;
        //: points a score part earned out of its maximum, e.g. "12.5 / 15"
        child->setText(1, tr("%1 / %2").arg(points(part.points), points(maximum)));
        child->setData(1, ScoreBarDelegate::FractionRole, part.fraction);
        child->setText(2, part.reason);
        child->setToolTip(2, part.reason);
        child->setFlags(Qt::ItemIsEnabled);
        // Per required skill and the equipment: one line each, under the part.
        if (part.details != QStringList { part.reason }) {
            for (const QString &detail : part.details) {
                auto *line = new QTreeWidgetItem(child);
                line->setText(2, detail);
                line->setToolTip(2, detail);
                line->setFlags(Qt::ItemIsEnabled);
            }
            child->setExpanded(true);
        }
    }
    return item;
}

void SuggestionsPanel::refresh()
{
    const QString selected = selectedExpertId();
    QStringList expanded; // kept across a refresh, like the selection
    for (int i = 0; i < m_candidates->topLevelItemCount(); ++i) {
        if (m_candidates->topLevelItem(i)->isExpanded())
            expanded << m_candidates->topLevelItem(i)->data(0, IdRole).toString();
    }
    m_candidates->clear();
    m_excluded->clear();
    const bool showExcluded = m_showExcluded->isChecked();
    m_excluded->setVisible(showExcluded);
    m_excludedTitle->setVisible(showExcluded);
    const CandidatePool *pool = m_needId.isEmpty() ? nullptr : m_context.pool();
    const int needIndex = pool ? pool->data().needIndex(m_needId) : -1;
    if (needIndex < 0) {
        m_title->setText(m_needId.isEmpty() || m_context.lastError().isEmpty()
                                 ? tr("Select a need to see the best experts for it.")
                                 : m_context.lastError());
        m_excludedTitle->clear();
        updateAssign();
        return;
    }
    const NeedProfile &need = pool->data().needs()[size_t(needIndex)];
    //: title of the suggestions panel: %1 need reference, %2 its title
    //: heading of the suggestions; %1 is the need, e.g. "N-2611-00029 — MRI maintenance training"
    m_title->setText(tr("Best experts for %1").arg(RecordFormatter::needLabel(need.code, need.title)));

    QList<Exclusion> excluded;
    const QList<Suggestion> suggestions = pool->topK(m_needId, m_top->value(), showExcluded ? &excluded : nullptr);
    const double maxTotal = m_context.weights().sum();
    for (int i = 0; i < suggestions.size(); ++i) {
        QTreeWidgetItem *item = candidateItem(i + 1, suggestions.at(i), maxTotal);
        m_candidates->addTopLevelItem(item);
        if (suggestions.at(i).expertId == selected)
            item->setSelected(true);
        item->setExpanded(expanded.contains(suggestions.at(i).expertId));
    }
    if (suggestions.isEmpty()) {
        auto *none = new QTreeWidgetItem({ tr("No expert passes the hard filters for this need.") });
        none->setFlags(Qt::ItemIsEnabled);
        m_candidates->addTopLevelItem(none);
        none->setFirstColumnSpanned(true);
    }
    m_excludedTitle->setText(tr("%Ln expert(s) excluded by a hard filter", nullptr, int(excluded.size())));
    for (const Exclusion &exclusion : std::as_const(excluded)) {
        auto *item = new QTreeWidgetItem({ exclusion.expertName, exclusion.explanation });
        item->setData(0, IdRole, exclusion.expertId);
        item->setToolTip(1, exclusion.explanation);
        m_excluded->addTopLevelItem(item);
        if (exclusion.expertId == selected)
            item->setSelected(true);
    }
    updateAssign();
}

QStringList SuggestionsPanel::candidateIds() const
{
    QStringList ids;
    for (int i = 0; i < m_candidates->topLevelItemCount(); ++i) {
        const QString id = m_candidates->topLevelItem(i)->data(0, IdRole).toString();
        if (!id.isEmpty())
            ids << id;
    }
    return ids;
}

QStringList SuggestionsPanel::excludedIds() const
{
    QStringList ids;
    for (int i = 0; i < m_excluded->topLevelItemCount(); ++i)
        ids << m_excluded->topLevelItem(i)->data(0, IdRole).toString();
    return ids;
}

QString SuggestionsPanel::selectedExpertId() const
{
    for (QTreeWidget *view : { m_candidates, m_excluded }) {
        const QList<QTreeWidgetItem *> items = view->selectedItems();
        if (!items.isEmpty()) {
            QTreeWidgetItem *item = items.constFirst();
            while (item->parent())
                item = item->parent();
            return item->data(0, IdRole).toString();
        }
    }
    return {};
}

void SuggestionsPanel::updateAssign()
{
    m_assign->setEnabled(!m_needId.isEmpty() && !selectedExpertId().isEmpty());
}

void SuggestionsPanel::assignSelected()
{
    const QString expertId = selectedExpertId();
    if (m_needId.isEmpty() || expertId.isEmpty())
        return;
    const DraftMissions::Outcome outcome = m_drafts->assign(m_needId, { expertId });
    m_message->setText(outcome.message);
    emit statusMessage(outcome.message);
}

} // namespace ed

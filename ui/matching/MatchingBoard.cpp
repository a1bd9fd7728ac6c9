#include "MatchingBoard.h"

#include "DraftMissions.h"
#include "ExpertMime.h"
#include "MatchingContext.h"
#include "ScoreBarDelegate.h"
#include "itemmodels/RecordFormatter.h"
#include "storage/RecordRepository.h"
#include "storage/ReferenceData.h"

#include <QAction>
#include <QComboBox>
#include <QDropEvent>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ed {

namespace {
constexpr int SearchRole = Qt::UserRole + 2;
constexpr int SortRole = Qt::UserRole + 3;

enum NeedColumn { NeedTitle, NeedCountry, NeedPriority, NeedStaffed, NeedColumnCount };
enum ExpertColumn { ExpertName, ExpertCountry, ExpertSector, ExpertScore, ExpertColumnCount };

const QStringList kPriorities = { QStringLiteral("urgent"), QStringLiteral("high"), QStringLiteral("normal"),
                                  QStringLiteral("low") };

QString enumLabel(const EntitySpec &spec, const QString &field, const QString &key)
{
    const FieldSpec *f = spec.field(field);
    return f ? f->enumLabel(key) : key;
}

// Puts the combo back on `value` after its items were rebuilt, without a signal.
void restoreChoice(QComboBox *combo, const QVariant &value)
{
    const QSignalBlocker blocker(combo);
    const int index = combo->findData(value);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}
} // namespace

// The roster side: rows drag out as ExpertMime, whatever view shows them.
class ExpertListModel : public QStandardItemModel
{
public:
    using QStandardItemModel::QStandardItemModel;

    QStringList mimeTypes() const override { return { ExpertMime::type() }; }
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }
    QMimeData *mimeData(const QModelIndexList &indexes) const override
    {
        QStringList ids;
        for (const QModelIndex &index : indexes) {
            const QString id = index.siblingAtColumn(ExpertName).data(MatchingBoard::IdRole).toString();
            if (!id.isEmpty() && !ids.contains(id))
                ids << id;
        }
        return ids.isEmpty() ? nullptr : ExpertMime::encode(ids);
    }
};

QString NeedDropView::needAt(const QPoint &position) const
{
    const QModelIndex index = indexAt(position);
    return index.isValid() ? index.siblingAtColumn(0).data(MatchingBoard::IdRole).toString() : QString();
}

void NeedDropView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(ExpertMime::type()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void NeedDropView::dragMoveEvent(QDragMoveEvent *event)
{
    const QString needId = needAt(event->position().toPoint());
    if (event->mimeData()->hasFormat(ExpertMime::type()) && !needId.isEmpty()) {
        setCurrentIndex(indexAt(event->position().toPoint()).siblingAtColumn(0));
        event->acceptProposedAction();
    } else {
        event->ignore();
    }
}

void NeedDropView::dropEvent(QDropEvent *event)
{
    const QString needId = needAt(event->position().toPoint());
    if (!event->mimeData()->hasFormat(ExpertMime::type()) || needId.isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    emit expertsDropped(needId, event->mimeData());
}

MatchingBoard::MatchingBoard(MatchingContext &context, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent),
      m_context(context),
      m_drafts(std::make_unique<DraftMissions>(context, undoStack, this)),
      m_needsTitle(new QLabel(this)),
      m_sector(new QComboBox(this)),
      m_country(new QComboBox(this)),
      m_priority(new QComboBox(this)),
      m_needView(new NeedDropView(this)),
      m_needs(new QStandardItemModel(this)),
      m_expertsTitle(new QLabel(this)),
      m_search(new QLineEdit(this)),
      m_expertView(new QTableView(this)),
      m_experts(new ExpertListModel(this)),
      m_expertProxy(new QSortFilterProxyModel(this)),
      m_assign(new QPushButton(this)),
      m_assignAction(new QAction(this)),
      m_message(new QLabel(this))
{
    m_needView->setModel(m_needs);
    m_needView->setAcceptDrops(true);
    m_needView->viewport()->setAcceptDrops(true);
    m_needView->setDragDropMode(QAbstractItemView::DropOnly);
    m_needView->setDropIndicatorShown(true);
    m_needView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_needView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_needView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_needView->setAlternatingRowColors(true);

    m_expertProxy->setSourceModel(m_experts);
    m_expertProxy->setFilterRole(SearchRole);
    m_expertProxy->setFilterKeyColumn(ExpertName);
    m_expertProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_expertProxy->setSortRole(SortRole);
    m_expertView->setModel(m_expertProxy);
    m_expertView->setDragEnabled(true);
    m_expertView->setDragDropMode(QAbstractItemView::DragOnly);
    m_expertView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_expertView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_expertView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_expertView->setSortingEnabled(true);
    m_expertView->setAlternatingRowColors(true);
    m_expertView->verticalHeader()->hide();
    m_expertView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_expertView->setWordWrap(false);
    m_needView->setUniformRowHeights(false); // sector headings take one line, needs two
    m_expertView->setItemDelegateForColumn(ExpertScore, new ScoreBarDelegate(m_expertView));
    m_search->setClearButtonEnabled(true);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    m_assignAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_assignAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_assignAction);
    connect(m_assignAction, &QAction::triggered, this, &MatchingBoard::assignSelected);
    connect(m_assign, &QPushButton::clicked, m_assignAction, &QAction::trigger);

    QFont bold = m_needsTitle->font();
    bold.setBold(true);
    m_needsTitle->setFont(bold);
    m_expertsTitle->setFont(bold);
    auto *needsSide = new QWidget(this);
    auto *filters = new QGridLayout;
    filters->addWidget(m_sector, 0, 0, 1, 2);
    filters->addWidget(m_country, 1, 0);
    filters->addWidget(m_priority, 1, 1);
    auto *needsLayout = new QVBoxLayout(needsSide);
    needsLayout->setContentsMargins(0, 0, 0, 0);
    needsLayout->addWidget(m_needsTitle);
    needsLayout->addLayout(filters);
    needsLayout->addWidget(m_needView);
    auto *expertsSide = new QWidget(this);
    auto *expertsLayout = new QVBoxLayout(expertsSide);
    expertsLayout->setContentsMargins(0, 0, 0, 0);
    expertsLayout->addWidget(m_expertsTitle);
    expertsLayout->addWidget(m_search);
    expertsLayout->addWidget(m_expertView);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(needsSide);
    splitter->addWidget(expertsSide);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 5500, 4500 });
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_assign);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    for (QComboBox *combo : { m_sector, m_country, m_priority })
        connect(combo, &QComboBox::currentIndexChanged, this, &MatchingBoard::rebuildNeeds);
    connect(m_search, &QLineEdit::textChanged, m_expertProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_needView, &NeedDropView::expertsDropped, this, &MatchingBoard::handleDrop);
    connect(m_needView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateScores();
        emit needSelected(currentNeedId());
    });
    connect(m_expertView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_assignAction->setEnabled(!currentNeedId().isEmpty() && !selectedExpertIds().isEmpty()); });
    connect(&m_context, &MatchingContext::changed, this, &MatchingBoard::refresh);
    retranslate();
    refresh();
}

MatchingBoard::~MatchingBoard() = default;

void MatchingBoard::retranslate()
{
    m_needsTitle->setText(tr("Open needs"));
    m_needsTitle->setToolTip(tr("Needs accepted or matching: the ones that can still get experts."));
    m_expertsTitle->setText(tr("Experts"));
    m_sector->setAccessibleName(tr("Filter needs by sector"));
    m_country->setAccessibleName(tr("Filter needs by country"));
    m_priority->setAccessibleName(tr("Filter needs by priority"));
    m_needView->setAccessibleName(tr("Open needs"));
    m_needView->setAccessibleDescription(tr("Drop experts on a need to create draft missions."));
    m_search->setPlaceholderText(tr("Search experts…"));
    m_search->setAccessibleName(tr("Search experts"));
    m_expertView->setAccessibleName(tr("Experts"));
    m_expertView->setAccessibleDescription(tr("Drag experts onto a need, or select a need and press Ctrl+Return."));
    m_assign->setText(tr("&Assign to need"));
    m_assign->setAccessibleName(tr("Assign the selected experts to the selected need"));
    m_assignAction->setText(tr("&Assign Expert to Need"));
    m_assignAction->setStatusTip(tr("Create draft missions for the selected experts and need (can be undone)"));
    m_assign->setToolTip(m_assignAction->statusTip() + QLatin1String(" — ") + m_assignAction->shortcut().toString(QKeySequence::NativeText));
    m_message->setAccessibleName(tr("Board status"));
    m_needs->setHorizontalHeaderLabels({ tr("Need"), tr("Country"), tr("Priority"), tr("Experts") });
    m_experts->setHorizontalHeaderLabels({ tr("Name"), tr("Country"), tr("Sector"), tr("Score") });
}

void MatchingBoard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The status line told of the last action, in the language of then; it is not kept.
        report(QString(), true);
        refresh();
    }
    QWidget::changeEvent(event);
}

void MatchingBoard::refresh()
{
    fillFilters();
    rebuildNeeds();
    rebuildExperts();
}

void MatchingBoard::fillFilters()
{
    const ReferenceData &reference = m_context.repository().reference();
    const MatchingData *data = m_context.data();
    QMap<QString, QString> sectors, countries; // name → code, so the lists read in order
    if (data) {
        for (const NeedProfile &need : data->needs()) {
            if (!need.isOpen())
                continue;
            sectors.insert(reference.sectorName(need.sectorCode), need.sectorCode);
            const QString iso2 = need.institution >= 0
                    ? data->word(data->institutions()[size_t(need.institution)].country).toUpper()
                    : QString();
            if (!iso2.isEmpty())
                countries.insert(reference.countryName(iso2), iso2);
        }
    }
    const QVariant sector = m_sector->currentData(), country = m_country->currentData(),
                   priority = m_priority->currentData();
    for (QComboBox *combo : { m_sector, m_country, m_priority }) {
        const QSignalBlocker blocker(combo);
        combo->clear();
    }
    m_sector->addItem(tr("All sectors"), QString());
    for (auto it = sectors.cbegin(); it != sectors.cend(); ++it)
        m_sector->addItem(it.key(), it.value());
    m_country->addItem(tr("All countries"), QString());
    for (auto it = countries.cbegin(); it != countries.cend(); ++it)
        m_country->addItem(it.key(), it.value());
    m_priority->addItem(tr("Any priority"), QString());
    for (const QString &key : kPriorities)
        m_priority->addItem(enumLabel(Schema::needs(), QStringLiteral("priority"), key), key);
    restoreChoice(m_sector, sector);
    restoreChoice(m_country, country);
    restoreChoice(m_priority, priority);
}

void MatchingBoard::rebuildNeeds()
{
    const QString current = currentNeedId();
    const QSignalBlocker blocker(m_needView->selectionModel());
    m_needs->removeRows(0, m_needs->rowCount());
    const MatchingData *data = m_context.data();
    if (!data) {
        report(m_context.lastError(), false);
        return;
    }
    RecordRepository &repository = m_context.repository();
    const ReferenceData &reference = repository.reference();
    const QString sectorFilter = m_sector->currentData().toString();
    const QString countryFilter = m_country->currentData().toString();
    const QString priorityFilter = m_priority->currentData().toString();
    QMap<QString, QStandardItem *> groups; // sector name → group row
    QList<QVariantMap> needs;
    for (const QString &status : { QStringLiteral("accepted"), QStringLiteral("matching") }) {
        RecordFilter filter;
        filter.status = status;
        filter.sector = sectorFilter;
        filter.country = countryFilter;
        needs += repository.list(Schema::needs(), filter, QStringLiteral("code"));
    }
    QHash<QString, QString> institutionCountry;
    for (const QVariantMap &need : std::as_const(needs)) {
        const QString priority = need.value(QStringLiteral("priority")).toString();
        if (!priorityFilter.isEmpty() && priority != priorityFilter)
            continue;
        const QString id = need.value(QStringLiteral("id")).toString();
        const int index = data->needIndex(id);
        const QString sectorCode = need.value(QStringLiteral("sector")).toString();
        const QString sectorName = reference.sectorName(sectorCode);
        QStandardItem *&group = groups[sectorName];
        if (!group)
            group = new QStandardItem;
        const QString institutionId = need.value(QStringLiteral("institution_id")).toString();
        if (!institutionCountry.contains(institutionId)) {
            const auto institution = repository.get(Schema::institutions(), institutionId);
            institutionCountry.insert(institutionId, institution ? institution->value(QStringLiteral("country")).toString()
                                                                 : QString());
        }
        const int wanted = need.value(QStringLiteral("experts_wanted")).toInt();
        // Missions that are not cancelled, dated or not: what the plan counts too.
        const int have = index >= 0 ? int(data->needs()[size_t(index)].assigned.size()) : 0;
        // Two lines, the code above the title: a title is what tells needs apart, and on one
        // line after the code it kept only a few letters of a narrow column.
        const QString code = need.value(QStringLiteral("code")).toString();
        const QString titleText = need.value(QStringLiteral("title")).toString();
        auto *title = new QStandardItem(RecordFormatter::leftToRight(code) + QLatin1Char('\n')
                                        + RecordFormatter::isolated(titleText));
        title->setData(id, IdRole);
        title->setToolTip(RecordFormatter::needLabel(code, titleText));
        title->setData(title->toolTip(), Qt::AccessibleTextRole);
        const QString iso2 = institutionCountry.value(institutionId);
        auto *country = new QStandardItem(iso2);
        country->setToolTip(reference.countryName(iso2));
        auto *priorityItem = new QStandardItem(enumLabel(Schema::needs(), QStringLiteral("priority"), priority));
        if (priority == QLatin1String("urgent") || priority == QLatin1String("high")) {
            QFont font = priorityItem->font();
            font.setBold(true);
            priorityItem->setFont(font);
        }
        //: experts with a mission for the need out of those wanted, e.g. "1 of 2"
        const QLocale locale;
        auto *staffedItem = new QStandardItem(tr("%1 of %2").arg(locale.toString(have), locale.toString(wanted)));
        staffedItem->setToolTip(tr("%Ln expert(s) wanted", nullptr, wanted));
        group->appendRow(QList<QStandardItem *> { title, country, priorityItem, staffedItem });
    }
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        QStandardItem *group = it.value();
        //: a sector heading in the board with its number of open needs
        group->setText(tr("%1 (%2)").arg(it.key(), QLocale().toString(group->rowCount())));
        QFont font = group->font();
        font.setBold(true);
        group->setFont(font);
        group->setSelectable(false);
        m_needs->appendRow(group);
        m_needView->setFirstColumnSpanned(group->row(), QModelIndex(), true);
    }
    m_needView->expandAll();
    m_needView->header()->setStretchLastSection(false); // the title takes the room, not "1 of 2"
    m_needView->header()->setSectionResizeMode(NeedTitle, QHeaderView::Stretch);
    m_needView->header()->setSectionResizeMode(NeedCountry, QHeaderView::ResizeToContents);
    m_needView->header()->setSectionResizeMode(NeedPriority, QHeaderView::ResizeToContents);
    m_needView->header()->setSectionResizeMode(NeedStaffed, QHeaderView::ResizeToContents);
    if (!current.isEmpty() && !selectNeed(current)) {
        updateScores();
        emit needSelected(QString());
    }
}

void MatchingBoard::rebuildExperts()
{
    const QStringList selected = selectedExpertIds();
    m_experts->removeRows(0, m_experts->rowCount());
    RecordRepository &repository = m_context.repository();
    const ReferenceData &reference = repository.reference();
    const QList<QVariantMap> experts = repository.list(Schema::experts(), {}, QStringLiteral("name"));
    int nameWidth = 0;
    for (const QVariantMap &expert : experts) {
        const QString iso2 = expert.value(QStringLiteral("country")).toString();
        const QString country = reference.countryName(iso2);
        const QVariantList sectors = expert.value(QStringLiteral("sectors")).toList();
        const QString sector = sectors.isEmpty() ? QString() : reference.sectorName(sectors.constFirst().toString());
        QStringList words { expert.value(QStringLiteral("name")).toString(),
                            expert.value(QStringLiteral("name_ar")).toString(), country, sector,
                            expert.value(QStringLiteral("employer")).toString() };
        for (const QVariant &skill : expert.value(QStringLiteral("skills")).toList())
            words << skill.toMap().value(QStringLiteral("name")).toString();
        for (const QVariant &item : expert.value(QStringLiteral("equipment")).toList())
            words << item.toMap().value(QStringLiteral("manufacturer")).toString()
                  << item.toMap().value(QStringLiteral("model")).toString();
        auto *name = new QStandardItem(expert.value(QStringLiteral("name")).toString());
        name->setData(expert.value(QStringLiteral("id")), IdRole);
        name->setData(words.join(QLatin1Char(' ')), SearchRole);
        name->setData(name->text().toLower(), SortRole);
        // Employer and country tell two experts of the same name apart.
        QStringList about;
        for (const QString &part : { expert.value(QStringLiteral("employer")).toString(), country }) {
            if (!part.isEmpty())
                about << RecordFormatter::isolated(part);
        }
        const QString status = expert.value(QStringLiteral("status")).toString();
        if (status != QLatin1String("active")) {
            name->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            about << enumLabel(Schema::experts(), QStringLiteral("status"), status);
        }
        //: tooltip of an expert on the board: %1 name, %2 e.g. "Cairo University, Egypt"
        name->setToolTip(tr("%1 — %2").arg(RecordFormatter::isolated(name->text()), QLocale().createSeparatedList(about)));
        nameWidth = std::max(nameWidth, fontMetrics().horizontalAdvance(name->text()));
        // The ISO code keeps the column narrow; the name is in the tooltip and found by the search.
        auto *countryItem = new QStandardItem(iso2);
        countryItem->setToolTip(country);
        countryItem->setData(iso2, SortRole);
        auto *sectorItem = new QStandardItem(sector);
        sectorItem->setToolTip(sector);
        sectorItem->setData(sector, SortRole);
        m_experts->appendRow({ name, countryItem, sectorItem, new QStandardItem });
    }
    // Whole names first (up to a limit); the sector takes what is left and has a tooltip.
    QHeaderView *header = m_expertView->horizontalHeader();
    header->setSectionResizeMode(ExpertName, QHeaderView::Interactive);
    header->resizeSection(ExpertName, std::clamp(nameWidth + 16, 120, 230));
    header->setSectionResizeMode(ExpertCountry, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ExpertSector, QHeaderView::Stretch);
    header->resizeSection(ExpertScore, 90);
    updateScores();
    selectExperts(selected);
}

void MatchingBoard::updateScores()
{
    const QString needId = currentNeedId();
    const CandidatePool *pool = needId.isEmpty() ? nullptr : m_context.pool();
    const int needIndex = pool ? pool->data().needIndex(needId) : -1;
    for (int row = 0; row < m_experts->rowCount(); ++row) {
        QStandardItem *score = m_experts->item(row, ExpertScore);
        const int expertIndex = needIndex < 0 ? -1 : pool->data().expertIndex(m_experts->item(row)->data(IdRole).toString());
        if (expertIndex < 0) {
            score->setText(QString());
            score->setData(QVariant(), ScoreBarDelegate::FractionRole);
            score->setData(-2.0, SortRole);
            score->setToolTip(QString());
            continue;
        }
        const MatchEvaluation evaluation = pool->scorer().evaluate(needIndex, expertIndex);
        if (evaluation.eligible()) {
            score->setText(QLocale().toString(evaluation.score(), 'f', 1));
            score->setData(evaluation.score() / 100.0, ScoreBarDelegate::FractionRole);
            score->setData(evaluation.score(), SortRole);
            score->setToolTip(tr("Score %1 of 100 for the selected need").arg(score->text()));
        } else {
            //: score column of an expert a hard filter excludes from the selected need
            score->setText(tr("excluded"));
            score->setData(QVariant(), ScoreBarDelegate::FractionRole);
            score->setData(-1.0, SortRole);
            score->setToolTip(pool->scorer().exclusionText(evaluation.exclusion, needIndex, expertIndex));
        }
    }
    if (needIndex >= 0)
        m_expertView->sortByColumn(ExpertScore, Qt::DescendingOrder);
    m_assignAction->setEnabled(needIndex >= 0 && !selectedExpertIds().isEmpty());
}

QString MatchingBoard::currentNeedId() const
{
    return m_needView->currentIndex().siblingAtColumn(0).data(IdRole).toString();
}

bool MatchingBoard::selectNeed(const QString &needId)
{
    for (int g = 0; g < m_needs->rowCount(); ++g) {
        QStandardItem *group = m_needs->item(g);
        for (int r = 0; r < group->rowCount(); ++r) {
            if (group->child(r)->data(IdRole).toString() == needId) {
                m_needView->setCurrentIndex(group->child(r)->index());
                m_needView->scrollTo(group->child(r)->index());
                return true;
            }
        }
    }
    return false;
}

QStringList MatchingBoard::visibleNeedIds() const
{
    QStringList ids;
    for (int g = 0; g < m_needs->rowCount(); ++g) {
        for (int r = 0; r < m_needs->item(g)->rowCount(); ++r)
            ids << m_needs->item(g)->child(r)->data(IdRole).toString();
    }
    return ids;
}

QStringList MatchingBoard::selectedExpertIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_expertView->selectionModel()->selectedRows(ExpertName);
    for (const QModelIndex &index : rows)
        ids << index.data(IdRole).toString();
    return ids;
}

bool MatchingBoard::selectExperts(const QStringList &ids)
{
    QItemSelection selection;
    int found = 0;
    for (int row = 0; row < m_expertProxy->rowCount(); ++row) {
        const QModelIndex index = m_expertProxy->index(row, ExpertName);
        if (ids.contains(index.data(IdRole).toString())) {
            selection.select(index, index.siblingAtColumn(ExpertColumnCount - 1));
            ++found;
        }
    }
    m_expertView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    return found == ids.size();
}

void MatchingBoard::setSectorFilter(const QString &code)
{
    m_sector->setCurrentIndex(qMax(0, m_sector->findData(code)));
}

void MatchingBoard::setCountryFilter(const QString &iso2)
{
    m_country->setCurrentIndex(qMax(0, m_country->findData(iso2)));
}

void MatchingBoard::setPriorityFilter(const QString &priority)
{
    m_priority->setCurrentIndex(qMax(0, m_priority->findData(priority)));
}

void MatchingBoard::setExpertSearch(const QString &text)
{
    m_search->setText(text);
}

QString MatchingBoard::lastMessage() const
{
    return m_message->text();
}

void MatchingBoard::report(const QString &message, bool ok)
{
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, ok ? this->palette().color(QPalette::WindowText) : QColor(0xb0, 0x1c, 0x1c));
    m_message->setPalette(palette);
    m_message->setText(message);
    emit statusMessage(message);
}

void MatchingBoard::handleDrop(const QString &needId, const QMimeData *mime)
{
    QStringList ids;
    QString error;
    if (!ExpertMime::decode(mime, &ids, &error)) {
        report(error, false);
        return;
    }
    // The MIME data dies with the drag, so it is read now; but the assignment may open the
    // override dialog, and a modal dialog opened inside the drop handler (still in QDrag's own
    // event loop) leaves the platform's drag state stuck: no later drag would start. So it runs
    // once the drop has returned.
    QMetaObject::invokeMethod(
            this,
            [this, needId, ids] {
                const DraftMissions::Outcome outcome = m_drafts->assign(needId, ids);
                report(outcome.message, outcome.ok);
            },
            Qt::QueuedConnection);
}

void MatchingBoard::assignSelected()
{
    const QString needId = currentNeedId();
    const QStringList ids = selectedExpertIds();
    if (needId.isEmpty() || ids.isEmpty()) {
        report(tr("Select a need and at least one expert, then press Assign."), false);
        return;
    }
    const DraftMissions::Outcome outcome = m_drafts->assign(needId, ids);
    report(outcome.message, outcome.ok);
}

} // namespace ed

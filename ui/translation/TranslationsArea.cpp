#include "TranslationsArea.h"

#include "EntityTexts.h"
#include "TextDirection.h"
#include "TranslationEditor.h"
#include "itemmodels/TranslationQueueModel.h"
#include "storage/RecordRepository.h"
#include "storage/TranslationStore.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace ed {

namespace {

// Record names and source texts read in their own direction (an English biography stays left
// to right in the Arabic UI, an Arabic title right to left in the English one), so a cut-off
// text ends in "…" on the side where it was cut.
class SourceTextDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QString language = index.data(TranslationQueueModel::SourceLanguageRole).toString();
        option->direction = textDirection(language);
        option->displayAlignment = Qt::AlignVCenter
                | (option->direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute;
    }
};

} // namespace

TranslationsArea::TranslationsArea(RecordRepository &repository, TranslationStore &store, QUndoStack &undoStack,
                                   QWidget *parent)
    : QWidget(parent),
      m_model(new TranslationQueueModel(repository, 200, this)),
      m_language(new QComboBox(this)),
      m_table(new QComboBox(this)),
      m_languageLabel(new QLabel(this)),
      m_tableLabel(new QLabel(this)),
      m_view(new QTableView(this)),
      m_editor(new TranslationEditor(repository, store, undoStack, this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_nextAction(new QAction(this))
{
    setObjectName(QStringLiteral("translations"));
    m_language->setObjectName(QStringLiteral("translationLanguageFilter"));
    m_table->setObjectName(QStringLiteral("translationTableFilter"));
    m_languageLabel->setBuddy(m_language);
    m_tableLabel->setBuddy(m_table);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_languageLabel);
    filters->addWidget(m_language);
    filters->addSpacing(12);
    filters->addWidget(m_tableLabel);
    filters->addWidget(m_table);
    filters->addStretch();

    m_view->setObjectName(QStringLiteral("translationQueueView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    // The source text takes what the other columns leave, so the state stays in sight.
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(TranslationQueueModel::SourceTextColumn, QHeaderView::Stretch);
    header->resizeSection(TranslationQueueModel::RecordColumn, 150);
    // Short words, but their headers grow in French ("Langue source"): fit them.
    for (int column : { TranslationQueueModel::FieldColumn, TranslationQueueModel::FromColumn,
                        TranslationQueueModel::ToColumn, TranslationQueueModel::StateColumn })
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    auto *delegate = new SourceTextDelegate(m_view);
    m_view->setItemDelegateForColumn(TranslationQueueModel::RecordColumn, delegate);
    m_view->setItemDelegateForColumn(TranslationQueueModel::SourceTextColumn, delegate);

    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({ 640, 600 });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);

    // Ctrl+Return anywhere in the area, also while typing the translation.
    m_nextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_nextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_nextAction);
    connect(m_nextAction, &QAction::triggered, this, &TranslationsArea::saveAndNext);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TranslationsArea::onCurrentRowChanged);
    connect(m_model, &TranslationQueueModel::totalCountChanged, this, &TranslationsArea::countChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TranslationsArea::countChanged);
    connect(m_editor, &TranslationEditor::saveRequested, this, &TranslationsArea::save);
    connect(m_editor, &TranslationEditor::saveAndNextRequested, this, &TranslationsArea::saveAndNext);
    connect(m_editor, &TranslationEditor::skipRequested, this, &TranslationsArea::skip);
    connect(m_editor, &TranslationEditor::statusMessage, this, &TranslationsArea::statusMessage);
    connect(m_language, &QComboBox::activated, this,
            [this] { setTargetLanguage(m_language->currentData().toString()); });
    connect(m_table, &QComboBox::activated, this, [this] { setTable(m_table->currentData().toString()); });
    retranslateUi();
}

void TranslationsArea::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TranslationsArea::retranslateUi()
{
    //: filter label in the Translations area: the language to translate into
    m_languageLabel->setText(tr("Translate &into:"));
    //: filter label in the Translations area: experts, institutions or needs
    m_tableLabel->setText(tr("&Records:"));
    m_language->setAccessibleName(tr("Language to translate into"));
    m_table->setAccessibleName(tr("Kind of record to translate"));
    m_view->setAccessibleName(tr("Texts to translate"));
    m_nextAction->setText(tr("Save and go to the next text"));
    fillFilters();
    // The queue's cells and headers are translated when painted; repaint them.
    m_view->horizontalHeader()->viewport()->update();
    m_view->viewport()->update();
    emit countChanged();
}

void TranslationsArea::fillFilters()
{
    const QSignalBlocker languageBlocker(m_language), tableBlocker(m_table);
    m_language->clear();
    //: translation queue filter: every target language
    m_language->addItem(tr("All languages"), QString());
    for (const QString &code : TranslationStore::languages())
        m_language->addItem(TranslationStore::languageName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_model->targetLanguage())));
    m_table->clear();
    //: translation queue filter: experts, institutions and needs
    m_table->addItem(tr("All records"), QString());
    for (const EntitySpec *spec : TranslationStore::translatableEntities())
        m_table->addItem(EntityTexts::title(spec->table), spec->table);
    m_table->setCurrentIndex(qMax(0, m_table->findData(m_model->table())));
}

QString TranslationsArea::countText() const
{
    //: status bar in the Translations area
    return tr("%Ln text(s) to translate", nullptr, m_model->totalCount());
}

bool TranslationsArea::isModified() const
{
    return m_editor->isModified();
}

void TranslationsArea::setTargetLanguage(const QString &language)
{
    m_model->setTargetLanguage(language);
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
    emit countChanged();
}

void TranslationsArea::setTable(const QString &table)
{
    m_model->setTable(table);
    m_table->setCurrentIndex(qMax(0, m_table->findData(table)));
    emit countChanged();
}

void TranslationsArea::onCurrentRowChanged(const QModelIndex &current)
{
    // While saving, the model removes the saved row and the view moves its current row on its
    // own; the area chooses what to open once the write is done.
    if (m_saving || !current.isValid())
        return;
    openRow(current.row());
}

void TranslationsArea::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_editor->setTask({});
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    TranslationTask task;
    task.table = index.data(TranslationQueueModel::TableRole).toString();
    task.recordId = index.data(TranslationQueueModel::RecordIdRole).toString();
    task.title = index.data(Qt::DisplayRole).toString();
    task.field = index.data(TranslationQueueModel::FieldRole).toString();
    task.sourceLanguage = index.data(TranslationQueueModel::SourceLanguageRole).toString();
    task.sourceText = index.data(TranslationQueueModel::SourceTextRole).toString();
    task.language = index.data(TranslationQueueModel::LanguageRole).toString();
    m_editor->setTask(task);
}

bool TranslationsArea::save()
{
    return saveCurrent(false);
}

bool TranslationsArea::saveAndNext()
{
    return saveCurrent(true);
}

bool TranslationsArea::saveCurrent(bool next)
{
    const TranslationTask task = m_editor->task();
    int row = m_view->currentIndex().row();
    m_saving = true;
    const bool ok = m_editor->save();
    m_saving = false;
    if (!ok)
        return false;
    // The saved text has left the queue, so its successor now has the saved row's number.
    if (row >= 0 && row < m_model->rowCount()) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(TranslationQueueModel::RecordIdRole).toString() == task.recordId
            && index.data(TranslationQueueModel::FieldRole).toString() == task.field
            && index.data(TranslationQueueModel::LanguageRole).toString() == task.language)
            ++row;
    }
    if (!next) {
        // Stay on the saved text; nothing in the list is it any more.
        m_saving = true;
        m_view->selectionModel()->clear();
        m_saving = false;
        return true;
    }
    if (row < 0)
        row = 0;
    if (row >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    row = qMin(row, m_model->rowCount() - 1);
    if (row < 0) {
        m_editor->setTask({});
        return true;
    }
    selectRow(row);
    m_editor->targetEdit()->setFocus(Qt::OtherFocusReason);
    return true;
}

void TranslationsArea::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    // Not QTableView::selectRow(): it picks the column under the view's leading edge, which is
    // none before the first layout and, right to left, one pixel past the last section.
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    openRow(row); // also when the row was current already (the saved one's successor)
}

void TranslationsArea::skip()
{
    int row = m_view->currentIndex().row() + 1;
    if (row >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (row >= m_model->rowCount())
        row = 0; // round again from the start
    if (m_model->rowCount() == 0)
        return;
    selectRow(row);
    m_editor->targetEdit()->setFocus(Qt::OtherFocusReason);
}

} // namespace ed

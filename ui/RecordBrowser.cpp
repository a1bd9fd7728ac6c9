#include "RecordBrowser.h"

#include "EntityTexts.h"
#include "FieldEditor.h"
#include "NaturalDirectionDelegate.h"
#include "RecordForm.h"
#include "commands/DeleteRecordCommand.h"
#include "commands/InsertRecordCommand.h"
#include "commands/UpdateRecordCommand.h"
#include "itemmodels/RecordFormatter.h"
#include "itemmodels/RecordTableModel.h"
#include "storage/RecordRepository.h"
#include "storage/ReferenceData.h"

#include <QCollator>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ed {

RecordBrowser::RecordBrowser(const EntitySpec &spec, RecordRepository &repository, QUndoStack *undoStack,
                             QWidget *parent)
    : QWidget(parent),
      m_spec(spec),
      m_repository(repository),
      m_undoStack(undoStack),
      m_model(new RecordTableModel(repository, spec, this)),
      m_searchDelay(new QTimer(this)),
      m_view(new QTableView(this)),
      m_form(new RecordForm(spec, repository, this)),
      m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(spec.table);
    m_view->setObjectName(spec.table + QLatin1String("View"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new NaturalDirectionDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights let the view skip measuring 100,000 rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultSectionSize(140);
    const int sortColumn = qMax(0, int(m_model->columns().indexOf(m_model->sortField())));
    m_view->horizontalHeader()->setSortIndicator(sortColumn, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);

    // Said over the empty table, so a search that finds nothing does not look like a blank screen.
    m_emptyNote = new QLabel(m_view->viewport());
    m_emptyNote->setObjectName(QStringLiteral("emptyNote"));
    m_emptyNote->setWordWrap(true);
    m_emptyNote->setAlignment(Qt::AlignCenter);
    m_emptyNote->setForegroundRole(QPalette::PlaceholderText);
    m_emptyNote->setTextFormat(Qt::PlainText);
    auto *noteLayout = new QVBoxLayout(m_view->viewport());
    noteLayout->addWidget(m_emptyNote, 0, Qt::AlignCenter);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(createFormPanel());
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    // The form's size hint is wide; start with the table getting the larger share.
    m_splitter->setSizes({ 720, 520 });
    fitColumns();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createFilterBar());
    layout->addWidget(m_splitter, 1);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250); // one query after the user pauses, not one per keystroke
    connect(m_searchDelay, &QTimer::timeout, this, &RecordBrowser::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentRowChanged(current.row()); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RecordBrowser::countChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RecordBrowser::countChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordBrowser::countChanged);
    connect(this, &RecordBrowser::countChanged, this, &RecordBrowser::updateEmptyNote);
    connect(m_form, &RecordForm::modifiedChanged, this, [this](bool modified) {
        m_saveButton->setEnabled(modified || m_form->isNew());
        m_revertButton->setEnabled(modified);
        emit modifiedChanged(modified);
    });
    connect(&repository, &RecordRepository::recordUpdated, this, &RecordBrowser::onRecordUpdated);
    connect(&repository, &RecordRepository::recordRemoved, this, &RecordBrowser::onRecordRemoved);
    connect(&repository, &RecordRepository::recordInserted, this, [this](const QString &table, const QString &id) {
        // An undone delete brings the record back: show it again if nothing else is being edited.
        if (table == m_spec.table && m_form->isNew() && !m_form->isModified() && m_currentId == id)
            loadRecord(id);
    });
    m_saveButton->setEnabled(true);
    m_revertButton->setEnabled(false);
    retranslateUi();
}

QWidget *RecordBrowser::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        m_handedCondition.clear();
        m_searchDelay->start();
    });
    layout->addWidget(m_search, 2);

    auto makeCombo = [&](const char *objectName) {
        auto *combo = new QComboBox(bar);
        combo->setObjectName(QLatin1String(objectName));
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            m_handedCondition.clear();
            applyFilter();
        });
        layout->addWidget(combo, 1);
        return combo;
    };
    if (!m_spec.sectorFilter.isEmpty())
        m_sector = makeCombo("sectorFilter");
    if (!m_spec.countryFilter.isEmpty())
        m_country = makeCombo("countryFilter");
    if (m_spec.field(QStringLiteral("status")))
        m_status = makeCombo("statusFilter");
    return bar;
}

void RecordBrowser::fillFilterCombos()
{
    // Refilled on a language change: names of countries, sectors and statuses are translated
    // and the alphabetical order changes. The chosen code stays chosen, without refiltering.
    const ReferenceData &reference = m_repository.reference();
    auto fill = [](QComboBox *combo, const QString &allText, QList<QPair<QString, QString>> items, bool sort) {
        const QSignalBlocker blocker(combo);
        const QString current = combo->currentData().toString();
        combo->clear();
        combo->addItem(allText, QString());
        if (sort) {
            const QCollator collator; // the UI language's alphabetical order
            std::sort(items.begin(), items.end(),
                      [&collator](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
        }
        for (const auto &item : std::as_const(items))
            combo->addItem(item.first, item.second);
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
    };
    if (m_sector) {
        QList<QPair<QString, QString>> items;
        for (const ReferenceData::Entry &sector : reference.sectors())
            items.append({ reference.sectorName(sector.code), sector.code });
        //: filter choice: do not filter by sector
        fill(m_sector, tr("All sectors"), items, true);
        m_sector->setAccessibleName(tr("Filter by sector"));
    }
    if (m_country) {
        QList<QPair<QString, QString>> items;
        for (const ReferenceData::Entry &country : reference.countries())
            items.append({ reference.countryName(country.code), country.code });
        //: filter choice: do not filter by country
        fill(m_country, tr("All countries"), items, true);
        m_country->setAccessibleName(tr("Filter by country"));
    }
    if (m_status) {
        const FieldSpec *status = m_spec.field(QStringLiteral("status"));
        QList<QPair<QString, QString>> items;
        for (const EnumValue &value : status->values)
            items.append({ status->enumLabel(value.key), value.key });
        //: filter choice: do not filter by status
        fill(m_status, tr("All statuses"), items, false); // workflow order, not alphabetical
        m_status->setAccessibleName(tr("Filter by status"));
    }
}

void RecordBrowser::updateEmptyNote()
{
    const RecordFilter &filter = m_model->filter();
    const bool filtered = !filter.sector.isEmpty() || !filter.country.isEmpty() || !filter.status.isEmpty()
            || !filter.extraCondition.isEmpty();
    m_emptyNote->setText(EntityTexts::emptyList(m_spec.table, filter.search, filtered));
    m_emptyNote->setVisible(m_model->rowCount() == 0);
}

QString RecordBrowser::emptyNoteText() const
{
    return m_emptyNote->isVisibleTo(m_view) ? m_emptyNote->text() : QString();
}

QWidget *RecordBrowser::createFormPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_form, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_revertButton = new QPushButton(panel);
    m_saveButton = new QPushButton(panel);
    m_saveButton->setDefault(true);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);
    layout->addLayout(buttons);
    connect(m_saveButton, &QPushButton::clicked, this, &RecordBrowser::save);
    connect(m_revertButton, &QPushButton::clicked, this, &RecordBrowser::revert);
    return panel;
}

void RecordBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RecordBrowser::retranslateUi()
{
    m_view->setAccessibleName(EntityTexts::title(m_spec.table));
    m_search->setPlaceholderText(EntityTexts::searchPlaceholder(m_spec.table));
    updateEmptyNote();
    m_search->setAccessibleName(EntityTexts::searchPlaceholder(m_spec.table));
    fillFilterCombos();
    //: button under the form: throw away the unsaved changes
    m_revertButton->setText(tr("Revert"));
    m_revertButton->setAccessibleName(tr("Revert the changes in the form"));
    //: button under the form
    m_saveButton->setText(tr("Save"));
    m_saveButton->setAccessibleName(tr("Save the record"));
    // Headers and cells (country names, enum labels, numbers) in the new language; the rows
    // stay where they are, so the selection and the scroll position survive.
    m_model->refreshTexts();
    emit countChanged();
}

void RecordBrowser::fitColumns()
{
    // Measure only the first rows: sizing to all of 100,000 rows would read them all.
    m_view->horizontalHeader()->setResizeContentsPrecision(64);
    m_view->resizeColumnsToContents();
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_view->setColumnWidth(column, qBound(60, m_view->columnWidth(column), 240));
}

QString RecordBrowser::countText() const
{
    return EntityTexts::count(m_spec.table, m_model->rowCount());
}

void RecordBrowser::showFiltered(const RecordFilter &filter)
{
    const auto select = [](QComboBox *combo, const QString &key) {
        if (!combo)
            return;
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(qMax(0, combo->findData(key)));
    };
    select(m_sector, filter.sector);
    select(m_country, filter.country);
    select(m_status, filter.status);
    {
        const QSignalBlocker blocker(m_search);
        m_search->setText(filter.search);
    }
    m_handedCondition = filter.extraCondition;
    m_handedBinds = filter.extraBinds;
    applyFilter();
}

void RecordBrowser::applyFilter()
{
    m_searchDelay->stop();
    RecordFilter filter;
    filter.search = m_search->text();
    if (m_sector)
        filter.sector = m_sector->currentData().toString();
    if (m_country)
        filter.country = m_country->currentData().toString();
    if (m_status)
        filter.status = m_status->currentData().toString();
    if (!m_handedCondition.isEmpty()) {
        filter.extraCondition = m_handedCondition;
        filter.extraBinds = m_handedBinds;
    }
    m_model->setFilter(filter);
    // The reset dropped the selection; keep the record in view if it still matches.
    if (!m_currentId.isEmpty()) {
        const int row = m_model->rowOf(m_currentId);
        if (row >= 0) {
            m_reselecting = true;
            m_view->selectRow(row);
            m_reselecting = false;
        }
    }
}

void RecordBrowser::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool RecordBrowser::selectRecord(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    if (m_currentId != id)
        loadRecord(id);
    return true;
}

void RecordBrowser::onCurrentRowChanged(int row)
{
    if (m_reselecting || row < 0)
        return;
    const QString id = m_model->idAt(row);
    if (id == m_currentId)
        return;
    if (!confirmLeavingModified()) {
        // Stay on the record being edited.
        const int previous = m_model->rowOf(m_currentId);
        m_reselecting = true;
        QTimer::singleShot(0, this, [this, previous] {
            if (previous >= 0)
                m_view->selectRow(previous);
            else
                m_view->clearSelection();
            m_reselecting = false;
        });
        return;
    }
    loadRecord(id);
}

bool RecordBrowser::confirmLeavingModified()
{
    if (!m_form->isModified() && !m_form->hasUnsavedTranslations())
        return true;
    const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"), tr("The form has changes that are not saved. Save them now?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void RecordBrowser::loadRecord(const QString &id)
{
    const auto record = m_repository.get(m_spec, id);
    if (!record) {
        m_currentId.clear();
        m_form->startNew();
        return;
    }
    m_currentId = id;
    m_form->setRecord(id, *record);
}

void RecordBrowser::newRecord()
{
    if (!confirmLeavingModified())
        return;
    m_currentId.clear();
    m_reselecting = true;
    m_view->clearSelection();
    m_view->selectionModel()->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
    m_reselecting = false;
    m_form->startNew();
    m_form->setFocus(Qt::OtherFocusReason);
    if (QWidget *first = m_form->editor(m_spec.fields.first().name))
        first->setFocus(Qt::OtherFocusReason);
}

bool RecordBrowser::save()
{
    // Translations are rows of their own: save the record first, so a translation written with a
    // changed source is stamped with the new source, then the tabs (they keep their text while
    // the form reloads the same record).
    const bool translations = m_form->hasUnsavedTranslations();
    if ((!translations || m_form->isModified() || m_form->isNew()) && !saveRecord())
        return false;
    return !translations || m_form->saveTranslations();
}

bool RecordBrowser::saveRecord()
{
    RecordCommand *command = nullptr;
    if (m_form->isNew()) {
        command = new InsertRecordCommand(m_repository, m_spec, m_form->values());
    } else {
        QVariantMap oldValues;
        const QVariantMap changes = m_form->changes(&oldValues);
        if (changes.isEmpty()) {
            m_form->setRecord(m_currentId, m_form->original());
            return true;
        }
        command = new UpdateRecordCommand(m_repository, m_spec, m_currentId, oldValues, changes);
    }
    command->setErrorHandler([this](const QString &message) { reportCommandError(message); });
    const WriteResult result = command->apply();
    if (!result.ok()) {
        delete command;
        m_form->showErrors(result.errors); // the editors keep what the user typed
        emit statusMessage(tr("Not saved: please correct the fields marked in red."));
        return false;
    }
    m_undoStack->push(command);
    m_currentId = result.id;
    loadRecord(result.id);
    const int row = m_model->rowOf(result.id);
    if (row >= 0) {
        m_reselecting = true;
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
        m_reselecting = false;
    }
    emit statusMessage(tr("Saved."));
    return true;
}

void RecordBrowser::revert()
{
    if (m_form->isNew())
        m_form->startNew();
    else
        loadRecord(m_currentId);
}

bool RecordBrowser::deleteCurrent(bool confirm)
{
    if (m_currentId.isEmpty())
        return false;
    if (confirm) {
        const QString name = RecordFormatter(m_repository).referenceLabel(m_spec.table, m_currentId);
        const auto answer = QMessageBox::question(this, tr("Delete"), EntityTexts::deleteQuestion(m_spec.table, name),
                                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return false;
    }
    auto *command = new DeleteRecordCommand(m_repository, m_spec, m_currentId);
    command->setErrorHandler([this](const QString &message) { reportCommandError(message); });
    const WriteResult result = command->apply();
    if (!result.ok()) {
        delete command;
        emit statusMessage(result.message());
        return false;
    }
    m_undoStack->push(command);
    emit statusMessage(tr("Deleted."));
    return true;
}

void RecordBrowser::onRecordUpdated(const QString &table, const QString &id)
{
    // Undo/redo or another view changed the record on screen; an unsaved form is left alone.
    if (table == m_spec.table && id == m_currentId && !m_form->isModified())
        loadRecord(id);
}

void RecordBrowser::onRecordRemoved(const QString &table, const QString &id)
{
    if (table != m_spec.table || id != m_currentId)
        return;
    // Keep the id: undoing the delete brings the record back into the form.
    m_form->startNew();
}

void RecordBrowser::reportCommandError(const QString &message)
{
    emit statusMessage(message);
}

void RecordBrowser::saveState(QSettings &settings) const
{
    settings.setValue(m_spec.table + QLatin1String("/splitter"), m_splitter->saveState());
    settings.setValue(m_spec.table + QLatin1String("/header"), m_view->horizontalHeader()->saveState());
}

void RecordBrowser::restoreState(const QSettings &settings)
{
    const QByteArray splitter = settings.value(m_spec.table + QLatin1String("/splitter")).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    const QByteArray header = settings.value(m_spec.table + QLatin1String("/header")).toByteArray();
    if (!header.isEmpty())
        m_view->horizontalHeader()->restoreState(header);
}

} // namespace ed

#include "TranslationEditor.h"

#include "NoteLabel.h"
#include "TextDirection.h"
#include "commands/SetTranslationCommand.h"
#include "storage/RecordRepository.h"
#include "storage/TranslationStore.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ed {

namespace {

QString fieldName(const QString &table, const QString &field)
{
    const EntitySpec *spec = Schema::find(table);
    const FieldSpec *fieldSpec = spec ? spec->field(field) : nullptr;
    return fieldSpec ? fieldSpec->displayName() : field;
}

enum HistoryColumn { FieldColumn, LanguageColumn, TextColumn, ByColumn, OnColumn, StateColumn, ColumnCount };

} // namespace

TranslationEditor::TranslationEditor(RecordRepository &repository, TranslationStore &store, QUndoStack &undoStack,
                                     QWidget *parent)
    : QWidget(parent),
      m_repository(repository),
      m_store(store),
      m_undoStack(undoStack),
      m_title(makeNoteLabel(this)),
      m_fieldLabel(makeNoteLabel(this, QColor(0x55, 0x5b, 0x66))),
      m_sourceLabel(makeNoteLabel(this)),
      m_targetLabel(makeNoteLabel(this)),
      m_outdatedLabel(makeNoteLabel(this, QColor(0xa1, 0x5c, 0x00))),
      m_error(makeNoteLabel(this, QColor(0xc6, 0x28, 0x28))),
      m_historyLabel(makeNoteLabel(this)),
      m_source(new QPlainTextEdit(this)),
      m_target(new QPlainTextEdit(this)),
      m_saveButton(new QPushButton(this)),
      m_skipButton(new QPushButton(this)),
      m_nextButton(new QPushButton(this)),
      m_history(new QTreeWidget(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    QFont bold = m_sourceLabel->font();
    bold.setBold(true);
    for (QLabel *label : { m_sourceLabel, m_targetLabel, m_historyLabel })
        label->setFont(bold);
    m_source->setObjectName(QStringLiteral("translationSource"));
    m_target->setObjectName(QStringLiteral("translationTarget"));
    m_source->setReadOnly(true);
    m_source->setTabChangesFocus(true);
    m_target->setTabChangesFocus(true);
    m_sourceLabel->setBuddy(m_source);
    m_targetLabel->setBuddy(m_target);
    m_error->hide();
    m_outdatedLabel->hide();

    // Source and translation side by side; a grid keeps their labels on one line.
    auto *texts = new QGridLayout;
    texts->addWidget(m_sourceLabel, 0, 0);
    texts->addWidget(m_targetLabel, 0, 1);
    texts->addWidget(m_source, 1, 0);
    texts->addWidget(m_target, 1, 1);
    texts->setColumnStretch(0, 1);
    texts->setColumnStretch(1, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addStretch();
    buttons->addWidget(m_skipButton);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_nextButton);
    m_nextButton->setDefault(true);

    m_history->setColumnCount(ColumnCount);
    m_history->setRootIsDecorated(false);
    m_history->setAlternatingRowColors(true);
    m_history->setUniformRowHeights(true);
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    m_history->header()->setStretchLastSection(false);
    m_history->header()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_history->setObjectName(QStringLiteral("translationHistory"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_fieldLabel);
    layout->addLayout(texts, 3);
    layout->addWidget(m_outdatedLabel);
    layout->addLayout(buttons);
    layout->addSpacing(8);
    layout->addWidget(m_historyLabel);
    layout->addWidget(m_history, 2);

    connect(m_target, &QPlainTextEdit::textChanged, this, &TranslationEditor::updateButtons);
    connect(m_saveButton, &QPushButton::clicked, this, &TranslationEditor::saveRequested);
    connect(m_skipButton, &QPushButton::clicked, this, &TranslationEditor::skipRequested);
    connect(m_nextButton, &QPushButton::clicked, this, &TranslationEditor::saveAndNextRequested);
    connect(&repository, &RecordRepository::recordInserted, this, &TranslationEditor::onRepositoryChange);
    connect(&repository, &RecordRepository::recordRemoved, this, &TranslationEditor::onRepositoryChange);
    connect(&repository, &RecordRepository::recordUpdated, this,
            [this](const QString &table, const QString &id) { onRepositoryChange(table, id); });
    retranslateUi();
    setTask({});
}

void TranslationEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TranslationEditor::retranslateUi()
{
    //: button of the translation editor: save the translation and stay on it
    m_saveButton->setText(tr("&Save"));
    m_saveButton->setToolTip(tr("Save the translation (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_saveButton->setAccessibleName(tr("Save the translation"));
    //: button of the translation editor: leave this text for later and go to the next one
    m_skipButton->setText(tr("S&kip"));
    m_skipButton->setAccessibleName(tr("Skip to the next text without saving"));
    //: button of the translation editor: save, then go to the next text in the queue
    m_nextButton->setText(tr("Save and &next"));
    m_nextButton->setToolTip(tr("Save the translation and go to the next text (%1)")
                                     .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    m_nextButton->setAccessibleName(tr("Save the translation and go to the next text"));
    m_source->setAccessibleName(tr("Source text"));
    m_target->setAccessibleName(tr("Translation"));
    //: placeholder of the translation box before a text is chosen in the queue
    m_target->setPlaceholderText(m_task.isValid() ? tr("Write the translation here…")
                                                  : tr("Choose a text in the list to translate it."));
    //: heading above the list of translations of the record shown in the editor
    m_historyLabel->setText(tr("Who translated what"));
    m_history->setAccessibleName(tr("Translations of this record"));
    //: header of the translation history: which field of the record
    m_history->setHeaderLabels({ tr("Field"), tr("Language"), tr("Translation"),
                                 //: header of the translation history: the translator
                                 tr("Translated by"),
                                 //: header of the translation history: date and time
                                 tr("On"),
                                 //: header of the translation history: current or outdated
                                 tr("State") });
    updateLabels();
    reloadHistory();
}

void TranslationEditor::updateLabels()
{
    if (!m_task.isValid()) {
        m_title->setText(tr("Nothing chosen"));
        m_fieldLabel->clear();
        m_sourceLabel->setText(tr("Source"));
        m_targetLabel->setText(tr("Translation"));
        m_outdatedLabel->hide();
        return;
    }
    m_title->setText(m_task.title);
    const EntitySpec *spec = Schema::find(m_task.table);
    //: above the side-by-side editor: %1 is the field (Title), %2 the kind of record (need)
    m_fieldLabel->setText(tr("%1 of this %2").arg(fieldName(m_task.table, m_task.field),
                                                   spec ? spec->displayName().toLower() : m_task.table));
    //: label of the read-only source text; %1 is its language, e.g. "English"
    m_sourceLabel->setText(tr("Source (%1)").arg(TranslationStore::languageName(m_task.sourceLanguage)));
    //: label of the translation box; %1 is the language to translate into, e.g. "French"
    m_targetLabel->setText(tr("Translation into %1").arg(TranslationStore::languageName(m_task.language)));
    m_source->setAccessibleName(tr("Source text in %1").arg(TranslationStore::languageName(m_task.sourceLanguage)));
    m_target->setAccessibleName(tr("Translation into %1").arg(TranslationStore::languageName(m_task.language)));
    m_outdatedLabel->setVisible(m_outdated);
    m_outdatedLabel->setText(tr("The source text has changed since it was translated: check the translation and save it again."));
}

void TranslationEditor::setTask(const TranslationTask &task)
{
    m_task = task;
    m_error->hide();
    m_error->clear();
    m_target->setAccessibleDescription({});
    m_stored.clear();
    m_outdated = false;
    if (task.isValid()) {
        if (const EntitySpec *spec = Schema::find(task.table)) {
            const Translation existing = m_store.translationsFor(*spec, task.recordId).value(task.field).value(task.language);
            m_stored = existing.text;
            m_outdated = !existing.id.isEmpty() && existing.outdated;
        }
    }
    applyTextDirection(m_source, task.sourceLanguage);
    applyTextDirection(m_target, task.language);
    m_source->setPlainText(task.sourceText);
    {
        const QSignalBlocker blocker(m_target);
        m_target->setPlainText(m_stored);
    }
    m_target->setEnabled(task.isValid());
    retranslateUi();
    updateButtons();
}

bool TranslationEditor::isModified() const
{
    return m_task.isValid() && m_target->toPlainText() != m_stored;
}

void TranslationEditor::updateButtons()
{
    const bool valid = m_task.isValid();
    const bool hasText = !m_target->toPlainText().trimmed().isEmpty();
    m_saveButton->setEnabled(valid && hasText);
    m_nextButton->setEnabled(valid && hasText);
    m_skipButton->setEnabled(valid);
}

QString TranslationEditor::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool TranslationEditor::save()
{
    if (!m_task.isValid())
        return false;
    const EntitySpec *spec = Schema::find(m_task.table);
    const QString text = m_target->toPlainText();
    auto showError = [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
        m_target->setAccessibleDescription(message);
        m_target->setFocus(Qt::OtherFocusReason);
    };
    if (!spec)
        return false;
    if (text.trimmed().isEmpty()) {
        showError(tr("Write the translation first; to leave it for later, choose Skip."));
        return false;
    }
    auto *command = new SetTranslationCommand(m_store, m_repository, *spec, m_task.recordId, m_task.field,
                                              m_task.language, text);
    command->setErrorHandler([this](const QString &message) { emit statusMessage(message); });
    const WriteResult result = command->apply();
    if (!result.ok()) {
        delete command;
        showError(result.message()); // the text stays for the translator to correct
        return false;
    }
    m_undoStack.push(command);
    m_stored = text;
    m_outdated = false;
    m_error->hide();
    m_target->setAccessibleDescription({});
    updateLabels();
    reloadHistory();
    //: status bar message after saving in the translation editor; %1 is the language
    emit statusMessage(tr("%1 translation saved.").arg(TranslationStore::languageName(m_task.language)));
    return true;
}

void TranslationEditor::reloadHistory()
{
    m_history->clear();
    const EntitySpec *spec = m_task.isValid() ? Schema::find(m_task.table) : nullptr;
    if (!spec)
        return;
    const auto translations = m_store.translationsFor(*spec, m_task.recordId);
    for (auto field = translations.cbegin(); field != translations.cend(); ++field) {
        for (auto it = field->cbegin(); it != field->cend(); ++it) {
            auto *item = new QTreeWidgetItem(m_history);
            item->setText(FieldColumn, fieldName(m_task.table, field.key()));
            item->setText(LanguageColumn, TranslationStore::languageName(it.key()));
            item->setText(TextColumn, it->text.simplified());
            item->setToolTip(TextColumn, it->text);
            item->setText(ByColumn, it->translatedBy);
            item->setText(OnColumn, QLocale().toString(it->translatedAt.toLocalTime(), QLocale::ShortFormat));
            item->setText(StateColumn, it->outdated
                                  //: translation history: the source changed after this translation
                                  ? tr("Outdated")
                                  //: translation history: the translation matches the source
                                  : tr("Current"));
        }
    }
    for (int column : { FieldColumn, LanguageColumn, ByColumn, OnColumn, StateColumn })
        m_history->resizeColumnToContents(column);
}

void TranslationEditor::onRepositoryChange(const QString &table, const QString &id)
{
    if (!m_task.isValid())
        return;
    if (table == TranslationStore::spec().table
        && id.startsWith(TranslationStore::translationId(m_task.table, m_task.recordId, QString(), QString()).chopped(1)))
        reloadHistory(); // undo, redo or the form changed a translation of this record
    else if (table == m_task.table && id == m_task.recordId)
        reloadHistory(); // the source changed: outdated markers
}

} // namespace ed

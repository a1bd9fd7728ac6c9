#include "TranslationTabs.h"

#include "NoteLabel.h"
#include "TextDirection.h"
#include "commands/SetTranslationCommand.h"
#include "storage/RecordRepository.h"
#include "storage/TranslationStore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ed {

TranslationTabs::TranslationTabs(const EntitySpec &spec, const FieldSpec &field, RecordRepository &repository,
                                 QWidget *parent)
    : QWidget(parent),
      m_spec(spec),
      m_field(field),
      m_repository(repository),
      m_tabs(new QTabWidget(this)),
      m_hint(makeNoteLabel(this))
{
    setObjectName(field.name + QLatin1String("Translations"));
    m_tabs->setDocumentMode(true);
    for (const QString &language : TranslationStore::languages()) {
        Page page;
        page.language = language;
        page.page = new QWidget(m_tabs);
        auto *layout = new QVBoxLayout(page.page);
        layout->setContentsMargins(0, 4, 0, 0);
        layout->setSpacing(2);
        if (field.kind == FieldKind::LongText) {
            auto *edit = new QPlainTextEdit(page.page);
            edit->setTabChangesFocus(true);
            edit->setMaximumHeight(fontMetrics().lineSpacing() * 5);
            connect(edit, &QPlainTextEdit::textChanged, this, [this, language] {
                for (Page &p : m_pages) {
                    if (p.language == language)
                        updatePage(p);
                }
                emit unsavedChanged();
            });
            page.editor = edit;
        } else {
            auto *edit = new QLineEdit(page.page);
            connect(edit, &QLineEdit::textChanged, this, [this, language] {
                for (Page &p : m_pages) {
                    if (p.language == language)
                        updatePage(p);
                }
                emit unsavedChanged();
            });
            connect(edit, &QLineEdit::returnPressed, this, [this, language] { save(language); });
            page.editor = edit;
        }
        page.editor->setObjectName(field.name + QLatin1Char('_') + language);
        // The translation reads in its own script's direction whatever the UI language.
        applyTextDirection(page.editor, language);
        page.info = makeNoteLabel(page.page, QColor(0x55, 0x5b, 0x66));
        page.outdated = makeNoteLabel(page.page, QColor(0xa1, 0x5c, 0x00));
        page.error = makeNoteLabel(page.page, QColor(0xc6, 0x28, 0x28));
        page.error->hide();
        page.save = new QPushButton(page.page);
        page.save->setEnabled(false);
        connect(page.save, &QPushButton::clicked, this, [this, language] { save(language); });
        auto *row = new QHBoxLayout;
        row->addWidget(page.info, 1);
        row->addWidget(page.save);
        layout->addWidget(page.editor);
        layout->addWidget(page.outdated);
        layout->addWidget(page.error);
        layout->addLayout(row);
        m_tabs->addTab(page.page, QString());
        m_pages << page;
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    layout->addWidget(m_hint);
    connect(&repository, &RecordRepository::recordInserted, this, &TranslationTabs::onRepositoryChange);
    connect(&repository, &RecordRepository::recordRemoved, this, &TranslationTabs::onRepositoryChange);
    connect(&repository, &RecordRepository::recordUpdated, this,
            [this](const QString &table, const QString &id) { onRepositoryChange(table, id); });
    setRecord({}, {});
}

void TranslationTabs::setStore(TranslationStore *store, QUndoStack *undoStack)
{
    m_store = store;
    m_undoStack = undoStack;
    setRecord(m_recordId, m_sourceLanguage);
}

void TranslationTabs::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TranslationTabs::retranslateUi()
{
    const QString field = m_field.displayName();
    //: accessible name of the language tabs under a field; %1 is the field, e.g. "Title"
    m_tabs->setAccessibleName(tr("Translations of %1").arg(field));
    //: shown instead of the language tabs while the record is not saved yet
    m_hint->setText(tr("Save the record to translate its %1.").arg(field.toLower()));
    for (int i = 0; i < m_pages.size(); ++i) {
        Page &page = m_pages[i];
        const QString language = TranslationStore::languageName(page.language);
        //: accessible name of a translation editor: "Title in French"
        page.editor->setAccessibleName(tr("%1 in %2").arg(field, language));
        //: button in a translation tab
        page.save->setText(tr("Save translation"));
        //: accessible name of the button: "Save the French translation of Title"
        page.save->setAccessibleName(tr("Save the %1 translation of %2").arg(language, field));
        updatePage(page);
    }
}

void TranslationTabs::setRecord(const QString &recordId, const QString &sourceLanguage)
{
    if (recordId != m_recordId) {
        for (Page &page : m_pages) {
            page.stored.clear();
            page.exists = false;
            setEditorText(page, {});
        }
    }
    m_recordId = recordId;
    m_sourceLanguage = sourceLanguage.isEmpty() ? QStringLiteral("en") : sourceLanguage;
    // Without a store (a form outside the main window) there is nothing to show.
    m_tabs->setVisible(m_store && !m_recordId.isEmpty());
    m_hint->setVisible(m_store && m_recordId.isEmpty());
    for (int i = 0; i < m_pages.size(); ++i)
        m_tabs->setTabVisible(i, m_pages.at(i).language != m_sourceLanguage);
    if (m_tabs->currentIndex() >= 0 && m_pages.at(m_tabs->currentIndex()).language == m_sourceLanguage) {
        for (int i = 0; i < m_pages.size(); ++i) {
            if (m_pages.at(i).language != m_sourceLanguage) {
                m_tabs->setCurrentIndex(i);
                break;
            }
        }
    }
    reload();
}

void TranslationTabs::reload()
{
    QMap<QString, Translation> translations;
    if (m_store && !m_recordId.isEmpty())
        translations = m_store->translationsFor(m_spec, m_recordId).value(m_field.name);
    for (Page &page : m_pages) {
        const bool unsaved = isUnsaved(page.language);
        const auto it = translations.constFind(page.language);
        page.exists = it != translations.constEnd();
        page.stored = page.exists ? it->text : QString();
        page.translatedBy = page.exists ? it->translatedBy : QString();
        page.translatedAt = page.exists ? it->translatedAt : QDateTime();
        page.oldSource = page.exists ? it->sourceText : QString();
        page.isOutdated = page.exists && it->outdated;
        if (!unsaved)
            setEditorText(page, page.stored);
        updatePage(page);
    }
    retranslateUi();
}

void TranslationTabs::updatePage(Page &page)
{
    const QString language = TranslationStore::languageName(page.language);
    if (page.exists) {
        const QString when = QLocale().toString(page.translatedAt.toLocalTime(), QLocale::ShortFormat);
        //: under a translation: %1 is who translated it, %2 the date and time
        page.info->setText(tr("Translated by %1 on %2").arg(page.translatedBy, when));
    } else {
        //: under an empty translation tab
        page.info->setText(tr("Not translated yet."));
    }
    page.outdated->setVisible(page.isOutdated);
    if (page.isOutdated) {
        page.outdated->setText(tr("Outdated: the source text has changed since this translation was made."));
        //: tooltip of the outdated marker; %1 is the source text as it was when translated
        page.outdated->setToolTip(tr("Translated from: %1").arg(page.oldSource));
    }
    const bool unsaved = isUnsaved(page.language);
    page.save->setEnabled(unsaved && m_store);
    const int index = int(&page - m_pages.data());
    QString tab = language;
    if (page.isOutdated)
        //: language tab of a translation whose source changed since; %1 is the language
        tab = tr("%1 (outdated)").arg(language);
    else if (!page.exists)
        //: language tab without a translation yet; %1 is the language
        tab = tr("%1 (missing)").arg(language);
    if (unsaved)
        //: language tab with unsaved changes; %1 is the tab's text
        tab = tr("%1 *").arg(tab);
    m_tabs->setTabText(index, tab);
    m_tabs->setTabToolTip(index, page.info->text());
}

void TranslationTabs::onRepositoryChange(const QString &table, const QString &id)
{
    if (m_recordId.isEmpty() || table != TranslationStore::spec().table)
        return;
    const QString prefix = TranslationStore::translationId(m_spec.table, m_recordId, m_field.name, QString());
    if (id.startsWith(prefix))
        reload(); // undo, redo, the translation queue or sync changed one of ours
}

QString TranslationTabs::editorText(const Page &page) const
{
    if (auto *line = qobject_cast<QLineEdit *>(page.editor))
        return line->text();
    return static_cast<QPlainTextEdit *>(page.editor)->toPlainText();
}

void TranslationTabs::setEditorText(Page &page, const QString &text)
{
    if (editorText(page) == text)
        return;
    const QSignalBlocker blocker(page.editor);
    if (auto *line = qobject_cast<QLineEdit *>(page.editor)) {
        line->setText(text);
        line->setCursorPosition(0);
    } else {
        static_cast<QPlainTextEdit *>(page.editor)->setPlainText(text);
    }
}

QWidget *TranslationTabs::editor(const QString &language) const
{
    for (const Page &page : m_pages) {
        if (page.language == language)
            return page.editor;
    }
    return nullptr;
}

QPushButton *TranslationTabs::saveButton(const QString &language) const
{
    for (const Page &page : m_pages) {
        if (page.language == language)
            return page.save;
    }
    return nullptr;
}

QString TranslationTabs::text(const QString &language) const
{
    for (const Page &page : m_pages) {
        if (page.language == language)
            return editorText(page);
    }
    return {};
}

void TranslationTabs::setText(const QString &language, const QString &text)
{
    for (Page &page : m_pages) {
        if (page.language != language)
            continue;
        if (auto *line = qobject_cast<QLineEdit *>(page.editor))
            line->setText(text);
        else
            static_cast<QPlainTextEdit *>(page.editor)->setPlainText(text);
    }
}

bool TranslationTabs::isTabVisible(const QString &language) const
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i).language == language)
            return !m_tabs->isHidden() && m_tabs->isTabVisible(i);
    }
    return false;
}

bool TranslationTabs::isOutdated(const QString &language) const
{
    for (const Page &page : m_pages) {
        if (page.language == language)
            return page.isOutdated;
    }
    return false;
}

QString TranslationTabs::infoText(const QString &language) const
{
    for (const Page &page : m_pages) {
        if (page.language == language)
            return page.info->text();
    }
    return {};
}

QString TranslationTabs::errorText(const QString &language) const
{
    for (const Page &page : m_pages) {
        if (page.language == language)
            return page.error->isHidden() ? QString() : page.error->text();
    }
    return {};
}

bool TranslationTabs::isUnsaved(const QString &language) const
{
    if (m_recordId.isEmpty() || language == m_sourceLanguage)
        return false;
    for (const Page &page : m_pages) {
        if (page.language == language)
            return editorText(page) != page.stored;
    }
    return false;
}

bool TranslationTabs::hasUnsavedChanges() const
{
    for (const Page &page : m_pages) {
        if (isUnsaved(page.language))
            return true;
    }
    return false;
}

bool TranslationTabs::saveAll()
{
    bool ok = true;
    for (const Page &page : std::as_const(m_pages)) {
        if (isUnsaved(page.language))
            ok = save(page.language) && ok;
    }
    return ok;
}

bool TranslationTabs::save(const QString &language)
{
    const auto found = std::find_if(m_pages.begin(), m_pages.end(),
                                    [&](const Page &page) { return page.language == language; });
    if (found == m_pages.end() || !m_store || m_recordId.isEmpty())
        return false;
    const int index = int(found - m_pages.begin());
    const QString text = editorText(*found);
    if (text == found->stored)
        return true;
    if (text.trimmed().isEmpty() && !found->exists) {
        setEditorText(*found, {});
        updatePage(*found);
        return true;
    }
    auto *command = new SetTranslationCommand(*m_store, m_repository, m_spec, m_recordId, m_field.name, language,
                                              text.trimmed().isEmpty() ? QString() : text);
    command->setErrorHandler([this](const QString &message) { emit statusMessage(message); });
    const WriteResult result = command->apply();
    Page &page = m_pages[index];
    if (!result.ok()) {
        delete command;
        // Inline, and the text stays for the user to correct.
        page.error->setText(result.message());
        page.error->show();
        page.editor->setAccessibleDescription(result.message());
        m_tabs->setCurrentIndex(index);
        return false;
    }
    page.error->hide();
    page.error->clear();
    page.editor->setAccessibleDescription({});
    if (m_undoStack)
        m_undoStack->push(command);
    else
        delete command;
    reload();
    emit unsavedChanged();
    //: status bar message; %1 is the language
    emit statusMessage(tr("%1 translation saved.").arg(TranslationStore::languageName(language)));
    return true;
}

} // namespace ed

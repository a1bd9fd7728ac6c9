#include "RecordForm.h"

#include "FieldEditor.h"
#include "domain/Validation.h"
#include "itemmodels/RecordFormatter.h"
#include "storage/RecordRepository.h"
#include "storage/TranslationStore.h"
#include "translation/TextDirection.h"
#include "translation/TranslationTabs.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace ed {

namespace {

QLabel *makeErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28)); // readable red on light and grey
    label->setPalette(palette);
    label->hide();
    return label;
}

// Values compare in their stored form: "" and null are the same, 5 and 5L are the same.
QVariant normalized(const FieldSpec &field, const QVariant &value)
{
    QVariant out;
    QString error;
    if (!Validation::normalize(field, value, &out, &error))
        return value;
    return out;
}

bool sameValue(const FieldSpec &field, const QVariant &a, const QVariant &b)
{
    const QVariant x = normalized(field, a), y = normalized(field, b);
    if (Validation::isEmpty(x) && Validation::isEmpty(y))
        return true;
    return x == y;
}

} // namespace

RecordForm::RecordForm(const EntitySpec &spec, RecordRepository &repository, QWidget *parent)
    : QWidget(parent),
      m_spec(spec),
      m_repository(repository),
      m_title(new QLabel(this)),
      m_recordError(makeErrorLabel(this)),
      m_scroll(new QScrollArea(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);

    auto *content = new QWidget(m_scroll);
    auto *form = new QFormLayout(content);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // "Written in" (the text_language field) goes just before the texts it describes.
    QList<const FieldSpec *> order;
    const FieldSpec *language = spec.field(TranslationStore::languageColumn());
    for (const FieldSpec &field : spec.fields) {
        if (&field == language)
            continue;
        if (language && field.translatable && !order.contains(language))
            order << language;
        order << &field;
    }
    if (language && !order.contains(language))
        order << language;
    for (const FieldSpec *fieldSpec : std::as_const(order)) {
        const FieldSpec &field = *fieldSpec;
        auto *cell = new QWidget(content);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        auto *editor = new FieldEditor(field, repository, cell);
        auto *error = makeErrorLabel(cell);
        cellLayout->addWidget(editor);
        cellLayout->addWidget(error);
        if (field.translatable && language) {
            auto *tabs = new TranslationTabs(spec, field, repository, cell);
            cellLayout->addWidget(tabs);
            m_translations.insert(field.name, tabs);
            connect(tabs, &TranslationTabs::statusMessage, this, &RecordForm::statusMessage);
        }
        cellLayout->addStretch(); // a capped text box stays next to its label
        auto *label = new QLabel(content);
        m_labels.insert(field.name, label);
        label->setBuddy(editor->editor());
        form->addRow(label, cell);
        m_editors.insert(field.name, editor);
        m_errors.insert(field.name, error);
        connect(editor, &FieldEditor::changed, this, [this] { setModified(true); });
        if (&field == language)
            connect(editor, &FieldEditor::changed, this, &RecordForm::updateTextDirections);
    }
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_recordError);
    layout->addWidget(m_scroll, 1);
    retranslateUi();
    startNew();
}

void RecordForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RecordForm::retranslateUi()
{
    for (const FieldSpec &field : m_spec.fields) {
        QString text = field.displayName();
        if (field.name == TranslationStore::languageColumn() && !m_translations.isEmpty())
            //: form label of the language the record's texts (title, description…) are written in
            text = tr("Written in");
        //: form label; %1 is a field name. The asterisk marks a required field.
        m_labels.value(field.name)->setText(field.required ? tr("%1 *").arg(text) : text);
    }
    m_scroll->setAccessibleName(tr("Record form"));
    // Error messages stay in the language they were given in until the next save.
    updateTitle();
}

void RecordForm::setRecord(const QString &id, const QVariantMap &record)
{
    m_id = id;
    m_original = record;
    for (FieldEditor *editor : std::as_const(m_editors))
        editor->setValue(record.value(editor->field().name, editor->field().defaultValue));
    clearErrors();
    setModified(false);
    updateTitle();
    const QString language = record.value(TranslationStore::languageColumn()).toString();
    for (TranslationTabs *tabs : std::as_const(m_translations))
        tabs->setRecord(id, language);
    updateTextDirections();
}

void RecordForm::setTranslationStore(TranslationStore *store, QUndoStack *undoStack)
{
    for (TranslationTabs *tabs : std::as_const(m_translations))
        tabs->setStore(store, undoStack);
}

bool RecordForm::hasUnsavedTranslations() const
{
    return std::any_of(m_translations.cbegin(), m_translations.cend(),
                       [](const TranslationTabs *tabs) { return tabs->hasUnsavedChanges(); });
}

bool RecordForm::saveTranslations()
{
    bool ok = true;
    for (TranslationTabs *tabs : std::as_const(m_translations))
        ok = tabs->saveAll() && ok;
    return ok;
}

void RecordForm::updateTextDirections()
{
    // The source texts read in the direction of the language chosen in "Written in", even
    // before the record is saved; translations have theirs (TranslationTabs).
    const FieldEditor *language = m_editors.value(TranslationStore::languageColumn());
    if (!language || m_translations.isEmpty())
        return;
    const QString code = language->value().toString();
    for (auto it = m_translations.cbegin(); it != m_translations.cend(); ++it)
        applyTextDirection(m_editors.value(it.key())->editor(), code.isEmpty() ? QStringLiteral("en") : code);
}

void RecordForm::startNew()
{
    QVariantMap defaults;
    for (const FieldSpec &field : m_spec.fields)
        defaults.insert(field.name, field.defaultValue);
    setRecord({}, defaults);
}

QVariantMap RecordForm::values() const
{
    QVariantMap values;
    for (const FieldSpec &field : m_spec.fields) {
        const QVariant value = m_editors.value(field.name)->value();
        if (!Validation::isEmpty(value))
            values.insert(field.name, value);
    }
    return values;
}

QVariantMap RecordForm::changes(QVariantMap *oldValues) const
{
    QVariantMap changed;
    for (const FieldSpec &field : m_spec.fields) {
        const QVariant value = m_editors.value(field.name)->value();
        const QVariant old = m_original.value(field.name);
        if (sameValue(field, value, old))
            continue;
        changed.insert(field.name, value);
        if (oldValues)
            oldValues->insert(field.name, old);
    }
    return changed;
}

void RecordForm::showErrors(const FieldErrors &errors)
{
    clearErrors();
    QStringList general;
    QWidget *first = nullptr;
    for (const FieldError &error : errors) {
        QLabel *label = m_errors.value(error.field);
        if (!label) {
            general << error.toString();
            continue;
        }
        label->setText(label->isVisible() ? label->text() + QLatin1Char('\n') + error.message : error.message);
        label->show();
        FieldEditor *editor = m_editors.value(error.field);
        editor->editor()->setAccessibleDescription(error.message);
        if (!first)
            first = editor;
    }
    if (!general.isEmpty()) {
        m_recordError->setText(general.join(QLatin1Char('\n')));
        m_recordError->show();
    }
    if (first) {
        m_scroll->ensureWidgetVisible(first);
        first->setFocus(Qt::OtherFocusReason);
    }
}

void RecordForm::clearErrors()
{
    for (QLabel *label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
    for (FieldEditor *editor : std::as_const(m_editors))
        editor->editor()->setAccessibleDescription({});
    m_recordError->clear();
    m_recordError->hide();
}

QString RecordForm::errorText(const QString &field) const
{
    const QLabel *label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void RecordForm::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    updateTitle();
    emit modifiedChanged(modified);
}

void RecordForm::updateTitle()
{
    QString title;
    if (isNew()) {
        //: form title; %1 is the kind of record, e.g. "expert"
        title = tr("New %1").arg(m_spec.displayName().toLower());
    } else {
        const QString code = m_original.value(QStringLiteral("code")).toString();
        const QString name = m_original.value(RecordFormatter::labelColumn(m_spec.table)).toString();
        title = name.isEmpty() ? code : name;
    }
    if (m_modified)
        //: form title of a record with unsaved changes
        title = tr("%1 (modified)").arg(title);
    m_title->setText(title);
}

} // namespace ed

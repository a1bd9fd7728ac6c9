#include "FieldEditor.h"

#include "JsonListEditor.h"
#include "LanguageSwitcher.h"
#include "OptionalDateEdit.h"
#include "itemmodels/RecordFormatter.h"
#include "itemmodels/RecordTableModel.h"
#include "storage/RecordRepository.h"
#include "storage/ReferenceData.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QEvent>
#include <QDateEdit>
#include <QTableWidget>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <climits>

namespace ed {

FieldEditor::FieldEditor(const FieldSpec &field, RecordRepository &repository, QWidget *parent)
    : QWidget(parent), m_field(field), m_reference(repository.reference())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setAlignment(Qt::AlignTop);
    QWidget *widget = nullptr;
    switch (field.kind) {
    case FieldKind::Text:
    case FieldKind::Email:
    case FieldKind::Phone: {
        auto *edit = new QLineEdit(this);
        if (field.kind == FieldKind::Email)
            edit->setInputMethodHints(Qt::ImhEmailCharactersOnly);
        else if (field.kind == FieldKind::Phone)
            edit->setInputMethodHints(Qt::ImhDialableCharactersOnly);
        // Codes, addresses and numbers read left to right even in the Arabic UI; a name in
        // Arabic script reads right to left even in the English UI.
        if (RecordFormatter::isLeftToRightField(field))
            edit->setLayoutDirection(Qt::LeftToRight);
        else if (RecordFormatter::isRightToLeftField(field))
            edit->setLayoutDirection(Qt::RightToLeft);
        connect(edit, &QLineEdit::textEdited, this, &FieldEditor::changed);
        widget = edit;
        break;
    }
    case FieldKind::LongText: {
        auto *edit = new QPlainTextEdit(this);
        edit->setTabChangesFocus(true);
        if (RecordFormatter::isRightToLeftField(field))
            edit->setLayoutDirection(Qt::RightToLeft);
        edit->setMaximumHeight(fontMetrics().lineSpacing() * 5);
        connect(edit, &QPlainTextEdit::textChanged, this, &FieldEditor::changed);
        widget = edit;
        break;
    }
    case FieldKind::Integer: {
        auto *spin = new QSpinBox(this);
        const bool ranged = field.maximum > field.minimum;
        const int minimum = ranged ? int(field.minimum) : 0;
        // One below the minimum stands for "not set" where the field may be empty.
        spin->setRange(hasNullValue() ? minimum - 1 : minimum, ranged ? int(field.maximum) : INT_MAX);
        spin->setAlignment(Qt::AlignTrailing);
        connect(spin, &QSpinBox::valueChanged, this, &FieldEditor::changed);
        widget = spin;
        break;
    }
    case FieldKind::Real: {
        auto *spin = new QDoubleSpinBox(this);
        spin->setDecimals(2);
        spin->setRange(field.minimum, field.maximum > field.minimum ? field.maximum : 1e9);
        spin->setAlignment(Qt::AlignTrailing);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &FieldEditor::changed);
        widget = spin;
        break;
    }
    case FieldKind::Bool: {
        auto *check = new QCheckBox(this);
        connect(check, &QCheckBox::toggled, this, &FieldEditor::changed);
        widget = check;
        break;
    }
    case FieldKind::Date: {
        auto *date = new OptionalDateEdit(this);
        connect(date, &OptionalDateEdit::changed, this, &FieldEditor::changed);
        layout->addWidget(date);
        m_editor = date->dateEdit();
        break;
    }
    case FieldKind::Json: {
        auto *list = new JsonListEditor(field, repository.reference(), this);
        connect(list, &JsonListEditor::changed, this, &FieldEditor::changed);
        layout->addWidget(list);
        m_editor = list->table();
        break;
    }
    case FieldKind::Enum:
    case FieldKind::Country:
    case FieldKind::Sector:
    case FieldKind::Reference:
        createCombo(repository);
        break;
    }
    if (widget) {
        layout->addWidget(widget);
        m_editor = widget;
    }
    setFocusProxy(m_editor);
    retranslateUi();
    setValue(field.defaultValue);
}

void FieldEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FieldEditor::retranslateUi()
{
    m_editor->setAccessibleName(m_field.displayName());
    switch (m_field.kind) {
    case FieldKind::Integer:
        if (hasNullValue())
            //: shown in an empty number field
            static_cast<QSpinBox *>(m_editor)->setSpecialValueText(tr("Not set"));
        break;
    case FieldKind::Enum:
    case FieldKind::Country:
    case FieldKind::Sector:
        fillChoices();
        Q_FALLTHROUGH();
    case FieldKind::Reference:
        //: shown in an empty choice field
        static_cast<QComboBox *>(m_editor)->setPlaceholderText(tr("Not set"));
        if (m_field.kind == FieldKind::Reference)
            static_cast<RecordTableModel *>(static_cast<QComboBox *>(m_editor)->model())->refreshTexts();
        break;
    case FieldKind::Date:
        static_cast<OptionalDateEdit *>(m_editor->parentWidget())->setAccessibleName(m_field.displayName());
        break;
    case FieldKind::Json:
        static_cast<JsonListEditor *>(m_editor->parentWidget())->setAccessibleName(m_field.displayName());
        break;
    default:
        break;
    }
}

bool FieldEditor::hasNullValue() const
{
    return !m_field.required && !m_field.defaultValue.isValid();
}

void FieldEditor::createCombo(RecordRepository &repository)
{
    auto *combo = new QComboBox(this);
    // Never size the combo to its longest item: a reference combo may list thousands of records.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(16);
    if (m_field.kind == FieldKind::Reference) {
        const EntitySpec *spec = Schema::find(m_field.refTable);
        auto *model = new RecordTableModel(repository, *spec, combo);
        const QString label = RecordFormatter::labelColumn(spec->table);
        model->setColumns({ label });
        model->setSortField(label);
        auto *view = new QListView(combo);
        view->setUniformItemSizes(true); // the popup then lays out only what it shows
        combo->setView(view);
        combo->setModel(model);
    }
    connect(combo, &QComboBox::currentIndexChanged, this, &FieldEditor::changed);
    layout()->addWidget(combo);
    m_editor = combo;
}

void FieldEditor::fillChoices()
{
    auto *combo = static_cast<QComboBox *>(m_editor);
    const QSignalBlocker blocker(combo); // a language change is not an edit
    const int currentIndex = combo->currentIndex();
    const QString current = combo->currentData().toString();
    combo->clear();
    if (hasNullValue())
        //: the empty choice of an optional choice field
        combo->addItem(tr("Not set"), QString());
    if (m_field.name == QLatin1String("text_language")) {
        // In the UI language, with the language's own name beside it when that differs:
        // "الإنجليزية (English)", "arabe (العربية)". Native names alone read as untranslated.
        for (const EnumValue &value : m_field.values) {
            const QString name = m_reference.languageName(value.key);
            const QString native = LanguageSwitcher::nativeName(value.key).remove(QLatin1Char('&'));
            combo->addItem(native.compare(name, Qt::CaseInsensitive) == 0
                                   ? name
                                   //: a language in a choice: %1 its name in the UI language, %2 its own name
                                   : tr("%1 (%2)").arg(name, RecordFormatter::isolated(native)),
                           value.key);
        }
    } else if (m_field.kind == FieldKind::Enum) {
        for (const EnumValue &value : m_field.values)
            combo->addItem(m_field.enumLabel(value.key), value.key);
    } else {
        const bool country = m_field.kind == FieldKind::Country;
        QList<QPair<QString, QString>> items;
        for (const ReferenceData::Entry &entry : country ? m_reference.countries() : m_reference.sectors())
            items.append({ country ? m_reference.countryName(entry.code) : m_reference.sectorName(entry.code),
                           entry.code });
        const QCollator collator; // the UI language's alphabetical order
        std::sort(items.begin(), items.end(),
                  [&collator](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
        for (const auto &item : std::as_const(items))
            combo->addItem(item.first, item.second);
    }
    combo->setCurrentIndex(currentIndex < 0 ? -1 : combo->findData(current));
}

QVariant FieldEditor::value() const
{
    switch (m_field.kind) {
    case FieldKind::Text:
    case FieldKind::Email:
    case FieldKind::Phone:
        return static_cast<QLineEdit *>(m_editor)->text();
    case FieldKind::LongText:
        return static_cast<QPlainTextEdit *>(m_editor)->toPlainText();
    case FieldKind::Integer: {
        auto *spin = static_cast<QSpinBox *>(m_editor);
        if (hasNullValue() && spin->value() == spin->minimum())
            return {};
        return spin->value();
    }
    case FieldKind::Real:
        return static_cast<QDoubleSpinBox *>(m_editor)->value();
    case FieldKind::Bool:
        return static_cast<QCheckBox *>(m_editor)->isChecked();
    case FieldKind::Date:
        return static_cast<OptionalDateEdit *>(m_editor->parentWidget())->value();
    case FieldKind::Json:
        return static_cast<JsonListEditor *>(m_editor->parentWidget())->value();
    case FieldKind::Reference: {
        auto *combo = static_cast<QComboBox *>(m_editor);
        const int row = combo->currentIndex();
        return row < 0 ? QVariant() : combo->model()->index(row, 0).data(RecordTableModel::IdRole);
    }
    case FieldKind::Enum:
    case FieldKind::Country:
    case FieldKind::Sector: {
        const QString key = static_cast<QComboBox *>(m_editor)->currentData().toString();
        return key.isEmpty() ? QVariant() : QVariant(key);
    }
    }
    return {};
}

void FieldEditor::setValue(const QVariant &value)
{
    const QSignalBlocker blocker(this); // loading a record is not an edit
    const QSignalBlocker editorBlocker(m_editor);
    switch (m_field.kind) {
    case FieldKind::Text:
    case FieldKind::Email:
    case FieldKind::Phone:
        static_cast<QLineEdit *>(m_editor)->setText(value.toString());
        static_cast<QLineEdit *>(m_editor)->setCursorPosition(0); // show the start of long titles
        break;
    case FieldKind::LongText:
        static_cast<QPlainTextEdit *>(m_editor)->setPlainText(value.toString());
        break;
    case FieldKind::Integer: {
        auto *spin = static_cast<QSpinBox *>(m_editor);
        spin->setValue(value.isNull() || !value.isValid() ? spin->minimum() : value.toInt());
        break;
    }
    case FieldKind::Real:
        static_cast<QDoubleSpinBox *>(m_editor)->setValue(value.toDouble());
        break;
    case FieldKind::Bool:
        static_cast<QCheckBox *>(m_editor)->setChecked(value.toBool());
        break;
    case FieldKind::Date: {
        auto *date = static_cast<OptionalDateEdit *>(m_editor->parentWidget());
        const QSignalBlocker dateBlocker(date);
        date->setValue(value);
        break;
    }
    case FieldKind::Json: {
        auto *list = static_cast<JsonListEditor *>(m_editor->parentWidget());
        const QSignalBlocker listBlocker(list);
        list->setValue(value.toList());
        break;
    }
    case FieldKind::Reference: {
        auto *combo = static_cast<QComboBox *>(m_editor);
        auto *model = static_cast<RecordTableModel *>(combo->model());
        combo->setCurrentIndex(value.toString().isEmpty() ? -1 : model->rowOf(value.toString()));
        break;
    }
    case FieldKind::Enum:
    case FieldKind::Country:
    case FieldKind::Sector: {
        auto *combo = static_cast<QComboBox *>(m_editor);
        combo->setCurrentIndex(combo->findData(value.toString()));
        break;
    }
    }
}

} // namespace ed

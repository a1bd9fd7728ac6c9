#include "JsonListEditor.h"

#include "itemmodels/RecordFormatter.h"
#include "storage/ReferenceData.h"

#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ed {

namespace {

constexpr int KeyRole = Qt::UserRole;

// Cells whose value is a code (sector, language) edit through a combo box of names.
class ChoiceDelegate : public QStyledItemDelegate
{
public:
    ChoiceDelegate(QList<QPair<QString, QString>> choices, QObject *parent)
        : QStyledItemDelegate(parent), m_choices(std::move(choices)) { }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        for (const auto &choice : m_choices)
            combo->addItem(choice.second, choice.first);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(combo->findData(index.data(KeyRole)));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        model->setData(index, combo->currentData(), KeyRole);
        model->setData(index, combo->currentText(), Qt::DisplayRole);
    }

private:
    QList<QPair<QString, QString>> m_choices; // key, label
};

// Levels and years have ranges; the default spin box would accept any int.
class RangeDelegate : public QStyledItemDelegate
{
public:
    RangeDelegate(int minimum, int maximum, QObject *parent)
        : QStyledItemDelegate(parent), m_minimum(minimum), m_maximum(maximum) { }
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *spin = new QSpinBox(parent);
        spin->setRange(m_minimum, m_maximum);
        return spin;
    }

private:
    int m_minimum, m_maximum;
};

} // namespace

QStringList JsonListEditor::languageCodes()
{
    // The working languages of the member states and the programme's partners.
    return { QStringLiteral("ar"), QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("tr"),
             QStringLiteral("fa"), QStringLiteral("ur"), QStringLiteral("ms"), QStringLiteral("id"),
             QStringLiteral("bn"), QStringLiteral("uz"), QStringLiteral("kk"), QStringLiteral("ky"),
             QStringLiteral("tg"), QStringLiteral("az"), QStringLiteral("tk"), QStringLiteral("ps"),
             QStringLiteral("so"), QStringLiteral("ha"), QStringLiteral("sw"), QStringLiteral("pt"),
             QStringLiteral("ru"), QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("zh") };
}

QList<JsonListEditor::Column> JsonListEditor::columnsFor(JsonShape shape)
{
    const QString level = tr("Level (1–4)");
    const QString years = tr("Years");
    switch (shape) {
    case JsonShape::Languages:
        return { { QStringLiteral("code"), tr("Language"), CellType::Language },
                 { QStringLiteral("level"), level, CellType::Integer, 1, 4 } };
    case JsonShape::SectorCodes:
        return { { {}, tr("Sector"), CellType::Sector } };
    case JsonShape::LanguageCodes:
        return { { {}, tr("Language"), CellType::Language } };
    case JsonShape::Skills:
        return { { QStringLiteral("name"), tr("Skill"), CellType::Text },
                 { QStringLiteral("level"), level, CellType::Integer, 1, 4 },
                 { QStringLiteral("years"), years, CellType::Integer, 0, 70 } };
    case JsonShape::Equipment:
        return { { QStringLiteral("manufacturer"), tr("Manufacturer"), CellType::Text },
                 { QStringLiteral("model"), tr("Model"), CellType::Text },
                 { QStringLiteral("level"), level, CellType::Integer, 1, 4 },
                 { QStringLiteral("years"), years, CellType::Integer, 0, 70 } };
    case JsonShape::Periods:
        return { { QStringLiteral("start"), tr("From"), CellType::Date },
                 { QStringLiteral("end"), tr("Until"), CellType::Date },
                 { QStringLiteral("reason"), tr("Reason"), CellType::Text } };
    case JsonShape::RequiredSkills:
        return { { QStringLiteral("name"), tr("Skill"), CellType::Text },
                 { QStringLiteral("level"), level, CellType::Integer, 1, 4 },
                 //: column header: the skill is required, not just welcome
                 { QStringLiteral("mandatory"), tr("Mandatory"), CellType::Bool } };
    case JsonShape::None:
        break;
    }
    return {};
}

JsonListEditor::JsonListEditor(const FieldSpec &field, const ReferenceData &reference, QWidget *parent)
    : QWidget(parent),
      m_field(field),
      m_reference(reference),
      m_columns(columnsFor(field.shape)),
      m_table(new QTableWidget(0, int(m_columns.size()), this)),
      m_add(new QToolButton(this)),
      m_remove(new QToolButton(this))
{
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    // Room for a few rows without pushing the rest of the form far down.
    const int rowHeight = fontMetrics().height() + 8;
    m_table->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() + 2 * rowHeight + 4);
    m_table->setMaximumHeight(m_table->horizontalHeader()->sizeHint().height() + 4 * rowHeight + 4);

    retranslateUi();

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QToolButton::clicked, this, [this] {
        addRow({});
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
        emit changed();
    });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_table->removeRow(row);
        updateButtons();
        emit changed();
    });
    connect(m_table, &QTableWidget::itemChanged, this, &JsonListEditor::changed);
    connect(m_table, &QTableWidget::currentCellChanged, this, &JsonListEditor::updateButtons);
    updateButtons();
}

void JsonListEditor::setAccessibleName(const QString &name)
{
    m_table->setAccessibleName(name);
}

void JsonListEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void JsonListEditor::retranslateUi()
{
    m_columns = columnsFor(m_field.shape);
    setUpColumns();
    //: adds a row to a list such as languages or skills
    m_add->setText(tr("Add"));
    //: %1 is the name of a list field, e.g. "Languages"
    m_add->setAccessibleName(tr("Add a row to %1").arg(m_field.displayName()));
    //: removes the selected row of a list such as languages or skills
    m_remove->setText(tr("Remove"));
    //: %1 is the name of a list field, e.g. "Languages"
    m_remove->setAccessibleName(tr("Remove the selected row from %1").arg(m_field.displayName()));
    // Sector and language names shown in the cells follow the UI language; the codes stay.
    const QSignalBlocker blocker(m_table); // not an edit
    for (int c = 0; c < m_columns.size(); ++c) {
        const CellType type = m_columns.at(c).type;
        if (type != CellType::Sector && type != CellType::Language)
            continue;
        for (int row = 0; row < m_table->rowCount(); ++row) {
            if (QTableWidgetItem *cell = m_table->item(row, c))
                cell->setData(Qt::DisplayRole, choiceLabel(type, cell->data(KeyRole).toString()));
        }
    }
}

QString JsonListEditor::choiceLabel(CellType type, const QString &code) const
{
    return type == CellType::Sector ? m_reference.sectorName(code) : m_reference.languageName(code);
}

void JsonListEditor::setUpColumns()
{
    QStringList headers;
    for (int c = 0; c < m_columns.size(); ++c) {
        const Column &column = m_columns.at(c);
        headers << column.label;
        if (column.type == CellType::Sector || column.type == CellType::Language) {
            // The names are translated: a new delegate with the choices in the UI language.
            if (QAbstractItemDelegate *old = m_table->itemDelegateForColumn(c))
                old->deleteLater();
            QList<QPair<QString, QString>> choices;
            if (column.type == CellType::Sector) {
                for (const ReferenceData::Entry &sector : m_reference.sectors())
                    choices.append({ sector.code, m_reference.sectorName(sector.code) });
            } else {
                for (const QString &code : languageCodes())
                    choices.append({ code, m_reference.languageName(code) });
            }
            m_table->setItemDelegateForColumn(c, new ChoiceDelegate(choices, m_table));
        } else if (column.type == CellType::Integer && !m_table->itemDelegateForColumn(c)) {
            m_table->setItemDelegateForColumn(c, new RangeDelegate(column.minimum, column.maximum, m_table));
        }
    }
    m_table->setHorizontalHeaderLabels(headers);
}

QTableWidgetItem *JsonListEditor::makeCell(const Column &column, const QVariant &value) const
{
    auto *cell = new QTableWidgetItem;
    switch (column.type) {
    case CellType::Text:
        cell->setData(Qt::EditRole, value.toString());
        break;
    case CellType::Integer:
        cell->setData(Qt::EditRole, value.isValid() ? value.toInt() : column.minimum);
        break;
    case CellType::Date: {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        cell->setData(Qt::EditRole, date.isValid() ? date : QDate::currentDate());
        break;
    }
    case CellType::Bool:
        cell->setFlags(cell->flags() | Qt::ItemIsUserCheckable);
        cell->setFlags(cell->flags() & ~Qt::ItemIsEditable);
        cell->setCheckState(value.toBool() ? Qt::Checked : Qt::Unchecked);
        break;
    case CellType::Sector:
    case CellType::Language: {
        QString code = value.toString();
        if (code.isEmpty())
            code = column.type == CellType::Sector ? m_reference.sectors().value(0).code : QStringLiteral("en");
        cell->setData(KeyRole, code);
        cell->setData(Qt::DisplayRole, choiceLabel(column.type, code));
        break;
    }
    }
    return cell;
}

QVariant JsonListEditor::cellValue(const Column &column, const QTableWidgetItem *cell) const
{
    if (!cell)
        return {};
    switch (column.type) {
    case CellType::Text:
        return cell->data(Qt::EditRole).toString().trimmed();
    case CellType::Integer:
        return cell->data(Qt::EditRole).toInt();
    case CellType::Date:
        return cell->data(Qt::EditRole).toDate().toString(Qt::ISODate);
    case CellType::Bool:
        return cell->checkState() == Qt::Checked;
    case CellType::Sector:
    case CellType::Language:
        return cell->data(KeyRole).toString();
    }
    return {};
}

void JsonListEditor::addRow(const QVariant &item)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const QVariantMap map = item.toMap();
    for (int c = 0; c < m_columns.size(); ++c) {
        const Column &column = m_columns.at(c);
        m_table->setItem(row, c, makeCell(column, column.key.isEmpty() ? item : map.value(column.key)));
    }
    updateButtons();
}

QVariantList JsonListEditor::value() const
{
    QVariantList items;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_columns.size() == 1 && m_columns.first().key.isEmpty()) {
            items << cellValue(m_columns.first(), m_table->item(row, 0));
            continue;
        }
        QVariantMap map;
        for (int c = 0; c < m_columns.size(); ++c)
            map.insert(m_columns.at(c).key, cellValue(m_columns.at(c), m_table->item(row, c)));
        items << map;
    }
    return items;
}

void JsonListEditor::setValue(const QVariantList &items)
{
    {
        const QSignalBlocker blocker(m_table);
        m_table->setRowCount(0);
    }
    for (const QVariant &item : items)
        addRow(item);
}

void JsonListEditor::updateButtons()
{
    m_remove->setEnabled(m_table->currentRow() >= 0);
}

} // namespace ed

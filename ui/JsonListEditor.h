#pragma once

#include "domain/Schema.h"

#include <QVariant>
#include <QWidget>

class QTableWidget;
class QTableWidgetItem;
class QToolButton;

namespace ed {

class ReferenceData;

// A small table for the JSON list fields (languages, skills, equipment, periods, required
// skills, sector and language codes): one row per item, one column per key, typed cells
// (spin boxes for levels and years, date editors, check boxes, combo boxes for sectors and
// languages). Values go in and out as the QVariantList the repository stores.
class JsonListEditor : public QWidget
{
    Q_OBJECT
public:
    JsonListEditor(const FieldSpec &field, const ReferenceData &reference, QWidget *parent = nullptr);

    QVariantList value() const;
    void setValue(const QVariantList &items);
    QTableWidget *table() const { return m_table; }
    void setAccessibleName(const QString &name);

    enum class CellType { Text, Integer, Date, Bool, Sector, Language };
    struct Column
    {
        QString key; // empty for lists of plain codes
        QString label;
        CellType type;
        int minimum = 0;
        int maximum = 0;
    };
    static QList<Column> columnsFor(JsonShape shape);
    // Language codes offered in the language columns.
    static QStringList languageCodes();

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setUpColumns();
    QString choiceLabel(CellType type, const QString &code) const;
    void addRow(const QVariant &item);
    QTableWidgetItem *makeCell(const Column &column, const QVariant &value) const;
    QVariant cellValue(const Column &column, const QTableWidgetItem *cell) const;
    void updateButtons();

    FieldSpec m_field;
    const ReferenceData &m_reference;
    QList<Column> m_columns;
    QTableWidget *m_table;
    QToolButton *m_add;
    QToolButton *m_remove;
};

} // namespace ed

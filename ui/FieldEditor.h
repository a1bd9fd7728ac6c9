#pragma once

#include "domain/Schema.h"

#include <QVariant>
#include <QWidget>

namespace ed {

class RecordRepository;
class ReferenceData;

// The editor of one record field, chosen by its FieldKind: line edit, text box, spin box,
// check box, combo box (enums, countries, sectors, referenced records), optional date, or a
// JSON list table. value() gives what the user entered in the form the repository accepts.
class FieldEditor : public QWidget
{
    Q_OBJECT
public:
    FieldEditor(const FieldSpec &field, RecordRepository &repository, QWidget *parent = nullptr);

    const FieldSpec &field() const { return m_field; }
    QVariant value() const;
    void setValue(const QVariant &value);
    // The widget that takes focus and carries the accessible name (the label's buddy).
    QWidget *editor() const { return m_editor; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void createCombo(RecordRepository &repository);
    // (Re)fills an enum, country or sector combo in the UI language, keeping the chosen key.
    void fillChoices();
    bool hasNullValue() const;

    FieldSpec m_field;
    const ReferenceData &m_reference;
    QWidget *m_editor = nullptr;
};

} // namespace ed

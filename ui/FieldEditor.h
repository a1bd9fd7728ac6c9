#pragma once

#include "domain/Schema.h"

#include <QVariant>
#include <QWidget>

namespace ed {

class RecordRepository;

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

private:
    void createCombo(RecordRepository &repository);
    bool hasNullValue() const;

    FieldSpec m_field;
    QWidget *m_editor = nullptr;
};

} // namespace ed

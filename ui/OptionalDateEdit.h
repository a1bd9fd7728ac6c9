#pragma once

#include <QVariant>
#include <QWidget>

class QDateEdit;
class QToolButton;

namespace ed {

// A date that may be "not set": QDateEdit has no null state, so its minimum date stands for
// "not set" (shown as special text) and a clear button gets back to it.
class OptionalDateEdit : public QWidget
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    // ISO 8601 text ("2026-11-22") or a null QVariant.
    QVariant value() const;
    void setValue(const QVariant &value);
    QDateEdit *dateEdit() const { return m_edit; }
    void setAccessibleName(const QString &name);

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateClearButton();
    void updateClearName();

    QDateEdit *m_edit;
    QToolButton *m_clear;
    QString m_fieldName; // the accessible name given by the form
};

} // namespace ed

#include "OptionalDateEdit.h"

#include "itemmodels/RecordFormatter.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QToolButton>

namespace ed {

namespace {
const QDate kNotSet(1900, 1, 1);
}

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QWidget(parent), m_edit(new QDateEdit(this)), m_clear(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit->setCalendarPopup(true);
    m_edit->setMinimumDate(kNotSet);
    m_edit->setMaximumDate(QDate(2100, 12, 31));
    // A date reads day, month, year from left to right in every language: in a right-to-left
    // layout "2026-02-10" in Arabic digits showed reversed as 10-02-2026.
    m_edit->setLayoutDirection(Qt::LeftToRight);
    m_edit->setDate(kNotSet);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_clear);
    connect(m_clear, &QToolButton::clicked, this, [this] { setValue({}); emit changed(); });
    connect(m_edit, &QDateEdit::dateChanged, this, [this] {
        updateClearButton();
        emit changed();
    });
    // Opening the calendar on a "not set" date would show January 1900.
    connect(m_edit->calendarWidget(), &QCalendarWidget::currentPageChanged, this, [this](int year, int) {
        if (year == kNotSet.year() && m_edit->date() == kNotSet) {
            const QDate today = QDate::currentDate();
            m_edit->calendarWidget()->setCurrentPage(today.year(), today.month());
        }
    });
    retranslateUi();
    updateClearButton();
}

void OptionalDateEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OptionalDateEdit::retranslateUi()
{
    // The UI locale's short format (digits and order), without its bidi marks: the edit is
    // left to right, and "/" keeps Arabic-Indic digit groups in order where "-" would not.
    const QSignalBlocker blocker(m_edit);
    const QDate date = m_edit->date();
    m_edit->setLocale(QLocale());
    m_edit->setDisplayFormat(RecordFormatter::dateFormat());
    m_edit->setDate(date);
    m_edit->calendarWidget()->setLocale(QLocale());
    m_edit->calendarWidget()->setLayoutDirection(QGuiApplication::layoutDirection());
    //: shown in a date field that has no date
    m_edit->setSpecialValueText(tr("Not set"));
    //: button that empties a date field
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Clear the date"));
    updateClearName();
}

// "Clear Start date", not four buttons all called "Clear the date" for a screen reader.
void OptionalDateEdit::updateClearName()
{
    m_clear->setAccessibleName(m_fieldName.isEmpty() ? tr("Clear the date")
                                                     //: accessible name of the button emptying the date field %1
                                                     : tr("Clear %1").arg(m_fieldName));
}

QVariant OptionalDateEdit::value() const
{
    const QDate date = m_edit->date();
    return date == kNotSet ? QVariant() : QVariant(date.toString(Qt::ISODate));
}

void OptionalDateEdit::setValue(const QVariant &value)
{
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    const QSignalBlocker blocker(m_edit);
    m_edit->setDate(date.isValid() ? date : kNotSet);
    if (!date.isValid())
        m_edit->calendarWidget()->setCurrentPage(QDate::currentDate().year(), QDate::currentDate().month());
    updateClearButton();
}

void OptionalDateEdit::setAccessibleName(const QString &name)
{
    m_fieldName = name;
    m_edit->setAccessibleName(name);
    updateClearName();
}

void OptionalDateEdit::updateClearButton()
{
    m_clear->setEnabled(m_edit->date() != kNotSet);
}

} // namespace ed

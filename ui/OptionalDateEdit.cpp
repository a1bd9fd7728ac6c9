#include "OptionalDateEdit.h"

#include <QCalendarWidget>
#include <QDateEdit>
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
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    //: shown in a date field that has no date
    m_edit->setSpecialValueText(tr("Not set"));
    m_edit->setDate(kNotSet);
    //: button that empties a date field
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Clear the date"));
    m_clear->setAccessibleName(tr("Clear the date"));
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
    updateClearButton();
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
    m_edit->setAccessibleName(name);
}

void OptionalDateEdit::updateClearButton()
{
    m_clear->setEnabled(m_edit->date() != kNotSet);
}

} // namespace ed

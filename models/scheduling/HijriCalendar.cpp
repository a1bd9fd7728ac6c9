#include "HijriCalendar.h"

#include <QSettings>

namespace ed::HijriCalendar {

QCalendar calendar()
{
    return QCalendar(QCalendar::System::IslamicCivil);
}

QString format(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    return locale.toString(date, QStringLiteral("d MMMM yyyy"), calendar());
}

QString formatShort(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    return locale.toString(date, QStringLiteral("d MMM"), calendar());
}

QString monthTitle(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    return locale.toString(date, QStringLiteral("MMMM yyyy"), calendar());
}

int dayOfMonth(const QDate &date)
{
    return calendar().partsFromDate(date).day;
}

QString settingsKey()
{
    return QStringLiteral("calendar/hijri");
}

bool showHijri(const QString &language)
{
    const QVariant saved = QSettings().value(settingsKey());
    return saved.isValid() ? saved.toBool() : language == QLatin1String("ar");
}

void setShowHijri(bool show)
{
    QSettings().setValue(settingsKey(), show);
}

} // namespace ed::HijriCalendar

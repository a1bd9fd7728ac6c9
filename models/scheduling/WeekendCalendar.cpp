#include "WeekendCalendar.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace ed::WeekendCalendar {

namespace {

constexpr int bit(Qt::DayOfWeek day)
{
    return 1 << day;
}

constexpr int kSatSun = bit(Qt::Saturday) | bit(Qt::Sunday);
constexpr int kFriSat = bit(Qt::Friday) | bit(Qt::Saturday);
constexpr int kThuFri = bit(Qt::Thursday) | bit(Qt::Friday);
constexpr int kFriSun = bit(Qt::Friday) | bit(Qt::Sunday);

// The one place the weekends live; OIC member states whose weekend is not Saturday–Sunday.
// Official public-sector weekends as of 2025; review when a government changes its week.
//  - The United Arab Emirates moved to Saturday–Sunday (Friday afternoon off) in January 2022,
//    Mauritania in 2014: both are deliberately absent, so they get the default.
//  - Malaysia is Saturday–Sunday federally; a few states (Kedah, Kelantan, Terengganu) rest
//    Friday–Saturday. The table is per country, so it keeps the federal week.
//  - Iran and Afghanistan rest on Friday with Thursday closed for public offices.
const QHash<QString, int> &table()
{
    static const QHash<QString, int> days = {
        { QStringLiteral("AF"), kThuFri }, { QStringLiteral("IR"), kThuFri },
        { QStringLiteral("BN"), kFriSun }, // Brunei: Friday and Sunday
        { QStringLiteral("SA"), kFriSat }, { QStringLiteral("KW"), kFriSat },
        { QStringLiteral("QA"), kFriSat }, { QStringLiteral("BH"), kFriSat },
        { QStringLiteral("OM"), kFriSat }, { QStringLiteral("EG"), kFriSat },
        { QStringLiteral("JO"), kFriSat }, { QStringLiteral("IQ"), kFriSat },
        { QStringLiteral("YE"), kFriSat }, { QStringLiteral("DZ"), kFriSat },
        { QStringLiteral("LY"), kFriSat }, { QStringLiteral("SD"), kFriSat },
        { QStringLiteral("MV"), kFriSat }, { QStringLiteral("BD"), kFriSat },
        { QStringLiteral("SY"), kFriSat }, { QStringLiteral("PS"), kFriSat },
        { QStringLiteral("SO"), kThuFri }, { QStringLiteral("DJ"), kFriSat },
    };
    return days;
}

} // namespace

int weekendDays(const QString &iso2)
{
    return table().value(iso2.toUpper(), kSatSun);
}

bool isWeekend(const QString &iso2, const QDate &date)
{
    return date.isValid() && (weekendDays(iso2) & bit(Qt::DayOfWeek(date.dayOfWeek())));
}

QString describe(const QString &iso2)
{
    const int days = weekendDays(iso2);
    QStringList names;
    // Start the list on the first rest day of the week pair (Thursday before Friday).
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        if (days & (1 << day))
            names << QLocale().dayName(day, QLocale::LongFormat);
    }
    return QLocale().createSeparatedList(names);
}

} // namespace ed::WeekendCalendar

#include "ImportValues.h"

#include "ImportVocabulary.h"

#include <QHash>
#include <QRegularExpression>

namespace ed::ImportValues {

namespace {

int monthNumber(const QString &word)
{
    // Month names of English and French exports, folded (no accents), full or abbreviated.
    static const QHash<QString, int> months = [] {
        QHash<QString, int> m;
        const char *const english[] = { "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december" };
        const char *const french[] = { "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet",
            "aout", "septembre", "octobre", "novembre", "decembre" };
        for (int i = 0; i < 12; ++i) {
            for (const QString &name : { QString::fromLatin1(english[i]), QString::fromLatin1(french[i]) }) {
                m.insert(name, i + 1);
                m.insert(name.left(3), i + 1);
                m.insert(name.left(4), i + 1); // "sept", "janv", "fevr", "juil"
            }
        }
        m.insert(QStringLiteral("sept"), 9);
        m.insert(QStringLiteral("jui"), 0); // juin or juillet: ambiguous
        return m;
    }();
    return months.value(word, 0);
}

QDate checked(int year, int month, int day, bool *impossible)
{
    if (year < 100)
        year += 2000;
    const QDate date(year, month, day);
    if (!date.isValid() && impossible)
        *impossible = true;
    return date;
}

} // namespace

QDate parseDate(const QString &input, DateOrder order, bool *impossible)
{
    if (impossible)
        *impossible = false;
    const QString text = input.trimmed();
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?$"));
    static const QRegularExpression numeric(QStringLiteral("^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})(?: .*)?$"));
    static const QRegularExpression monthFirst(QStringLiteral("^([^\\d\\s,.]+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})$"));
    static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})(?:er)?\\s+([^\\d\\s,.]+)\\.?,?\\s+(\\d{4})$"));
    if (const auto m = iso.match(text); m.hasMatch())
        return checked(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), impossible);
    if (const auto m = numeric.match(text); m.hasMatch()) {
        int first = m.captured(1).toInt(), second = m.captured(2).toInt();
        if (order == DateOrder::DayFirst || first > 12)
            std::swap(first, second);
        return checked(m.captured(3).toInt(), first, second, impossible);
    }
    if (const auto m = monthFirst.match(text); m.hasMatch()) {
        if (const int month = monthNumber(ImportVocabulary::fold(m.captured(1))))
            return checked(m.captured(3).toInt(), month, m.captured(2).toInt(), impossible);
    }
    if (const auto m = dayFirst.match(text); m.hasMatch()) {
        if (const int month = monthNumber(ImportVocabulary::fold(m.captured(2))))
            return checked(m.captured(3).toInt(), month, m.captured(1).toInt(), impossible);
    }
    return {};
}

QString cleanPhone(const QString &input)
{
    QString text;
    for (const QChar c : input) {
        // Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits as 0-9.
        if (c.unicode() >= 0x0660 && c.unicode() <= 0x0669)
            text += QChar(u'0' + (c.unicode() - 0x0660));
        else if (c.unicode() >= 0x06F0 && c.unicode() <= 0x06F9)
            text += QChar(u'0' + (c.unicode() - 0x06F0));
        else
            text += c;
    }
    // "Tel:", "WhatsApp", "Mob." before the number; "(0)" is the trunk prefix after a country code.
    static const QRegularExpression start(QStringLiteral("[+0-9(]"));
    static const QRegularExpression other(QStringLiteral("[^0-9+ ()./-]"));
    const qsizetype first = text.indexOf(start);
    text = first < 0 ? QString() : text.mid(first);
    text.replace(QStringLiteral("(0)"), QString());
    text.replace(other, QStringLiteral(" "));
    text = text.simplified();
    if (text.startsWith(QLatin1String("00")))
        text = QLatin1Char('+') + text.mid(2);
    while (!text.isEmpty() && !text.back().isDigit())
        text.chop(1);
    return text;
}

QStringList splitAnswers(const QString &text)
{
    static const QRegularExpression lineBreaks(QStringLiteral("[\\r\\n]+"));
    static const QRegularExpression separators(QStringLiteral("[,;\u060C]")); // \u060C: Arabic comma
    QStringList answers;
    const QStringList lines = text.split(lineBreaks);
    const bool oneLine = lines.size() == 1;
    for (const QString &line : lines) {
        const QStringList pieces = oneLine ? line.split(separators)
                                           : QStringList { line };
        for (const QString &piece : pieces) {
            const QString answer = piece.trimmed();
            if (!answer.isEmpty())
                answers << answer;
        }
    }
    return answers;
}

bool isArabicScript(const QString &text)
{
    int arabic = 0, latin = 0;
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Arabic)
            ++arabic;
        else if (c.script() == QChar::Script_Latin)
            ++latin;
    }
    return arabic > latin;
}

bool isYes(const QString &text)
{
    const QString folded = ImportVocabulary::fold(text);
    static const QStringList no { QStringLiteral("no"), QStringLiteral("non"), QStringLiteral("false"),
        QStringLiteral("0"), QStringLiteral("\u0644\u0627") };
    return !folded.isEmpty() && !no.contains(folded);
}

} // namespace ed::ImportValues

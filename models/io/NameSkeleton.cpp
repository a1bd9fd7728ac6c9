#include "NameSkeleton.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace ed::NameSkeleton {

namespace {

icu::Transliterator *transliterator()
{
    // Built once per thread: creating one parses ICU's rules (milliseconds); using it is cheap.
    thread_local std::unique_ptr<icu::Transliterator> instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8("Any-Latin; Latin-ASCII; Any-Lower"), UTRANS_FORWARD, status));
        return U_SUCCESS(status) ? std::move(t) : nullptr;
    }();
    return instance.get();
}

} // namespace

QString of(const QString &name)
{
    // ASCII comes out of the three transforms only lower-cased: no ICU for it (most names).
    const bool ascii = std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() < 0x80; });
    QString latin;
    if (ascii) {
        latin = name.toLower();
    } else {
        icu::UnicodeString text(reinterpret_cast<const UChar *>(name.utf16()), int32_t(name.size()));
        if (icu::Transliterator *t = transliterator())
            t->transliterate(text);
        latin = QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
    }
    QString skeleton;
    for (QChar c : latin) {
        // ق is written q or k (Farooq, Farouk): one letter for both.
        if (c == QLatin1Char('q'))
            c = QLatin1Char('k');
        const char letter = c.toLatin1();
        if (letter < 'a' || letter > 'z' || QByteArrayView("aeiouyw").contains(letter))
            continue; // vowels, and w/y that Latin spellings use for long vowels (ou, ee)
        if (skeleton.isEmpty() || skeleton.back() != c)
            skeleton += c;
    }
    return skeleton;
}

QString phoneKey(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits += c;
    }
    return digits.size() >= 6 ? digits.right(9) : QString();
}

} // namespace ed::NameSkeleton

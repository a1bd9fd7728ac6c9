#include "RequestTranslator.h"


namespace ed::server {

namespace {
    thread_local QByteArray t_language; // empty: English
} // namespace

RequestTranslator::RequestTranslator() = default;

bool RequestTranslator::loadCatalogues()
{
    // The catalogues the app uses, embedded in expertdesk_core (translations/CMakeLists.txt).
    // English has one for its plural forms only.
    return m_english.load(QStringLiteral(":/i18n/expertdesk_en.qm"))
        && m_french.load(QStringLiteral(":/i18n/expertdesk_fr.qm"))
        && m_arabic.load(QStringLiteral(":/i18n/expertdesk_ar.qm"));
}

void RequestTranslator::setThreadLanguage(const QByteArray &language)
{
    t_language = language;
}

QByteArray RequestTranslator::languageFrom(const QByteArray &acceptLanguage)
{
    // Listed order is the client's preference order (Expert Desk sends one language; weights
    // are not needed for it and are ignored).
    for (const QByteArray &item : acceptLanguage.split(',')) {
        const QByteArray tag = item.split(';').constFirst().trimmed().toLower();
        const QByteArray primary = tag.left(tag.indexOf('-') < 0 ? tag.size() : tag.indexOf('-'));
        if (primary == "fr" || primary == "ar" || primary == "en")
            return primary;
    }
    return {};
}

QString RequestTranslator::translate(
    const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    if (t_language == "fr")
        return m_french.translate(context, sourceText, disambiguation, n);
    if (t_language == "ar")
        return m_arabic.translate(context, sourceText, disambiguation, n);
    return m_english.translate(context, sourceText, disambiguation, n);
}

} // namespace ed::server

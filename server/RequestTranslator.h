#pragma once

#include <QByteArray>
#include <QTranslator>

namespace ed::server {

// Answers each request in the language its client asked for (Accept-Language: fr, ar or en),
// so a coordinator working in French reads the server's refusals in French. Qt's translators
// are process-wide and the server serves many requests at once on its worker threads: this one
// is installed once and hands each lookup to the catalogue of the language the calling thread is
// serving (set per request by HttpApi).
class RequestTranslator : public QTranslator
{
public:
    RequestTranslator();

    // Loads the catalogues; false if one is missing from the build.
    bool loadCatalogues();

    // The calling thread's language until the next call: "fr", "ar", or English for anything else.
    static void setThreadLanguage(const QByteArray &language);
    // The first of fr, ar and en named in an Accept-Language value ("fr-FR,fr;q=0.9,en;q=0.8").
    static QByteArray languageFrom(const QByteArray &acceptLanguage);

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
        int n) const override;
    bool isEmpty() const override { return false; }

private:
    QTranslator m_english; // plural forms
    QTranslator m_french;
    QTranslator m_arabic;
};

} // namespace ed::server

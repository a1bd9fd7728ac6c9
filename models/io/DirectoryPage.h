#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QTranslator>
#include <QVariantMap>

namespace ed {

class ReferenceData;

// One static page of the public expert directory in one language: a table of the public fields
// with a search box run by a few lines of inline JavaScript, so the page works from a USB stick
// or any plain web server with no external resources. Texts come from that language's
// catalogue, whatever the interface language is; every value is HTML-escaped.
class DirectoryPage {
public:
    DirectoryPage(const QString &language, const ReferenceData &reference);

    static QString fileName(const QString &language); // index.html, index.fr.html, index.ar.html
    QString language() const { return m_language; }

    QByteArray head(const QDate &generated) const;
    QByteArray row(const QVariantMap &expert) const;
    QByteArray tail() const;

private:
    QString translate(const char *context, const char *text) const;
    QString field(const char *name) const; // the field's label in this language
    QString joined(const QStringList &items) const;

    QString m_language;
    const ReferenceData &m_reference;
    QTranslator m_translator;
};

} // namespace ed

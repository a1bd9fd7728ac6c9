#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace ed {

class ReferenceData;

// What the words of a form mean: column headers → import targets, and free-text answers →
// reference codes (countries, sectors, languages, enumerations), in English, French and Arabic.
// The words are data (resources/data/import_labels.tsv, import_aliases.tsv) beside the names
// the reference tables already hold. Nothing is guessed: a word it does not know gives "".
class ImportVocabulary
{
public:
    explicit ImportVocabulary(const ReferenceData &reference);

    // Case, accents and Arabic letter variants (hamza seats, alef maqsura, taa marbuta, tatweel,
    // short vowels) and punctuation folded away, spaces collapsed: "Côte d’Ivoire" → "cote d ivoire".
    static QString fold(QStringView text);

    // The target of a column header for `form` ("experts" or "needs"), or "".
    QString target(const QString &form, const QString &header) const;
    // Every target a form knows, in the order of its labels file.
    QStringList targets(const QString &form) const;

    // A code for `kind` (country, sector, language, service_type, gender, degree, level,
    // institution_type), from a code, a name or an alias; "" when unknown.
    QString code(const QString &kind, const QString &text) const;
    // The first alias of `kind` found as whole words inside `text` ("University of Tunis" →
    // university), for institution types a form does not ask.
    QString codeWithin(const QString &kind, const QString &text) const;

private:
    void add(const QString &kind, const QString &code, const QString &word);
    void loadLabels();
    void loadAliases();

    QHash<QString, QHash<QString, QString>> m_labels; // form → folded label → target
    QHash<QString, QStringList> m_targets;            // form → targets in file order
    QHash<QString, QHash<QString, QString>> m_codes;  // kind → folded word → code
};

} // namespace ed

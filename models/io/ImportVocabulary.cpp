#include "ImportVocabulary.h"

#include "storage/ReferenceData.h"

#include <QFile>

namespace ed {

namespace {

// Rows of one of our TSV resources, the header and # comments skipped.
QList<QStringList> tsvRows(const QString &path)
{
    QFile file(path);
    QList<QStringList> rows;
    if (!file.open(QIODevice::ReadOnly))
        return rows; // a resource compiled in: only a broken build lacks it (tests catch that)
    bool header = true;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (std::exchange(header, false))
            continue;
        rows << line.split(QLatin1Char('\t'));
    }
    return rows;
}

} // namespace

ImportVocabulary::ImportVocabulary(const ReferenceData &reference)
{
    loadLabels();
    loadAliases();
    for (const ReferenceData::Entry &country : reference.countries()) {
        for (const QString &word : { country.code, country.nameEn, country.nameFr, country.nameAr })
            add(QStringLiteral("country"), country.code, word);
    }
    for (const ReferenceData::Entry &sector : reference.sectors()) {
        for (const QString &word : { sector.code, sector.nameEn, sector.nameFr, sector.nameAr })
            add(QStringLiteral("sector"), sector.code, word);
    }
    for (const ReferenceData::Entry &language : reference.languages()) {
        for (const QString &word : { language.code, language.nameEn, language.nameFr, language.nameAr })
            add(QStringLiteral("language"), language.code, word);
    }
}

QString ImportVocabulary::fold(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = true; // no leading space
    for (QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || c == QChar(0x0640)) // accents, harakat, tatweel
            continue;
        if (c == QChar(0x0649)) // alef maqsura → yaa
            c = QChar(0x064A);
        else if (c == QChar(0x0629)) // taa marbuta → haa
            c = QChar(0x0647);
        else if (c == QChar(0x0671)) // alef wasla → alef
            c = QChar(0x0627);
        if (c.isLetterOrNumber()) {
            out += c.toCaseFolded();
            space = false;
        } else if (!space) {
            out += QLatin1Char(' ');
            space = true;
        }
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

void ImportVocabulary::add(const QString &kind, const QString &code, const QString &word)
{
    const QString key = fold(word);
    if (!key.isEmpty())
        m_codes[kind].insert(key, code); // later (reference) names win over the same alias
}

void ImportVocabulary::loadLabels()
{
    for (const QStringList &row : tsvRows(QStringLiteral(":/expertdesk/data/import_labels.tsv"))) {
        if (row.size() < 3)
            continue;
        const QStringList forms = row.at(0) == QLatin1String("both")
            ? QStringList { QStringLiteral("experts"), QStringLiteral("needs") }
            : QStringList { row.at(0) };
        for (const QString &form : forms) {
            if (!m_targets[form].contains(row.at(1)))
                m_targets[form] << row.at(1);
            for (const QString &label : row.at(2).split(QLatin1Char('|')))
                m_labels[form].insert(fold(label), row.at(1));
        }
    }
}

void ImportVocabulary::loadAliases()
{
    for (const QStringList &row : tsvRows(QStringLiteral(":/expertdesk/data/import_aliases.tsv"))) {
        if (row.size() < 3)
            continue;
        add(row.at(0), row.at(1), row.at(1));
        for (const QString &alias : row.at(2).split(QLatin1Char('|')))
            add(row.at(0), row.at(1), alias);
    }
}

QString ImportVocabulary::target(const QString &form, const QString &header) const
{
    const QHash<QString, QString> labels = m_labels.value(form);
    QString key = fold(header);
    if (const auto it = labels.constFind(key); it != labels.cend())
        return *it;
    // "Areas of Expertise (check all that apply)", "E-mail: we will write to you here": the
    // longest label the header starts with, on a word boundary.
    QString best, bestLabel;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (it.key().size() > bestLabel.size() && key.startsWith(it.key())
            && key.size() > it.key().size() && key.at(it.key().size()) == QLatin1Char(' ')) {
            best = it.value();
            bestLabel = it.key();
        }
    }
    return best;
}

QStringList ImportVocabulary::targets(const QString &form) const
{
    return m_targets.value(form);
}

QString ImportVocabulary::code(const QString &kind, const QString &text) const
{
    const QString key = fold(text);
    if (key.isEmpty())
        return {};
    const QHash<QString, QString> codes = m_codes.value(kind);
    if (const auto it = codes.constFind(key); it != codes.cend())
        return *it;
    // Arabic answers often carry the article: "الهندسة" for "هندسة" and the reverse.
    const QString article = QStringLiteral("\u0627\u0644");
    if (key.startsWith(article))
        return codes.value(key.mid(2));
    return codes.value(article + key);
}

QString ImportVocabulary::codeWithin(const QString &kind, const QString &text) const
{
    const QString padded = QLatin1Char(' ') + fold(text) + QLatin1Char(' ');
    const QHash<QString, QString> codes = m_codes.value(kind);
    QString best, bestWord;
    for (auto it = codes.cbegin(); it != codes.cend(); ++it) {
        if (it.key().size() > bestWord.size() && it.key().size() > 2
            && padded.contains(QLatin1Char(' ') + it.key() + QLatin1Char(' '))) {
            best = it.value();
            bestWord = it.key();
        }
    }
    return best;
}

} // namespace ed

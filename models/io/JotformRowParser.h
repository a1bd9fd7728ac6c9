#pragma once

#include "ImportMapping.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QVariantMap>

namespace ed {

class ImportVocabulary;

// One thing wrong with one cell: its spreadsheet row, its column header and why, in the user's
// language. A fatal problem keeps the row out; a warning drops only the value it names.
struct ImportProblem
{
    int row = 0;
    QString column;
    QString reason;
    bool fatal = true;
};

// A row of a JotForm export turned into the fields of an expert or a need (and, for a need, of
// the institution it names), each value already in its stored form (what Validation::normalize
// makes of it: the repository does not normalise them again), with what could not be read.
struct ParsedRow
{
    int row = 0;
    QString submissionId;
    QVariantMap values;
    QVariantMap institution; // needs: the host institution's fields
    QHash<QString, QString> columnOf; // field → the header it came from, to report later errors
    QList<ImportProblem> problems;

    bool failed() const;
    void problem(const QString &field, const QString &reason, bool fatal = true);
};

class JotformRowParser
{
    Q_DECLARE_TR_FUNCTIONS(JotformRowParser)
public:
    JotformRowParser(const ImportMapping &mapping, const ImportVocabulary &vocabulary, QDate today);

    ParsedRow parse(int row, const QStringList &cells) const;

private:
    QString cell(const QStringList &cells, const QString &target) const;
    QString header(const QString &target) const;
    void set(ParsedRow *row, const QString &field, const QString &target, const QVariant &value,
        QVariantMap *into = nullptr) const;
    QDate readDate(ParsedRow *row, const QString &field, const QString &target, const QString &text) const;
    void setDate(ParsedRow *row, const QString &field, const QString &target, const QString &text) const;
    void setCode(ParsedRow *row, const QString &field, const QString &target, const QString &kind,
        const QString &text, QVariantMap *into = nullptr) const;
    void setNumber(ParsedRow *row, const QString &field, const QString &target, const QString &text) const;
    // Codes of a checkbox answer; unknown answers are warnings that name them.
    QStringList codes(ParsedRow *row, const QString &target, const QString &kind, const QString &text) const;
    void parseExpert(const QStringList &cells, ParsedRow *row) const;
    void parseNeed(const QStringList &cells, ParsedRow *row) const;

    const ImportMapping &m_mapping;
    const ImportVocabulary &m_vocabulary;
    QDate m_today;
    mutable QHash<QString, QString> m_headerOf; // target → the header of its column, as asked for
};

} // namespace ed

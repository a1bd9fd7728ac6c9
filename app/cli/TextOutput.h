#pragma once

#include "domain/Schema.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantMap>

#include <functional>

namespace ed {
class ReferenceData;
}

namespace ed::cli {

// The readable (non --json) output: a table for lists, "key  value" lines for one record.
class TextOutput {
    Q_DECLARE_TR_FUNCTIONS(TextOutput)
public:
    // Names the record a Reference field points to (its code or name), empty if unknown.
    using Resolver = std::function<QString(const QString &table, const QString &id)>;

    explicit TextOutput(const ReferenceData &reference, Resolver resolver = {})
        : m_reference(reference)
        , m_resolver(std::move(resolver))
    {
    }

    QString table(const EntitySpec &spec, const QList<QVariantMap> &records) const;
    QString record(const EntitySpec &spec, const QVariantMap &record) const;
    // A value as a person reads it: list fields summarised, countries and sectors named.
    QString cell(const FieldSpec &field, const QVariant &value) const;

    static QString renderTable(const QStringList &headers, const QList<QStringList> &rows);

private:
    const ReferenceData &m_reference;
    Resolver m_resolver;
};

} // namespace ed::cli

#pragma once

#include "domain/FieldError.h"
#include "domain/Schema.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantMap>

namespace ed::cli {

// Turns what was typed on the command line into a record for the repository. Every failure
// comes back as a message a person can act on; nothing here touches the database.
class CliInput {
    Q_DECLARE_TR_FUNCTIONS(CliInput)
public:
    // DATA of `add --json DATA`: a JSON object, "@FILE" to read it from a file, "-" for stdin.
    static bool readJsonObject(const QString &data, QVariantMap *out, QString *error);
    // `--set FIELD=VALUE` pairs; values stay text for the core to normalise.
    static bool parseAssignments(const QStringList &pairs, QVariantMap *out, QString *error);
    // JSON input gives objects and arrays; only list fields take them.
    static FieldErrors checkShapes(const EntitySpec &spec, const QVariantMap &values);

    // Splits `add`'s arguments: the first "--json DATA" (or "--json=DATA") is the input; any other
    // "--json" asks for JSON output. Returns the remaining arguments.
    static QStringList takeJsonData(
        const QStringList &arguments, QString *data, bool *hasData, bool *jsonOutput);
};

} // namespace ed::cli

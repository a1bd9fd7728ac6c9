#include "CliInput.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace ed::cli {

bool CliInput::readJsonObject(const QString &data, QVariantMap *out, QString *error)
{
    QByteArray bytes;
    if (data == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            *error = tr("Cannot read the JSON data from standard input.");
            return false;
        }
        bytes = in.readAll();
    } else if (data.startsWith(QLatin1Char('@'))) {
        QFile file(data.mid(1));
        if (!file.open(QIODevice::ReadOnly)) {
            *error
                = tr("Cannot read the JSON file %1: %2.").arg(file.fileName(), file.errorString());
            return false;
        }
        bytes = file.readAll();
    } else {
        bytes = data.toUtf8();
    }
    if (bytes.trimmed().isEmpty()) {
        *error
            = tr("The JSON data is empty; give an object such as '{\"name\": \"Amina Diallo\"}'.");
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error
            = tr("The JSON data is not valid: %1 at character %2. Check quotes, commas and braces.")
                  .arg(parseError.errorString())
                  .arg(parseError.offset + 1);
        return false;
    }
    if (!document.isObject()) {
        *error = tr("The JSON data must be one object such as '{\"name\": \"Amina Diallo\"}', not "
                    "a list or a value.");
        return false;
    }
    *out = document.object().toVariantMap();
    return true;
}

bool CliInput::parseAssignments(const QStringList &pairs, QVariantMap *out, QString *error)
{
    for (const QString &pair : pairs) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        const QString key = pair.left(equals).trimmed();
        if (equals <= 0 || key.isEmpty()) {
            *error
                = tr("\"%1\" is not FIELD=VALUE; write for example --set phone=\"+92 51 9220681\" "
                     "(an empty VALUE clears the field).")
                      .arg(pair);
            return false;
        }
        if (out->contains(key)) {
            *error = tr("The field %1 is set twice; give each field once.").arg(key);
            return false;
        }
        out->insert(key, pair.mid(equals + 1));
    }
    return true;
}

FieldErrors CliInput::checkShapes(const EntitySpec &spec, const QVariantMap &values)
{
    FieldErrors errors;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const FieldSpec *field = spec.field(it.key());
        const int type = it.value().typeId();
        if (field && field->kind != FieldKind::Json
            && (type == QMetaType::QVariantList || type == QMetaType::QVariantMap)) {
            errors << FieldError { field->name,
                tr("give a single value, not a list or an object.") };
        }
    }
    return errors;
}

QStringList CliInput::takeJsonData(
    const QStringList &arguments, QString *data, bool *hasData, bool *jsonOutput)
{
    QStringList rest;
    *hasData = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--")) {
            rest << arguments.mid(i);
            break;
        }
        if (!*hasData && argument.startsWith(QLatin1String("--json="))) {
            *data = argument.mid(7);
            *hasData = true;
        } else if (argument == QLatin1String("--json")) {
            const bool valueFollows = i + 1 < arguments.size()
                && (!arguments.at(i + 1).startsWith(QLatin1Char('-'))
                    || arguments.at(i + 1) == QLatin1String("-"));
            if (!*hasData && valueFollows) {
                *data = arguments.at(++i);
                *hasData = true;
            } else {
                *jsonOutput = true;
            }
        } else {
            rest << argument;
        }
    }
    return rest;
}

} // namespace ed::cli

#pragma once

#include <QList>
#include <QString>

namespace ed {

// One problem with a value the user gave. `field` is the JSON/column key ("email"), empty for
// problems that concern the whole record; `message` is translated and tells what to do.
struct FieldError
{
    QString field;
    QString message;

    QString toString() const { return field.isEmpty() ? message : field + QLatin1String(": ") + message; }
};

using FieldErrors = QList<FieldError>;

// The outcome of a write: the record id on success, the reasons otherwise.
struct WriteResult
{
    QString id;
    FieldErrors errors;

    bool ok() const { return errors.isEmpty(); }
    QString message() const
    {
        QStringList lines;
        for (const FieldError &error : errors)
            lines << error.toString();
        return lines.join(QLatin1Char('\n'));
    }
    static WriteResult failure(const QString &field, const QString &message)
    {
        return { {}, { FieldError { field, message } } };
    }
};

} // namespace ed

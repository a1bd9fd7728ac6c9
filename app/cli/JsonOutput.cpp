#include "JsonOutput.h"

#include "io/RecordJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ed::cli {

JsonOutput::Members JsonOutput::recordMembers(const EntitySpec &spec, const QVariantMap &record)
{
    return RecordJson::members(spec, record);
}

QByteArray JsonOutput::value(const QJsonValue &value)
{
    return RecordJson::value(value);
}

QByteArray JsonOutput::compact(const Members &members)
{
    return RecordJson::compact(members);
}

QByteArray JsonOutput::object(const Members &members)
{
    QByteArrayList lines;
    for (const auto &member : members)
        lines << "  " + value(member.first) + ": " + value(member.second);
    return "{\n" + lines.join(",\n") + "\n}\n";
}

QByteArray JsonOutput::array(const QList<Members> &objects)
{
    if (objects.isEmpty())
        return "[]\n";
    QByteArrayList lines;
    for (const Members &members : objects)
        lines << "  " + compact(members);
    return "[\n" + lines.join(",\n") + "\n]\n";
}

} // namespace ed::cli

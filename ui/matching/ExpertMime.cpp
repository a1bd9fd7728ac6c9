#include "ExpertMime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>

namespace ed {

QString ExpertMime::type()
{
    return QStringLiteral("application/x-expertdesk-expert-ids");
}

QMimeData *ExpertMime::encode(const QStringList &ids)
{
    auto *mime = new QMimeData;
    mime->setData(type(), QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
    return mime;
}

bool ExpertMime::decode(const QMimeData *mime, QStringList *ids, QString *error)
{
    ids->clear();
    if (!mime || !mime->hasFormat(type())) {
        *error = tr("Only experts can be dropped here.");
        return false;
    }
    const QJsonDocument document = QJsonDocument::fromJson(mime->data(type()));
    const QJsonArray array = document.array();
    if (!document.isArray() || array.isEmpty() || array.size() > kMaxIds) {
        *error = tr("The dropped data is not a list of experts.");
        return false;
    }
    for (const QJsonValue &value : array) {
        const QString id = value.toString().trimmed();
        // Record ids are UUIDs: anything longer or with other characters did not come from us.
        const bool plausible = !id.isEmpty() && id.size() <= 64
                && std::all_of(id.begin(), id.end(), [](QChar c) {
                       return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_');
                   });
        if (!value.isString() || !plausible) {
            *error = tr("The dropped data is not a list of experts.");
            return false;
        }
        if (!ids->contains(id))
            ids->append(id);
    }
    return true;
}

} // namespace ed

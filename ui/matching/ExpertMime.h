#pragma once

#include <QCoreApplication>
#include <QStringList>

class QMimeData;

namespace ed {

// The drag payload of experts: "application/x-expertdesk-expert-ids", a JSON array of record
// ids. Decoding checks the shape only; whether the ids name live experts is the receiver's job
// (the repository knows), and it must check before changing anything.
class ExpertMime
{
    Q_DECLARE_TR_FUNCTIONS(ExpertMime)
public:
    static QString type();
    static constexpr int kMaxIds = 200;

    static QMimeData *encode(const QStringList &ids);
    static bool decode(const QMimeData *mime, QStringList *ids, QString *error);
};

} // namespace ed

#pragma once

#include <QString>

class QRandomGenerator;

namespace ed {

// RFC 9562 UUID version 7: 48-bit Unix milliseconds, then random bits. Time-ordered ids keep
// SQLite's unique index append-mostly. Written here because neither Qt 6.4 (QUuid has no v7)
// nor Debian 12's libuuid (2.38, v7 arrived in 2.41) can make one.
QString uuidV7(qint64 unixMs, QRandomGenerator *random = nullptr);

} // namespace ed

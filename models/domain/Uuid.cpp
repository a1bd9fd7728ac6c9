#include "Uuid.h"

#include <QRandomGenerator>

namespace ed {

QString uuidV7(qint64 unixMs, QRandomGenerator *random)
{
    QRandomGenerator *rng = random ? random : QRandomGenerator::global();
    unsigned char bytes[16];
    for (int i = 0; i < 6; ++i)
        bytes[i] = static_cast<unsigned char>((quint64(unixMs) >> (8 * (5 - i))) & 0xff);
    const quint64 a = rng->generate64();
    const quint64 b = rng->generate64();
    for (int i = 0; i < 5; ++i)
        bytes[6 + i] = static_cast<unsigned char>(a >> (8 * i));
    for (int i = 0; i < 5; ++i)
        bytes[11 + i] = static_cast<unsigned char>(b >> (8 * i));
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0f) | 0x70); // version 7
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant

    static const char hex[] = "0123456789abcdef";
    QString text;
    text.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text += QLatin1Char('-');
        text += QLatin1Char(hex[bytes[i] >> 4]);
        text += QLatin1Char(hex[bytes[i] & 0x0f]);
    }
    return text;
}

} // namespace ed

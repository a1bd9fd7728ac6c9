#include "MoCatalog.h"

#include <QFile>
#include <QtEndian>

namespace {
constexpr quint32 kMagic = 0x950412de;
}

bool readNameOverrides(const QString &path, QHash<QString, QString> *overrides, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return false;
    }
    file.readLine(); // header
    while (!file.atEnd()) {
        const QStringList cells = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char('\t'));
        if (cells.size() >= 3)
            overrides->insert(cells.at(0) + cells.at(1), cells.at(2));
    }
    return true;
}

bool MoCatalog::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = file.readAll();
    if (data.size() < 28) {
        *error = QStringLiteral("%1 is too short to be a .mo catalogue").arg(path);
        return false;
    }
    const auto *bytes = reinterpret_cast<const uchar *>(data.constData());
    const bool bigEndian = qFromBigEndian<quint32>(bytes) == kMagic;
    if (!bigEndian && qFromLittleEndian<quint32>(bytes) != kMagic) {
        *error = QStringLiteral("%1 is not a .mo catalogue").arg(path);
        return false;
    }
    auto word = [&](qsizetype offset) -> quint32 {
        if (offset < 0 || offset + 4 > data.size())
            return 0;
        return bigEndian ? qFromBigEndian<quint32>(bytes + offset)
                         : qFromLittleEndian<quint32>(bytes + offset);
    };
    auto string = [&](quint32 table, quint32 index) -> QString {
        const quint32 length = word(table + 8 * index);
        const quint32 offset = word(table + 8 * index + 4);
        if (qsizetype(offset) + qsizetype(length) > data.size())
            return {};
        return QString::fromUtf8(data.constData() + offset, length);
    };
    const quint32 count = word(8);
    const quint32 originals = word(12);
    const quint32 translations = word(16);
    for (quint32 i = 0; i < count; ++i) {
        const QString msgid = string(originals, i);
        const QString msgstr = string(translations, i);
        if (!msgid.isEmpty() && !msgstr.isEmpty())
            m_messages.insert(msgid, msgstr);
    }
    return true;
}

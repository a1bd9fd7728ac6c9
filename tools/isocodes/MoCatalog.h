#pragma once

#include <QHash>
#include <QString>

// Reads a GNU gettext .mo catalogue into memory.
// Written here because libintl only translates through the process locale (which must be
// generated on the machine and is global state), while we need three languages side by side in
// one run; the .mo layout is a fixed, documented header plus two offset tables.
// Reads a TSV of names the catalogues lack or get wrong: code, language, name, reason (header
// line first). Returns code + language → name.
bool readNameOverrides(const QString &path, QHash<QString, QString> *overrides, QString *error);

class MoCatalog
{
public:
    bool load(const QString &path, QString *error);
    QString translate(const QString &msgid) const { return m_messages.value(msgid, msgid); }
    // Whether the catalogue translates msgid (a translation may equal the msgid: "Mali").
    bool contains(const QString &msgid) const { return m_messages.contains(msgid); }
    int size() const { return int(m_messages.size()); }

private:
    QHash<QString, QString> m_messages;
};

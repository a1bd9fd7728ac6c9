#pragma once

#include <QString>

namespace ed::NameSkeleton {

// The consonants of a name in Latin letters, whatever script it is written in, so that
// "Mohammed Al-Khatib" and "محمد الخطيب" give the same key: ICU transliterates any script to
// Latin and then to ASCII, the vowels (which Arabic script mostly leaves unwritten) and doubled
// letters are dropped, q and k are one letter. Empty for a name with no letters.
QString of(const QString &name);

// The last nine digits of a phone number: the same subscriber written with or without the
// country code or a trunk 0.
QString phoneKey(const QString &phone);

} // namespace ed::NameSkeleton

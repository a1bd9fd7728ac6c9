#pragma once

#include <QStringView>

namespace ed {

// The OIC's three geographic groups, used by the logistics part of the score as a stand-in for
// travel distance (we have no airport coordinates yet).
enum class OicRegion { Unknown, Arab, African, Asian };

OicRegion oicRegion(QStringView iso2);

} // namespace ed

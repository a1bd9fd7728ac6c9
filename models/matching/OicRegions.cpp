#include "OicRegions.h"

#include <QLatin1String>

namespace ed {

OicRegion oicRegion(QStringView iso2)
{
    // The groups the OIC uses to share out its offices (Arab, African, Asian). Albania, Guyana and
    // Suriname sit in the Asian group by OIC convention, not by geography.
    struct Entry
    {
        const char *codes;
        OicRegion region;
    };
    static const Entry kGroups[] = {
        { "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE", OicRegion::Arab },
        { "BJ BF CM TD CI GA GM GN GW ML MZ NE NG SN SL TG UG", OicRegion::African },
        { "AF AL AZ BD BN ID IR KZ KG MY MV PK TJ TR TM UZ GY SR", OicRegion::Asian },
    };
    if (iso2.size() != 2)
        return OicRegion::Unknown;
    const char a = char(iso2.at(0).toUpper().toLatin1());
    const char b = char(iso2.at(1).toUpper().toLatin1());
    for (const Entry &group : kGroups) {
        for (const char *p = group.codes; p[0] && p[1]; p += 3) {
            if (p[0] == a && p[1] == b)
                return group.region;
            if (!p[2])
                break;
        }
    }
    return OicRegion::Unknown;
}

} // namespace ed

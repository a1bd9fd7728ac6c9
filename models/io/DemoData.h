#pragma once

#include <QDate>
#include <QString>

#include <functional>

namespace ed {

class RecordRepository;

struct DemoOptions
{
    int experts = 600;  // the other tables scale from this
    quint32 seed = 2026; // same seed, same data
    // Dates are spread around this day (missions over the 12 months before and after it). Invalid
    // means today (UTC); give a fixed day for reproducible data.
    QDate today;
};

// Realistic, deterministic demo data: experts from all 57 member states and 19 sectors with
// plausible skills, equipment, languages and unavailability; institutions of every type; needs in
// every status; missions over the past and next 12 months with evaluations.
class DemoData
{
public:
    // progress(done, total) is called now and then; returning false cancels (nothing is kept).
    static bool generate(RecordRepository &repository, const DemoOptions &options,
                         const std::function<bool(int done, int total)> &progress, QString *error);
};

} // namespace ed

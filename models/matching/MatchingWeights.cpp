#include "MatchingWeights.h"

#include <QCoreApplication>

namespace ed {

namespace {
// JSON keys are snake_case like every other JSON the app writes (DESIGN.md §8).
struct Key
{
    const char *name;
    double MatchingWeights::*member;
};
const std::array<Key, kScorePartCount> kKeys = { {
        { "skills", &MatchingWeights::skills },
        { "availability", &MatchingWeights::availability },
        { "language", &MatchingWeights::language },
        { "track_record", &MatchingWeights::trackRecord },
        { "sector", &MatchingWeights::sector },
        { "logistics", &MatchingWeights::logistics },
        { "fairness", &MatchingWeights::fairness },
} };
} // namespace

double MatchingWeights::weight(ScorePart part) const
{
    return this->*kKeys[static_cast<int>(part)].member;
}

double MatchingWeights::sum() const
{
    double total = 0;
    for (const Key &key : kKeys)
        total += this->*key.member;
    return total;
}

bool MatchingWeights::isValid() const
{
    for (const Key &key : kKeys) {
        if (!(this->*key.member >= 0))
            return false;
    }
    return sum() > 0;
}

QJsonObject MatchingWeights::toJson() const
{
    QJsonObject json;
    for (const Key &key : kKeys)
        json.insert(QLatin1String(key.name), this->*key.member);
    return json;
}

MatchingWeights MatchingWeights::fromJson(const QJsonObject &json, bool *ok, QString *error)
{
    MatchingWeights weights;
    bool good = true;
    for (const Key &key : kKeys) {
        const QJsonValue value = json.value(QLatin1String(key.name));
        if (value.isUndefined())
            continue;
        if (!value.isDouble() || value.toDouble() < 0) {
            good = false;
            if (error)
                *error = QCoreApplication::translate("Matching", "The weight “%1” must be a number of 0 or more.")
                                 .arg(QLatin1String(key.name));
            break;
        }
        weights.*key.member = value.toDouble();
    }
    if (good && !weights.isValid()) {
        good = false;
        if (error)
            *error = QCoreApplication::translate("Matching", "At least one matching weight must be above 0.");
    }
    if (ok)
        *ok = good;
    return good ? weights : MatchingWeights();
}

bool MatchingWeights::operator==(const MatchingWeights &other) const
{
    for (const Key &key : kKeys) {
        if (this->*key.member != other.*key.member)
            return false;
    }
    return true;
}

} // namespace ed

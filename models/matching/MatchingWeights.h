#pragma once

#include <QJsonObject>

#include <array>

namespace ed {

// The seven parts of a match score (DESIGN.md §3), in the order they are shown.
enum class ScorePart { Skills, Availability, Language, TrackRecord, Sector, Logistics, Fairness };
constexpr int kScorePartCount = 7;

// Points per part. They are settings, stored with every plan, so a plan can always be explained
// with the weights it was made with. Scores are normalised to 0–100 whatever the weights sum to.
struct MatchingWeights
{
    double skills = 35;
    double availability = 15;
    double language = 15;
    double trackRecord = 15;
    double sector = 10;
    double logistics = 5;
    double fairness = 5;

    double weight(ScorePart part) const;
    double sum() const;
    bool isValid() const; // no negative weight, and at least one positive

    QJsonObject toJson() const;
    // Missing keys keep their default; a negative or non-numeric value fails with a message.
    static MatchingWeights fromJson(const QJsonObject &json, bool *ok = nullptr, QString *error = nullptr);

    bool operator==(const MatchingWeights &other) const;
};

} // namespace ed

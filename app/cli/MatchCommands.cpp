// `match` and `plan`: the matching engine (models/matching) on the command line. Read-only: a
// plan is a proposal; the desktop application turns the chosen assignments into draft missions.
#include "CliCommands.h"

#include "Console.h"
#include "JsonOutput.h"
#include "matching/CandidatePool.h"
#include "matching/MatchingPlanner.h"
#include "storage/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace ed::cli {

namespace {

    // JSON keys of the score parts, in ScorePart order (docs/cli.md).
    const char *const kPartKeys[kScorePartCount]
        = { "skills", "availability", "language", "track_record", "sector", "logistics", "fairness" };

    // Scores come from integer points (MatchScorer::kScale per point), so three decimals are exact
    // and a plan's total is exactly the sum of its assignments.
    double exactScore(qint64 points)
    {
        return double(points) / MatchScorer::kScale;
    }

    double rounded(double value)
    {
        return std::round(value * 1000) / 1000;
    }

    QString number(double value)
    {
        return QString::number(value, 'f', 1);
    }

    QString filterKey(FilterReason reason)
    {
        switch (reason) {
        case FilterReason::None: return {};
        case FilterReason::AlreadyOnNeed: return QStringLiteral("already_on_need");
        case FilterReason::NotActive: return QStringLiteral("not_active");
        case FilterReason::EmployedByHost: return QStringLiteral("employed_by_host");
        case FilterReason::NoSharedLanguage: return QStringLiteral("no_shared_language");
        case FilterReason::MandatorySkillMissing: return QStringLiteral("mandatory_skill_missing");
        case FilterReason::YearlyCapReached: return QStringLiteral("yearly_cap_reached");
        case FilterReason::Unavailable: return QStringLiteral("unavailable");
        case FilterReason::OnAnotherMission: return QStringLiteral("on_another_mission");
        }
        return {};
    }

    QString reasonLine(const PartExplanation &part)
    {
        QString line = MatchScorer::partName(part.part) + QLatin1String(": ") + part.reason;
        if (!part.details.isEmpty() && part.details != QStringList { part.reason })
            line += QLatin1String(" (") + part.details.join(QLatin1String("; ")) + QLatin1Char(')');
        return line;
    }

} // namespace

int CliCommands::readWeights(const QCommandLineParser &parser, MatchingWeights *weights) const
{
    if (!parser.isSet(QStringLiteral("weights")))
        return ExitOk;
    const QString path = parser.value(QStringLiteral("weights"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return usageError(tr("Cannot read the weights file %1: %2.").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return usageError(
            tr("The weights file %1 is not a JSON object: %2.").arg(path, parseError.errorString()));
    bool ok = false;
    QString error;
    *weights = MatchingWeights::fromJson(document.object(), &ok, &error);
    if (!ok || !weights->isValid())
        return usageError(tr("The weights in %1 cannot be used: %2")
                              .arg(path,
                                  error.isEmpty() ? tr("at least one weight must be positive.")
                                                  : error));
    return ExitOk;
}

int CliCommands::loadMatching(MatchingData *data)
{
    QString error;
    data->setReference(&m_workspace->reference());
    if (!data->load(m_workspace->database().connection(), &error))
        return failure(ExitDatabase, error);
    return ExitOk;
}

int CliCommands::match(const QCommandLineParser &parser, const QStringList &arguments)
{
    const QString synopsis
        = QStringLiteral("match NEED_ID [--top K] [--excluded] [--weights FILE.json]");
    if (arguments.size() != 1)
        return usageError(arguments.isEmpty()
                ? tr("Name the need. Usage: expertdesk-cli %1").arg(synopsis)
                : tr("Unexpected argument \"%1\". Usage: expertdesk-cli %2")
                      .arg(arguments.at(1), synopsis));
    int top = 10;
    if (parser.isSet(QStringLiteral("top"))) {
        bool ok = false;
        top = parser.value(QStringLiteral("top")).toInt(&ok);
        if (!ok || top < 1 || top > 10000)
            return usageError(tr("--top takes a whole number from 1 to 10000, not \"%1\".")
                                  .arg(parser.value(QStringLiteral("top"))));
    }
    MatchingWeights weights;
    if (const int code = readWeights(parser, &weights))
        return code;
    if (const int code = open(false))
        return code;

    const QString needId = arguments.constFirst().trimmed();
    MatchingData data;
    if (const int code = loadMatching(&data))
        return code;
    const int needIndex = data.needIndex(needId);
    if (needIndex < 0)
        return failure(ExitFailed,
            tr("No need has the id \"%1\". Find ids with: expertdesk-cli list needs --status "
               "accepted")
                .arg(needId));
    const NeedProfile &need = data.needs()[size_t(needIndex)];
    if (!need.isOpen())
        return failure(ExitFailed,
            tr("The need %1 is %2; only accepted needs and needs in matching get experts. Change "
               "it with: expertdesk-cli update need %3 --set status=accepted")
                .arg(need.code, need.status, needId));

    const CandidatePool pool(data, weights);
    QList<Exclusion> excluded;
    const bool withExcluded = parser.isSet(QStringLiteral("excluded"));
    const QList<Suggestion> suggestions = pool.topK(needId, top, withExcluded ? &excluded : nullptr);

    if (m_json) {
        QJsonArray candidates;
        for (const Suggestion &suggestion : suggestions) {
            QJsonObject parts;
            QJsonArray reasons;
            for (const PartExplanation &part : suggestion.parts) {
                parts.insert(QLatin1String(kPartKeys[int(part.part)]), rounded(part.points));
                reasons.append(reasonLine(part));
            }
            const int expertIndex = data.expertIndex(suggestion.expertId);
            candidates.append(QJsonObject {
                { QStringLiteral("expert_id"), suggestion.expertId },
                { QStringLiteral("name"), suggestion.expertName },
                { QStringLiteral("score"),
                    exactScore(pool.scorer().evaluate(needIndex, expertIndex).points) },
                { QStringLiteral("parts"), parts },
                { QStringLiteral("reasons"), reasons },
            });
        }
        JsonOutput::Members members { { QStringLiteral("need_id"), needId },
            { QStringLiteral("need_code"), need.code }, { QStringLiteral("weights"), weights.toJson() },
            { QStringLiteral("candidates"), candidates } };
        if (withExcluded) {
            QJsonArray list;
            for (const Exclusion &exclusion : std::as_const(excluded))
                list.append(QJsonObject { { QStringLiteral("expert_id"), exclusion.expertId },
                    { QStringLiteral("name"), exclusion.expertName },
                    { QStringLiteral("filter"), filterKey(exclusion.reason) },
                    { QStringLiteral("reason"), exclusion.explanation } });
            members.append({ QStringLiteral("excluded"), list });
        }
        Console::outRaw(JsonOutput::object(members));
        return ExitOk;
    }

    Console::out(tr("Candidates for %1 — %2").arg(need.code, need.title));
    if (suggestions.isEmpty()) {
        Console::out(tr("No expert passes the hard filters; add --excluded to see why."));
    } else {
        //: column headers of `match`: rank, expert, score out of 100, then the seven score parts
        QStringList headers { tr("#"), tr("Expert"), tr("Score") };
        for (int i = 0; i < kScorePartCount; ++i)
            headers << MatchScorer::partName(ScorePart(i));
        QList<QStringList> rows;
        for (int i = 0; i < suggestions.size(); ++i) {
            const Suggestion &s = suggestions.at(i);
            QStringList row { QString::number(i + 1), s.expertName, number(s.score) };
            for (const PartExplanation &part : s.parts)
                row << number(part.points);
            rows << row;
        }
        Console::out(TextOutput::renderTable(headers, rows));
        for (int i = 0; i < suggestions.size(); ++i) {
            Console::out(QString());
            Console::out(tr("%1. %2 (%3)")
                             .arg(i + 1)
                             .arg(suggestions.at(i).expertName, suggestions.at(i).expertId));
            for (const PartExplanation &part : suggestions.at(i).parts)
                Console::out(QLatin1String("   ") + reasonLine(part));
        }
    }
    if (withExcluded) {
        Console::out(QString());
        Console::out(tr("Excluded by a hard filter: %n expert(s).", nullptr, int(excluded.size())));
        QList<QStringList> rows;
        for (const Exclusion &exclusion : std::as_const(excluded))
            rows << QStringList { exclusion.expertName, exclusion.explanation };
        if (!rows.isEmpty())
            Console::out(TextOutput::renderTable({ tr("Expert"), tr("Reason") }, rows));
    }
    return ExitOk;
}

int CliCommands::plan(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (const int code = checkArguments(arguments, 0, QStringLiteral("plan [--weights FILE.json]")))
        return code;
    MatchingWeights weights;
    if (const int code = readWeights(parser, &weights))
        return code;
    if (const int code = open(false))
        return code;
    MatchingData data;
    if (const int code = loadMatching(&data))
        return code;
    const CandidatePool pool(data, weights);
    const PlanResult result = MatchingPlanner(pool).solve();
    if (result.status != PlanResult::Status::Optimal)
        return failure(ExitFailed, tr("No plan could be made: %1").arg(result.error));

    auto isoDate = [](QDate date) { return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(); };
    if (m_json) {
        QJsonArray assignments;
        for (const PlanAssignment &a : result.assignments)
            assignments.append(QJsonObject { { QStringLiteral("need_id"), a.needId },
                { QStringLiteral("expert_id"), a.expertId },
                { QStringLiteral("score"), exactScore(a.points) },
                { QStringLiteral("start"), isoDate(a.start) },
                { QStringLiteral("end"), isoDate(a.end) } });
        Console::outRaw(JsonOutput::object({ { QStringLiteral("assignments"), assignments },
            { QStringLiteral("total_score"), exactScore(result.totalPoints) },
            { QStringLiteral("open_needs"), result.openNeeds },
            { QStringLiteral("needs_wanting"), result.needsWanting },
            { QStringLiteral("places_wanted"), result.placesWanted },
            { QStringLiteral("weights"), weights.toJson() } }));
        return ExitOk;
    }
    //: %1 needs out of %n open needs still want experts once their missions are counted
    const QString wanting = tr("%1 of %n open need(s) still want experts; together %2 more.", nullptr, result.openNeeds)
                                    .arg(result.needsWanting)
                                    .arg(result.placesWanted);
    if (result.assignments.isEmpty()) {
        Console::out(wanting);
        Console::out(tr("No plan: none of them can get an eligible expert."));
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const PlanAssignment &a : result.assignments) {
        const NeedProfile &need = data.needs()[size_t(data.needIndex(a.needId))];
        const ExpertProfile &expert = data.experts()[size_t(data.expertIndex(a.expertId))];
        rows << QStringList { need.code, need.title, expert.name, number(exactScore(a.points)),
                              a.start.toString(Qt::ISODate), a.end.toString(Qt::ISODate) };
    }
    Console::out(TextOutput::renderTable(
            { tr("Need"), tr("Title"), tr("Expert"), tr("Score"), tr("Start"), tr("End") }, rows));
    Console::out(wanting);
    Console::out(tr("%n assignment(s); total score %1.", nullptr, int(result.assignments.size()))
                         .arg(number(exactScore(result.totalPoints))));
    return ExitOk;
}

} // namespace ed::cli

#include "DraftMissions.h"

#include "MatchingContext.h"
#include "matching/Availability.h"
#include "commands/InsertRecordCommand.h"
#include "commands/UndoTexts.h"
#include "storage/RecordRepository.h"

#include <QInputDialog>
#include <QUndoStack>

#include <memory>

namespace ed {

DraftMissions::DraftMissions(MatchingContext &context, QUndoStack &undoStack, QWidget *dialogParent)
    : m_context(context), m_undoStack(undoStack), m_dialogParent(dialogParent)
{
}

QVariantMap DraftMissions::draftValues(const QVariantMap &need, const QString &expertId, QDate start)
{
    const QDate windowStart = QDate::fromString(need.value(QStringLiteral("window_start")).toString(), Qt::ISODate);
    if (!windowStart.isValid())
        return {};
    if (!start.isValid())
        start = windowStart;
    const int days = qMax(1, need.value(QStringLiteral("duration_days")).toInt());
    return { { QStringLiteral("need_id"), need.value(QStringLiteral("id")) },
             { QStringLiteral("expert_id"), expertId },
             { QStringLiteral("institution_id"), need.value(QStringLiteral("institution_id")) },
             { QStringLiteral("start"), start.toString(Qt::ISODate) },
             { QStringLiteral("end"), start.addDays(days - 1).toString(Qt::ISODate) },
             { QStringLiteral("status"), QStringLiteral("draft") } };
}

QString DraftMissions::askOverride(const QString &expertName, const QString &rule)
{
    if (m_override)
        return m_override(expertName, rule).trimmed();
    bool ok = false;
    const QString reason = QInputDialog::getText(
            m_dialogParent, tr("Override a matching rule"),
            tr("%1 is excluded for this need: %2\n\nTo assign anyway, say why (it is kept with the "
               "mission). Cancel leaves everything as it was.")
                    .arg(expertName, rule),
            QLineEdit::Normal, {}, &ok);
    return ok ? reason.trimmed() : QString();
}

DraftMissions::Outcome DraftMissions::assign(const QString &needId, const QStringList &expertIds)
{
    Outcome outcome;
    RecordRepository &repository = m_context.repository();
    const std::optional<QVariantMap> need = repository.get(Schema::needs(), needId);
    if (!need) {
        outcome.message = tr("The need no longer exists.");
        return outcome;
    }
    const QString code = need->value(QStringLiteral("code")).toString();
    const QString status = need->value(QStringLiteral("status")).toString();
    if (status != QLatin1String("accepted") && status != QLatin1String("matching")) {
        outcome.message = tr("Need %1 is not open for matching (its status is %2).")
                                  .arg(code, Schema::needs().field(QStringLiteral("status"))->enumLabel(status));
        return outcome;
    }
    if (expertIds.isEmpty()) {
        outcome.message = tr("Select an expert first.");
        return outcome;
    }
    // Every id must name a live expert before anything is written.
    QStringList names;
    for (const QString &id : expertIds) {
        const std::optional<QVariantMap> expert = repository.get(Schema::experts(), id);
        if (!expert) {
            outcome.message = tr("Refused: “%1” is not an expert in this database (unknown or deleted).").arg(id);
            return outcome;
        }
        names << expert->value(QStringLiteral("name")).toString();
    }
    if (draftValues(*need, expertIds.constFirst()).isEmpty()) {
        outcome.message = tr("Need %1 has no preferred dates yet; set its window before assigning experts.").arg(code);
        return outcome;
    }
    const CandidatePool *pool = m_context.pool();
    if (!pool) {
        outcome.message = tr("Cannot check the matching rules: %1").arg(m_context.lastError());
        return outcome;
    }
    const MatchingData &data = pool->data();
    const int needIndex = data.needIndex(needId);

    QStringList overrides;
    QList<QDate> starts; // where each expert is free; an overridden conflict keeps the window start
    for (int i = 0; i < expertIds.size(); ++i) {
        const int expertIndex = data.expertIndex(expertIds.at(i));
        if (needIndex < 0 || expertIndex < 0) {
            outcome.message = tr("Refused: the matching data is out of date; try again.");
            return outcome;
        }
        const MatchEvaluation evaluation = pool->scorer().evaluate(needIndex, expertIndex);
        // The one filter no reason overrides: a second mission for the same need and expert.
        if (evaluation.exclusion == FilterReason::AlreadyOnNeed) {
            outcome.message = tr("Refused: %1 already has a mission for need %2.").arg(names.at(i), code);
            return outcome;
        }
        QString reason;
        if (!evaluation.eligible()) {
            const QString rule = pool->scorer().exclusionText(evaluation.exclusion, needIndex, expertIndex);
            reason = askOverride(names.at(i), rule);
            if (reason.isEmpty()) {
                outcome.message = tr("Refused: %1 — %2").arg(names.at(i), rule);
                return outcome;
            }
        }
        overrides << reason;
        const int day = firstFreeDay(data.experts()[size_t(expertIndex)], data.needs()[size_t(needIndex)], needIndex);
        starts << (day ? QDate::fromJulianDay(day) : QDate());
    }

    const bool macro = expertIds.size() > 1;
    if (macro)
        UndoTexts::beginMacro(m_undoStack, [code, count = int(expertIds.size())] {
            //: undo history entry; %Ln experts were assigned to the need %1 in one drop
            return tr("assign %Ln expert(s) to %1", nullptr, count).arg(code);
        });
    QStringList failures;
    for (int i = 0; i < expertIds.size(); ++i) {
        QVariantMap values = draftValues(*need, expertIds.at(i), starts.at(i));
        if (!overrides.at(i).isEmpty())
            values.insert(QStringLiteral("override_reason"), overrides.at(i));
        auto command = std::make_unique<InsertRecordCommand>(repository, Schema::missions(), values);
        UndoTexts::setText(command.get(), [name = names.at(i), code] {
            //: undo history entry: %1 expert name, %2 need reference
            return tr("assign %1 to %2").arg(name, code);
        });
        const WriteResult result = command->apply();
        if (!result.ok()) {
            failures << tr("%1: %2").arg(names.at(i), result.message());
            continue;
        }
        outcome.missionIds << command->recordId();
        m_undoStack.push(command.release());
    }
    if (macro)
        m_undoStack.endMacro();
    outcome.ok = failures.isEmpty();
    if (!failures.isEmpty())
        outcome.message = tr("Not every mission could be created:\n%1").arg(failures.join(QLatin1Char('\n')));
    else if (outcome.missionIds.size() == 1)
        outcome.message = tr("Draft mission created: %1 for %2.").arg(names.constFirst(), code);
    else
        outcome.message = tr("%Ln draft mission(s) created for %1.", nullptr, int(outcome.missionIds.size())).arg(code);
    return outcome;
}

} // namespace ed

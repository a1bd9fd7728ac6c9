#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QVariantMap>

#include <functional>

class QUndoStack;
class QWidget;

namespace ed {

class MatchingContext;

// Turns "this expert for this need" into a draft mission on the shared undo stack, the same
// way from a drop, the Assign button, Ctrl+Return or the suggestions. Everything is checked
// first (the need is open and dated, every id is a live expert, no duplicate, the hard filters)
// and only then are missions written, so a refusal changes nothing.
class DraftMissions
{
    Q_DECLARE_TR_FUNCTIONS(DraftMissions)
public:
    // Asked when an expert fails a hard filter: return the reason the coordinator gives for
    // overriding it, or an empty string to refuse. `rule` is the engine's sentence.
    using OverrideProvider = std::function<QString(const QString &expertName, const QString &rule)>;

    struct Outcome
    {
        bool ok = false;
        QString message; // what happened, for a status line; the refusal reason when !ok
        QStringList missionIds;
    };

    DraftMissions(MatchingContext &context, QUndoStack &undoStack, QWidget *dialogParent);

    void setOverrideProvider(OverrideProvider provider) { m_override = std::move(provider); }
    Outcome assign(const QString &needId, const QStringList &expertIds);

    // The mission a plan or a suggestion creates: start on `start` (the first day the expert is
    // free, matching's firstFreeDay) or else on the first day of the need's window, end
    // duration_days later (both days included), status draft. Empty if the need has no window.
    static QVariantMap draftValues(const QVariantMap &need, const QString &expertId, QDate start = {});

private:
    QString askOverride(const QString &expertName, const QString &rule);

    MatchingContext &m_context;
    QUndoStack &m_undoStack;
    QWidget *m_dialogParent;
    OverrideProvider m_override;
};

} // namespace ed

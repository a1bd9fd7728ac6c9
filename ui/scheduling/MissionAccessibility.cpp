#include "MissionAccessibility.h"

#include "MissionDateEdit.h"
#include "SchedulingState.h"
#include "itemmodels/RecordFormatter.h"
#include "scheduling/MissionLifecycle.h"

#include <QAccessibleWidget>
#include <QCoreApplication>
#include <QHash>
#include <QPointer>
#include <QWidget>
#include <QWindow>

#include <cstdlib>

namespace ed {

namespace {

// The move actions: identifier, what a person hears, days.
struct MoveAction
{
    const char *id;
    const char *text;
    int days;
};
constexpr MoveAction kMoves[] = {
    { "moveDayLater", QT_TRANSLATE_NOOP("ed::MissionAccessibility", "Move one day later"), 1 },
    { "moveDayEarlier", QT_TRANSLATE_NOOP("ed::MissionAccessibility", "Move one day earlier"), -1 },
    { "moveWeekLater", QT_TRANSLATE_NOOP("ed::MissionAccessibility", "Move one week later"), 7 },
    { "moveWeekEarlier", QT_TRANSLATE_NOOP("ed::MissionAccessibility", "Move one week earlier"), -7 },
};

const MoveAction *moveAction(const QString &name)
{
    for (const MoveAction &move : kMoves) {
        if (name == QLatin1String(move.id))
            return &move;
    }
    return nullptr;
}

class MissionItemAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    MissionItemAccessible(QWidget *view, MissionItemView *items, QString missionId)
        : m_view(view), m_items(items), m_id(std::move(missionId))
    {
    }

    bool isValid() const override { return m_view && m_items->schedulingState().data().mission(m_id); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_view.data()); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *focusChild() const override { return nullptr; }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    void setText(QAccessible::Text, const QString &) override { }

    QString text(QAccessible::Text t) const override
    {
        const MissionSlot *m = isValid() ? m_items->schedulingState().data().mission(m_id) : nullptr;
        if (!m)
            return {};
        if (t == QAccessible::Name)
            //: a mission read by a screen reader: %1 code, %2 expert, %3 first day, %4 last day, %5 status
            return QCoreApplication::translate("ed::MissionAccessibility", "%1, %2, %3 to %4, %5")
                    .arg(m->code, m->expertName, RecordFormatter::formatDate(m->start.toString(Qt::ISODate)),
                         RecordFormatter::formatDate(m->end.toString(Qt::ISODate)), MissionLifecycle::label(m->status));
        if (t == QAccessible::Description) {
            QStringList lines { m->needTitle, m->institutionName };
            for (const Conflict &c : m_items->schedulingState().conflictsOf(m_id))
                lines << c.description;
            lines.removeAll(QString());
            return lines.join(QLatin1String(". "));
        }
        return {};
    }

    QRect rect() const override
    {
        if (!m_view)
            return {};
        const QRect local = m_items->missionRect(m_id);
        return local.isEmpty() ? QRect() : QRect(m_view->mapToGlobal(local.topLeft()), local.size());
    }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.focusable = s.selectable = true;
        s.selected = m_items->schedulingState().selectedMission() == m_id;
        s.focused = s.selected && m_view && m_view->hasFocus();
        s.invisible = m_items->missionRect(m_id).isEmpty(); // in a "+n" marker
        return s;
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface *>(this) : nullptr;
    }

    QStringList actionNames() const override
    {
        QStringList names { pressAction() };
        const MissionSlot *m = m_items->schedulingState().data().mission(m_id);
        if (m && MissionDateEdit::isEditable(*m)) {
            for (const MoveAction &move : kMoves)
                names << QLatin1String(move.id);
        }
        return names;
    }

    QString localizedActionName(const QString &name) const override
    {
        if (name == pressAction())
            return QCoreApplication::translate("ed::MissionAccessibility", "Select");
        if (const MoveAction *move = moveAction(name))
            return QCoreApplication::translate("ed::MissionAccessibility", move->text);
        return QAccessibleActionInterface::localizedActionName(name);
    }

    QStringList keyBindingsForAction(const QString &name) const override
    {
        if (const MoveAction *move = moveAction(name); move && std::abs(move->days) == 1)
            return { QCoreApplication::translate("ed::MissionAccessibility", "Arrow keys on the selected mission") };
        return {};
    }

    void doAction(const QString &name) override
    {
        if (!isValid())
            return;
        SchedulingState &state = m_items->schedulingState();
        state.setSelectedMission(m_id);
        if (const MoveAction *move = moveAction(name))
            MissionDateEdit::apply(state, m_id, MissionDateEdit::Edit::Move, move->days);
    }

private:
    QPointer<QWidget> m_view;
    MissionItemView *m_items;
    QString m_id;
};

// The view, with one child per mission it shows. Children are registered with QAccessible (so
// they have ids) and kept while their mission is shown.
class MissionViewAccessible : public QAccessibleWidget
{
public:
    MissionViewAccessible(QWidget *view, MissionItemView *items)
        : QAccessibleWidget(view, QAccessible::List), m_items(items)
    {
    }
    ~MissionViewAccessible() override
    {
        for (QAccessible::Id id : std::as_const(m_children))
            QAccessible::deleteAccessibleInterface(id);
    }

    int childCount() const override { return int(sync().size()); }
    QAccessibleInterface *child(int index) const override
    {
        const QStringList &ids = sync();
        return index < 0 || index >= ids.size() ? nullptr : item(ids.at(index));
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        const QStringList &ids = sync();
        for (auto it = m_children.cbegin(); it != m_children.cend(); ++it) {
            if (QAccessible::accessibleInterface(it.value()) == child)
                return int(ids.indexOf(it.key()));
        }
        return -1;
    }
    QAccessibleInterface *childAt(int x, int y) const override
    {
        for (const QString &missionId : sync()) {
            QAccessibleInterface *candidate = item(missionId);
            if (candidate->rect().contains(x, y))
                return candidate;
        }
        return nullptr;
    }

private:
    // The item of a shown mission, registered the first time it is asked for.
    QAccessibleInterface *item(const QString &missionId) const
    {
        auto it = m_children.constFind(missionId);
        if (it == m_children.constEnd())
            it = m_children.insert(missionId, QAccessible::registerAccessibleInterface(
                                                      new MissionItemAccessible(widget(), m_items, missionId)));
        return QAccessible::accessibleInterface(it.value());
    }

    // The missions shown now; forgets the children of missions no longer shown.
    const QStringList &sync() const
    {
        m_ids = m_items->shownMissionIds();
        for (auto it = m_children.begin(); it != m_children.end();) {
            if (m_ids.contains(it.key())) {
                ++it;
                continue;
            }
            QAccessible::deleteAccessibleInterface(it.value());
            it = m_children.erase(it);
        }
        return m_ids;
    }

    MissionItemView *m_items;
    mutable QStringList m_ids;
    mutable QHash<QString, QAccessible::Id> m_children;
};

QAccessibleInterface *factory(const QString &, QObject *object)
{
    auto *widget = qobject_cast<QWidget *>(object);
    auto *items = dynamic_cast<MissionItemView *>(object);
    return widget && items ? new MissionViewAccessible(widget, items) : nullptr;
}

} // namespace

void MissionAccessibility::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed)
}

} // namespace ed

// The month view edits like the timeline: drag a bar to move a mission (across week lines too),
// drag its start or end edge to change its length, Escape cancels, arrow keys on the selection;
// each change is one command on the shared undo stack, and a refused change snaps back.
#include "SchedulingFixture.h"

#include "itemmodels/RecordFormatter.h"
#include "scheduling/MonthView.h"
#include "scheduling/SchedulingArea.h"
#include "scheduling/SchedulingState.h"

#include <QAccessible>
#include <QApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

using namespace ed;

class TestMonthView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dragMovesAcrossWeeks_data() { directions(); }
    void dragMovesAcrossWeeks();
    void dragEdgesChangeLength_data() { directions(); }
    void dragEdgesChangeLength();
    void edgeShowsResizeCursor_data() { directions(); }
    void edgeShowsResizeCursor();
    void escapeCancels();
    void keyboardMovesSelected_data() { directions(); }
    void keyboardMovesSelected();
    void finishedMissionDoesNotMove();
    void refusedChangeSnapsBack();
    void missionsAreAccessibleItems();

private:
    static void directions()
    {
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::newRow("ltr") << Qt::LeftToRight;
        QTest::newRow("rtl") << Qt::RightToLeft;
    }
    void setDirection()
    {
        QFETCH(Qt::LayoutDirection, direction);
        m_area->setLayoutDirection(direction);
        QCoreApplication::processEvents();
    }
    QString dates(const QString &id) const
    {
        const auto m = m_f->db.repository->get(Schema::missions(), id);
        return m->value("start").toString() + "/" + m->value("end").toString();
    }
    MonthView *view() const { return m_area->monthView(); }
    // The point at the bar's height inside the cell of `day`.
    QPoint at(const QDate &day, int y) const { return { view()->dayRect(day).center().x(), y }; }
    // The start and end edges of a mission's bar: leading and trailing, mirrored in RTL.
    QPoint startEdge(const QString &id) const
    {
        const QRect r = view()->missionRects(id).constFirst();
        return { view()->isRightToLeft() ? r.right() - 1 : r.left() + 1, r.center().y() };
    }
    QPoint endEdge(const QString &id) const
    {
        const QRect r = view()->missionRects(id).constLast();
        return { view()->isRightToLeft() ? r.left() + 1 : r.right() - 1, r.center().y() };
    }
    void press(const QPoint &from, const QPoint &to)
    {
        QTest::mousePress(view(), Qt::LeftButton, {}, from);
        // Several steps, as a hand would.
        for (int i = 1; i <= 4; ++i)
            QTest::mouseMove(view(), from + (to - from) * i / 4);
    }
    void drag(const QPoint &from, const QPoint &to)
    {
        press(from, to);
        QTest::mouseRelease(view(), Qt::LeftButton, {}, to);
        QCoreApplication::processEvents();
    }

    std::unique_ptr<SchedulingFixture> m_f;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<SchedulingArea> m_area;
    QString m_mission;
};

void TestMonthView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("expertdesk-tests");
    QCoreApplication::setApplicationName("tst_scheduling_ui_month");
}

void TestMonthView::init()
{
    m_f = std::make_unique<SchedulingFixture>();
    QVERIFY(m_f->open("PK"));
    // Monday to Friday: on one week line whether weeks start on Sunday or Monday.
    m_mission = m_f->mission("2026-11-30", "2026-12-04", "confirmed");
    m_stack = std::make_unique<QUndoStack>();
    m_area = std::make_unique<SchedulingArea>(*m_f->db.repository, *m_stack);
    m_area->state().setToday(QDate(2026, 11, 22));
    m_area->views()->setCurrentIndex(0);
    m_area->resize(1200, 700);
    m_area->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_area.get()));
    view()->setMonth(
        QDate(2026, 12, 1)); // the mission on the first week line, weeks to spare below
    QCoreApplication::processEvents();
}

void TestMonthView::cleanup()
{
    m_area.reset();
    m_stack.reset();
    m_f.reset();
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

void TestMonthView::dragMovesAcrossWeeks()
{
    setDirection();
    QCOMPARE(view()->missionRects(m_mission).size(), 1);
    const int y = view()->missionRects(m_mission).constFirst().center().y();
    // Later days are to the right, or to the left when mirrored.
    const bool later
        = view()->dayRect(QDate(2026, 12, 3)).x() > view()->dayRect(QDate(2026, 12, 2)).x();
    QCOMPARE(later, !view()->isRightToLeft());
    // From Wednesday to the next week's Wednesday: one line down.
    const QPoint from = at(QDate(2026, 12, 2), y);
    const QPoint to = from
        + (view()->dayRect(QDate(2026, 12, 9)).center()
            - view()->dayRect(QDate(2026, 12, 2)).center());
    drag(from, to);
    QCOMPARE(dates(m_mission), QString("2026-12-07/2026-12-11"));
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QCOMPARE(dates(m_mission), QString("2026-11-30/2026-12-04"));
    m_stack->redo();
    QCOMPARE(dates(m_mission), QString("2026-12-07/2026-12-11"));
}

void TestMonthView::dragEdgesChangeLength()
{
    setDirection();
    QPoint edge = endEdge(m_mission);
    drag(edge, view()->dayRect(QDate(2026, 12, 6)).center()); // Sunday: maybe on the next week line
    QCOMPARE(dates(m_mission), QString("2026-11-30/2026-12-06"));
    edge = startEdge(m_mission);
    drag(edge, at(QDate(2026, 12, 1), edge.y()));
    QCOMPARE(dates(m_mission), QString("2026-12-01/2026-12-06"));
    // Never shorter than one day: the start stops at the end.
    edge = startEdge(m_mission);
    const QRect target = view()->dayRect(QDate(2026, 12, 10));
    drag(edge, target.center());
    QCOMPARE(dates(m_mission), QString("2026-12-06/2026-12-06"));
    QCOMPARE(m_stack->count(), 3);
    m_stack->undo();
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(dates(m_mission), QString("2026-11-30/2026-12-04"));
}

void TestMonthView::edgeShowsResizeCursor()
{
    setDirection();
    QTest::mouseMove(view(), endEdge(m_mission));
    QCOMPARE(view()->cursor().shape(), Qt::SizeHorCursor);
    QTest::mouseMove(view(), view()->missionRects(m_mission).constFirst().center());
    QCOMPARE(view()->cursor().shape(), Qt::OpenHandCursor);
    QTest::mouseMove(view(), startEdge(m_mission));
    QCOMPARE(view()->cursor().shape(), Qt::SizeHorCursor);
}

void TestMonthView::escapeCancels()
{
    const QList<QRect> before = view()->missionRects(m_mission);
    const int y = before.constFirst().center().y();
    const QPoint from = at(QDate(2026, 12, 1), y), to = at(QDate(2026, 12, 3), y);
    press(from, to);
    QVERIFY(view()->missionRects(m_mission) != before); // the live preview
    QTest::keyClick(view(), Qt::Key_Escape);
    QCOMPARE(view()->missionRects(m_mission), before);
    QTest::mouseRelease(view(), Qt::LeftButton, {}, to);
    QCoreApplication::processEvents();
    QCOMPARE(dates(m_mission), QString("2026-11-30/2026-12-04"));
    QCOMPARE(m_stack->count(), 0);
}

void TestMonthView::keyboardMovesSelected()
{
    setDirection();
    const bool rtl = view()->isRightToLeft();
    m_area->state().setSelectedMission(m_mission);
    view()->setFocus();
    QTest::keyClick(view(), rtl ? Qt::Key_Left : Qt::Key_Right); // a day later
    QCOMPARE(dates(m_mission), QString("2026-12-01/2026-12-05"));
    QTest::keyClick(
        view(), rtl ? Qt::Key_Right : Qt::Key_Left, Qt::ShiftModifier); // ends a day earlier
    QCOMPARE(dates(m_mission), QString("2026-12-01/2026-12-04"));
    QCOMPARE(m_stack->count(), 2);
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(dates(m_mission), QString("2026-11-30/2026-12-04"));
}

void TestMonthView::finishedMissionDoesNotMove()
{
    const QString done = m_f->mission("2026-12-14", "2026-12-16", "completed");
    m_area->state().reload();
    QVERIFY(!view()->missionRects(done).isEmpty());
    const int y = view()->missionRects(done).constFirst().center().y();
    drag(at(QDate(2026, 12, 15), y), at(QDate(2026, 12, 17), y));
    QCOMPARE(dates(done), QString("2026-12-14/2026-12-16"));
    QCOMPARE(m_area->state().selectedMission(), done);
    QCOMPARE(m_stack->count(), 0);
}

void TestMonthView::refusedChangeSnapsBack()
{
    // Deleted elsewhere, and the view not reloaded yet (no event loop in between): the
    // repository refuses to edit a deleted record.
    const QList<QRect> before = view()->missionRects(m_mission);
    QVERIFY(m_f->db.repository->remove(Schema::missions(), m_mission).ok());
    QSignalSpy errors(&m_area->state(), &SchedulingState::error);
    const int y = before.constFirst().center().y();
    const QPoint from = at(QDate(2026, 12, 1), y), to = at(QDate(2026, 12, 3), y);
    press(from, to);
    QTest::mouseRelease(view(), Qt::LeftButton, {}, to);
    QCOMPARE(errors.count(), 1);
    QVERIFY(!errors.constFirst().constFirst().toString().isEmpty());
    // Snapped back to the stored days (the message above may have made the grid shorter).
    const QList<QRect> after = view()->missionRects(m_mission);
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.constFirst().left(), before.constFirst().left());
    QCOMPARE(after.constFirst().width(), before.constFirst().width());
    QVERIFY(view()->dayRect(QDate(2026, 11, 30)).contains(after.constFirst().topLeft()));
    QCOMPARE(m_stack->count(), 0);
}

void TestMonthView::missionsAreAccessibleItems()
{
    // A second mission, later in the month, of another expert's kind of need: two items.
    const QString second = m_f->mission("2026-12-14", "2026-12-18", "draft");
    view()->setMonth(QDate(2026, 12, 1));
    QCoreApplication::processEvents();
    QAccessibleInterface *calendar = QAccessible::queryAccessibleInterface(view());
    QVERIFY(calendar);
    QCOMPARE(calendar->childCount(), 2); // as many items as missions shown
    QAccessibleInterface *first = calendar->child(0);
    QVERIFY(first && first->isValid());
    QCOMPARE(first->role(), QAccessible::ListItem);
    const auto stored = m_f->db.repository->get(Schema::missions(), m_mission);
    const QString name = first->text(QAccessible::Name);
    QVERIFY2(name.startsWith(stored->value("code").toString() + QLatin1String(", ")), qPrintable(name));
    QVERIFY2(name.contains(QLocale().toString(QDate(2026, 11, 30), RecordFormatter::dateFormat())), qPrintable(name));
    QCOMPARE(calendar->indexOfChild(first), 0);
    QVERIFY(!first->rect().isEmpty());
    QVERIFY(first->rect().contains(view()->mapToGlobal(view()->missionRects(m_mission).constFirst().center())));

    // Its actions select and move it, as the keyboard does: one undoable step each.
    QAccessibleActionInterface *actions = first->actionInterface();
    QVERIFY(actions);
    QVERIFY(actions->actionNames().contains(QAccessibleActionInterface::pressAction()));
    actions->doAction(QAccessibleActionInterface::pressAction());
    QCOMPARE(m_area->state().selectedMission(), m_mission);
    QVERIFY(first->state().selected);
    actions->doAction(QStringLiteral("moveWeekLater"));
    QCOMPARE(dates(m_mission), QString("2026-12-07/2026-12-11"));
    QCOMPARE(m_stack->count(), 1);

    // Down picks the next mission without a mouse.
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_Down);
    QCOMPARE(m_area->state().selectedMission(), second);
    QTest::keyClick(view(), Qt::Key_Up);
    QCOMPARE(m_area->state().selectedMission(), m_mission);
}

QTEST_MAIN(TestMonthView)
#include "tst_monthview.moc"

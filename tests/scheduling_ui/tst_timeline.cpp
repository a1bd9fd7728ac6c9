#include "SchedulingFixture.h"

#include "scheduling/MissionPanel.h"
#include "scheduling/SchedulingArea.h"
#include "scheduling/SchedulingState.h"
#include "scheduling/TimelineView.h"

#include <QApplication>
#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace ed;

class TestTimeline : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dragMovesAndUndoRestores_data();
    void dragMovesAndUndoRestores();
    void dragEdgeChangesLength();
    void keyboardMovesSelected();
    void finishedMissionDoesNotMove();
    void statusControlOffersValidTransitions();
    void conflictsListed();

private:
    QString dates(const QString &id) const
    {
        const auto m = m_f->db.repository->get(Schema::missions(), id);
        return m->value("start").toString() + "/" + m->value("end").toString();
    }
    void drag(TimelineView *view, const QPoint &from, const QPoint &to)
    {
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
        // Several steps, as a hand would.
        for (int i = 1; i <= 4; ++i)
            QTest::mouseMove(view->viewport(), from + (to - from) * i / 4);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
        QCoreApplication::processEvents();
    }

    std::unique_ptr<SchedulingFixture> m_f;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<SchedulingArea> m_area;
    QString m_mission;
};

void TestTimeline::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("expertdesk-tests");
    QCoreApplication::setApplicationName("tst_scheduling_ui");
}

void TestTimeline::init()
{
    m_f = std::make_unique<SchedulingFixture>();
    QVERIFY(m_f->open("PK"));
    m_mission = m_f->mission("2026-11-30", "2026-12-04", "confirmed");
    m_stack = std::make_unique<QUndoStack>();
    m_area = std::make_unique<SchedulingArea>(*m_f->db.repository, *m_stack);
    m_area->state().setToday(QDate(2026, 11, 22));
    m_area->views()->setCurrentIndex(1);
    m_area->resize(1200, 600);
    m_area->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_area.get()));
    m_area->timeline()->scrollToDate(QDate(2026, 11, 20));
    QCoreApplication::processEvents();
}

void TestTimeline::cleanup()
{
    m_area.reset();
    m_stack.reset();
    m_f.reset();
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

void TestTimeline::dragMovesAndUndoRestores_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("ltr") << Qt::LeftToRight;
    QTest::newRow("rtl") << Qt::RightToLeft;
}

void TestTimeline::dragMovesAndUndoRestores()
{
    QFETCH(Qt::LayoutDirection, direction);
    m_area->setLayoutDirection(direction);
    QCoreApplication::processEvents();
    TimelineView *view = m_area->timeline();
    const QRect bar = view->missionRect(m_mission);
    QVERIFY(!bar.isEmpty());
    QVERIFY(view->viewport()->rect().contains(bar.center()));
    // Three days later: rightwards in a left-to-right layout, leftwards when mirrored.
    const int dx = 3 * view->dayWidth() * (direction == Qt::LeftToRight ? 1 : -1);
    drag(view, bar.center(), bar.center() + QPoint(dx, 0));
    QCOMPARE(dates(m_mission), QString("2026-12-03/2026-12-07"));
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QCOMPARE(dates(m_mission), QString("2026-11-30/2026-12-04"));
    m_stack->redo();
    QCOMPARE(dates(m_mission), QString("2026-12-03/2026-12-07"));
}

void TestTimeline::dragEdgeChangesLength()
{
    TimelineView *view = m_area->timeline();
    const QRect bar = view->missionRect(m_mission);
    const QPoint endEdge(bar.right() - 1, bar.center().y());
    drag(view, endEdge, endEdge + QPoint(2 * view->dayWidth(), 0));
    QCOMPARE(dates(m_mission), QString("2026-11-30/2026-12-06"));
    const QRect longer = view->missionRect(m_mission);
    const QPoint startEdge(longer.left() + 1, longer.center().y());
    drag(view, startEdge, startEdge + QPoint(view->dayWidth(), 0));
    QCOMPARE(dates(m_mission), QString("2026-12-01/2026-12-06"));
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(dates(m_mission), QString("2026-11-30/2026-12-04"));
}

void TestTimeline::keyboardMovesSelected()
{
    TimelineView *view = m_area->timeline();
    m_area->state().setSelectedMission(m_mission);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(dates(m_mission), QString("2026-12-01/2026-12-05"));
    QTest::keyClick(view, Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(dates(m_mission), QString("2026-12-01/2026-12-04"));
    QCOMPARE(m_stack->count(), 2);
}

void TestTimeline::finishedMissionDoesNotMove()
{
    const QString done = m_f->mission("2026-11-23", "2026-11-25", "completed");
    m_area->state().reload();
    TimelineView *view = m_area->timeline();
    const QRect bar = view->missionRect(done);
    QVERIFY(!bar.isEmpty());
    drag(view, bar.center(), bar.center() + QPoint(3 * view->dayWidth(), 0));
    QCOMPARE(dates(done), QString("2026-11-23/2026-11-25"));
    QCOMPARE(m_area->state().selectedMission(), done);
}

void TestTimeline::statusControlOffersValidTransitions()
{
    m_area->state().setSelectedMission(m_mission);
    QComboBox *box = m_area->missionPanel()->statusBox();
    QStringList offered;
    for (int i = 0; i < box->count(); ++i)
        offered << box->itemData(i).toString();
    QCOMPARE(offered, (QStringList { "travel_booked", "postponed", "cancelled" }));
    box->setCurrentIndex(0);
    auto *apply = m_area->missionPanel()->findChild<QPushButton *>("changeStatusButton");
    QVERIFY(apply);
    apply->click();
    QCOMPARE(m_f->db.repository->get(Schema::missions(), m_mission)->value("status").toString(), QString("travel_booked"));
    m_stack->undo(); // taking back the latest change is allowed
    QCOMPARE(m_f->db.repository->get(Schema::missions(), m_mission)->value("status").toString(), QString("confirmed"));
}

void TestTimeline::conflictsListed()
{
    m_f->mission("2026-12-04", "2026-12-10", "proposed"); // touches the first one on the 4th
    m_area->state().reload();
    QListWidget *list = m_area->conflictList();
    // Both missions are also outside the need's window (January 2027): three conflicts.
    QCOMPARE(list->count(), 3);
    QCOMPARE(list->findItems("Double booking", Qt::MatchStartsWith).size(), 1);
    QVERIFY(m_area->state().hasConflict(m_mission));
    list->setCurrentRow(0);
    QVERIFY(!m_area->state().selectedMission().isEmpty());
}

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"

// Timeline repaint with N missions (default 10,000) spread over 800 experts and two years: the
// average time of a full repaint of a 1600×900 timeline, on the offscreen platform.
#include "scheduling/SchedulingState.h"
#include "scheduling/TimelineView.h"
#include "storage/RecordRepository.h"
#include "TestDatabase.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QUndoStack>

#include <cstdio>

using namespace ed;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 10000;
    TestDatabase db;
    if (!db.open())
        return 1;
    QUndoStack stack;
    SchedulingState state(*db.repository, stack);
    state.setToday(QDate(2026, 11, 22));

    SchedulingData data;
    const QStringList statuses = { QStringLiteral("draft"), QStringLiteral("proposed"), QStringLiteral("confirmed"),
                                   QStringLiteral("travel_booked"), QStringLiteral("completed"), QStringLiteral("cancelled") };
    const int experts = 800;
    for (int i = 0; i < count; ++i) {
        MissionSlot m;
        m.id = QStringLiteral("m%1").arg(i);
        m.code = QStringLiteral("M-%1").arg(i);
        m.expertId = QStringLiteral("e%1").arg(i % experts);
        m.expertName = QStringLiteral("Expert %1").arg(i % experts, 4, 10, QLatin1Char('0'));
        m.start = QDate(2026, 1, 1).addDays((i * 37) % 700);
        m.end = m.start.addDays(3 + i % 12);
        m.status = statuses.at(i % statuses.size());
        m.country = QStringLiteral("PK");
        data.missions.append(m);
    }
    for (int e = 0; e < experts; ++e) {
        ExpertSlot x { QStringLiteral("e%1").arg(e), QStringLiteral("Expert %1").arg(e), QStringLiteral("PK"), QDate(2030, 1, 1), {} };
        x.unavailability << Period { QDate(2026, 12, 1).addDays(e % 40), QDate(2026, 12, 10).addDays(e % 40), {} };
        data.experts.insert(x.id, x);
    }
    QElapsedTimer load;
    load.start();
    state.setData(data); // also detects conflicts
    const qint64 detectMs = load.elapsed();

    TimelineView view(state);
    view.resize(1600, 900);
    view.show();
    view.scrollToDate(QDate(2026, 11, 1));
    QImage target(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    const int frames = 60;
    QElapsedTimer timer;
    qint64 worst = 0, total = 0;
    for (int i = 0; i < frames; ++i) {
        view.verticalScrollBar()->setValue((i * 97) % std::max(1, view.verticalScrollBar()->maximum()));
        timer.restart();
        view.viewport()->render(&target);
        const qint64 ns = timer.nsecsElapsed();
        total += ns;
        worst = std::max(worst, ns);
    }
    std::printf("timeline: %d missions, %d experts (%d rows), conflicts detected in %lld ms (%d conflicts)\n",
                count, experts, view.rowCount(), detectMs, int(state.conflicts().size()));
    std::printf("repaint 1600x900: mean %.2f ms, worst %.2f ms over %d frames (target <= 16 ms)\n",
                total / 1e6 / frames, worst / 1e6, frames);
    return 0;
}

#include "TimelineView.h"

#include "SchedulingState.h"
#include "scheduling/HijriCalendar.h"
#include "scheduling/MissionLifecycle.h"

#include <QCollator>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <cmath>

namespace ed {

TimelineView::TimelineView(SchedulingState &state, QWidget *parent) : QAbstractScrollArea(parent), m_state(state)
{
    setObjectName(QStringLiteral("schedulingTimeline"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    retranslate();
    connect(&m_state, &SchedulingState::changed, this, &TimelineView::rebuild);
    connect(&m_state, &SchedulingState::selectionChanged, viewport(), [this] { viewport()->update(); });
    rebuild();
}

void TimelineView::setDayWidth(int pixels)
{
    m_dayWidth = qBound(4, pixels, 60);
    updateScrollBars();
    viewport()->update();
}

void TimelineView::rebuild()
{
    const SchedulingData &data = m_state.data();
    QHash<QString, int> rowOfExpert;
    m_rows.clear();
    m_rowOfMission.clear();
    QDate first, last;
    for (int i = 0; i < data.missions.size(); ++i) {
        const MissionSlot &m = data.missions.at(i);
        if (!m_state.accepts(m))
            continue;
        auto it = rowOfExpert.find(m.expertId);
        if (it == rowOfExpert.end()) {
            it = rowOfExpert.insert(m.expertId, int(m_rows.size()));
            m_rows.append(Row { m.expertId, m.expertName, {} });
        }
        m_rows[*it].missions.append(i);
        first = first.isValid() ? std::min(first, m.start) : m.start;
        last = last.isValid() ? std::max(last, m.end) : m.end;
    }
    QCollator collator;
    std::sort(m_rows.begin(), m_rows.end(), [&](const Row &a, const Row &b) { return collator.compare(a.name, b.name) < 0; });
    for (int r = 0; r < m_rows.size(); ++r) {
        for (int i : std::as_const(m_rows[r].missions))
            m_rowOfMission.insert(data.missions.at(i).id, r);
    }
    const QDate today = m_state.today();
    // A margin around the data, and never a range that hides today.
    const QDate newFirst = std::min(first.isValid() ? first : today, today).addDays(-30);
    const QDate newLast = std::max(last.isValid() ? last : today, today).addDays(60);
    const bool firstTime = !m_first.isValid();
    if (m_first.isValid() && newFirst != m_first) // keep the same days in view
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(newFirst.daysTo(m_first)) * m_dayWidth);
    m_first = newFirst;
    m_last = newLast;
    updateScrollBars();
    if (firstTime)
        scrollToDate(today.addDays(-14));
    viewport()->update();
}

void TimelineView::updateScrollBars()
{
    const int days = int(m_first.daysTo(m_last)) + 1;
    const int dayArea = std::max(0, viewport()->width() - nameWidth());
    horizontalScrollBar()->setRange(0, std::max(0, days * m_dayWidth - dayArea));
    horizontalScrollBar()->setPageStep(dayArea);
    horizontalScrollBar()->setSingleStep(m_dayWidth);
    const int rowArea = std::max(0, viewport()->height() - headerHeight());
    verticalScrollBar()->setRange(0, std::max(0, int(m_rows.size()) * m_rowHeight - rowArea));
    verticalScrollBar()->setPageStep(rowArea);
    verticalScrollBar()->setSingleStep(m_rowHeight);
}

void TimelineView::scrollToDate(const QDate &date)
{
    horizontalScrollBar()->setValue(int(m_first.daysTo(date)) * m_dayWidth);
}

void TimelineView::ensureVisible(const QString &missionId)
{
    const auto row = m_rowOfMission.constFind(missionId);
    const MissionSlot *m = m_state.data().mission(missionId);
    if (row == m_rowOfMission.cend() || !m)
        return;
    const int rowTop = *row * m_rowHeight, rowArea = viewport()->height() - headerHeight();
    if (rowTop < verticalScrollBar()->value() || rowTop + m_rowHeight > verticalScrollBar()->value() + rowArea)
        verticalScrollBar()->setValue(rowTop - rowArea / 2);
    const int x = int(m_first.daysTo(m->start)) * m_dayWidth, dayArea = viewport()->width() - nameWidth();
    if (x < horizontalScrollBar()->value() || x + m->days() * m_dayWidth > horizontalScrollBar()->value() + dayArea)
        scrollToDate(m->start.addDays(-7));
}

int TimelineView::headerHeight() const
{
    const int line = fontMetrics().height() + 2;
    return line * (m_state.showHijri() ? 3 : 2) + 4;
}

int TimelineView::logicalX(const QDate &date) const
{
    return nameWidth() + int(m_first.daysTo(date)) * m_dayWidth - horizontalScrollBar()->value();
}

QRect TimelineView::visual(const QRect &logical) const
{
    if (layoutDirection() == Qt::LeftToRight)
        return logical;
    return QRect(viewport()->width() - logical.x() - logical.width(), logical.y(), logical.width(), logical.height());
}

int TimelineView::logicalPointX(int x) const
{
    return layoutDirection() == Qt::LeftToRight ? x : viewport()->width() - 1 - x;
}

QRect TimelineView::logicalBar(int row, const MissionSlot &m) const
{
    const int y = headerHeight() + row * m_rowHeight - verticalScrollBar()->value();
    const int x0 = logicalX(m.start), x1 = logicalX(m.end.addDays(1));
    return QRect(x0 + 1, y + 4, std::max(4, x1 - x0 - 2), m_rowHeight - 8);
}

int TimelineView::rowAt(int y) const
{
    if (y < headerHeight())
        return -1;
    const int row = (y - headerHeight() + verticalScrollBar()->value()) / m_rowHeight;
    return row < m_rows.size() ? row : -1;
}

int TimelineView::missionAt(const QPoint &pos, Drag *edge) const
{
    const int row = rowAt(pos.y());
    const int lx = logicalPointX(pos.x());
    if (row < 0 || lx < nameWidth())
        return -1;
    const SchedulingData &data = m_state.data();
    // Later missions are painted on top: hit-test them first.
    const QList<int> &missions = m_rows.at(row).missions;
    for (auto it = missions.crbegin(); it != missions.crend(); ++it) {
        const QRect bar = logicalBar(row, data.missions.at(*it));
        if (lx < bar.left() || lx > bar.right())
            continue;
        const int grip = std::min(5, bar.width() / 4);
        *edge = lx - bar.left() < grip ? Drag::Start : bar.right() - lx < grip ? Drag::End : Drag::Move;
        return *it;
    }
    return -1;
}

QRect TimelineView::missionRect(const QString &missionId) const
{
    const auto row = m_rowOfMission.constFind(missionId);
    const MissionSlot *m = m_state.data().mission(missionId);
    return row == m_rowOfMission.cend() || !m ? QRect() : visual(logicalBar(*row, *m));
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void TimelineView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void TimelineView::retranslate()
{
    setAccessibleName(tr("Timeline of missions per expert"));
    setAccessibleDescription(tr("Drag a mission to move it, drag its ends to change its length; "
                                "with the keyboard, arrow keys move the selected mission and Shift+arrow changes its end."));
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        viewport()->update();
    } else if (event->type() == QEvent::LayoutDirectionChange || event->type() == QEvent::FontChange) {
        updateScrollBars();
        viewport()->update();
    }
    QAbstractScrollArea::changeEvent(event);
}

void TimelineView::paintEvent(QPaintEvent *event)
{
    QPainter p(viewport());
    p.fillRect(event->rect(), palette().base());
    paintRows(p, event->rect());
    paintHeader(p, event->rect());
}

void TimelineView::paintHeader(QPainter &p, const QRect &)
{
    const int width = viewport()->width();
    const int line = fontMetrics().height() + 2;
    const QRect header(0, 0, width, headerHeight());
    p.fillRect(header, palette().window());
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(0, header.bottom(), width, header.bottom());

    const int firstVisible = horizontalScrollBar()->value() / m_dayWidth;
    const int visibleDays = (width - nameWidth()) / m_dayWidth + 2;
    const QDate from = m_first.addDays(firstVisible), to = from.addDays(visibleDays);
    const QLocale locale;
    const QCalendar hijri = HijriCalendar::calendar();
    p.setPen(palette().color(QPalette::WindowText));
    // Month titles (Gregorian, then Hijri) start where the month starts or at the view's edge.
    auto band = [&](int y, auto sameMonth, auto title) {
        QDate start = from;
        for (QDate d = from; d <= to; d = d.addDays(1)) {
            if (d == to || !sameMonth(d, d.addDays(1))) {
                const int x0 = std::max(logicalX(start), nameWidth()), x1 = logicalX(d.addDays(1));
                const QRect r = visual(QRect(x0, y, x1 - x0, line));
                p.drawText(r.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeading, title(start));
                p.setPen(palette().color(QPalette::Mid));
                const QRect edge = visual(QRect(x1, y, 1, line));
                p.drawLine(edge.topLeft(), edge.bottomLeft());
                p.setPen(palette().color(QPalette::WindowText));
                start = d.addDays(1);
            }
        }
    };
    band(2, [](const QDate &a, const QDate &b) { return a.month() == b.month(); },
         [&](const QDate &d) { return locale.toString(d, QStringLiteral("MMMM yyyy")); });
    int y = 2 + line;
    if (m_state.showHijri()) {
        band(y, [&](const QDate &a, const QDate &b) { return hijri.partsFromDate(a).month == hijri.partsFromDate(b).month; },
             [&](const QDate &d) { return HijriCalendar::monthTitle(d, locale); });
        y += line;
    }
    if (m_dayWidth >= 14) {
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.8);
        p.setFont(small);
        for (QDate d = from; d <= to; d = d.addDays(1)) {
            const QRect r = visual(QRect(logicalX(d), y, m_dayWidth, line));
            if (logicalX(d) >= nameWidth())
                p.drawText(r, Qt::AlignCenter, locale.toString(d.day()));
        }
        p.setFont(font());
    }
    // The corner above the names.
    p.fillRect(visual(QRect(0, 0, nameWidth(), headerHeight())), palette().window());
    p.drawText(visual(QRect(6, 0, nameWidth() - 12, headerHeight())), Qt::AlignVCenter | Qt::AlignLeading,
               tr("Expert", "timeline column"));
}

void TimelineView::paintRows(QPainter &p, const QRect &exposed)
{
    const SchedulingData &data = m_state.data();
    const int top = headerHeight();
    const int firstRow = verticalScrollBar()->value() / m_rowHeight;
    const int lastRow = std::min(int(m_rows.size()) - 1, firstRow + (viewport()->height() - top) / m_rowHeight + 1);
    const int width = viewport()->width();
    const int minX = nameWidth() - m_dayWidth, maxX = width + m_dayWidth;
    const QColor alternate = palette().color(QPalette::AlternateBase);
    const QBrush unavailable(palette().color(QPalette::Mid), Qt::BDiagPattern);
    const QPen conflictPen(QColor(0xd3, 0x2f, 0x2f), 2);
    const QPen selectedPen(palette().color(QPalette::Highlight), 3);
    const QPen outline(QColor(0, 0, 0, 60), 1);
    QList<QRect> marks;

    for (int row = firstRow; row <= lastRow; ++row) {
        const int y = top + row * m_rowHeight - verticalScrollBar()->value();
        if (row % 2)
            p.fillRect(QRect(0, y, width, m_rowHeight), alternate);
        const ExpertSlot expert = data.experts.value(m_rows.at(row).expertId);
        for (const Period &period : expert.unavailability) {
            const int x0 = logicalX(period.start), x1 = logicalX(period.end.addDays(1));
            if (x1 < minX || x0 > maxX)
                continue;
            p.fillRect(visual(QRect(x0, y + 1, x1 - x0, m_rowHeight - 2)), unavailable);
        }
        for (int index : m_rows.at(row).missions) {
            const MissionSlot &m = data.missions.at(index);
            QRect bar = logicalBar(row, m);
            if (index == m_dragMission && m_dragDays != 0) {
                MissionSlot moved = m;
                MissionDateEdit::shifted(m, m_drag, m_dragDays, &moved.start, &moved.end);
                bar = logicalBar(row, moved);
            }
            if (bar.right() < minX || bar.left() > maxX)
                continue;
            const QRect r = visual(bar);
            p.setPen(outline);
            p.setBrush(SchedulingState::statusColor(m.status));
            p.drawRect(r);
            if (m.status == QLatin1String("cancelled")) {
                p.setPen(QPen(palette().color(QPalette::Dark), 1));
                p.drawLine(r.left(), r.center().y(), r.right(), r.center().y());
            }
            if (r.width() > 30) {
                p.setPen(Qt::black);
                p.drawText(r.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeading, m.code);
            }
            if (m_state.hasConflict(m.id)) {
                p.setPen(conflictPen);
                p.setBrush(Qt::NoBrush);
                p.drawRect(r.adjusted(1, 1, -1, -1));
                marks << visual(QRect(bar.left() - 3, bar.top() - 4, 8, 8));
            }
            if (m.id == m_state.selectedMission()) {
                p.setPen(selectedPen);
                p.setBrush(Qt::NoBrush);
                p.drawRect(r.adjusted(-2, -2, 2, 2));
            }
        }
    }
    // Conflict markers: a red dot at the start corner, on top of neighbouring bars.
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xd3, 0x2f, 0x2f));
    for (const QRect &mark : std::as_const(marks))
        p.drawEllipse(mark);

    const int todayX = logicalX(m_state.today()) + m_dayWidth / 2;
    if (todayX >= nameWidth() && todayX < width) {
        p.setPen(QPen(QColor(0xe5, 0x39, 0x35), 2));
        const QRect line = visual(QRect(todayX, top, 1, viewport()->height() - top));
        p.drawLine(line.left(), line.top(), line.left(), line.bottom());
    }

    // Names last, over bars scrolled under them.
    const QRect names = visual(QRect(0, top, nameWidth(), viewport()->height() - top));
    p.fillRect(names, palette().window());
    p.setPen(palette().color(QPalette::WindowText));
    for (int row = firstRow; row <= lastRow; ++row) {
        const int y = top + row * m_rowHeight - verticalScrollBar()->value();
        const QRect r = visual(QRect(6, y, nameWidth() - 12, m_rowHeight));
        p.drawText(r, Qt::AlignVCenter | Qt::AlignLeading,
                   fontMetrics().elidedText(m_rows.at(row).name, Qt::ElideRight, r.width()));
    }
    p.setPen(palette().color(QPalette::Mid));
    const QRect edge = visual(QRect(nameWidth() - 1, top, 1, viewport()->height() - top));
    p.drawLine(edge.topLeft(), edge.bottomLeft());
    Q_UNUSED(exposed);
}

QString TimelineView::tooltipFor(int index) const
{
    const MissionSlot &m = m_state.data().missions.at(index);
    const QLocale locale;
    QStringList lines;
    //: tooltip title; %1 mission code, %2 expert, %3 need title
    lines << tr("<b>%1</b> — %2<br>%3").arg(m.code.toHtmlEscaped(), m.expertName.toHtmlEscaped(), m.needTitle.toHtmlEscaped());
    //: %1, %2 dates, %Ln the number of days
    lines << tr("%1 to %2 (%Ln day(s))", nullptr, m.days())
                     .arg(locale.toString(m.start, QLocale::ShortFormat), locale.toString(m.end, QLocale::ShortFormat));
    if (m_state.showHijri())
        lines << tr("Hijri (civil calendar): %1 to %2").arg(HijriCalendar::format(m.start), HijriCalendar::format(m.end));
    lines << tr("Status: %1").arg(MissionLifecycle::label(m.status));
    for (const Conflict &c : m_state.conflictsOf(m.id))
        lines << QStringLiteral("<span style='color:#d32f2f'>⚠ %1</span>").arg(c.description.toHtmlEscaped());
    return lines.join(QLatin1String("<br>"));
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        Drag edge;
        const int index = missionAt(help->pos(), &edge);
        if (index >= 0)
            QToolTip::showText(help->globalPos(), tooltipFor(index), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    Drag edge = Drag::None;
    const int index = missionAt(event->position().toPoint(), &edge);
    m_drag = Drag::None;
    m_dragMission = -1;
    m_dragDays = 0;
    if (index < 0 || event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const MissionSlot &m = m_state.data().missions.at(index);
    m_state.setSelectedMission(m.id);
    if (MissionDateEdit::isEditable(m)) {
        m_drag = edge;
        m_dragMission = index;
        m_pressX = logicalPointX(int(event->position().x()));
    }
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_drag == Drag::None) {
        Drag edge = Drag::None;
        const int index = missionAt(event->position().toPoint(), &edge);
        viewport()->setCursor(index < 0 ? Qt::ArrowCursor : edge == Drag::Move ? Qt::OpenHandCursor : Qt::SizeHorCursor);
        return;
    }
    const int days = int(std::lround(double(logicalPointX(int(event->position().x())) - m_pressX) / m_dayWidth));
    if (days != m_dragDays) {
        m_dragDays = days;
        viewport()->update();
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drag == Drag::None || m_dragMission < 0) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    if (m_dragMission >= m_state.data().missions.size()) {
        cancelDrag(); // reloaded under the drag: drop it
        return;
    }
    const QString id = m_state.data().missions.at(m_dragMission).id;
    const Drag drag = m_drag;
    const int days = m_dragDays;
    cancelDrag();
    MissionDateEdit::apply(m_state, id, drag, days);
}

void TimelineView::cancelDrag()
{
    m_drag = Drag::None;
    m_dragMission = -1;
    m_dragDays = 0;
    viewport()->update();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_drag != Drag::None) {
        cancelDrag();
        return;
    }
    if (!MissionDateEdit::handleKey(m_state, *event, layoutDirection()))
        QAbstractScrollArea::keyPressEvent(event);
}

} // namespace ed

#include "MonthView.h"

#include "SchedulingState.h"
#include "scheduling/HijriCalendar.h"
#include "scheduling/MissionLifecycle.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace ed {

namespace {
    constexpr int kWeeks = 6;
    constexpr int kDayHeader = 20;
    constexpr int kBarHeight = 16;
} // namespace

MonthView::MonthView(SchedulingState &state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
{
    setObjectName(QStringLiteral("schedulingMonth"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    MissionAccessibility::install();
    retranslate();
    m_month = QDate(state.today().year(), state.today().month(), 1);
    connect(&m_state, &SchedulingState::changed, this, [this] {
        layoutBars();
        update();
    });
    connect(&m_state, &SchedulingState::selectionChanged, this, qOverload<>(&QWidget::update));
    layoutBars();
}

void MonthView::setMonth(const QDate &anyDay)
{
    const QDate month(anyDay.year(), anyDay.month(), 1);
    if (month == m_month)
        return;
    m_month = month;
    layoutBars();
    update();
    emit monthChanged(m_month);
}

QDate MonthView::gridStart() const
{
    const int firstDay = QLocale().firstDayOfWeek();
    const int offset = (m_month.dayOfWeek() - firstDay + 7) % 7;
    return m_month.addDays(-offset);
}

int MonthView::legendHeight() const
{
    return fontMetrics().height() + 12;
}

QRect MonthView::cellRect(int week, int column) const
{
    const int top = fontMetrics().height() + 8; // weekday names
    const int w = width() / 7;
    const int h = (height() - top - legendHeight()) / kWeeks;
    const int x = layoutDirection() == Qt::LeftToRight ? column * w : width() - (column + 1) * w;
    return QRect(x, top + week * h, w, h);
}

void MonthView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutBars();
}

void MonthView::layoutBars()
{
    m_bars.clear();
    m_overflow.clear();
    const SchedulingData &data = m_state.data();
    const QDate start = gridStart();
    const QDate end = start.addDays(7 * kWeeks - 1);
    QList<int> shown;
    // The mission being dragged is laid out at its new dates: the preview.
    QList<MissionSlot> previews;
    auto slotOf = [&](int i) -> const MissionSlot & {
        const MissionSlot &m = data.missions.at(i);
        return !previews.isEmpty() && m.id == m_dragMission ? previews.constFirst() : m;
    };
    if (const MissionSlot *dragged = data.mission(m_dragMission); dragged && m_dragDays != 0) {
        previews.append(*dragged);
        MissionDateEdit::shifted(
            *dragged, m_drag, m_dragDays, &previews.first().start, &previews.first().end);
    }
    for (int i = 0; i < data.missions.size(); ++i) {
        const MissionSlot &m = slotOf(i);
        if (m.end >= start && m.start <= end && m_state.accepts(m))
            shown << i;
    }
    std::sort(shown.begin(), shown.end(), [&](int a, int b) {
        const MissionSlot &x = slotOf(a), &y = slotOf(b);
        return x.start != y.start ? x.start < y.start : x.days() > y.days();
    });
    m_shownIds.clear();
    for (int i : std::as_const(shown))
        m_shownIds << data.missions.at(i).id;
    if (QAccessible::isActive()) {
        QAccessibleEvent reorder(this, QAccessible::ObjectReorder);
        QAccessible::updateAccessibility(&reorder);
    }
    for (int week = 0; week < kWeeks; ++week) {
        const QDate weekStart = start.addDays(7 * week), weekEnd = weekStart.addDays(6);
        const QRect first = cellRect(week, 0);
        const int lanes = std::max(0, (first.height() - kDayHeader - 4) / (kBarHeight + 2));
        QList<QDate> laneEnd(lanes); // last day used in each lane
        int hidden[7] = {};
        for (int i : std::as_const(shown)) {
            const MissionSlot &m = slotOf(i);
            if (m.end < weekStart || m.start > weekEnd)
                continue;
            const QDate from = std::max(m.start, weekStart), to = std::min(m.end, weekEnd);
            int lane = 0;
            while (lane < lanes && laneEnd.at(lane).isValid() && laneEnd.at(lane) >= from)
                ++lane;
            const int c0 = int(weekStart.daysTo(from)), c1 = int(weekStart.daysTo(to));
            if (lane == lanes) {
                for (int c = c0; c <= c1; ++c)
                    ++hidden[c];
                continue;
            }
            laneEnd[lane] = to;
            const QRect a = cellRect(week, c0), b = cellRect(week, c1);
            const int y = a.top() + kDayHeader + lane * (kBarHeight + 2);
            const int left = std::min(a.left(), b.left()), right = std::max(a.right(), b.right());
            m_bars.append({ i, QRect(left + 2, y, right - left - 4, kBarHeight), from, to });
        }
        for (int c = 0; c < 7; ++c) {
            if (hidden[c] > 0) {
                const QRect cell = cellRect(week, c);
                m_overflow.append({ QRect(cell.left() + 4, cell.bottom() - kBarHeight,
                                        cell.width() - 8, kBarHeight - 2),
                    hidden[c] });
            }
        }
    }
}

void MonthView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const QLocale locale;
    const QDate start = gridStart();
    const int firstDay = locale.firstDayOfWeek();
    const bool hijri = m_state.showHijri();
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.8);

    p.setPen(palette().color(QPalette::WindowText));
    for (int c = 0; c < 7; ++c) {
        const QRect cell = cellRect(0, c);
        const int day = (firstDay - 1 + c) % 7 + 1;
        p.drawText(QRect(cell.left(), 0, cell.width(), cell.top()), Qt::AlignCenter,
            locale.dayName(day, QLocale::ShortFormat));
    }
    for (int week = 0; week < kWeeks; ++week) {
        for (int c = 0; c < 7; ++c) {
            const QDate date = start.addDays(week * 7 + c);
            const QRect cell = cellRect(week, c);
            if (date.month() != m_month.month())
                p.fillRect(cell, palette().color(QPalette::AlternateBase));
            if (date == m_state.today())
                p.fillRect(cell.adjusted(1, 1, 0, 0), QColor(255, 235, 59, 70));
            p.setPen(palette().color(QPalette::Mid));
            p.drawRect(cell);
            p.setPen(date.month() == m_month.month() ? palette().color(QPalette::WindowText)
                                                     : palette().color(QPalette::Dark));
            const QRect label = cell.adjusted(4, 2, -4, 0);
            p.drawText(QRect(label.topLeft(), QSize(label.width(), kDayHeader - 2)),
                Qt::AlignLeading | Qt::AlignVCenter, locale.toString(date.day()));
            if (hijri) {
                // The Hijri month's name on its first day and on the grid's first cell, the day
                // elsewhere.
                const int hDay = HijriCalendar::dayOfMonth(date);
                p.setFont(small);
                p.setPen(QColor(0x2e, 0x7d, 0x32));
                p.drawText(QRect(label.topLeft(), QSize(label.width(), kDayHeader - 2)),
                    Qt::AlignTrailing | Qt::AlignVCenter,
                    hDay == 1 || (week == 0 && c == 0) ? HijriCalendar::formatShort(date, locale)
                                                       : locale.toString(hDay));
                p.setFont(font());
            }
        }
    }

    const SchedulingData &data = m_state.data();
    const QPen conflictPen(QColor(0xd3, 0x2f, 0x2f), 2);
    for (const Bar &bar : std::as_const(m_bars)) {
        const MissionSlot &m = data.missions.at(bar.mission);
        p.setPen(QPen(QColor(0, 0, 0, 60)));
        p.setBrush(SchedulingState::statusColor(m.status));
        p.drawRoundedRect(bar.rect, 3, 3);
        if (m_state.hasConflict(m.id)) {
            p.setPen(conflictPen);
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(bar.rect.adjusted(1, 1, -1, -1), 3, 3);
        }
        if (m.id == m_state.selectedMission()) {
            p.setPen(QPen(palette().color(QPalette::Highlight), 2));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(bar.rect.adjusted(-1, -1, 1, 1), 3, 3);
        }
        p.setPen(Qt::black);
        p.setFont(small);
        const QString text = QStringLiteral("%1 · %2").arg(m.code, m.expertName);
        p.drawText(bar.rect.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeading,
            QFontMetrics(small).elidedText(text, Qt::ElideRight, bar.rect.width() - 8));
        p.setFont(font());
    }
    p.setPen(palette().color(QPalette::Dark));
    p.setFont(small);
    for (const auto &overflow : std::as_const(m_overflow))
        //: more missions on a day than fit in the cell
        p.drawText(overflow.first, Qt::AlignVCenter | Qt::AlignTrailing,
            tr("+%Ln more", nullptr, overflow.second));
    p.setFont(font());

    // Legend: one swatch per status, in lifecycle order, mirrored with the layout.
    int x = 8;
    const int y = height() - legendHeight() + 6;
    for (const QString &status : MissionLifecycle::statuses()) {
        const QString label = MissionLifecycle::label(status);
        const int w = fontMetrics().horizontalAdvance(label) + 26;
        QRect swatch(x, y, 12, 12), text(x + 16, y - 3, w - 16, 18);
        if (layoutDirection() == Qt::RightToLeft) {
            swatch.moveRight(width() - x);
            text.moveRight(width() - x - 16);
        }
        p.setPen(QColor(0, 0, 0, 60));
        p.setBrush(SchedulingState::statusColor(status));
        p.drawRect(swatch);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(text, Qt::AlignVCenter | Qt::AlignLeading, label);
        x += w;
    }
    QRect conflictSwatch(x, y, 12, 12), conflictText(x + 16, y - 3, 200, 18);
    if (layoutDirection() == Qt::RightToLeft) {
        conflictSwatch.moveRight(width() - x);
        conflictText.moveRight(width() - x - 16);
    }
    p.setPen(conflictPen);
    p.setBrush(Qt::NoBrush);
    p.drawRect(conflictSwatch);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(conflictText, Qt::AlignVCenter | Qt::AlignLeading, tr("Conflict"));
}

QRect MonthView::dayRect(const QDate &date) const
{
    const qint64 offset = gridStart().daysTo(date);
    if (offset < 0 || offset >= 7 * kWeeks)
        return {};
    return cellRect(int(offset / 7), int(offset % 7));
}

QList<QRect> MonthView::missionRects(const QString &missionId) const
{
    QList<QRect> rects;
    for (const Bar &bar : m_bars) {
        if (m_state.data().missions.at(bar.mission).id == missionId)
            rects << bar.rect;
    }
    return rects;
}

QDate MonthView::dateAt(const QPoint &pos) const
{
    const QRect first = cellRect(0, 0);
    const int w = std::max(1, first.width()), h = std::max(1, first.height());
    const int x = layoutDirection() == Qt::LeftToRight ? pos.x() : width() - 1 - pos.x();
    const int column = qBound(0, x / w, 6);
    const int week = qBound(0, (pos.y() - first.top()) / h, kWeeks - 1);
    return gridStart().addDays(7 * week + column);
}

int MonthView::barAt(const QPoint &pos, Edit *edit) const
{
    for (auto it = m_bars.crbegin(); it != m_bars.crend(); ++it) {
        if (!it->rect.contains(pos))
            continue;
        if (edit) {
            // A piece continued from or onto another week line has no edge there. The start edge
            // is on the leading side: the right one in a right-to-left layout.
            const MissionSlot &m = m_state.data().missions.at(it->mission);
            const int grip = std::min(5, it->rect.width() / 4);
            const bool ltr = layoutDirection() == Qt::LeftToRight;
            const int fromLeading = ltr ? pos.x() - it->rect.left() : it->rect.right() - pos.x();
            const int fromTrailing = ltr ? it->rect.right() - pos.x() : pos.x() - it->rect.left();
            if (it->from == m.start && fromLeading < grip)
                *edit = Edit::Start;
            else if (it->to == m.end && fromTrailing < grip)
                *edit = Edit::End;
            else
                *edit = Edit::Move;
        }
        return it->mission;
    }
    return -1;
}

void MonthView::mousePressEvent(QMouseEvent *event)
{
    cancelDrag();
    Edit edit = Edit::None;
    const int index = barAt(event->position().toPoint(), &edit);
    if (index < 0 || event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const MissionSlot &m = m_state.data().missions.at(index);
    m_state.setSelectedMission(m.id);
    if (MissionDateEdit::isEditable(m)) {
        m_drag = edit;
        m_dragMission = m.id;
        m_pressDate = dateAt(event->position().toPoint());
    }
}

void MonthView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_drag == Edit::None) {
        Edit edit = Edit::None;
        const int index = barAt(event->position().toPoint(), &edit);
        setCursor(index < 0          ? Qt::ArrowCursor
                : edit == Edit::Move ? Qt::OpenHandCursor
                                     : Qt::SizeHorCursor);
        QWidget::mouseMoveEvent(event);
        return;
    }
    const int days = int(m_pressDate.daysTo(dateAt(event->position().toPoint())));
    if (days != m_dragDays) {
        m_dragDays = days;
        layoutBars();
        update();
    }
}

void MonthView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drag == Edit::None) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const QString id = m_dragMission;
    const Edit edit = m_drag;
    const int days = m_dragDays;
    cancelDrag(); // a refused change snaps back to the stored dates
    MissionDateEdit::apply(m_state, id, edit, days);
}

void MonthView::cancelDrag()
{
    const bool previewing = m_dragDays != 0;
    m_drag = Edit::None;
    m_dragMission.clear();
    m_dragDays = 0;
    if (previewing) {
        layoutBars();
        update();
    }
}

QRect MonthView::missionRect(const QString &missionId) const
{
    const QList<QRect> rects = missionRects(missionId);
    return rects.isEmpty() ? QRect() : rects.constFirst();
}

void MonthView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_drag != Edit::None) {
        cancelDrag();
        return;
    }
    // Up and Down pick the previous or next mission of the month, in start order, so a mission
    // can be chosen without a mouse; the arrow keys then move it.
    if ((event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) && !m_shownIds.isEmpty()) {
        const int current = int(m_shownIds.indexOf(m_state.selectedMission()));
        const int next = current < 0 ? 0
                : event->key() == Qt::Key_Down ? std::min(current + 1, int(m_shownIds.size()) - 1)
                                               : std::max(current - 1, 0);
        m_state.setSelectedMission(m_shownIds.at(next));
        if (QAccessible::isActive()) {
            QAccessibleEvent focus(this, QAccessible::Focus);
            focus.setChild(next);
            QAccessible::updateAccessibility(&focus);
        }
        return;
    }
    if (!MissionDateEdit::handleKey(m_state, *event, layoutDirection()))
        QWidget::keyPressEvent(event);
}

bool MonthView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = barAt(help->pos());
        if (index < 0) {
            QToolTip::hideText();
            return true;
        }
        const MissionSlot &m = m_state.data().missions.at(index);
        const QLocale locale;
        QStringList lines { QStringLiteral("<b>%1</b> — %2")
                                .arg(m.code.toHtmlEscaped(), m.expertName.toHtmlEscaped()),
            m.needTitle.toHtmlEscaped(),
            tr("%1 to %2")
                .arg(locale.toString(m.start, QLocale::ShortFormat),
                    locale.toString(m.end, QLocale::ShortFormat)),
            tr("Status: %1").arg(MissionLifecycle::label(m.status)) };
        if (m_state.showHijri())
            lines << tr("Hijri (civil calendar): %1 to %2")
                         .arg(HijriCalendar::format(m.start), HijriCalendar::format(m.end));
        for (const Conflict &c : m_state.conflictsOf(m.id))
            lines << QStringLiteral("<span style='color:#d32f2f'>⚠ %1</span>")
                         .arg(c.description.toHtmlEscaped());
        QToolTip::showText(help->globalPos(), lines.join(QLatin1String("<br>")), this);
        return true;
    }
    return QWidget::event(event);
}

void MonthView::retranslate()
{
    setAccessibleName(tr("Month calendar of missions"));
    setAccessibleDescription(tr("Drag a mission to move it, drag its ends to change its length; "
                                "with the keyboard, arrow keys move the selected mission and Shift+arrow changes its end."));
}

void MonthView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LayoutDirectionChange
        || event->type() == QEvent::LocaleChange) {
        layoutBars();
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace ed

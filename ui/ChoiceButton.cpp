#include "ChoiceButton.h"

#include <QEvent>
#include <QGuiApplication>
#include <QStyleOptionButton>
#include <QStylePainter>

namespace ed {

namespace {
    constexpr int kMargin = 10;
    constexpr int kArrow = 20;
    constexpr int kGap = 8;
    constexpr int kTextStart = kMargin + kArrow + kGap;
    constexpr int kDescriptionGap = 4;
    constexpr int kPreferredWidth = 420;
} // namespace

ChoiceButton::ChoiceButton(QWidget *parent) : QAbstractButton(parent)
{
    setAttribute(Qt::WA_Hover);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    QSizePolicy policy = sizePolicy();
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void ChoiceButton::setDescription(const QString &description)
{
    m_description = description;
    updateGeometry();
    update();
}

QFont ChoiceButton::titleFont() const
{
    QFont font = this->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    return font;
}

QRect ChoiceButton::titleRect(int width) const
{
    const QFontMetrics metrics(titleFont());
    return QRect(kTextStart, kMargin, qMax(1, width - kTextStart - kMargin), metrics.height());
}

QRect ChoiceButton::descriptionRect(int width) const
{
    const QRect title = titleRect(width);
    const QRect bounds(title.left(), title.bottom() + 1 + kDescriptionGap, title.width(), 10000);
    const QRect needed = fontMetrics().boundingRect(bounds, Qt::TextWordWrap, m_description);
    return QRect(bounds.topLeft(), QSize(bounds.width(), m_description.isEmpty() ? 0 : needed.height()));
}

QRect ChoiceButton::visual(const QRect &rect) const
{
    return QStyle::visualRect(layoutDirection(), this->rect(), rect);
}

QRect ChoiceButton::arrowRect() const
{
    return visual(QRect(kMargin, kMargin + (QFontMetrics(titleFont()).height() - kArrow) / 2, kArrow, kArrow));
}

int ChoiceButton::heightForWidth(int width) const
{
    return descriptionRect(width).bottom() + 1 + kMargin;
}

QSize ChoiceButton::sizeHint() const
{
    return QSize(kPreferredWidth, heightForWidth(kPreferredWidth));
}

QSize ChoiceButton::minimumSizeHint() const
{
    return QSize(kTextStart + kMargin + fontMetrics().averageCharWidth() * 20, heightForWidth(kPreferredWidth));
}

void ChoiceButton::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    QStyleOptionButton option;
    option.initFrom(this);
    // A flat panel that shows itself on hover, press and focus, as command links do.
    const bool raised = isDown() || underMouse() || hasFocus();
    option.features = raised ? QStyleOptionButton::CommandLinkButton
                             : QStyleOptionButton::CommandLinkButton | QStyleOptionButton::Flat;
    if (isDown())
        option.state |= QStyle::State_Sunken;
    if (raised)
        painter.drawControl(QStyle::CE_PushButtonBevel, option);
    if (hasFocus()) {
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.rect = rect().adjusted(3, 3, -3, -3);
        painter.drawPrimitive(QStyle::PE_FrameFocusRect, focus);
    }

    // The arrow points the way the text reads. The style's icon follows the application's
    // direction, not this widget's: mirror it when the two differ.
    QPixmap arrow = style()->standardIcon(QStyle::SP_CommandLink, nullptr, this).pixmap(QSize(kArrow, kArrow), devicePixelRatio());
    if (layoutDirection() != QGuiApplication::layoutDirection())
        arrow = QPixmap::fromImage(arrow.toImage().mirrored(true, false));
    painter.drawPixmap(arrowRect(), arrow);

    const Qt::Alignment align = QStyle::visualAlignment(layoutDirection(), Qt::AlignLeft | Qt::AlignTop);
    painter.setFont(titleFont());
    painter.drawItemText(visual(titleRect(width())), int(align) | Qt::TextShowMnemonic, palette(),
        isEnabled(), text(), QPalette::ButtonText);
    painter.setFont(font());
    painter.drawItemText(visual(descriptionRect(width())), int(align) | Qt::TextWordWrap, palette(),
        isEnabled(), m_description, QPalette::ButtonText);
}

void ChoiceButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LayoutDirectionChange)
        updateGeometry();
    QAbstractButton::changeEvent(event);
}

} // namespace ed

#pragma once

#include <QAbstractButton>

namespace ed {

// A large choice: an arrow, a bold title and a wrapped description, like QCommandLinkButton,
// but laid out for the reading direction. Qt 6.4's QCommandLinkButton paints its arrow at the
// left in every direction (its paintEvent does not use visualRect), which put the arrow at the
// end of the line in Arabic, pointing back at the text.
class ChoiceButton : public QAbstractButton
{
    Q_OBJECT
public:
    explicit ChoiceButton(QWidget *parent = nullptr);

    QString description() const { return m_description; }
    void setDescription(const QString &description);

    // Where the arrow is painted (at the start of the reading direction); for tests.
    QRect arrowRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QFont titleFont() const;
    QRect titleRect(int width) const;       // left-to-right coordinates
    QRect descriptionRect(int width) const; // left-to-right coordinates
    QRect visual(const QRect &rect) const;

    QString m_description;
};

} // namespace ed

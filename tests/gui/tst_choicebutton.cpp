// ChoiceButton: arrow at the start of the reading direction, wrapped description that the
// height follows, clicks and accessibility like a button.
#include "ChoiceButton.h"

#include <QSignalSpy>
#include <QTest>

using namespace ed;

class TestChoiceButton : public QObject
{
    Q_OBJECT

private slots:
    void arrowAtTheStartOfTheLine()
    {
        ChoiceButton button;
        button.setText(QStringLiteral("Load demo data"));
        button.setDescription(QStringLiteral("Invented experts, institutions, needs and missions."));
        button.resize(400, button.heightForWidth(400));
        button.show();
        QVERIFY(QTest::qWaitForWindowExposed(&button));
        const QRect leftToRight = button.arrowRect();
        QVERIFY(leftToRight.right() < button.width() / 4); // left to right: at the left

        button.setLayoutDirection(Qt::RightToLeft);
        const QRect rightToLeft = button.arrowRect();
        QVERIFY(rightToLeft.left() > button.width() * 3 / 4); // right to left: at the right
        // The exact mirror image, same size and height.
        QCOMPARE(rightToLeft.left(), button.width() - 1 - leftToRight.right());
        QCOMPARE(rightToLeft.size(), leftToRight.size());
        QCOMPARE(rightToLeft.top(), leftToRight.top());
    }

    void heightFollowsTheDescription()
    {
        ChoiceButton button;
        button.setText(QStringLiteral("Sign in to a server"));
        button.setDescription(QStringLiteral("short"));
        const int oneLine = button.heightForWidth(300);
        button.setDescription(QString(40, QLatin1Char(' ')).replace(QLatin1Char(' '), QStringLiteral("word ")));
        QVERIFY(button.heightForWidth(300) > oneLine);           // wraps onto more lines
        QVERIFY(button.heightForWidth(900) < button.heightForWidth(300)); // fewer when wider
        QVERIFY(button.hasHeightForWidth());
    }

    void clicksLikeAButton()
    {
        ChoiceButton button;
        button.setText(QStringLiteral("Start with an empty database"));
        button.resize(button.sizeHint());
        button.show();
        QVERIFY(QTest::qWaitForWindowExposed(&button));
        QSignalSpy clicked(&button, &ChoiceButton::clicked);
        QTest::mouseClick(&button, Qt::LeftButton, {}, button.rect().center());
        QCOMPARE(clicked.size(), 1);
        button.setFocus();
        QTest::keyClick(&button, Qt::Key_Space);
        QCOMPARE(clicked.size(), 2);
        QCOMPARE(button.focusPolicy(), Qt::StrongFocus);
    }
};

QTEST_MAIN(TestChoiceButton)
#include "tst_choicebutton.moc"

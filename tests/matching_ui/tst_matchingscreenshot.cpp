// Grabs the Matching area on demo data (150 experts) with a need selected and the excluded
// experts shown; writes $EXPERTDESK_SCREENSHOT_DIR/matching.png when that variable is set.
#include "TestDatabase.h"

#include "io/DemoData.h"
#include "matching/MatchingArea.h"
#include "matching/MatchingBoard.h"
#include "matching/MatchingContext.h"
#include "matching/SuggestionsPanel.h"

#include <QCheckBox>
#include <QDir>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ed;

class TestMatchingScreenshot : public QObject
{
    Q_OBJECT

private slots:
    void grab_data()
    {
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::addColumn<QString>("file");
        QTest::newRow("ltr") << Qt::LeftToRight << "matching.png";
        QTest::newRow("rtl") << Qt::RightToLeft << "matching-rtl.png";
    }

    void grab()
    {
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(QString, file);
        QStandardPaths::setTestModeEnabled(true);
        TestDatabase db;
        QVERIFY(db.open());
        DemoOptions options;
        options.experts = 150;
        options.today = QDate(2026, 11, 22);
        QString error;
        QVERIFY2(DemoData::generate(*db.repository, options, {}, &error), qPrintable(error));
        QApplication::setLayoutDirection(direction);
        QUndoStack undo;
        MatchingArea area(*db.repository, undo);
        area.context().setToday(options.today);
        area.resize(1440, 860);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QCoreApplication::processEvents();
        MatchingBoard *board = area.board();
        // The need with the most candidates, so the shot shows a full list.
        auto *model = static_cast<QStandardItemModel *>(board->needView()->model());
        QVERIFY(model->rowCount() > 0);
        QString needId;
        qsizetype most = -1;
        for (const QString &id : board->visibleNeedIds()) {
            QVERIFY(board->selectNeed(id));
            QCoreApplication::processEvents();
            if (area.suggestions()->candidateIds().size() > most) {
                most = area.suggestions()->candidateIds().size();
                needId = id;
            }
        }
        QVERIFY(board->selectNeed(needId));
        QCoreApplication::processEvents();
        QCOMPARE(area.suggestions()->needId(), needId);
        QVERIFY(!area.suggestions()->candidateIds().isEmpty());
        area.suggestions()->candidateView()->topLevelItem(0)->setExpanded(true);
        area.suggestions()->excludedToggle()->setChecked(true);
        QCoreApplication::processEvents();
        const QImage image = area.grab().toImage();
        QVERIFY(!image.isNull());
        const QString dir = qEnvironmentVariable("EXPERTDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(image.save(QDir(dir).filePath(file)));
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }
};

QTEST_MAIN(TestMatchingScreenshot)
#include "tst_matchingscreenshot.moc"

// Grabs the Scheduling area on demo data (150 experts, today 2026-11-22): the month view and the
// timeline, in English and in Arabic (right-to-left, Hijri dates on by default). Writes
// calendar-{en,ar}.png and timeline-{en,ar}.png to $EXPERTDESK_SCREENSHOT_DIR when set.
#include "TestDatabase.h"

#include "i18n/Translations.h"
#include "io/DemoData.h"
#include "LanguageSwitcher.h"
#include "scheduling/HijriCalendar.h"
#include "scheduling/MonthView.h"
#include "scheduling/SchedulingArea.h"
#include "scheduling/SchedulingState.h"
#include "scheduling/TimelineView.h"

#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

#include <limits>

using namespace ed;

class TestSchedulingScreenshot : public QObject
{
    Q_OBJECT
private slots:
    void grab_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("ar") << "ar";
    }

    void grab()
    {
        QFETCH(QString, language);
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("expertdesk-tests");
        QCoreApplication::setApplicationName("tst_scheduling_ui_screenshot");
        QSettings().remove(HijriCalendar::settingsKey()); // the language's default
        Translations translations;
        QVERIFY(translations.setLanguage(language));
        LanguageSwitcher::applyDirection(language);

        TestDatabase db;
        QVERIFY(db.open());
        DemoOptions options;
        options.experts = 400;
        options.today = QDate(2026, 11, 22);
        QString error;
        QVERIFY2(DemoData::generate(*db.repository, options, {}, &error), qPrintable(error));
        QUndoStack undo;
        SchedulingArea area(*db.repository, undo);
        area.state().setToday(options.today);
        area.goToToday();
        QCOMPARE(area.state().showHijri(), language == QLatin1String("ar"));
        area.resize(1440, 860);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        // The conflict whose mission starts soonest after today, so both views show a red outline.
        int best = -1;
        qint64 soonest = std::numeric_limits<qint64>::max();
        for (int row = 0; row < area.conflictList()->count(); ++row) {
            const MissionSlot *m = area.state().data().mission(area.conflictList()->item(row)->data(Qt::UserRole).toString());
            const qint64 days = m ? options.today.daysTo(m->start) : -1;
            if (days >= 0 && days < soonest) {
                soonest = days;
                best = row;
            }
        }
        if (best >= 0)
            area.conflictList()->setCurrentRow(best);
        QCoreApplication::processEvents();

        const QString dir = qEnvironmentVariable("EXPERTDESK_SCREENSHOT_DIR");
        area.views()->setCurrentIndex(0);
        QCoreApplication::processEvents();
        const QImage calendar = area.grab().toImage();
        QVERIFY(!calendar.isNull());
        area.views()->setCurrentIndex(1);
        area.timeline()->ensureVisible(area.state().selectedMission());
        QCoreApplication::processEvents();
        QVERIFY(area.timeline()->rowCount() > 10);
        const QImage timeline = area.grab().toImage();
        if (!dir.isEmpty()) {
            QVERIFY(calendar.save(QDir(dir).filePath(QStringLiteral("calendar-%1.png").arg(language))));
            QVERIFY(timeline.save(QDir(dir).filePath(QStringLiteral("timeline-%1.png").arg(language))));
        }
        QVERIFY(translations.setLanguage(QStringLiteral("en")));
        LanguageSwitcher::applyDirection(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestSchedulingScreenshot)
#include "tst_schedulingscreenshot.moc"

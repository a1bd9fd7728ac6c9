// PlanDialog: the planner in its worker thread (own SQLite connection), ticking, one undo step
// for the created missions, and Stop.
#include "MatchingUiFixture.h"

#include "matching/MatchingContext.h"
#include "matching/PlanDialog.h"
#include "matching/WeightsDialog.h"

#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ed;

class TestPlanDialog : public QObject
{
    Q_OBJECT

private:
    MatchingUiFixture m_fixture;
    QUndoStack m_undo;
    std::unique_ptr<MatchingContext> m_context;

private slots:
    void initTestCase()
    {
        MatchingUiFixture::isolateSettings();
        QSettings().remove(QStringLiteral("matching/weights"));
        QVERIFY(m_fixture.open());
        m_context = std::make_unique<MatchingContext>(*m_fixture.db.repository);
        m_context->setToday(QDate(2029, 11, 22));
    }

    void runToCompletionAndAcceptSome()
    {
        PlanDialog dialog(*m_context, m_undo);
        dialog.show();
        QSignalSpy finished(&dialog, &PlanDialog::planFinished);
        QTest::mouseClick(dialog.proposeButton(), Qt::LeftButton);
        QVERIFY(dialog.isRunning());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), true);
        QTRY_VERIFY(!dialog.isRunning());
        // MRI wants 2 (best and good); IT wants 1 and asks for no skill: weak or Nadia.
        QCOMPARE(dialog.assignmentCount(), 3);
        QVERIFY(dialog.summaryText().contains(QLatin1String("total score")));
        QSet<QString> experts;
        for (int i = 0; i < dialog.assignmentCount(); ++i)
            experts.insert(dialog.resultView()->topLevelItem(i)->data(0, Qt::UserRole + 2).toString());
        QCOMPARE(experts.size(), 3); // one mission per expert
        QVERIFY(experts.contains(m_fixture.best) && experts.contains(m_fixture.good));
        QVERIFY(!experts.contains(m_fixture.inactive));

        dialog.setChecked(2, false);
        QVERIFY(dialog.createButton()->isEnabled());
        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.createdMissionIds().size(), 2);
        const QList<QVariantMap> missions = m_fixture.missions();
        QCOMPARE(missions.size(), 2);
        for (const QVariantMap &m : missions) {
            QCOMPARE(m.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
            QVERIFY(m.value(QStringLiteral("notes")).toString().contains(QLatin1String("\"skills\":35")));
        }
        QCOMPARE(m_undo.count(), 1); // one macro
        m_undo.undo();
        QVERIFY(m_fixture.missions().isEmpty());
        m_undo.redo();
        QCOMPARE(m_fixture.missions().size(), 2);
        m_undo.undo();
        m_undo.clear();
    }

    void stop()
    {
        PlanDialog dialog(*m_context, m_undo);
        QSignalSpy finished(&dialog, &PlanDialog::planFinished);
        dialog.propose();
        QVERIFY(dialog.cancelButton()->isEnabled());
        dialog.cancelRun(); // before the worker has even read the database
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), false);
        QTRY_VERIFY(!dialog.isRunning());
        QCOMPARE(dialog.assignmentCount(), 0);
        QVERIFY(!dialog.createButton()->isEnabled());
        QVERIFY(dialog.summaryText().contains(QLatin1String("stopped")));
        QVERIFY(m_fixture.missions().isEmpty());
        // A second run after a stop works.
        dialog.propose();
        QVERIFY(finished.wait(20000));
        QCOMPARE(dialog.assignmentCount(), 3);
    }

    void closingWhileRunningIsSafe()
    {
        auto *dialog = new PlanDialog(*m_context, m_undo);
        dialog->propose();
        delete dialog; // cancels and waits for the thread
        QVERIFY(m_fixture.missions().isEmpty());
    }

    void weightsDialogRoundTrip()
    {
        WeightsDialog dialog(m_context->weights());
        QCOMPARE(dialog.weights(), MatchingWeights());
        dialog.spinBox(ScorePart::Fairness)->setValue(20);
        for (int i = 0; i < kScorePartCount; ++i)
            QVERIFY(!dialog.spinBox(ScorePart(i))->accessibleName().isEmpty());
        m_context->setWeights(dialog.weights());
        QCOMPARE(MatchingContext::storedWeights().fairness, 20.0);
        const QJsonObject stored = QJsonDocument::fromJson(QSettings().value(QStringLiteral("matching/weights")).toByteArray()).object();
        QCOMPARE(stored.value(QStringLiteral("fairness")).toDouble(), 20.0);
        m_context->setWeights({});
    }
};

QTEST_MAIN(TestPlanDialog)
#include "tst_plandialog.moc"

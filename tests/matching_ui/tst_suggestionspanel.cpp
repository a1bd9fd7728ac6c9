// SuggestionsPanel: the order of the engine, the parts explained, the excluded list and Assign.
#include "MatchingUiFixture.h"

#include "matching/MatchingContext.h"
#include "matching/ScoreBarDelegate.h"
#include "matching/SuggestionsPanel.h"

#include <QCheckBox>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ed;

class TestSuggestionsPanel : public QObject
{
    Q_OBJECT

private:
    MatchingUiFixture m_fixture;
    QUndoStack m_undo;
    std::unique_ptr<MatchingContext> m_context;
    std::unique_ptr<SuggestionsPanel> m_panel;

private slots:
    void initTestCase()
    {
        MatchingUiFixture::isolateSettings();
        QVERIFY(m_fixture.open());
        m_context = std::make_unique<MatchingContext>(*m_fixture.db.repository);
        m_context->setToday(QDate(2029, 11, 22));
        m_panel = std::make_unique<SuggestionsPanel>(*m_context, m_undo);
        m_panel->resize(700, 600);
        m_panel->show();
    }

    void emptyWithoutNeed()
    {
        QVERIFY(m_panel->candidateIds().isEmpty());
        QVERIFY(!m_panel->assignButton()->isEnabled());
    }

    void rankedLikeTheEngine()
    {
        m_panel->setNeed(m_fixture.mriNeed);
        QCOMPARE(m_panel->candidateIds(),
                 (QStringList { m_fixture.best, m_fixture.good, m_fixture.weak }));
        // Each row has a bar and the seven parts, each explained in words.
        QTreeWidgetItem *first = m_panel->candidateView()->topLevelItem(0);
        QVERIFY(first->data(1, ScoreBarDelegate::FractionRole).toDouble() > 0.5);
        QCOMPARE(first->childCount(), 7);
        for (int i = 0; i < first->childCount(); ++i) {
            QVERIFY(!first->child(i)->text(0).isEmpty());
            QVERIFY(!first->child(i)->text(2).isEmpty());
        }
        // The skills part lists each requirement and the equipment on its own line.
        QTreeWidgetItem *skills = first->child(0);
        QStringList details;
        for (int i = 0; i < skills->childCount(); ++i)
            details << skills->child(i)->text(2);
        QVERIFY2(details.join(QLatin1Char('\n')).contains(QLatin1String("Magnetom Aera")), qPrintable(details.join(QLatin1Char('|'))));
        double previous = 2;
        for (int i = 0; i < m_panel->candidateView()->topLevelItemCount(); ++i) {
            const double fraction = m_panel->candidateView()->topLevelItem(i)->data(1, ScoreBarDelegate::FractionRole).toDouble();
            QVERIFY(fraction <= previous);
            previous = fraction;
        }
        m_panel->setTopCount(2);
        QCOMPARE(m_panel->candidateIds().size(), 2);
        m_panel->setTopCount(10);
    }

    void excludedToggle()
    {
        QVERIFY(m_panel->excludedView()->isHidden());
        m_panel->excludedToggle()->setChecked(true);
        QVERIFY(!m_panel->excludedView()->isHidden());
        const QStringList excluded = m_panel->excludedIds();
        QCOMPARE(QSet<QString>(excluded.begin(), excluded.end()),
                 (QSet<QString> { m_fixture.inactive, m_fixture.noSkill }));
        for (int i = 0; i < m_panel->excludedView()->topLevelItemCount(); ++i)
            QVERIFY(!m_panel->excludedView()->topLevelItem(i)->text(1).isEmpty());
        m_panel->excludedToggle()->setChecked(false);
        QVERIFY(m_panel->excludedView()->isHidden());
    }

    void assignCreatesDraftAndRefreshes()
    {
        m_panel->candidateView()->topLevelItem(0)->setSelected(true);
        QVERIFY(m_panel->assignButton()->isEnabled());
        QTest::mouseClick(m_panel->assignButton(), Qt::LeftButton);
        const QList<QVariantMap> missions = m_fixture.missions();
        QCOMPARE(missions.size(), 1);
        QCOMPARE(missions.constFirst().value(QStringLiteral("expert_id")).toString(), m_fixture.best);
        QCOMPARE(missions.constFirst().value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(m_undo.count(), 1);
        // The need is now this expert's: the engine no longer counts the need as elsewhere, so they stay listed.
        QTRY_VERIFY(m_panel->candidateIds().contains(m_fixture.best));
        m_undo.undo();
        QVERIFY(m_fixture.missions().isEmpty());
    }
};

QTEST_MAIN(TestSuggestionsPanel)
#include "tst_suggestionspanel.moc"

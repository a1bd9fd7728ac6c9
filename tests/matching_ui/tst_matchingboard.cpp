// MatchingBoard: real drag-and-drop events on the needs view, MIME validation before any change,
// hard-filter refusal and override, the keyboard path, filters, and undo of each.
#include "MatchingUiFixture.h"

#include "matching/DraftMissions.h"
#include "matching/ExpertMime.h"
#include "matching/MatchingBoard.h"
#include "matching/MatchingContext.h"
#include "matching/ScoreBarDelegate.h"

#include <QAction>
#include <QDialog>
#include <QLineEdit>
#include <QTimer>
#include <QApplication>
#include <QDropEvent>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace ed;

class TestMatchingBoard : public QObject
{
    Q_OBJECT

private:
    MatchingUiFixture m_fixture;
    QUndoStack m_undo;
    std::unique_ptr<MatchingContext> m_context;
    std::unique_ptr<MatchingBoard> m_board;
    QString m_overrideAnswer;
    QStringList m_overrideQuestions;

    QPoint needPoint(const QString &needId) const
    {
        auto *model = static_cast<QStandardItemModel *>(m_board->needView()->model());
        for (int g = 0; g < model->rowCount(); ++g) {
            for (int r = 0; r < model->item(g)->rowCount(); ++r) {
                QStandardItem *item = model->item(g)->child(r);
                if (item->data(MatchingBoard::IdRole).toString() == needId)
                    return m_board->needView()->visualRect(item->index()).center();
            }
        }
        return {};
    }

    // The three events a real drag delivers to the view's viewport; returns whether the drop was accepted.
    bool drop(const QString &needId, QMimeData *mime)
    {
        const QPoint point = needPoint(needId);
        if (point.isNull())
            return false;
        QWidget *viewport = m_board->needView()->viewport();
        QDragEnterEvent enter(point, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QDragMoveEvent move(point, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QDropEvent dropEvent(QPointF(point), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &dropEvent);
        const bool accepted = move.isAccepted() && dropEvent.isAccepted();
        delete mime;
        QCoreApplication::processEvents(); // the queued refresh after a write
        return accepted;
    }

    QList<QVariantMap> missionsOf(const QString &expertId) const
    {
        QList<QVariantMap> result;
        for (const QVariantMap &m : m_fixture.missions()) {
            if (m.value(QStringLiteral("expert_id")).toString() == expertId)
                result << m;
        }
        return result;
    }

private slots:
    void initTestCase()
    {
        MatchingUiFixture::isolateSettings();
        QVERIFY(m_fixture.open());
        m_context = std::make_unique<MatchingContext>(*m_fixture.db.repository);
        m_context->setToday(QDate(2029, 11, 22));
        m_board = std::make_unique<MatchingBoard>(*m_context, m_undo);
        m_board->drafts().setOverrideProvider([this](const QString &name, const QString &rule) {
            m_overrideQuestions << name + QLatin1String(": ") + rule;
            return m_overrideAnswer;
        });
        m_board->resize(1000, 600);
        m_board->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_board.get()));
    }

    void init()
    {
        m_overrideAnswer.clear();
        m_overrideQuestions.clear();
        while (m_undo.canUndo())
            m_undo.undo();
        m_undo.clear();
        QCoreApplication::processEvents();
        QVERIFY(m_fixture.missions().isEmpty());
    }

    void listsOpenNeedsGroupedBySector()
    {
        const QStringList visible = m_board->visibleNeedIds();
        QCOMPARE(QSet<QString>(visible.begin(), visible.end()), (QSet<QString> { m_fixture.mriNeed, m_fixture.itNeed }));
        auto *model = static_cast<QStandardItemModel *>(m_board->needView()->model());
        QCOMPARE(model->rowCount(), 2); // two sector groups
        m_board->setSectorFilter(QStringLiteral("IT"));
        QCOMPARE(m_board->visibleNeedIds(), QStringList { m_fixture.itNeed });
        m_board->setSectorFilter(QString());
        m_board->setPriorityFilter(QStringLiteral("high"));
        QCOMPARE(m_board->visibleNeedIds(), QStringList { m_fixture.mriNeed });
        m_board->setPriorityFilter(QString());
        m_board->setCountryFilter(QStringLiteral("PK"));
        QCOMPARE(m_board->visibleNeedIds().size(), 2);
        m_board->setCountryFilter(QString());
    }

    void expertSearchAndDragSource()
    {
        m_board->setExpertSearch(QStringLiteral("omar"));
        QCOMPARE(m_board->expertView()->model()->rowCount(), 1);
        m_board->setExpertSearch(QString());
        QCOMPARE(m_board->expertView()->model()->rowCount(), 5);
        // What the roster hands to a drag is our MIME type with the selected ids.
        QVERIFY(m_board->selectExperts({ m_fixture.best, m_fixture.good }));
        QAbstractItemModel *model = m_board->expertView()->model();
        std::unique_ptr<QMimeData> mime(model->mimeData(m_board->expertView()->selectionModel()->selectedIndexes()));
        QVERIFY(mime);
        QStringList ids;
        QString error;
        QVERIFY(ExpertMime::decode(mime.get(), &ids, &error));
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()), (QSet<QString> { m_fixture.best, m_fixture.good }));
    }

    void dropCreatesDraftAndUndoRemovesIt()
    {
        QVERIFY(drop(m_fixture.mriNeed, ExpertMime::encode({ m_fixture.best })));
        const QList<QVariantMap> missions = missionsOf(m_fixture.best);
        QCOMPARE(missions.size(), 1);
        const QVariantMap &m = missions.constFirst();
        QCOMPARE(m.value(QStringLiteral("need_id")).toString(), m_fixture.mriNeed);
        QCOMPARE(m.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(m.value(QStringLiteral("start")).toString(), QStringLiteral("2030-01-10"));
        QCOMPARE(m.value(QStringLiteral("end")).toString(), QStringLiteral("2030-01-19")); // 10 days, both included
        QCOMPARE(m.value(QStringLiteral("institution_id")).toString(), m_fixture.host);
        QVERIFY(m.value(QStringLiteral("override_reason")).toString().isEmpty());
        QVERIFY(m_overrideQuestions.isEmpty());
        QCOMPARE(m_undo.count(), 1);
        // The board shows the need as staffed.
        QVERIFY(m_board->lastMessage().contains(QLatin1String("Amina Best")));

        m_undo.undo();
        QCoreApplication::processEvents();
        QVERIFY(m_fixture.missions().isEmpty());
        m_undo.redo();
        QCOMPARE(m_fixture.missions().size(), 1);
    }

    void dropOfSeveralIsOneUndoStep()
    {
        QVERIFY(drop(m_fixture.mriNeed, ExpertMime::encode({ m_fixture.best, m_fixture.good })));
        QCOMPARE(m_fixture.missions().size(), 2);
        QCOMPARE(m_undo.count(), 1);
        m_undo.undo();
        QVERIFY(m_fixture.missions().isEmpty());
    }

    void duplicateRefused()
    {
        QVERIFY(drop(m_fixture.mriNeed, ExpertMime::encode({ m_fixture.best })));
        const int outbox = m_fixture.db.repository->outboxSize();
        drop(m_fixture.mriNeed, ExpertMime::encode({ m_fixture.best }));
        QCOMPARE(m_fixture.missions().size(), 1);
        QCOMPARE(m_fixture.db.repository->outboxSize(), outbox);
        QVERIFY(m_board->lastMessage().contains(QLatin1String("already has a mission")));
    }

    void invalidPayloadsChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown id") << QByteArray(R"(["0190aaaa-0000-7000-8000-000000000000"])") << "not an expert";
        QTest::newRow("not json") << QByteArray("hello") << "not a list of experts";
        QTest::newRow("empty list") << QByteArray("[]") << "not a list of experts";
        QTest::newRow("numbers") << QByteArray("[1, 2]") << "not a list of experts";
        QTest::newRow("sql in id") << QByteArray("[\"x\\u0027; DROP TABLE missions; --\"]") << "not a list of experts";
    }

    void invalidPayloadsChangeNothing()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, message);
        const int outbox = m_fixture.db.repository->outboxSize();
        auto *mime = new QMimeData;
        mime->setData(ExpertMime::type(), payload);
        drop(m_fixture.mriNeed, mime);
        QVERIFY(m_fixture.missions().isEmpty());
        QCOMPARE(m_fixture.db.repository->outboxSize(), outbox);
        QCOMPARE(m_undo.count(), 0);
        QVERIFY2(m_board->lastMessage().contains(message), qPrintable(m_board->lastMessage()));
    }

    void deletedExpertRefused()
    {
        const QString gone = m_fixture.expert(QStringLiteral("Gone Expert"), 4, QStringLiteral("active"), true);
        QVERIFY(m_fixture.db.repository->remove(Schema::experts(), gone).ok());
        QCoreApplication::processEvents();
        // One bad id in a list refuses the whole drop: the valid one is not assigned either.
        drop(m_fixture.mriNeed, ExpertMime::encode({ m_fixture.best, gone }));
        QVERIFY(m_fixture.missions().isEmpty());
        QVERIFY(m_board->lastMessage().contains(QLatin1String("unknown or deleted")));
    }

    void otherMimeTypesIgnored()
    {
        auto *mime = new QMimeData;
        mime->setText(m_fixture.best);
        QVERIFY(!drop(m_fixture.mriNeed, mime));
        QVERIFY(m_fixture.missions().isEmpty());
    }

    void hardFilterRefused()
    {
        m_overrideAnswer.clear(); // the coordinator cancels the override dialog
        const int outbox = m_fixture.db.repository->outboxSize();
        drop(m_fixture.mriNeed, ExpertMime::encode({ m_fixture.inactive }));
        QCOMPARE(m_overrideQuestions.size(), 1);
        QVERIFY(m_overrideQuestions.constFirst().contains(QLatin1String("Not active")));
        QVERIFY(m_fixture.missions().isEmpty());
        QCOMPARE(m_fixture.db.repository->outboxSize(), outbox);
        QCOMPARE(m_undo.count(), 0);
        QVERIFY(m_board->lastMessage().contains(QLatin1String("Not active on the roster")));
    }

    void overrideAsksAfterTheDropReturns()
    {
        // A modal dialog opened inside the drop handler blocked every later drag: the question
        // must come only once the drop event has been handled.
        const QPoint point = needPoint(m_fixture.mriNeed);
        std::unique_ptr<QMimeData> mime(ExpertMime::encode({ m_fixture.inactive }));
        QWidget *viewport = m_board->needView()->viewport();
        QDragEnterEvent enter(point, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QDragMoveEvent move(point, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QDropEvent dropEvent(QPointF(point), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &dropEvent);
        QVERIFY(dropEvent.isAccepted());
        QVERIFY(m_overrideQuestions.isEmpty());
        mime.reset(); // the drag's data is gone by the time the question comes
        QCoreApplication::processEvents();
        QCOMPARE(m_overrideQuestions.size(), 1);
        QVERIFY(m_fixture.missions().isEmpty());
    }

    void dragsAfterACancelledOverrideStillWork()
    {
        m_overrideAnswer.clear(); // every override question is cancelled
        QVERIFY(drop(m_fixture.mriNeed, ExpertMime::encode({ m_fixture.inactive })));
        QVERIFY(drop(m_fixture.mriNeed, ExpertMime::encode({ m_fixture.best })));
        QCOMPARE(missionsOf(m_fixture.best).size(), 1);
        QVERIFY(drop(m_fixture.mriNeed, ExpertMime::encode({ m_fixture.inactive })));
        QVERIFY(drop(m_fixture.itNeed, ExpertMime::encode({ m_fixture.good })));
        QCOMPARE(m_overrideQuestions.size(), 2);
        QVERIFY(missionsOf(m_fixture.inactive).isEmpty());
        QCOMPARE(missionsOf(m_fixture.good).size(), 1);
        QCOMPARE(m_undo.count(), 2);
    }

    void overrideRecordsReason()
    {
        m_overrideAnswer = QStringLiteral("Only engineer who knows this scanner; status is being renewed");
        QVERIFY(drop(m_fixture.mriNeed, ExpertMime::encode({ m_fixture.inactive })));
        const QList<QVariantMap> missions = missionsOf(m_fixture.inactive);
        QCOMPARE(missions.size(), 1);
        QCOMPARE(missions.constFirst().value(QStringLiteral("override_reason")).toString(), m_overrideAnswer);
        m_undo.undo();
        QVERIFY(m_fixture.missions().isEmpty());
    }

    void overrideThroughTheRealDialog()
    {
        // The default provider is a QInputDialog: fill it from a timer as a person would.
        DraftMissions drafts(*m_context, m_undo, m_board.get());
        QTimer::singleShot(0, this, [] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<QDialog *>(w); dialog && dialog->isVisible()) {
                    auto *edit = dialog->findChild<QLineEdit *>();
                    QVERIFY(edit);
                    QTest::keyClicks(edit, QStringLiteral("host insists"));
                    dialog->accept();
                }
            }
        });
        const DraftMissions::Outcome outcome = drafts.assign(m_fixture.mriNeed, { m_fixture.noSkill });
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QCOMPARE(missionsOf(m_fixture.noSkill).constFirst().value(QStringLiteral("override_reason")).toString(),
                 QStringLiteral("host insists"));
    }

    void keyboardAssign()
    {
        QVERIFY(m_board->selectNeed(m_fixture.itNeed));
        QVERIFY(m_board->selectExperts({ m_fixture.weak }));
        QVERIFY(m_board->assignAction()->isEnabled());
        QApplication::setActiveWindow(m_board.get());
        m_board->expertView()->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(m_board.get()));
        QTest::keyClick(m_board->expertView(), Qt::Key_Return, Qt::ControlModifier);
        const QList<QVariantMap> missions = missionsOf(m_fixture.weak);
        QCOMPARE(missions.size(), 1);
        QCOMPARE(missions.constFirst().value(QStringLiteral("need_id")).toString(), m_fixture.itNeed);
        m_undo.undo();
        QVERIFY(m_fixture.missions().isEmpty());
    }

    void scoresFollowTheSelectedNeed()
    {
        QVERIFY(m_board->selectNeed(m_fixture.mriNeed));
        QCoreApplication::processEvents();
        QAbstractItemModel *model = m_board->expertView()->model();
        // Sorted by score: the best first, excluded experts last.
        QCOMPARE(model->index(0, 0).data(MatchingBoard::IdRole).toString(), m_fixture.best);
        QVERIFY(model->index(0, 3).data(ScoreBarDelegate::FractionRole).toDouble() > 0.5);
        QCOMPARE(model->index(4, 3).data().toString(), QStringLiteral("excluded"));
    }

    void barMirrorsInRightToLeft()
    {
        const QRect cell(0, 0, 108, 20);
        const QRect ltr = ScoreBarDelegate::barRect(cell, 0.5, Qt::LeftToRight);
        const QRect rtl = ScoreBarDelegate::barRect(cell, 0.5, Qt::RightToLeft);
        QCOMPARE(ltr.left(), 4);
        QCOMPARE(rtl.right(), cell.right() - 4);
        QCOMPARE(ltr.width(), rtl.width());
    }
};

QTEST_MAIN(TestMatchingBoard)
#include "tst_matchingboard.moc"

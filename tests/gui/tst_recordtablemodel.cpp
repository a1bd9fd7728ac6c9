#include "GuiFixture.h"

#include "itemmodels/RecordTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ed;

class TestRecordTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void countsAndDisplayText();
    void insertUpdateRemoveAreFineGrained();
    void updateThatMovesRow();
    void filterAndSortInSql();
    void updateLeavingAndEnteringFilter();
    void referenceRenameRefreshesColumn();
    void pageCacheStaysBounded();

private:
    std::unique_ptr<TestDatabase> m_db;
    GuiFixture::Ids m_ids;
};

void TestRecordTableModel::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY(m_db->open());
    m_ids = GuiFixture::seed(*m_db->repository);
}

void TestRecordTableModel::cleanup()
{
    m_db.reset();
}

static int columnOf(const RecordTableModel &model, const char *field)
{
    return int(model.columns().indexOf(QLatin1String(field)));
}

void TestRecordTableModel::countsAndDisplayText()
{
    RecordTableModel model(*m_db->repository, Schema::experts());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), m_ids.experts.size());
    QCOMPARE(model.columns(), Schema::experts().listColumns);
    model.setColumns(model.columns() << QStringLiteral("languages"));

    const int row = model.rowOf(m_ids.experts.at(0));
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, 0).data(RecordTableModel::IdRole).toString(), m_ids.experts.at(0));
    QCOMPARE(model.index(row, columnOf(model, "name")).data().toString(), QStringLiteral("Amina Diallo"));
    QCOMPARE(model.index(row, columnOf(model, "nationality")).data().toString(),
             m_db->reference.countryName(QStringLiteral("SN")));
    QCOMPARE(model.index(row, columnOf(model, "sectors")).data().toString(),
             m_db->reference.sectorName(QStringLiteral("BME")) + QStringLiteral(", ")
                     + m_db->reference.sectorName(QStringLiteral("OG")));
    QCOMPARE(model.index(row, columnOf(model, "status")).data().toString(), QStringLiteral("Active"));
    QCOMPARE(model.index(row, columnOf(model, "languages")).data().toString(), QStringLiteral("Arabic 4/4, English 1/4"));

    RecordTableModel missions(*m_db->repository, Schema::missions());
    QAbstractItemModelTester missionTester(&missions, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int missionRow = missions.rowOf(m_ids.missions.at(0));
    QCOMPARE(missions.index(missionRow, columnOf(missions, "expert_id")).data().toString(),
             QStringLiteral("Amina Diallo"));
    QVERIFY(missions.index(missionRow, columnOf(missions, "need_id")).data().toString().contains(
            QStringLiteral("Training of lab equipment, batch 1")));
}

void TestRecordTableModel::insertUpdateRemoveAreFineGrained()
{
    RecordTableModel model(*m_db->repository, Schema::experts());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    QVariantMap expert = TestRecords::expert();
    expert.insert(QStringLiteral("name"), QStringLiteral("Aaron Abdullah")); // sorts first
    expert.insert(QStringLiteral("email"), QStringLiteral("aaron@example.org"));
    const QString id = m_db->repository->insert(Schema::experts(), expert).id;
    QVERIFY(!id.isEmpty());
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(model.rowCount(), m_ids.experts.size() + 1);
    QCOMPARE(model.idAt(0), id);

    QVERIFY(m_db->repository->update(Schema::experts(), id, { { QStringLiteral("employer"), QStringLiteral("KFUPM") } }).ok());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(model.index(0, columnOf(model, "employer")).data().toString(), QStringLiteral("KFUPM"));

    QVERIFY(m_db->repository->remove(Schema::experts(), id).ok());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 0);
    QCOMPARE(model.rowCount(), m_ids.experts.size());

    // A middle row that is not in the cache any more is still found by SQL.
    QVERIFY(m_db->repository->restore(Schema::experts(), id).ok());
    QCOMPARE(inserted.size(), 2);
    const QString middle = model.idAt(10);
    const QString next = model.idAt(11);
    QVERIFY(m_db->repository->remove(Schema::experts(), middle).ok());
    QCOMPARE(removed.size(), 2);
    QCOMPARE(removed.last().at(1).toInt(), 10);
    QCOMPARE(model.idAt(10), next);
    QCOMPARE(resets.size(), 0);
}

void TestRecordTableModel::updateThatMovesRow()
{
    RecordTableModel model(*m_db->repository, Schema::experts());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const QString id = model.idAt(0);
    QPersistentModelIndex persistent = model.index(0, 0);
    QVERIFY(m_db->repository->update(Schema::experts(), id, { { QStringLiteral("name"), QStringLiteral("Zz Last") } }).ok());
    QCOMPARE(moved.size(), 1);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(model.idAt(model.rowCount() - 1), id);
    QCOMPARE(persistent.row(), model.rowCount() - 1); // selections follow the record
    QCOMPARE(persistent.data().toString(), QStringLiteral("Zz Last"));

    // And back to the top.
    QVERIFY(m_db->repository->update(Schema::experts(), id, { { QStringLiteral("name"), QStringLiteral("Aa First") } }).ok());
    QCOMPARE(moved.size(), 2);
    QCOMPARE(model.idAt(0), id);
}

void TestRecordTableModel::filterAndSortInSql()
{
    RecordTableModel model(*m_db->repository, Schema::experts());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RecordFilter filter;
    filter.sector = QStringLiteral("IT");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), m_db->repository->count(Schema::experts(), filter));
    QVERIFY(model.rowCount() > 0 && model.rowCount() < m_ids.experts.size());
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.recordAt(row).value(QStringLiteral("sectors")).toList().contains(QStringLiteral("IT")));

    // An insert outside the filter is invisible; one inside appears.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVariantMap expert = TestRecords::expert(); // BME only
    QVERIFY(m_db->repository->insert(Schema::experts(), expert).ok());
    QCOMPARE(inserted.size(), 0);
    expert.insert(QStringLiteral("email"), QStringLiteral("it@example.org"));
    expert.insert(QStringLiteral("sectors"), QVariantList { QStringLiteral("IT") });
    const QString id = m_db->repository->insert(Schema::experts(), expert).id;
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.idAt(inserted.first().at(1).toInt()), id);

    filter = {};
    filter.search = QStringLiteral("amina");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), m_db->repository->count(Schema::experts(), filter));
    QVERIFY(model.rowCount() >= 2);

    model.setFilter({});
    const int employer = columnOf(model, "employer");
    model.sort(employer, Qt::DescendingOrder);
    QCOMPARE(model.sortField(), QStringLiteral("employer"));
    for (int row = 1; row < model.rowCount(); ++row) {
        QVERIFY(model.index(row - 1, employer).data().toString().compare(model.index(row, employer).data().toString(),
                                                                         Qt::CaseInsensitive)
                >= 0);
    }
    // Positions computed for inserts agree with the descending order.
    expert.insert(QStringLiteral("email"), QStringLiteral("zz@example.org"));
    expert.insert(QStringLiteral("employer"), QStringLiteral("Zzz Works"));
    const QString top = m_db->repository->insert(Schema::experts(), expert).id;
    QCOMPARE(model.idAt(0), top);
}

void TestRecordTableModel::updateLeavingAndEnteringFilter()
{
    RecordTableModel model(*m_db->repository, Schema::experts());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RecordFilter filter;
    filter.status = QStringLiteral("active");
    model.setFilter(filter);
    const int before = model.rowCount();
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const QString id = model.idAt(3);
    QVERIFY(m_db->repository->update(Schema::experts(), id, { { QStringLiteral("status"), QStringLiteral("suspended") } }).ok());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 3);
    QCOMPARE(model.rowCount(), before - 1);
    QVERIFY(m_db->repository->update(Schema::experts(), id, { { QStringLiteral("status"), QStringLiteral("active") } }).ok());
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.idAt(3), id);
}

void TestRecordTableModel::referenceRenameRefreshesColumn()
{
    RecordTableModel missions(*m_db->repository, Schema::missions());
    QAbstractItemModelTester tester(&missions, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int column = columnOf(missions, "expert_id");
    const int row = missions.rowOf(m_ids.missions.at(0));
    QCOMPARE(missions.index(row, column).data().toString(), QStringLiteral("Amina Diallo"));
    QSignalSpy changed(&missions, &QAbstractItemModel::dataChanged);
    QVERIFY(m_db->repository->update(Schema::experts(), m_ids.experts.at(0),
                                     { { QStringLiteral("name"), QStringLiteral("Amina Diallo-Sow") } }).ok());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(missions.index(row, column).data().toString(), QStringLiteral("Amina Diallo-Sow"));
}

void TestRecordTableModel::pageCacheStaysBounded()
{
    {
        RecordRepository::Batch batch(*m_db->repository);
        QVariantMap expert = TestRecords::expert();
        for (int i = 0; i < 2500; ++i) {
            expert.insert(QStringLiteral("name"), QStringLiteral("Bulk Expert %1").arg(i, 5, 10, QLatin1Char('0')));
            expert.insert(QStringLiteral("email"), QStringLiteral("bulk%1@example.org").arg(i));
            QVERIFY(m_db->repository->insert(Schema::experts(), expert).ok());
        }
        RecordTableModel model(*m_db->repository, Schema::experts()); // sees the open transaction
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QVERIFY(batch.commit());
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), m_ids.experts.size() + 2500);
        for (int row = 0; row < model.rowCount(); row += 7)
            QVERIFY(!model.idAt(row).isEmpty());
        QVERIFY(model.cachedPageCount() <= RecordTableModel::MaxCachedPages);
        QCOMPARE(model.index(model.rowCount() - 1, 0).data().toString(), QStringLiteral("Zainab Santoso"));
        const QString last = model.idAt(model.rowCount() - 1);
        QCOMPARE(model.rowOf(last), model.rowCount() - 1);
    }
}

QTEST_GUILESS_MAIN(TestRecordTableModel)
#include "tst_recordtablemodel.moc"

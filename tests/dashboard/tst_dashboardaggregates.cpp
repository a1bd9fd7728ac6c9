// Every dashboard figure equals a count written here directly in SQL, in a different way from
// models/reporting (BETWEEN on substr, IN sub-queries, LIKE on the JSON) so that one mistake
// cannot hide in both.
#include "DashboardFixture.h"

#include "reporting/DashboardAggregates.h"

#include <QTest>

using namespace ed;

Q_DECLARE_METATYPE(ed::DashboardFilter)

class TestDashboardAggregates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filters_data();
    void needsBySector_data() { filters_data(); }
    void needsBySector();
    void expertsByCountry_data() { filters_data(); }
    void expertsByCountry();
    void missionsByMonth_data() { filters_data(); }
    void missionsByMonth();
    void fulfilmentByCountry_data() { filters_data(); }
    void fulfilmentByCountry();
    void matrix_data() { filters_data(); }
    void matrix();
    void kpis_data() { filters_data(); }
    void kpis();
    void defaultRange();
    void computeAll();

private:
    QVariant scalar(const QString &sql, const QVariantList &binds = {}) const;
    int count(const QString &sql, const QVariantList &binds = {}) const { return scalar(sql, binds).toInt(); }
    // The direct SQL's share of the filter: a condition on need `n` and its binds.
    QString needCondition(const DashboardFilter &f, QVariantList *binds, bool dated = true) const;
    QString missionCondition(const DashboardFilter &f, QVariantList *binds, bool dated = true) const;

    TestDatabase m_db;
    std::unique_ptr<DashboardAggregates> m_aggregates;
    QString m_busiestCountry;
};

void TestDashboardAggregates::initTestCase()
{
    QVERIFY(m_db.open());
    QVERIFY(DashboardFixture::seed(m_db));
    m_aggregates = std::make_unique<DashboardAggregates>(*m_db.database, m_db.reference);
    m_busiestCountry = scalar("SELECT i.country FROM needs n JOIN institutions i ON i.id = n.institution_id "
                              "GROUP BY i.country ORDER BY COUNT(*) DESC LIMIT 1").toString();
    QVERIFY(!m_busiestCountry.isEmpty());
    QVERIFY(count("SELECT COUNT(*) FROM needs WHERE deleted = 1") > 0);
}

QVariant TestDashboardAggregates::scalar(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(m_db.database->connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return {};
    }
    return q.value(0);
}

void TestDashboardAggregates::filters_data()
{
    QTest::addColumn<DashboardFilter>("filter");
    const DashboardFilter all = DashboardFixture::defaultFilter();
    QTest::newRow("default range") << all;
    DashboardFilter sector = all;
    sector.sector = "BME";
    QTest::newRow("sector BME") << sector;
    DashboardFilter country = all;
    country.country = m_busiestCountry;
    QTest::newRow("busiest country") << country;
    DashboardFilter narrow = all;
    narrow.from = QDate(2026, 3, 15);
    narrow.to = QDate(2026, 9, 30);
    narrow.sector = "BME";
    QTest::newRow("mid-month range, BME") << narrow;
    DashboardFilter open;
    open.today = DashboardFixture::kToday;
    QTest::newRow("no dates") << open;
}

QString TestDashboardAggregates::needCondition(const DashboardFilter &f, QVariantList *binds, bool dated) const
{
    QString sql = "n.deleted = 0";
    if (dated && f.from.isValid()) {
        sql += " AND substr(n.created_at, 1, 10) >= ?";
        *binds << f.from.toString(Qt::ISODate);
    }
    if (dated && f.to.isValid()) {
        sql += " AND substr(n.created_at, 1, 10) <= ?";
        *binds << f.to.toString(Qt::ISODate);
    }
    if (!f.sector.isEmpty()) {
        sql += " AND n.sector = ?";
        *binds << f.sector;
    }
    if (!f.country.isEmpty()) {
        sql += " AND n.institution_id IN (SELECT id FROM institutions WHERE country = ?)";
        *binds << f.country;
    }
    return sql;
}

QString TestDashboardAggregates::missionCondition(const DashboardFilter &f, QVariantList *binds, bool dated) const
{
    QString sql = "m.deleted = 0";
    if (dated && f.from.isValid()) {
        sql += " AND m.start >= ?";
        *binds << f.from.toString(Qt::ISODate);
    }
    if (dated && f.to.isValid()) {
        sql += " AND m.start <= ?";
        *binds << f.to.toString(Qt::ISODate);
    }
    if (!f.sector.isEmpty()) {
        sql += " AND m.need_id IN (SELECT id FROM needs WHERE sector = ?)";
        *binds << f.sector;
    }
    if (!f.country.isEmpty()) {
        sql += " AND m.institution_id IN (SELECT id FROM institutions WHERE country = ?)";
        *binds << f.country;
    }
    return sql;
}

void TestDashboardAggregates::needsBySector()
{
    QFETCH(DashboardFilter, filter);
    const QList<KeyCount> figures = m_aggregates->needsBySector(filter);
    QCOMPARE(figures.size(), 19);
    int total = 0;
    for (const KeyCount &figure : figures) {
        QVariantList binds { figure.key };
        const QString condition = needCondition(filter, &binds);
        QCOMPARE(figure.count, count("SELECT COUNT(*) FROM needs n WHERE n.sector = ? AND " + condition, binds));
        total += figure.count;
    }
    QVariantList binds;
    QCOMPARE(total, count("SELECT COUNT(*) FROM needs n WHERE " + needCondition(filter, &binds), binds));
    QVERIFY(total > 0);
}

void TestDashboardAggregates::expertsByCountry()
{
    QFETCH(DashboardFilter, filter);
    const QList<KeyCount> figures = m_aggregates->expertsByCountry(filter);
    QCOMPARE(figures.size(), 57); // every member state, zeros included
    int total = 0;
    for (const KeyCount &figure : figures) {
        QString sql = "SELECT COUNT(*) FROM experts WHERE deleted = 0 AND country = ?";
        QVariantList binds { figure.key };
        if (!filter.sector.isEmpty()) {
            sql += " AND sectors LIKE ?";
            binds << QString("%\"" + filter.sector + "\"%");
        }
        if (!filter.country.isEmpty() && filter.country != figure.key) {
            QCOMPARE(figure.count, 0);
            continue;
        }
        QCOMPARE(figure.count, count(sql, binds));
        total += figure.count;
    }
    QVERIFY(total > 0);
}

void TestDashboardAggregates::missionsByMonth()
{
    QFETCH(DashboardFilter, filter);
    const QList<QDate> months = filter.months();
    const QHash<QString, QList<int>> figures = m_aggregates->missionsByMonth(filter);
    QCOMPARE(figures.size(), 9); // every mission status
    int total = 0;
    for (auto it = figures.cbegin(); it != figures.cend(); ++it) {
        QCOMPARE(it.value().size(), months.size());
        for (int i = 0; i < months.size(); ++i) {
            // The month, cut to the range at both ends.
            const QDate first = qMax(months.at(i), filter.from);
            const QDate last = qMin(months.at(i).addMonths(1).addDays(-1), filter.to);
            QVariantList binds { it.key(), first.toString(Qt::ISODate), last.toString(Qt::ISODate) };
            const QString condition = missionCondition(filter, &binds, false);
            QCOMPARE(it.value().at(i),
                     count("SELECT COUNT(*) FROM missions m WHERE m.status = ? AND m.start BETWEEN ? AND ? AND "
                           + condition, binds));
            total += it.value().at(i);
        }
    }
    if (!months.isEmpty())
        QVERIFY(total > 0);
}

void TestDashboardAggregates::fulfilmentByCountry()
{
    QFETCH(DashboardFilter, filter);
    const QList<Fulfilment> figures = m_aggregates->fulfilmentByCountry(filter);
    QCOMPARE(figures.size(), 57);
    int fulfilledTotal = 0;
    for (const Fulfilment &figure : figures) {
        QVariantList binds { figure.country };
        const QString scope = "FROM needs n WHERE n.institution_id IN (SELECT id FROM institutions WHERE country = ?) AND "
                + needCondition(filter, &binds);
        QCOMPARE(figure.received, count("SELECT COUNT(*) " + scope, binds));
        const QString served = " AND (n.status = 'fulfilled' OR (n.status = 'closed' AND n.id IN "
                               "(SELECT need_id FROM missions WHERE deleted = 0 AND status IN ('completed', 'evaluated'))))";
        QCOMPARE(figure.fulfilled, count("SELECT COUNT(*) " + scope + served, binds));
        QVERIFY(figure.fulfilled <= figure.received);
        QCOMPARE(figure.hasRate(), figure.received > 0);
        fulfilledTotal += figure.fulfilled;
    }
    if (filter.sector.isEmpty())
        QVERIFY(fulfilledTotal > 0);
}

void TestDashboardAggregates::matrix()
{
    QFETCH(DashboardFilter, filter);
    const auto cells = m_aggregates->sectorCountryMatrix(filter);
    int checkedNonZero = 0;
    for (const ReferenceData::Entry &sector : m_db.reference.sectors()) {
        for (const ReferenceData::Entry &country : m_db.reference.countries()) {
            QVariantList binds { sector.code, country.code };
            const int expected = count("SELECT COUNT(*) FROM needs n WHERE n.sector = ? AND n.institution_id IN "
                                       "(SELECT id FROM institutions WHERE country = ?) AND "
                                               + needCondition(filter, &binds),
                                       binds);
            QCOMPARE(cells.value({ sector.code, country.code }), expected);
            checkedNonZero += expected > 0;
        }
    }
    QCOMPARE(cells.size(), checkedNonZero); // no zero cells stored, none missing
}

void TestDashboardAggregates::kpis()
{
    QFETCH(DashboardFilter, filter);
    const DashboardKpis k = m_aggregates->kpis(filter);

    QVariantList binds;
    QString condition = needCondition(filter, &binds, false);
    QCOMPARE(k.openNeeds, count("SELECT COUNT(*) FROM needs n WHERE n.status NOT IN "
                                "('fulfilled', 'closed', 'rejected', 'withdrawn') AND " + condition, binds));

    QString experts = "SELECT COUNT(*) FROM experts WHERE deleted = 0 AND status = 'active'";
    binds.clear();
    if (!filter.sector.isEmpty()) {
        experts += " AND sectors LIKE ?";
        binds << QString("%\"" + filter.sector + "\"%");
    }
    if (!filter.country.isEmpty()) {
        experts += " AND country = ?";
        binds << filter.country;
    }
    QCOMPARE(k.activeExperts, count(experts, binds));

    binds.clear();
    condition = missionCondition(filter, &binds);
    QCOMPARE(k.missionsInPeriod, count("SELECT COUNT(*) FROM missions m WHERE m.status != 'cancelled' AND " + condition, binds));

    binds.clear();
    condition = missionCondition(filter, &binds);
    const int ratings = count("SELECT COUNT(*) FROM evaluations e, missions m WHERE e.mission_id = m.id AND "
                              "e.deleted = 0 AND " + condition, binds);
    QCOMPARE(k.ratingCount, ratings);
    if (ratings > 0) {
        const double sum = scalar("SELECT SUM(e.rating_overall) FROM evaluations e, missions m WHERE "
                                  "e.mission_id = m.id AND e.deleted = 0 AND " + condition, binds).toDouble();
        QVERIFY(qAbs(k.meanRating - sum / ratings) < 1e-9);
    } else {
        QVERIFY(std::isnan(k.meanRating));
    }

    const double usd = scalar("SELECT TOTAL(m.airfare_amount) FROM missions m WHERE m.status <> 'cancelled' AND "
                              "IFNULL(m.airfare_currency, 'USD') = 'USD' AND " + condition, binds).toDouble();
    double reported = 0;
    for (const auto &entry : k.airfare) {
        if (entry.first == "USD")
            reported = entry.second;
    }
    QVERIFY2(qAbs(reported - usd) < 0.005, qPrintable(QString("%1 vs %2").arg(reported).arg(usd)));
}

void TestDashboardAggregates::defaultRange()
{
    const DashboardFilter f = DashboardFilter::defaultRange(QDate(2026, 11, 22));
    QCOMPARE(f.from, QDate(2025, 12, 1));
    QCOMPARE(f.to, QDate(2027, 5, 31));
    const QList<QDate> months = f.months();
    QCOMPARE(months.size(), 18); // 12 months up to this one, and the next 6
    QCOMPARE(months.first(), QDate(2025, 12, 1));
    QCOMPARE(months.last(), QDate(2027, 5, 1));
}

void TestDashboardAggregates::computeAll()
{
    DashboardData data;
    QString error;
    QVERIFY2(m_aggregates->compute(DashboardFixture::defaultFilter(), &data, &error), qPrintable(error));
    QCOMPARE(data.needsBySector.size(), 19);
    QCOMPARE(data.expertsByCountry.size(), 57);
    QCOMPARE(data.months.size(), 18);
    QCOMPARE(data.missionStatuses.size(), 9);
    QVERIFY(!data.matrix.isEmpty());
    QVERIFY(data.kpis.activeExperts > 0);
    // A second refresh reuses the prepared statements and gives the same answer.
    DashboardData again;
    QVERIFY(m_aggregates->compute(DashboardFixture::defaultFilter(), &again, &error));
    QCOMPARE(again.kpis.openNeeds, data.kpis.openNeeds);
    QCOMPARE(again.matrix, data.matrix);
}

QTEST_GUILESS_MAIN(TestDashboardAggregates)
#include "tst_dashboardaggregates.moc"

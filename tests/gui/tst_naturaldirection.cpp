// Table cells are laid out in their own text's direction (dir="auto"), whatever the view's.
#include "NaturalDirectionDelegate.h"

#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace ed;

namespace {
class Probe : public NaturalDirectionDelegate
{
public:
    using NaturalDirectionDelegate::NaturalDirectionDelegate;
    Qt::LayoutDirection directionOf(const QModelIndex &index, Qt::LayoutDirection view) const
    {
        QStyleOptionViewItem option;
        option.direction = view;
        initStyleOption(&option, index);
        return option.direction;
    }
};
} // namespace

class TestNaturalDirection : public QObject
{
    Q_OBJECT
private slots:
    void cellsFollowTheirText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Qt::LayoutDirection>("view");
        QTest::addColumn<Qt::LayoutDirection>("expected");
        QTest::newRow("Latin title in Arabic UI") << "Calibration of the Canon scanner" << Qt::RightToLeft << Qt::LeftToRight;
        QTest::newRow("Arabic name in English UI") << "معايرة الماسح" << Qt::LeftToRight << Qt::RightToLeft;
        QTest::newRow("Arabic in Arabic UI") << "معايرة الماسح" << Qt::RightToLeft << Qt::RightToLeft;
        QTest::newRow("digits keep the view's") << "2026-11-30" << Qt::RightToLeft << Qt::RightToLeft;
        QTest::newRow("isolated code keeps the view's") << QString(QChar(0x2066)) + "N-2611-00029" + QChar(0x2069)
                                                        << Qt::RightToLeft << Qt::RightToLeft;
        QTest::newRow("leading digits then Latin") << "3 staff trained" << Qt::RightToLeft << Qt::LeftToRight;
    }
    void cellsFollowTheirText()
    {
        QFETCH(QString, text);
        QFETCH(Qt::LayoutDirection, view);
        QFETCH(Qt::LayoutDirection, expected);
        QStandardItemModel model(1, 1);
        model.setItem(0, 0, new QStandardItem(text));
        Probe probe;
        QCOMPARE(probe.directionOf(model.index(0, 0), view), expected);
    }
};

QTEST_MAIN(TestNaturalDirection)
#include "tst_naturaldirection.moc"

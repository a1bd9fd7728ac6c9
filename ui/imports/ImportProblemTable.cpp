#include "ImportProblemTable.h"

#include "io/JotformRowParser.h"

#include <QHeaderView>

namespace ed {

ImportProblemTable::ImportProblemTable(QWidget *parent)
    : QTableWidget(parent)
{
    setColumnCount(3);
    horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone); // a reason says what to do: shown whole, wrapped
    // Wrapped rows take their height from the columns' final widths, not the first layout's.
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, &QTableView::resizeRowsToContents);
    retranslate();
}

void ImportProblemTable::retranslate()
{
    setHorizontalHeaderLabels({ tr("Row"), tr("Column"), tr("Problem") });
}

void ImportProblemTable::setProblems(const QList<ImportProblem> &problems)
{
    setRowCount(int(problems.size()));
    for (int i = 0; i < problems.size(); ++i) {
        const ImportProblem &problem = problems.at(i);
        auto *rowItem = new QTableWidgetItem(QLocale().toString(problem.row));
        rowItem->setData(Qt::UserRole, problem.row);
        setItem(i, 0, rowItem);
        setItem(i, 1, new QTableWidgetItem(problem.column.isEmpty() ? tr("whole row") : problem.column));
        auto *reason = new QTableWidgetItem(problem.fatal ? problem.reason : tr("Warning: %1").arg(problem.reason));
        reason->setToolTip(problem.reason);
        if (problem.fatal)
            reason->setForeground(QColor(0xb0, 0x00, 0x20));
        setItem(i, 2, reason);
    }
    resizeColumnToContents(0);
    resizeColumnToContents(1);
    resizeRowsToContents();
}

} // namespace ed

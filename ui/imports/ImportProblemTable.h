#pragma once

#include <QTableWidget>

namespace ed {

struct ImportProblem;

// The problems of an import, one per line: the row number as the spreadsheet shows it, the
// column, and the reason whole (it says what to do), wrapped. Errors, which kept their row out,
// in red; warnings, which did not, marked so. Shared by the wizard's pages and the import log.
class ImportProblemTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit ImportProblemTable(QWidget *parent = nullptr);

    void setProblems(const QList<ImportProblem> &problems);
    void retranslate();
};

} // namespace ed

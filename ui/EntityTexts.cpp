#include "EntityTexts.h"

#include <QCoreApplication>

namespace ed::EntityTexts {

namespace {
// The context lupdate derives from the enclosing namespace; the two must agree or the
// catalogue is never used.
QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("ed::EntityTexts", text, comment, n);
}
bool is(const QString &table, const char *name)
{
    return table == QLatin1String(name);
}
} // namespace

QString title(const QString &table)
{
    if (is(table, "experts"))
        return tr("Experts");
    if (is(table, "institutions"))
        return tr("Institutions");
    if (is(table, "needs"))
        return tr("Needs");
    if (is(table, "missions"))
        return tr("Missions");
    return tr("Evaluations");
}

QString searchPlaceholder(const QString &table)
{
    if (is(table, "experts"))
        return tr("Search experts by name, skill, equipment or employer…");
    if (is(table, "institutions"))
        return tr("Search institutions by name, city or focal person…");
    if (is(table, "needs"))
        return tr("Search needs by reference, title or equipment…");
    if (is(table, "missions"))
        return tr("Search missions by reference or notes…");
    return tr("Search evaluations…");
}

QString exportTitle(const QString &table)
{
    if (is(table, "experts"))
        return tr("Export Experts");
    if (is(table, "institutions"))
        return tr("Export Institutions");
    if (is(table, "needs"))
        return tr("Export Needs");
    if (is(table, "missions"))
        return tr("Export Missions");
    return tr("Export Evaluations");
}

QString count(const QString &table, int n)
{
    // %Ln: the number with the UI locale's digit grouping ("1,234", "1 234", "١٬٢٣٤").
    if (is(table, "experts"))
        return tr("%Ln expert(s)", nullptr, n);
    if (is(table, "institutions"))
        return tr("%Ln institution(s)", nullptr, n);
    if (is(table, "needs"))
        return tr("%Ln need(s)", nullptr, n);
    if (is(table, "missions"))
        return tr("%Ln mission(s)", nullptr, n);
    return tr("%Ln evaluation(s)", nullptr, n);
}

QString deleteQuestion(const QString &table, const QString &name)
{
    if (is(table, "experts"))
        return tr("Delete the expert “%1”? You can undo this with Edit › Undo.").arg(name);
    if (is(table, "institutions"))
        return tr("Delete the institution “%1”? You can undo this with Edit › Undo.").arg(name);
    if (is(table, "needs"))
        return tr("Delete the need “%1”? You can undo this with Edit › Undo.").arg(name);
    if (is(table, "missions"))
        return tr("Delete the mission “%1”? You can undo this with Edit › Undo.").arg(name);
    return tr("Delete the evaluation “%1”? You can undo this with Edit › Undo.").arg(name);
}

QString emptyList(const QString &table, const QString &search, bool filtered)
{
    const QString term = search.simplified();
    if (term.isEmpty() && !filtered)
        //: an empty list with no search and no filter
        return tr("Nothing here yet: add a record with New (Ctrl+N), or bring in JotForm submissions "
                  "(File › Import JotForm Submissions…).");
    QString first;
    if (!term.isEmpty()) {
        if (is(table, "experts"))
            first = tr("No expert matches “%1”.").arg(term);
        else if (is(table, "institutions"))
            first = tr("No institution matches “%1”.").arg(term);
        else if (is(table, "needs"))
            first = tr("No need matches “%1”.").arg(term);
        else if (is(table, "missions"))
            first = tr("No mission matches “%1”.").arg(term);
        else
            first = tr("No evaluation matches “%1”.").arg(term);
    } else {
        if (is(table, "experts"))
            first = tr("No expert matches these filters.");
        else if (is(table, "institutions"))
            first = tr("No institution matches these filters.");
        else if (is(table, "needs"))
            first = tr("No need matches these filters.");
        else if (is(table, "missions"))
            first = tr("No mission matches these filters.");
        else
            first = tr("No evaluation matches these filters.");
    }
    return first + QLatin1Char('\n')
            + (filtered ? tr("To see more, clear the search or set the filters back to “All”.")
                        : tr("Every word must begin a word of the record: try fewer or shorter words."));
}

} // namespace ed::EntityTexts

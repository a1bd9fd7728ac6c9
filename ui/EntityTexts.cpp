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

} // namespace ed::EntityTexts

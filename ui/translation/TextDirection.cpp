#include "TextDirection.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QTextOption>

namespace ed {

Qt::LayoutDirection textDirection(const QString &language)
{
    return language == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight;
}

void applyTextDirection(QWidget *editor, const QString &language)
{
    if (!editor)
        return;
    const Qt::LayoutDirection direction = textDirection(language);
    editor->setLayoutDirection(direction);
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        QTextOption option = text->document()->defaultTextOption();
        option.setTextDirection(direction);
        option.setAlignment(direction == Qt::RightToLeft ? Qt::AlignRight | Qt::AlignAbsolute
                                                         : Qt::AlignLeft | Qt::AlignAbsolute);
        text->document()->setDefaultTextOption(option);
    }
}

} // namespace ed

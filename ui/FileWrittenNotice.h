#pragma once

#include <QCoreApplication>
#include <QString>

class QMessageBox;
class QWidget;

namespace ed {

// Tells where an export was written and offers to open it (or the folder that holds it) with
// the desktop's own application. Window-modal but not blocking: the caller goes on, and the
// notice closes itself. A status line alone vanished after a few seconds, leaving a user to
// hunt for the PDF they had just made.
class FileWrittenNotice
{
    Q_DECLARE_TR_FUNCTIONS(FileWrittenNotice)
public:
    // `path` is a file or, for the public directory, a folder; `message` says what was written.
    static QMessageBox *show(QWidget *parent, const QString &title, const QString &message, const QString &path);
};

} // namespace ed

#include "FileWrittenNotice.h"

#include "itemmodels/RecordFormatter.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

namespace ed {

QMessageBox *FileWrittenNotice::show(QWidget *parent, const QString &title, const QString &message, const QString &path)
{
    const QFileInfo info(path);
    auto *box = new QMessageBox(QMessageBox::Information, title, message, QMessageBox::Close, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    //: %1 is the full path of the file or folder just written
    // A path reads left to right in every language.
    box->setInformativeText(
            tr("Written to %1").arg(RecordFormatter::leftToRight(QDir::toNativeSeparators(info.absoluteFilePath()))));
    QPushButton *open = box->addButton(info.isDir() ? tr("&Open Folder") : tr("&Open"), QMessageBox::AcceptRole);
    QPushButton *folder = info.isDir() ? nullptr : box->addButton(tr("Show in &Folder"), QMessageBox::ActionRole);
    box->setDefaultButton(open);
    QObject::connect(box, &QMessageBox::buttonClicked, box, [open, folder, info](QAbstractButton *button) {
        if (button == open)
            QDesktopServices::openUrl(QUrl::fromLocalFile(info.absoluteFilePath()));
        else if (folder && button == folder)
            QDesktopServices::openUrl(QUrl::fromLocalFile(info.absolutePath()));
    });
    box->open();
    return box;
}

} // namespace ed

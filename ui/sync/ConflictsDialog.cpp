#include "ConflictsDialog.h"

#include "SyncController.h"
#include "EntityTexts.h"
#include "domain/Schema.h"
#include "itemmodels/RecordFormatter.h"
#include "storage/RecordRepository.h"
#include "sync/SyncStore.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QKeyEvent>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ed {

using namespace ed::sync;

ConflictsDialog::ConflictsDialog(RecordRepository &repository, SyncController &controller, QWidget *parent)
    : QDialog(parent),
      m_repository(repository),
      m_controller(controller),
      m_tabs(new QTabWidget(this)),
      m_conflictIntro(new QLabel(this)),
      m_conflicts(new QTreeWidget(this)),
      m_valueLabel(new QLabel(this)),
      m_value(new QLineEdit(this)),
      m_keepMine(new QPushButton(this)),
      m_keepServer(new QPushButton(this)),
      m_useValue(new QPushButton(this)),
      m_failedIntro(new QLabel(this)),
      m_failed(new QTreeWidget(this)),
      m_dismiss(new QPushButton(this)),
      m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("conflictsDialog"));
    for (QTreeWidget *list : { m_conflicts, m_failed }) {
        list->setRootIsDecorated(false);
        list->setAlternatingRowColors(true);
        list->setUniformRowHeights(true);
        list->header()->setStretchLastSection(true);
    }
    m_conflicts->setColumnCount(6);
    m_failed->setColumnCount(4);
    m_conflictIntro->setWordWrap(true);
    m_failedIntro->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->hide();
    m_valueLabel->setBuddy(m_value);

    auto *conflictPage = new QWidget(this);
    auto *conflictLayout = new QVBoxLayout(conflictPage);
    conflictLayout->addWidget(m_conflictIntro);
    conflictLayout->addWidget(m_conflicts, 1);
    auto *choice = new QHBoxLayout;
    choice->addWidget(m_keepMine);
    choice->addWidget(m_keepServer);
    choice->addSpacing(12);
    choice->addWidget(m_valueLabel);
    choice->addWidget(m_value, 1);
    choice->addWidget(m_useValue);
    conflictLayout->addLayout(choice);

    auto *failedPage = new QWidget(this);
    auto *failedLayout = new QVBoxLayout(failedPage);
    failedLayout->addWidget(m_failedIntro);
    failedLayout->addWidget(m_failed, 1);
    auto *failedActions = new QHBoxLayout;
    failedActions->addStretch(1);
    failedActions->addWidget(m_dismiss);
    failedLayout->addLayout(failedActions);

    m_tabs->addTab(conflictPage, QString());
    m_tabs->addTab(failedPage, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_conflicts, &QTreeWidget::currentItemChanged, this, [this] {
        const LocalConflict *conflict = currentConflict();
        // Plain text for scalars; lists and objects as the JSON the "Use" button reads back.
        const QVariant mine = conflict ? conflict->clientValue : QVariant();
        const bool structured = mine.typeId() == QMetaType::QVariantList || mine.typeId() == QMetaType::QVariantMap;
        m_value->setText(structured ? sync::valueText(mine) : mine.toString());
        updateButtons();
    });
    connect(m_keepMine, &QPushButton::clicked, this, [this] {
        if (const LocalConflict *conflict = currentConflict())
            choose(conflict->clientValue);
    });
    connect(m_keepServer, &QPushButton::clicked, this, [this] {
        if (const LocalConflict *conflict = currentConflict())
            choose(conflict->serverValue);
    });
    connect(m_useValue, &QPushButton::clicked, this, [this] {
        const LocalConflict *conflict = currentConflict();
        if (!conflict)
            return;
        // Lists and objects are written as JSON, like the mine/server values are shown here.
        const bool structured = conflict->clientValue.typeId() == QMetaType::QVariantList
                || conflict->clientValue.typeId() == QMetaType::QVariantMap
                || conflict->serverValue.typeId() == QMetaType::QVariantList
                || conflict->serverValue.typeId() == QMetaType::QVariantMap;
        choose(structured ? sync::valueFromText(m_value->text()) : QVariant(m_value->text()));
    });
    connect(m_failed, &QTreeWidget::currentItemChanged, this, &ConflictsDialog::updateButtons);
    connect(m_dismiss, &QPushButton::clicked, this, &ConflictsDialog::dismissFailed);
    m_failed->installEventFilter(this); // Delete on the list dismisses, like the button
    connect(&m_controller, &SyncController::conflictsChanged, this, &ConflictsDialog::reload);

    retranslateUi();
    reload();
    resize(900, 480);
}

bool ConflictsDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_failed && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete)) {
        dismissFailed();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void ConflictsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QDialog::changeEvent(event);
}

void ConflictsDialog::retranslateUi()
{
    setWindowTitle(tr("Conflicts and Failed Changes"));
    m_conflictIntro->setText(tr("You and another coordinator changed the same field differently. The server "
                                "kept its value; choose which one to keep, or write the right one. Your "
                                "choice is sent with the next sync."));
    m_failedIntro->setText(tr("The server refused these changes. They are kept here so that nothing is lost "
                              "silently; re-enter what is still needed in the record, then dismiss the change."));
    m_dismiss->setText(tr("&Dismiss"));
    m_dismiss->setToolTip(tr("Remove the selected refused change from this list (Delete)."));
    m_dismiss->setAccessibleName(tr("Dismiss the selected failed change"));
    m_conflicts->setHeaderLabels({ tr("Record"), tr("Field"),
                                   //: column: the value this computer has
                                   tr("My value"),
                                   //: column: the value the server has
                                   tr("Server's value"),
                                   //: column: who sent the change that met the conflict, and when
                                   tr("Recorded"),
                                   //: column: whether the person already chose a value
                                   tr("State") });
    m_failed->setHeaderLabels({ tr("Record"), tr("Change"), tr("Reason"), tr("When") });
    m_conflicts->setAccessibleName(tr("Conflicts"));
    m_failed->setAccessibleName(tr("Failed changes"));
    //: button in the conflicts view: keep the value made on this computer
    m_keepMine->setText(tr("Keep &Mine"));
    m_keepMine->setAccessibleName(tr("Keep my value"));
    //: button in the conflicts view: keep the value the server has
    m_keepServer->setText(tr("Keep &Server's"));
    m_keepServer->setAccessibleName(tr("Keep the server's value"));
    m_valueLabel->setText(tr("&Other value:"));
    m_value->setAccessibleName(tr("Value to keep"));
    m_useValue->setText(tr("&Use This Value"));
    m_useValue->setAccessibleName(tr("Use the value written"));
    m_message->setAccessibleName(tr("Conflict message"));
    m_tabs->setAccessibleName(tr("Conflicts and failed changes"));
    m_buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    updateButtons();
}

QString ConflictsDialog::fieldLabel(const QString &table, const QString &field) const
{
    if (field == QLatin1String("deleted"))
        //: a conflict about a record one side deleted and the other edited
        return tr("Deleted or kept");
    const EntitySpec *spec = Schema::find(table);
    const FieldSpec *fieldSpec = spec ? spec->field(field) : nullptr;
    return fieldSpec ? fieldSpec->displayName() : field;
}

QString ConflictsDialog::valueText(const QString &table, const QString &field, const QVariant &value) const
{
    if (field == QLatin1String("deleted"))
        return value.toBool() ? tr("Deleted") : tr("Kept");
    if (!value.isValid() || value.isNull())
        //: an empty value in the conflicts view
        return tr("(empty)");
    const EntitySpec *spec = Schema::find(table);
    const FieldSpec *fieldSpec = spec ? spec->field(field) : nullptr;
    if (fieldSpec) {
        const QString text = RecordFormatter(m_repository).displayText(*fieldSpec, value);
        if (!text.isEmpty())
            return text;
    }
    return sync::valueText(value);
}

QString ConflictsDialog::recordLabel(const QString &table, const QString &id) const
{
    const EntitySpec *spec = Schema::find(table);
    const QString label = RecordFormatter(m_repository).referenceLabel(table, id);
    //: %1 is the kind of record ("Expert"), %2 its name or code
    return tr("%1: %2").arg(spec ? spec->displayName() : table, label.isEmpty() ? id : label);
}

static QString when(const QString &iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : iso;
}

void ConflictsDialog::reload()
{
    const QString currentId = currentConflict() ? currentConflict()->id : QString();
    m_conflictData = m_controller.conflicts();
    m_conflicts->clear();
    QTreeWidgetItem *current = nullptr;
    for (int i = 0; i < m_conflictData.size(); ++i) {
        const LocalConflict &c = m_conflictData.at(i);
        auto *item = new QTreeWidgetItem(m_conflicts);
        item->setData(0, Qt::UserRole, i);
        item->setText(0, recordLabel(c.table, c.rowId));
        item->setText(1, fieldLabel(c.table, c.field));
        item->setText(2, valueText(c.table, c.field, c.clientValue));
        item->setText(3, valueText(c.table, c.field, c.serverValue));
        //: %1 is a user name, %2 a date and time
        item->setText(4, c.user.isEmpty() ? when(c.createdAt) : tr("%1, %2").arg(c.user, when(c.createdAt)));
        item->setText(5, c.resolving ? tr("Chosen; sent with the next sync") : tr("Open"));
        if (c.id == currentId || !current)
            current = item;
    }
    if (current)
        m_conflicts->setCurrentItem(current);
    for (int column = 0; column < 5; ++column)
        m_conflicts->resizeColumnToContents(column);

    m_failed->clear();
    for (const FailedChange &f : m_controller.failedChanges()) {
        auto *item = new QTreeWidgetItem(m_failed);
        item->setData(0, Qt::UserRole, f.clientSeq);
        item->setText(0, recordLabel(f.table, f.rowId));
        QStringList changes;
        for (auto it = f.changes.constBegin(); it != f.changes.constEnd(); ++it) {
            const QVariant value = it.value().isObject() && it.value().toObject().contains(QStringLiteral("new"))
                    ? it.value().toObject().value(QStringLiteral("new")).toVariant()
                    : it.value().toVariant();
            //: one changed field in the failed changes list: "Phone: +92 300 …"
            changes << tr("%1: %2").arg(fieldLabel(f.table, it.key()), valueText(f.table, it.key(), value));
        }
        item->setText(1, changes.isEmpty() ? f.op : changes.join(QStringLiteral("; ")));
        item->setText(2, f.reason.isEmpty() ? f.error : f.reason);
        item->setText(3, when(f.failedAt));
    }
    for (int column = 0; column < 3; ++column)
        m_failed->resizeColumnToContents(column);

    //: tab title; %Ln is the number of open conflicts
    m_tabs->setTabText(0, tr("Conflicts (%Ln)", nullptr, int(m_conflictData.size())));
    //: tab title; %Ln is the number of changes the server refused
    m_tabs->setTabText(1, tr("Failed changes (%Ln)", nullptr, m_failed->topLevelItemCount()));
    updateButtons();
}

const LocalConflict *ConflictsDialog::currentConflict() const
{
    const QTreeWidgetItem *item = m_conflicts->currentItem();
    if (!item)
        return nullptr;
    const int index = item->data(0, Qt::UserRole).toInt();
    return index >= 0 && index < m_conflictData.size() ? &m_conflictData.at(index) : nullptr;
}

void ConflictsDialog::updateButtons()
{
    const LocalConflict *conflict = currentConflict();
    const bool open = conflict && !conflict->resolving;
    for (QWidget *widget : { static_cast<QWidget *>(m_keepMine), static_cast<QWidget *>(m_keepServer),
                             static_cast<QWidget *>(m_useValue), static_cast<QWidget *>(m_value) })
        widget->setEnabled(open);
    if (conflict && conflict->field == QLatin1String("deleted")) {
        m_useValue->setEnabled(false);
        m_value->setEnabled(false);
    }
    m_dismiss->setEnabled(m_failed->currentItem() != nullptr);
}

void ConflictsDialog::dismissFailed()
{
    const QTreeWidgetItem *item = m_failed->currentItem();
    if (!item)
        return;
    const QString record = item->text(0);
    const auto answer = QMessageBox::question(this, tr("Dismiss Failed Change"),
        //: %1 is the record the refused change was for
        tr("Dismiss the refused change to %1? The record stays as it is now; the change will no "
           "longer be listed.").arg(record),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!m_controller.dismissFailedChange(item->data(0, Qt::UserRole).toLongLong(), &error)) {
        m_message->setText(error);
        m_message->show();
        reload();
    }
}

void ConflictsDialog::choose(const QVariant &value)
{
    const LocalConflict *conflict = currentConflict();
    if (!conflict)
        return;
    QString error;
    if (!m_controller.chooseConflictValue(*conflict, value, &error)) {
        //: %1 says why the chosen value could not be saved
        m_message->setText(tr("The value could not be saved: %1").arg(error));
        m_message->show();
        return;
    }
    m_message->setText(tr("Saved. The choice is sent to the server with the next sync."));
    m_message->show();
}

} // namespace ed

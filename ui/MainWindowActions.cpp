// MainWindow's actions, menus and their texts (MainWindow.cpp has the window's behaviour).
#include "MainWindow.h"

#include "EntityTexts.h"
#include "LanguageSwitcher.h"
#include "RecordBrowser.h"
#include "commands/UndoTexts.h"
#include "dashboard/DashboardArea.h"
#include "matching/MatchingArea.h"
#include "scheduling/SchedulingArea.h"
#include "sync/SyncController.h"
#include "sync/SyncIndicator.h"
#include "translation/TranslationsArea.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>

namespace ed {

void MainWindow::createActions()
{
    m_areaGroup = new QActionGroup(this);
    for (int i = 0; i <= int(Area::Dashboard); ++i) {
        auto *action = new QAction(this);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_areaGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, i] { setCurrentArea(Area(i)); });
        m_areaActions << action;
    }
    m_areaActions.first()->setChecked(true);

    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, [this] {
        if (RecordBrowser *browser = currentBrowser())
            browser->newRecord();
    });

    m_saveAction = new QAction(this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::saveCurrent);

    m_revertAction = new QAction(this);
    connect(m_revertAction, &QAction::triggered, this, [this] {
        if (RecordBrowser *browser = currentBrowser())
            browser->revert();
    });

    m_deleteAction = new QAction(this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // Only from the tables: in a text field, Delete must keep deleting characters.
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deleteAction, &QAction::triggered, this, [this] {
        if (RecordBrowser *browser = currentBrowser())
            browser->deleteCurrent();
    });
    for (RecordBrowser *browser : std::as_const(m_browsers))
        browser->view()->addAction(m_deleteAction);

    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (RecordBrowser *browser = currentBrowser())
            browser->focusSearch();
    });

    m_importAction = new QAction(this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, [this] { showImport(); });
    m_reviewsAction = new QAction(this);
    connect(m_reviewsAction, &QAction::triggered, this, [this] { showImportReviews(); });
    m_importLogAction = new QAction(this);
    connect(m_importLogAction, &QAction::triggered, this, [this] { showImportLog(); });
    m_exportAction = new QAction(this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::showExport);
    m_directoryAction = new QAction(this);
    connect(m_directoryAction, &QAction::triggered, this, &MainWindow::showDirectoryExport);
    m_signInAction = new QAction(this);
    connect(m_signInAction, &QAction::triggered, this, &MainWindow::showSignIn);
    m_syncNowAction = new QAction(this);
    // F9: Ctrl+S saves, F5 refreshes the dashboard, Ctrl+Shift+P plans.
    m_syncNowAction->setShortcut(QKeySequence(Qt::Key_F9));
    m_syncNowAction->setEnabled(false);
    connect(m_syncNowAction, &QAction::triggered, m_sync, &SyncController::syncNow);
    m_conflictsAction = new QAction(this);
    connect(m_conflictsAction, &QAction::triggered, this, &MainWindow::showConflicts);
    connect(m_sync, &SyncController::signedInChanged, m_syncNowAction, &QAction::setEnabled);
    connect(m_sync, &SyncController::keychainUnavailable, this, &MainWindow::showStatus);
    connect(m_sync, &SyncController::syncFinished, this, [this](const sync::SyncReport &report) {
        if (!report.ok() && report.failure != sync::SyncFailure::Cancelled)
            showStatus(report.message);
    });
    m_syncIndicator->setActions(m_syncNowAction, m_conflictsAction, m_signInAction);

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Our own undo/redo actions rather than QUndoStack::createUndoAction(): their prefix
    // ("Undo") must follow the UI language, and QUndoStack offers no way to change it.
    m_undoAction = new QAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(m_undoStack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    m_redoAction = new QAction(this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setEnabled(false);
    connect(m_redoAction, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(m_undoStack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::undoTextChanged, this, &MainWindow::updateUndoTexts);
    connect(m_undoStack, &QUndoStack::redoTextChanged, this, &MainWindow::updateUndoTexts);

    m_preferencesAction = new QAction(this);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_languageActions = m_language->createActions(this);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_saveAction);
    m_fileMenu->addAction(m_revertAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_reviewsAction);
    m_fileMenu->addAction(m_importLogAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addAction(m_directoryAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_signInAction);
    m_fileMenu->addAction(m_syncNowAction);
    m_fileMenu->addAction(m_conflictsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_deleteAction);
    m_editMenu->addAction(m_findAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_preferencesAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(m_areaActions);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageActions);

    m_matchingMenu = menuBar()->addMenu(QString());
    m_matchingMenu->addActions(m_matching->actions());
    m_calendarMenu = menuBar()->addMenu(QString());
    m_calendarMenu->addActions(m_scheduling->actions());
    m_reportsMenu = menuBar()->addMenu(QString());
    m_reportsMenu->addActions(m_dashboard->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addActions(m_areaActions);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_newAction);
    m_toolBar->addAction(m_saveAction);
    m_toolBar->addAction(m_revertAction);
    m_toolBar->addAction(m_deleteAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undoAction);
    m_toolBar->addAction(m_redoAction);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        UndoTexts::retranslate(*m_undoStack); // before the Undo/Redo actions take their texts
        retranslateUi();
        statusBar()->clearMessage(); // "Saved." in the language of then
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Expert Desk"));
    const QStringList names = { tr("&Experts"), tr("&Needs"), tr("&Missions"), tr("M&atching"),
                                //: area of the main window: translating the texts of records
                                tr("T&ranslations"),
                                //: area of the main window: month calendar and timeline of missions
                                tr("&Calendar"),
                                //: area of the main window: charts and reports for managers
                                tr("&Dashboard") };
    const QStringList tips = { tr("Show the expert roster"), tr("Show the needs and the institutions"),
                               tr("Show the missions"), tr("Match experts to open needs"),
                               tr("Translate titles, descriptions, names and biographies"),
                               tr("Show the missions on a calendar and a timeline per expert"),
                               tr("Show charts and reports on the programme") };
    for (int i = 0; i < m_areaActions.size(); ++i) {
        m_areaActions.at(i)->setText(names.at(i));
        m_areaActions.at(i)->setToolTip(tips.at(i));
        m_areaActions.at(i)->setStatusTip(tips.at(i));
    }
    //: toolbar/menu action: start a new record in the current area
    m_newAction->setText(tr("&New"));
    m_newAction->setStatusTip(tr("Start a new record in the current list"));
    m_saveAction->setText(tr("&Save"));
    m_saveAction->setStatusTip(tr("Save the record in the form"));
    //: undo the unsaved changes in the form
    m_revertAction->setText(tr("&Revert"));
    m_revertAction->setStatusTip(tr("Throw away the unsaved changes in the form"));
    m_deleteAction->setText(tr("&Delete…"));
    m_deleteAction->setStatusTip(tr("Delete the selected record"));
    m_findAction->setText(tr("&Find…"));
    m_findAction->setStatusTip(tr("Search the current list"));
    m_importAction->setText(tr("&Import JotForm Submissions…"));
    m_importAction->setStatusTip(tr("Bring in expert registrations or need assessments exported from JotForm (CSV or XLSX)"));
    m_reviewsAction->setText(tr("&Review Possible Duplicates…"));
    m_reviewsAction->setStatusTip(tr("Merge or keep apart the submissions an import set aside as possibly an expert already in the database"));
    m_importLogAction->setText(tr("Import &Log…"));
    m_importLogAction->setStatusTip(tr("Every import made on this computer, how it ended, and the problems of its rows"));
    //: File menu: writes the records of the current list (with its search and filters) to a file
    m_exportAction->setText(tr("&Export List…"));
    m_exportAction->setStatusTip(tr("Write the records the list shows, with its search and filters, as a CSV table, an Excel workbook or JSON"));
    m_directoryAction->setText(tr("Export Public &Directory…"));
    m_directoryAction->setStatusTip(tr("Write the directory of experts who agreed to be listed, as web pages in English, French and Arabic, for the COMSTECH website"));
    m_quitAction->setText(tr("&Quit"));
    //: Edit menu: opens the settings dialog (language)
    m_preferencesAction->setText(tr("&Preferences…"));
    m_preferencesAction->setStatusTip(tr("Change the language and other settings"));
    m_aboutAction->setText(tr("&About Expert Desk"));
    updateUndoTexts();

    //: menu title; keep an & before the letter that opens the menu with Alt
    m_fileMenu->setTitle(tr("&File"));
    //: menu title
    m_editMenu->setTitle(tr("&Edit"));
    //: menu title
    m_viewMenu->setTitle(tr("&View"));
    //: submenu of View: the language of the user interface
    m_languageMenu->setTitle(tr("&Language"));
    //: menu title: matching experts to needs
    m_matchingMenu->setTitle(tr("Ma&tching"));
    //: menu title: calendar export/import and calendar options
    m_calendarMenu->setTitle(tr("Ca&lendar"));
    //: menu title: dashboard refresh, report export and printing
    m_reportsMenu->setTitle(tr("&Reports"));
    //: menu title
    m_helpMenu->setTitle(tr("&Help"));
    //: name of the main toolbar (shown when the user right-clicks the toolbar area)
    m_toolBar->setWindowTitle(tr("Main"));
    m_toolBar->setAccessibleName(tr("Main toolbar"));
    menuBar()->setAccessibleName(tr("Menu bar"));

    m_needsTabs->setTabText(0, EntityTexts::title(QStringLiteral("needs")));
    m_needsTabs->setTabText(1, EntityTexts::title(QStringLiteral("institutions")));
    m_needsTabs->setAccessibleName(tr("Needs and institutions"));
    m_countLabel->setAccessibleName(tr("Record count"));
    //: File menu: opens the dialog to sign in to (or out of) the sync server
    m_signInAction->setText(tr("Sign &In to a Server…"));
    m_signInAction->setStatusTip(tr("Sign in to your organisation's server to share changes"));
    //: File menu: send local changes to the server and fetch the others' now
    m_syncNowAction->setText(tr("S&ync Now"));
    m_syncNowAction->setStatusTip(tr("Send your changes to the server and fetch the others' now"));
    m_conflictsAction->setText(tr("&Conflicts and Failed Changes…"));
    m_conflictsAction->setStatusTip(tr("Choose between your value and the server's where both changed"));
    updateStatusCount();
}

} // namespace ed

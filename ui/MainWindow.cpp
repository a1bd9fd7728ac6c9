#include "MainWindow.h"

#include "EntityTexts.h"
#include "LanguageSwitcher.h"
#include "RecordBrowser.h"
#include "RecordForm.h"
#include "SettingsDialog.h"
#include "WelcomeDialog.h"
#include "sync/ConflictsDialog.h"
#include "sync/SignInDialog.h"
#include "sync/SyncController.h"
#include "sync/SyncIndicator.h"
#include "dashboard/DashboardArea.h"
#include "matching/MatchingArea.h"
#include "scheduling/SchedulingArea.h"
#include "translation/TranslationsArea.h"
#include "domain/Clock.h"
#include "storage/TranslationStore.h"
#include "io/DemoData.h"
#include "itemmodels/RecordTableModel.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>

namespace ed {

MainWindow::MainWindow(RecordRepository &repository, Translations *translations, QWidget *parent)
    : QMainWindow(parent),
      m_repository(repository),
      m_language(new LanguageSwitcher(translations, this)),
      m_undoStack(new QUndoStack(this)),
      m_areas(new QStackedWidget(this)),
      m_needsTabs(new QTabWidget(this)),
      m_matching(new MatchingArea(repository, *m_undoStack, this)),
      m_scheduling(new SchedulingArea(repository, *m_undoStack, this)),
      m_dashboard(new DashboardArea(repository, this)),
      m_translationStore(new TranslationStore(repository, repository.clock(), this)),
      m_translationsArea(new TranslationsArea(repository, *m_translationStore, *m_undoStack, this)),
      m_countLabel(new QLabel(this)),
      m_sync(new SyncController(repository, this))
{
    m_syncIndicator = new SyncIndicator(*m_sync, this);
    auto *experts = new RecordBrowser(Schema::experts(), repository, m_undoStack, this);
    auto *needs = new RecordBrowser(Schema::needs(), repository, m_undoStack, this);
    auto *institutions = new RecordBrowser(Schema::institutions(), repository, m_undoStack, this);
    auto *missions = new RecordBrowser(Schema::missions(), repository, m_undoStack, this);
    m_browsers = { experts, needs, institutions, missions };

    m_needsTabs->addTab(needs, QString());
    m_needsTabs->addTab(institutions, QString());
    m_needsTabs->setDocumentMode(true);
    m_areas->addWidget(experts);
    m_areas->addWidget(m_needsTabs);
    m_areas->addWidget(missions);
    m_areas->addWidget(m_matching);
    m_areas->addWidget(m_translationsArea);
    m_areas->addWidget(m_scheduling);
    m_areas->addWidget(m_dashboard);
    setCentralWidget(m_areas);
    connect(m_matching, &MatchingArea::statusMessage, this, &MainWindow::showStatus);
    connect(m_translationsArea, &TranslationsArea::statusMessage, this, &MainWindow::showStatus);
    connect(m_dashboard, &DashboardArea::statusMessage, this, &MainWindow::showStatus);
    connect(m_dashboard, &DashboardArea::drillDown, this, &MainWindow::showDrillDown);
    connect(m_translationsArea, &TranslationsArea::countChanged, this, &MainWindow::updateStatusCount);

    statusBar()->addPermanentWidget(m_syncIndicator);
    statusBar()->addPermanentWidget(m_countLabel);
    for (RecordBrowser *browser : std::as_const(m_browsers)) {
        connect(browser, &RecordBrowser::countChanged, this, &MainWindow::updateStatusCount);
        connect(browser, &RecordBrowser::statusMessage, this, &MainWindow::showStatus);
        connect(browser, &RecordBrowser::modifiedChanged, this, &MainWindow::updateActions);
        // The language tabs under translatable fields write through the same store and stack.
        browser->form()->setTranslationStore(m_translationStore, m_undoStack);
        connect(browser->form(), &RecordForm::statusMessage, this, &MainWindow::showStatus);
    }
    connect(m_areas, &QStackedWidget::currentChanged, this, [this] {
        updateStatusCount();
        updateActions();
    });
    connect(m_needsTabs, &QTabWidget::currentChanged, this, &MainWindow::updateStatusCount);

    createActions();
    createMenus();
    retranslateUi();
    readSettings();
    updateStatusCount();
    updateActions();
    // Signed in last time: the token is in the keychain, no password needed.
    m_sync->restoreSavedSession();
}

MainWindow::~MainWindow()
{
    // The stack clears itself when deleted with our children and would update our actions.
    disconnect(m_undoStack, nullptr, this, nullptr);
}

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
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
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

void MainWindow::updateUndoTexts()
{
    const QString undo = m_undoStack->undoText(), redo = m_undoStack->redoText();
    //: %1 is what would be undone, e.g. "edit expert"
    m_undoAction->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    //: %1 is what would be redone, e.g. "edit expert"
    m_redoAction->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
}

bool MainWindow::setLanguage(const QString &language)
{
    return m_language->setLanguage(language);
}

void MainWindow::showPreferences()
{
    SettingsDialog dialog(m_language->language(), this);
    if (dialog.exec() == QDialog::Accepted)
        setLanguage(dialog.language());
}

MainWindow::Area MainWindow::currentArea() const
{
    return Area(m_areas->currentIndex());
}

void MainWindow::setCurrentArea(Area area)
{
    m_areas->setCurrentIndex(int(area));
    m_areaActions.at(int(area))->setChecked(true);
}

RecordBrowser *MainWindow::currentBrowser() const
{
    if (currentArea() >= Area::Matching)
        return nullptr;
    if (currentArea() == Area::Needs)
        return static_cast<RecordBrowser *>(m_needsTabs->currentWidget());
    return static_cast<RecordBrowser *>(m_areas->currentWidget());
}

RecordBrowser *MainWindow::browser(const QString &table) const
{
    for (RecordBrowser *browser : m_browsers) {
        if (browser->spec().table == table)
            return browser;
    }
    return nullptr;
}

QString MainWindow::statusCountText() const
{
    return m_countLabel->text();
}

void MainWindow::updateStatusCount()
{
    const RecordBrowser *browser = currentBrowser();
    if (currentArea() == Area::Translations)
        m_countLabel->setText(m_translationsArea->countText());
    else
        m_countLabel->setText(browser ? browser->countText() : QString());
}

void MainWindow::saveCurrent()
{
    if (currentArea() == Area::Translations) {
        m_translationsArea->save();
        return;
    }
    if (RecordBrowser *browser = currentBrowser())
        browser->save();
}

void MainWindow::updateActions()
{
    const RecordBrowser *browser = currentBrowser();
    for (QAction *action : { m_newAction, m_deleteAction, m_findAction })
        action->setEnabled(browser != nullptr);
    m_saveAction->setEnabled(browser != nullptr || currentArea() == Area::Translations);
    m_revertAction->setEnabled(browser && browser->form()->isModified());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Expert Desk"),
                       tr("<h3>Expert Desk %1</h3>"
                          "<p>The desktop application of the COMSTECH Expert Service: volunteer engineers "
                          "from the OIC member states train staff and maintain equipment at institutions "
                          "in other member states.</p><p>Built with Qt %2.</p>"
                          "<p>Copyright © 2026 COMSTECH. Free software under the GNU General Public "
                          "License, version 3 or later; it comes with no warranty.</p>")
                               .arg(QStringLiteral(EXPERTDESK_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::offerDemoData()
{
    for (const EntitySpec *spec : Schema::all()) {
        if (m_repository.count(*spec) > 0)
            return;
    }
    const QString path = m_repository.database().path();
    if (WelcomeDialog::wasShown(path))
        return;
    WelcomeDialog::setShown(path); // once per database, whatever the person chooses
    WelcomeDialog welcome(this);
    welcome.exec();
    switch (welcome.choice()) {
    case WelcomeDialog::Choice::DemoData:
        loadDemoData(DemoOptions().experts);
        break;
    case WelcomeDialog::Choice::SignIn:
        showSignIn(); // a successful sign-in starts the first sync at once
        break;
    case WelcomeDialog::Choice::Empty:
    case WelcomeDialog::Choice::None:
        break;
    }
}

int MainWindow::showSignIn()
{
    SignInDialog dialog(*m_sync, this);
    return dialog.exec();
}

ConflictsDialog *MainWindow::showConflicts()
{
    if (!m_conflictsDialog)
        m_conflictsDialog = new ConflictsDialog(m_repository, *m_sync, this);
    else
        m_conflictsDialog->reload();
    m_conflictsDialog->show();
    m_conflictsDialog->raise();
    m_conflictsDialog->activateWindow();
    return m_conflictsDialog;
}

bool MainWindow::loadDemoData(int experts)
{
    QProgressDialog progress(tr("Creating demo data…"), tr("Cancel"), 0, 100, this);
    progress.setWindowTitle(tr("Demo data"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    DemoOptions options;
    options.experts = experts;
    QString error;
    const bool ok = DemoData::generate(
            m_repository, options,
            [&progress](int done, int total) {
                progress.setMaximum(qMax(1, total));
                progress.setValue(done);
                QCoreApplication::processEvents(); // keeps the Cancel button responsive
                return !progress.wasCanceled();
            },
            &error);
    progress.reset();
    if (!ok && !progress.wasCanceled())
        QMessageBox::warning(this, tr("Demo data"), tr("The demo data could not be created: %1").arg(error));
    m_undoStack->clear(); // demo rows are not user edits
    return ok;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (RecordBrowser *browser : std::as_const(m_browsers)) {
        if (!browser->form()->isModified())
            continue;
        if (currentBrowser() != browser) {
            const bool needs = browser->spec().table == QLatin1String("needs")
                    || browser->spec().table == QLatin1String("institutions");
            setCurrentArea(needs ? Area::Needs : browser->spec().table == QLatin1String("missions") ? Area::Missions
                                                                                                 : Area::Experts);
            if (needs)
                m_needsTabs->setCurrentWidget(browser);
        }
        const auto answer = QMessageBox::question(
                this, tr("Unsaved changes"), tr("The form has changes that are not saved. Save them now?"),
                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !browser->save())) {
            event->ignore();
            return;
        }
    }
    if (m_translationsArea->isModified()) {
        setCurrentArea(Area::Translations);
        const auto answer = QMessageBox::question(
                this, tr("Unsaved translation"), tr("The translation in the editor is not saved. Save it now?"),
                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !m_translationsArea->save())) {
            event->ignore();
            return;
        }
    }
    writeSettings();
    event->accept();
}

void MainWindow::readSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    for (RecordBrowser *browser : std::as_const(m_browsers))
        browser->restoreState(settings);
    const int area = settings.value(QStringLiteral("area"), 0).toInt();
    setCurrentArea(Area(qBound(0, area, int(Area::Dashboard))));
    m_needsTabs->setCurrentIndex(settings.value(QStringLiteral("needsTab"), 0).toInt());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("area"), int(currentArea()));
    settings.setValue(QStringLiteral("needsTab"), m_needsTabs->currentIndex());
    for (RecordBrowser *browser : m_browsers)
        browser->saveState(settings);
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, 5000);
}

void MainWindow::showDrillDown(const QString &table, const RecordFilter &filter)
{
    RecordBrowser *target = browser(table);
    if (!target)
        return;
    if (table == QLatin1String("needs") || table == QLatin1String("institutions")) {
        setCurrentArea(Area::Needs);
        m_needsTabs->setCurrentWidget(target);
    } else {
        setCurrentArea(table == QLatin1String("missions") ? Area::Missions : Area::Experts);
    }
    target->showFiltered(filter);
}

} // namespace ed

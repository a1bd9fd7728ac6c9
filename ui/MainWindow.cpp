#include "MainWindow.h"
#include "FileWrittenNotice.h"
#include "UndoShortcutFilter.h"

#include "LanguageSwitcher.h"
#include "RecordBrowser.h"
#include "RecordForm.h"
#include "SettingsDialog.h"
#include "WelcomeDialog.h"
#include "EntityTexts.h"
#include "exports/ExportRunner.h"
#include "imports/ImportLogDialog.h"
#include "imports/ImportReviewDialog.h"
#include "imports/ImportWizard.h"
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
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDir>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
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
    qApp->installEventFilter(new UndoShortcutFilter(this));
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
    setAcceptDrops(true); // a JotForm export dropped on the window opens the import
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
    m_exportAction->setEnabled(browser && RecordExport::entities().contains(&browser->spec()));
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

namespace {

// The one local file of a drop when it looks like a spreadsheet export, else "".
QString droppedSpreadsheet(const QMimeData *mime)
{
    if (!mime || mime->urls().size() != 1 || !mime->urls().constFirst().isLocalFile())
        return {};
    const QString path = mime->urls().constFirst().toLocalFile();
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx") || suffix == QLatin1String("txt") ? path
                                                                                                              : QString();
}

} // namespace

void MainWindow::showImport(const QString &path)
{
    ImportWizard wizard(m_repository, path, this);
    bool review = false;
    connect(&wizard, &ImportWizard::importFinished, this, [this, &review](const ImportSummary &summary) {
        QString text = tr("Import finished: %Ln new record(s).", nullptr, int(summary.imported.size()));
        if (!summary.failed.isEmpty())
            text += QLatin1Char(' ')
                + tr("%Ln row(s) not imported; their problems are in File › Import Log.", nullptr, int(summary.failed.size()));
        showStatus(text);
        review = !summary.review.isEmpty();
    });
    wizard.exec();
    if (review) // what the import set aside is decided now, while the file is in mind
        showImportReviews();
}

void MainWindow::showExport()
{
    RecordBrowser *browser = currentBrowser();
    if (!browser)
        return;
    ExportFormat format = ExportFormat::Csv;
    const QString path = ExportRunner::askFile(this, browser->spec(), &format);
    if (path.isEmpty())
        return;
    const ExportResult result = exportCurrentList(format, path);
    if (result.ok) {
        const QString text = tr("%Ln record(s) written to %1.", nullptr, result.rows).arg(QDir::toNativeSeparators(path));
        showStatus(text);
        FileWrittenNotice::show(this, EntityTexts::exportTitle(browser->spec().table),
                                tr("%Ln record(s) exported.", nullptr, result.rows), path);
    } else if (result.cancelled)
        showStatus(tr("Export cancelled: no file was written."));
    else
        QMessageBox::warning(this, EntityTexts::exportTitle(browser->spec().table), result.error);
}

ExportResult MainWindow::exportCurrentList(ExportFormat format, const QString &path)
{
    const RecordBrowser *browser = currentBrowser();
    if (!browser)
        return {};
    // What the table shows, not what is typed: a search still in its typing delay is not applied.
    return ExportRunner::exportRecords(this, m_repository, browser->spec(), browser->model()->filter(), format, path);
}

void MainWindow::showDirectoryExport()
{
    const QString folder = ExportRunner::askFolder(this);
    if (folder.isEmpty())
        return;
    const DirectoryResult result = ExportRunner::exportDirectory(this, m_repository, folder);
    if (result.ok) {
        showStatus(tr("Public directory of %Ln expert(s) written to %1.", nullptr, result.experts)
                           .arg(QDir::toNativeSeparators(folder)));
        FileWrittenNotice::show(this, tr("Public Expert Directory"),
                                tr("The public directory of %Ln expert(s) is ready to publish.", nullptr, result.experts),
                                folder);
    } else if (result.cancelled)
        showStatus(tr("Export cancelled: no file was written."));
    else
        QMessageBox::warning(this, tr("Public Expert Directory"), result.error);
}

ImportReviewDialog *MainWindow::showImportReviews()
{
    auto *dialog = new ImportReviewDialog(m_repository, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

ImportLogDialog *MainWindow::showImportLog()
{
    auto *dialog = new ImportLogDialog(m_repository.database(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedSpreadsheet(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedSpreadsheet(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // Opened once the drop has returned: a modal dialog inside the drop handler blocks later drags.
    QTimer::singleShot(0, this, [this, path] { showImport(path); });
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

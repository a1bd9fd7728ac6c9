#include "MainWindow.h"

#include "EntityTexts.h"
#include "RecordBrowser.h"
#include "RecordForm.h"
#include "io/DemoData.h"
#include "itemmodels/RecordTableModel.h"
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

MainWindow::MainWindow(RecordRepository &repository, QWidget *parent)
    : QMainWindow(parent),
      m_repository(repository),
      m_undoStack(new QUndoStack(this)),
      m_areas(new QStackedWidget(this)),
      m_needsTabs(new QTabWidget(this)),
      m_countLabel(new QLabel(this))
{
    setWindowTitle(tr("Expert Desk"));
    auto *experts = new RecordBrowser(Schema::experts(), repository, m_undoStack, this);
    auto *needs = new RecordBrowser(Schema::needs(), repository, m_undoStack, this);
    auto *institutions = new RecordBrowser(Schema::institutions(), repository, m_undoStack, this);
    auto *missions = new RecordBrowser(Schema::missions(), repository, m_undoStack, this);
    m_browsers = { experts, needs, institutions, missions };

    m_needsTabs->addTab(needs, EntityTexts::title(needs->spec().table));
    m_needsTabs->addTab(institutions, EntityTexts::title(institutions->spec().table));
    m_needsTabs->setAccessibleName(tr("Needs and institutions"));
    m_needsTabs->setDocumentMode(true);
    m_areas->addWidget(experts);
    m_areas->addWidget(m_needsTabs);
    m_areas->addWidget(missions);
    setCentralWidget(m_areas);

    m_countLabel->setAccessibleName(tr("Record count"));
    statusBar()->addPermanentWidget(m_countLabel);
    for (RecordBrowser *browser : std::as_const(m_browsers)) {
        connect(browser, &RecordBrowser::countChanged, this, &MainWindow::updateStatusCount);
        connect(browser, &RecordBrowser::statusMessage, this,
                [this](const QString &message) { statusBar()->showMessage(message, 5000); });
        connect(browser, &RecordBrowser::modifiedChanged, this, &MainWindow::updateActions);
    }
    connect(m_areas, &QStackedWidget::currentChanged, this, [this] {
        updateStatusCount();
        updateActions();
    });
    connect(m_needsTabs, &QTabWidget::currentChanged, this, &MainWindow::updateStatusCount);

    createActions();
    createMenus();
    readSettings();
    updateStatusCount();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_areaGroup = new QActionGroup(this);
    const QStringList names = { tr("&Experts"), tr("&Needs"), tr("&Missions") };
    const QStringList tips = { tr("Show the expert roster"), tr("Show the needs and the institutions"),
                               tr("Show the missions") };
    for (int i = 0; i < names.size(); ++i) {
        auto *action = new QAction(names.at(i), this);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setToolTip(tips.at(i));
        action->setStatusTip(tips.at(i));
        m_areaGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, i] { setCurrentArea(Area(i)); });
        m_areaActions << action;
    }
    m_areaActions.first()->setChecked(true);

    //: toolbar/menu action: start a new record in the current area
    m_newAction = new QAction(tr("&New"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Start a new record in the current list"));
    connect(m_newAction, &QAction::triggered, this, [this] { currentBrowser()->newRecord(); });

    m_saveAction = new QAction(tr("&Save"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setStatusTip(tr("Save the record in the form"));
    connect(m_saveAction, &QAction::triggered, this, [this] { currentBrowser()->save(); });

    //: undo the unsaved changes in the form
    m_revertAction = new QAction(tr("&Revert"), this);
    m_revertAction->setStatusTip(tr("Throw away the unsaved changes in the form"));
    connect(m_revertAction, &QAction::triggered, this, [this] { currentBrowser()->revert(); });

    m_deleteAction = new QAction(tr("&Delete…"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // Only from the tables: in a text field, Delete must keep deleting characters.
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_deleteAction->setStatusTip(tr("Delete the selected record"));
    connect(m_deleteAction, &QAction::triggered, this, [this] { currentBrowser()->deleteCurrent(); });
    for (RecordBrowser *browser : std::as_const(m_browsers))
        browser->view()->addAction(m_deleteAction);

    m_findAction = new QAction(tr("&Find…"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setStatusTip(tr("Search the current list"));
    connect(m_findAction, &QAction::triggered, this, [this] { currentBrowser()->focusSearch(); });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_saveAction);
    file->addAction(m_revertAction);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_deleteAction);
    edit->addAction(m_findAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_areaActions);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Expert Desk"), this, &MainWindow::showAbout);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addActions(m_areaActions);
    toolBar->addSeparator();
    toolBar->addAction(m_newAction);
    toolBar->addAction(m_saveAction);
    toolBar->addAction(m_revertAction);
    toolBar->addAction(m_deleteAction);
    toolBar->addSeparator();
    toolBar->addAction(undo);
    toolBar->addAction(redo);
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
    m_countLabel->setText(currentBrowser()->countText());
}

void MainWindow::updateActions()
{
    const RecordForm *form = currentBrowser()->form();
    m_revertAction->setEnabled(form->isModified());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Expert Desk"),
                       tr("<h3>Expert Desk %1</h3>"
                          "<p>The desktop application of the COMSTECH Expert Service: volunteer engineers "
                          "from the OIC member states train staff and maintain equipment at institutions "
                          "in other member states.</p><p>Built with Qt %2.</p>")
                               .arg(QStringLiteral(EXPERTDESK_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::offerDemoData()
{
    for (const EntitySpec *spec : Schema::all()) {
        if (m_repository.count(*spec) > 0)
            return;
    }
    const auto answer = QMessageBox::question(
            this, tr("Empty database"),
            tr("This database has no records yet. Fill it with demo data (invented experts, institutions, "
               "needs and missions) to try Expert Desk?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        loadDemoData(DemoOptions().experts);
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
    setCurrentArea(Area(qBound(0, area, 2)));
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

} // namespace ed

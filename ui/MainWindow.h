#pragma once

#include <QMainWindow>

#include "io/ExpertDirectory.h"
#include "io/RecordExport.h"
#include "storage/RecordQuery.h"

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QToolBar;
class QUndoStack;

namespace ed {
class ImportLogDialog;
class ImportReviewDialog;

class LanguageSwitcher;
class DashboardArea;
class MatchingArea;
class SchedulingArea;
class RecordBrowser;
class RecordRepository;
class SyncController;
class SyncIndicator;
class ConflictsDialog;
class Translations;
class TranslationsArea;
class TranslationStore;

// The coordinator's desk: five areas (Experts; Needs with Institutions; Missions, each a
// RecordBrowser; Matching; Translations), sharing one undo stack so Edit › Undo works whichever area made the
// change.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Area { Experts = 0, Needs = 1, Missions = 2, Matching = 3, Translations = 4, Calendar = 5, Dashboard = 6 };

    // `translations` is the application's (main() applied the saved language); without one the
    // window switches languages through a Translations of its own (tests).
    explicit MainWindow(RecordRepository &repository, Translations *translations = nullptr,
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    Area currentArea() const;
    void setCurrentArea(Area area);
    // The browser the user works in: in the Needs area, the Needs or the Institutions tab;
    // nullptr in the Matching and Translations areas, which have no record form.
    RecordBrowser *currentBrowser() const;
    MatchingArea *matchingArea() const { return m_matching; }
    TranslationsArea *translationsArea() const { return m_translationsArea; }
    TranslationStore *translationStore() const { return m_translationStore; }
    RecordBrowser *browser(const QString &table) const;
    QUndoStack *undoStack() const { return m_undoStack; }
    QString statusCountText() const;
    QTabWidget *needsTabs() const { return m_needsTabs; }
    LanguageSwitcher *languageSwitcher() const { return m_language; }
    // Switches the UI language at once ("en", "fr", "ar"); every open view retranslates.
    bool setLanguage(const QString &language);
    void showPreferences();

    // On an empty database shown for the first time, the welcome dialog: demo data, an empty
    // database, or sign in to a server (called once the window is shown).
    void offerDemoData();
    // Sync (DESIGN.md §4): File › Sign in to a server…, Sync now, Conflicts and failed changes….
    SyncController *syncController() const { return m_sync; }
    SyncIndicator *syncIndicator() const { return m_syncIndicator; }
    QAction *signInAction() const { return m_signInAction; }
    QAction *syncNowAction() const { return m_syncNowAction; }
    QAction *conflictsAction() const { return m_conflictsAction; }
    int showSignIn();
    // File › Import… (Ctrl+I), or a CSV/XLSX file dropped on the window: the import wizard.
    QAction *importAction() const { return m_importAction; }
    void showImport(const QString &path = {});
    // File › Review Possible Duplicates…: the submissions an import set aside.
    ImportReviewDialog *showImportReviews();
    ImportLogDialog *showImportLog();
    ConflictsDialog *showConflicts();
    // File › Export List… (Ctrl+E): the records the current list shows, with its search and
    // filters, as CSV, XLSX or JSON; File › Export Public Directory…: the website's pages.
    QAction *exportAction() const { return m_exportAction; }
    void showExport();
    ExportResult exportCurrentList(ExportFormat format, const QString &path);
    void showDirectoryExport();
    bool loadDemoData(int experts);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showStatus(const QString &message);
    void showDrillDown(const QString &table, const RecordFilter &filter);
    void createActions();
    void createMenus();
    void retranslateUi();
    void updateUndoTexts();
    void updateStatusCount();
    void updateActions();
    void readSettings();
    void writeSettings() const;
    void showAbout();
    void saveCurrent();

    RecordRepository &m_repository;
    LanguageSwitcher *m_language;
    QUndoStack *m_undoStack;
    QStackedWidget *m_areas;
    QTabWidget *m_needsTabs;
    MatchingArea *m_matching;
    SchedulingArea *m_scheduling;
    DashboardArea *m_dashboard;
    TranslationStore *m_translationStore;
    TranslationsArea *m_translationsArea;
    QList<RecordBrowser *> m_browsers;
    QLabel *m_countLabel;
    QActionGroup *m_areaGroup = nullptr;
    QList<QAction *> m_areaActions;
    QAction *m_newAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QList<QAction *> m_languageActions;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_matchingMenu = nullptr;
    QMenu *m_calendarMenu = nullptr;
    QMenu *m_reportsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    SyncController *m_sync = nullptr;
    SyncIndicator *m_syncIndicator = nullptr;
    ConflictsDialog *m_conflictsDialog = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_reviewsAction = nullptr;
    QAction *m_importLogAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_directoryAction = nullptr;
    QAction *m_signInAction = nullptr;
    QAction *m_syncNowAction = nullptr;
    QAction *m_conflictsAction = nullptr;
};

} // namespace ed

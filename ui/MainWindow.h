#pragma once

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QUndoStack;

namespace ed {

class RecordBrowser;
class RecordRepository;

// The coordinator's desk: three areas (Experts; Needs with Institutions; Missions), each a
// RecordBrowser, sharing one undo stack so Edit › Undo works whichever area made the change.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Area { Experts = 0, Needs = 1, Missions = 2 };

    explicit MainWindow(RecordRepository &repository, QWidget *parent = nullptr);
    ~MainWindow() override;

    Area currentArea() const;
    void setCurrentArea(Area area);
    // The browser the user works in: in the Needs area, the Needs or the Institutions tab.
    RecordBrowser *currentBrowser() const;
    RecordBrowser *browser(const QString &table) const;
    QUndoStack *undoStack() const { return m_undoStack; }
    QString statusCountText() const;

    // On an empty database, offers to fill it with demo data (called once the window is shown).
    void offerDemoData();
    bool loadDemoData(int experts);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void updateStatusCount();
    void updateActions();
    void readSettings();
    void writeSettings() const;
    void showAbout();

    RecordRepository &m_repository;
    QUndoStack *m_undoStack;
    QStackedWidget *m_areas;
    QTabWidget *m_needsTabs;
    QList<RecordBrowser *> m_browsers;
    QLabel *m_countLabel;
    QActionGroup *m_areaGroup = nullptr;
    QList<QAction *> m_areaActions;
    QAction *m_newAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_findAction = nullptr;
};

} // namespace ed

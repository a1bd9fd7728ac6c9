// The sync GUI against the real server: sign-in errors inline, Sync now pushes and pulls, the
// indicator, the conflicts view, the first-run welcome, and no token in QSettings.
#include "../sync_client/SyncTestKit.h"

#include "MainWindow.h"
#include "RecordBrowser.h"
#include "ChoiceButton.h"
#include "WelcomeDialog.h"
#include "sync/ConflictsDialog.h"
#include "sync/SignInDialog.h"
#include "sync/SyncController.h"
#include "sync/SyncIndicator.h"

#include "TestDatabase.h"
#include "../gui/GuiFixture.h"

#include <QAbstractItemModel>
#include <QTableView>
#include <QApplication>
#include <QFile>
#include <QStatusBar>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTreeWidget>

using namespace ed;

// A desk as the app opens it: a database file, a repository on a clock at real time (the
// server clamps HLCs from the future) and the main window.
struct Desk {
    QTemporaryDir dir;
    ManualClock clock { QDateTime::currentMSecsSinceEpoch() };
    std::unique_ptr<Database> database;
    ReferenceData reference;
    std::unique_ptr<RecordRepository> repository;
    std::unique_ptr<MainWindow> window;

    bool open()
    {
        QString error;
        database = std::make_unique<Database>(dir.filePath(QStringLiteral("desk.sqlite")));
        if (database->open(&error) != Database::Status::Ok || !reference.load(database->connection(), &error))
            return false;
        repository = std::make_unique<RecordRepository>(*database, reference, clock, QStringLiteral("amina"));
        window = std::make_unique<MainWindow>(*repository);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }
    SyncController &sync() { return *window->syncController(); }
};

// Runs `action` on the next modal dialog of type T once it is shown (exec() blocks the test).
template<typename T>
void onModal(std::function<void(T *)> action, int timeoutMs = 20000)
{
    auto *timer = new QTimer;
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, action, elapsed, timeoutMs] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            action(dialog);
        } else if (elapsed->elapsed() > timeoutMs) {
            timer->stop();
            timer->deleteLater();
            qWarning("no %s appeared", T::staticMetaObject.className());
        }
    });
    timer->start();
}

class TestSyncUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void wrongPasswordShowsInlineError();
    void unreachableServerShowsInlineError();
    void signInAndSyncNowPushesEdit();
    void clockSkewShowsInStatusBar();
    void failedChangeCanBeDismissed();
    void pulledChangeShowsInOpenTable();
    void conflictIsShownAndResolved();
    void welcomeDemoData();
    void welcomeEmptyDatabaseShownOnce();
    void welcomeSignInDownloads();
    void worksWithoutKeychain();
    void screenshots_data();
    void screenshots();

private:
    void fillSignIn(SignInDialog *dialog, const QString &password, const QUrl &url = {});
    bool signIn(Desk &desk);
    bool syncNow(Desk &desk, sync::SyncReport *report = nullptr);
    static bool tableShows(RecordBrowser *browser, const QString &text);
    QString settingsText() const;
    std::optional<sync::CredentialStore::Tokens> keychainTokens() const;

    QTemporaryDir m_config;
    TestServerStore m_server;
    bool m_keychain = true;
};

void TestSyncUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("ExpertDeskSyncUiTest"));
    QVERIFY(m_server.start());
    // QtKeychain only from the sync worker thread (see SyncController::workerThread()).
    QString error;
    SyncController::runInWorker([&] {
        sync::CredentialStore probe;
        m_keychain = probe.save(QStringLiteral("https://probe.invalid"), QStringLiteral("probe"), { "a", "b" }, &error);
        if (m_keychain)
            probe.remove(QStringLiteral("https://probe.invalid"), QStringLiteral("probe"));
    });
    if (!m_keychain)
        qInfo("No Secret Service reachable (%s): tokens stay in memory in this run.", qPrintable(error));
}

void TestSyncUi::init()
{
    QSettings().clear(); // every test starts signed out, without a saved server or welcome
}

void TestSyncUi::fillSignIn(SignInDialog *dialog, const QString &password, const QUrl &url)
{
    dialog->serverField()->setText((url.isEmpty() ? m_server.url() : url).toString());
    dialog->userField()->setText(QStringLiteral("amina"));
    dialog->passwordField()->setText(password);
    QVERIFY(dialog->signInButton()->isEnabled());
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
}

bool TestSyncUi::signIn(Desk &desk)
{
    QSignalSpy finished(&desk.sync(), &SyncController::syncFinished);
    SignInDialog dialog(desk.sync(), desk.window.get());
    dialog.show();
    fillSignIn(&dialog, QString::fromLatin1(kPassword));
    // The first sync starts by itself after a sign-in.
    if (!QTest::qWaitFor([&] { return desk.sync().isSignedIn() && finished.count() > 0; }, 30000))
        return false;
    return finished.first().first().value<sync::SyncReport>().ok();
}

bool TestSyncUi::syncNow(Desk &desk, sync::SyncReport *report)
{
    QSignalSpy finished(&desk.sync(), &SyncController::syncFinished);
    desk.window->syncNowAction()->trigger();
    if (!finished.wait(30000) && finished.isEmpty())
        return false;
    const auto result = finished.first().first().value<sync::SyncReport>();
    if (report)
        *report = result;
    if (!result.ok())
        qWarning() << "sync failed:" << result.message;
    return result.ok();
}

bool TestSyncUi::tableShows(RecordBrowser *browser, const QString &text)
{
    const QAbstractItemModel *model = browser->view()->model(); // what the person sees
    for (int row = 0; row < model->rowCount(); ++row)
        for (int column = 0; column < model->columnCount(); ++column)
            if (model->index(row, column).data().toString() == text)
                return true;
    return false;
}

QString TestSyncUi::settingsText() const
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

std::optional<sync::CredentialStore::Tokens> TestSyncUi::keychainTokens() const
{
    std::optional<sync::CredentialStore::Tokens> tokens;
    SyncController::runInWorker(
            [&] { tokens = sync::CredentialStore().load(m_server.url().toString(), QStringLiteral("amina")); });
    return tokens;
}

void TestSyncUi::wrongPasswordShowsInlineError()
{
    Desk desk;
    QVERIFY(desk.open());
    SignInDialog dialog(desk.sync(), desk.window.get());
    dialog.show();
    QCOMPARE(dialog.passwordField()->echoMode(), QLineEdit::Password);
    fillSignIn(&dialog, QStringLiteral("not the password"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.message().isEmpty(), 30000);
    QCOMPARE(dialog.message(), QCoreApplication::translate("ed::sync::SyncClient", "The user name or the password is wrong."));
    QVERIFY(dialog.isVisible()); // inline, the dialog stays open
    QVERIFY(!desk.sync().isSignedIn());
    QVERIFY(!desk.window->syncNowAction()->isEnabled());
    QVERIFY(!settingsText().contains(QStringLiteral("not the password")));
}

void TestSyncUi::unreachableServerShowsInlineError()
{
    Desk desk;
    QVERIFY(desk.open());
    SignInDialog dialog(desk.sync(), desk.window.get());
    dialog.show();
    const QUrl nowhere(QStringLiteral("http://127.0.0.1:%1").arg(freeLoopbackPort()));
    fillSignIn(&dialog, QString::fromLatin1(kPassword), nowhere);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.message().isEmpty(), 30000);
    QVERIFY2(dialog.message().startsWith(QCoreApplication::translate("ed::sync::SyncClient", "Cannot reach the server %1: %2")
                                                 .arg(nowhere.toString(), QString())),
             qPrintable(dialog.message()));
    QVERIFY(!desk.sync().isSignedIn());

    // An address that is not one is caught before any request.
    dialog.serverField()->setText(QStringLiteral("ftp://example.org"));
    dialog.passwordField()->setText(QStringLiteral("x"));
    QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
    QVERIFY(dialog.message().contains(QStringLiteral("https://expertdesk.example.org")));
}

void TestSyncUi::signInAndSyncNowPushesEdit()
{
    Desk desk;
    QVERIFY(desk.open());
    QCOMPARE(desk.window->syncIndicator()->text(), QCoreApplication::translate("ed::SyncIndicator", "Not signed in"));
    QVERIFY(signIn(desk));
    QVERIFY(desk.window->syncNowAction()->isEnabled());
    QCOMPARE(desk.window->syncNowAction()->shortcut(), QKeySequence(Qt::Key_F9));

    const WriteResult written = desk.repository->insert(Schema::institutions(), institution("Pushed From The Desk"));
    QVERIFY(written.ok());
    sync::SyncReport report;
    QVERIFY(syncNow(desk, &report));
    QCOMPARE(report.pushed, 1);
    const QString synced = QCoreApplication::translate("ed::sync::SyncStatus", "Synced at %1").arg(QString());
    QVERIFY2(desk.window->syncIndicator()->text().startsWith(synced), qPrintable(desk.window->syncIndicator()->text()));

    // The server has it: a second copy downloads it.
    Replica other;
    QVERIFY(other.open(m_server.url(), QStringLiteral("karim"), m_server.token(QStringLiteral("karim"))));
    QVERIFY(other.sync().ok());
    QCOMPARE(other.row(QStringLiteral("institutions"), written.id).value(QStringLiteral("name")).toString(),
             QStringLiteral("Pushed From The Desk"));

    // Only the address and the user name are remembered; never a token or the password.
    QSettings settings;
    QCOMPARE(settings.value("Sync/serverUrl").toString(), m_server.url().toString());
    QCOMPARE(settings.value("Sync/user").toString(), QStringLiteral("amina"));
    const QString text = settingsText();
    QVERIFY(!text.isEmpty());
    QVERIFY(!text.contains(QString::fromLatin1(kPassword)));
    QVERIFY(!text.contains(QStringLiteral("token"), Qt::CaseInsensitive));
    for (const QString &key : settings.allKeys())
        QVERIFY2(!key.contains(QStringLiteral("token"), Qt::CaseInsensitive), qPrintable(key));
    if (m_keychain) {
        const auto tokens = keychainTokens();
        QVERIFY(tokens && !tokens->access.isEmpty());
        QVERIFY(!text.contains(tokens->access));
        QVERIFY(!text.contains(tokens->refresh));

        // The next start signs in from the keychain, without a password.
        Desk again;
        QVERIFY(again.open());
        QTRY_VERIFY_WITH_TIMEOUT(again.sync().isSignedIn(), 30000);
    }

    // Sign out forgets the session (and the keychain's copy).
    desk.sync().signOut();
    QVERIFY(!desk.sync().isSignedIn());
    QVERIFY(!desk.window->syncNowAction()->isEnabled());
    if (m_keychain)
        QTRY_VERIFY_WITH_TIMEOUT(!keychainTokens(), 30000);
}

void TestSyncUi::pulledChangeShowsInOpenTable()
{
    Desk desk;
    QVERIFY(desk.open());
    QVERIFY(signIn(desk));
    desk.window->setCurrentArea(MainWindow::Area::Needs);
    desk.window->needsTabs()->setCurrentWidget(desk.window->browser(QStringLiteral("institutions")));

    Replica other;
    QVERIFY(other.open(m_server.url(), QStringLiteral("karim"), m_server.token(QStringLiteral("karim"))));
    other.add(QStringLiteral("institutions"), institution("Made By Karim Elsewhere"));
    QVERIFY(other.sync().ok());

    RecordBrowser *institutions = desk.window->browser(QStringLiteral("institutions"));
    QVERIFY(!tableShows(institutions, QStringLiteral("Made By Karim Elsewhere")));
    sync::SyncReport report;
    QVERIFY(syncNow(desk, &report));
    QVERIFY(report.pulled >= 1);
    QTRY_VERIFY(tableShows(institutions, QStringLiteral("Made By Karim Elsewhere")));
}

void TestSyncUi::conflictIsShownAndResolved()
{
    Desk desk;
    QVERIFY(desk.open());
    QVERIFY(signIn(desk));
    const QString id = desk.repository->insert(Schema::experts(), TestRecords::expert()).id;
    QVERIFY(!id.isEmpty());
    QVERIFY(syncNow(desk));

    Replica other;
    QVERIFY(other.open(m_server.url(), QStringLiteral("karim"), m_server.token(QStringLiteral("karim"))));
    QVERIFY(other.sync().ok());
    // The roster status is critical: two different changes make a conflict for a person.
    QVERIFY(other.update(QStringLiteral("experts"), id, { { "status", "suspended" } }));
    QVERIFY(other.sync().ok());
    QVERIFY(desk.repository->update(Schema::experts(), id, { { "status", "inactive" } }).ok());
    sync::SyncReport report;
    QVERIFY(syncNow(desk, &report));
    QCOMPARE(report.conflicts, 1);
    const QString conflictsText = QCoreApplication::translate("ed::sync::SyncStatus", "%Ln conflict(s)", nullptr, 1);
    QVERIFY2(desk.window->syncIndicator()->text().contains(conflictsText), qPrintable(desk.window->syncIndicator()->text()));

    // A click on the indicator opens the conflicts.
    QTest::mouseClick(desk.window->syncIndicator(), Qt::LeftButton, {}, QPoint(8, desk.window->syncIndicator()->height() / 2));
    auto *dialog = desk.window->findChild<ConflictsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->conflictList()->topLevelItemCount(), 1);
    const QTreeWidgetItem *item = dialog->conflictList()->topLevelItem(0);
    const FieldSpec *status = Schema::experts().field(QStringLiteral("status"));
    QCOMPARE(item->text(1), status->displayName());
    QCOMPARE(item->text(2), status->enumLabel(QStringLiteral("inactive")));  // mine
    QCOMPARE(item->text(3), status->enumLabel(QStringLiteral("suspended"))); // the server's
    QVERIFY(!item->text(4).isEmpty()); // who pushed the change that met the conflict, and when
    // The server kept its value meanwhile.
    QCOMPARE(desk.repository->get(Schema::experts(), id)->value(QStringLiteral("status")).toString(),
             QStringLiteral("suspended"));

    QVERIFY(dialog->keepMineButton()->isEnabled());
    QTest::mouseClick(dialog->keepMineButton(), Qt::LeftButton);
    QCOMPARE(desk.repository->get(Schema::experts(), id)->value(QStringLiteral("status")).toString(),
             QStringLiteral("inactive"));
    QVERIFY(!dialog->keepMineButton()->isEnabled()); // chosen; waiting for the next sync

    QVERIFY(syncNow(desk));
    QCOMPARE(dialog->conflictList()->topLevelItemCount(), 0);
    QVERIFY(other.sync().ok());
    QCOMPARE(other.row(QStringLiteral("experts"), id).value(QStringLiteral("status")).toString(), QStringLiteral("inactive"));
}

void TestSyncUi::welcomeDemoData()
{
    Desk desk;
    QVERIFY(desk.open());
    bool shown = false;
    onModal<WelcomeDialog>([&](WelcomeDialog *welcome) {
        shown = true;
        QCOMPARE(welcome->findChildren<ChoiceButton *>().size(), 3);
        welcome->demoButton()->click();
    });
    desk.window->offerDemoData();
    QVERIFY(shown);
    QVERIFY(desk.repository->count(Schema::experts()) > 0);
}

void TestSyncUi::welcomeEmptyDatabaseShownOnce()
{
    Desk desk;
    QVERIFY(desk.open());
    int shown = 0;
    onModal<WelcomeDialog>([&](WelcomeDialog *welcome) {
        ++shown;
        welcome->emptyButton()->click();
    });
    desk.window->offerDemoData();
    QCOMPARE(shown, 1);
    for (const EntitySpec *spec : Schema::all())
        QCOMPARE(desk.repository->count(*spec), 0);
    QVERIFY(WelcomeDialog::wasShown(desk.database->path()));

    // Still empty, but this database had its welcome: nothing is shown again.
    onModal<WelcomeDialog>([&](WelcomeDialog *welcome) {
        ++shown;
        welcome->reject();
    }, 500);
    desk.window->offerDemoData();
    QTest::qWait(600);
    QCOMPARE(shown, 1);

    // Never on a database with records.
    Desk full;
    QVERIFY(full.open());
    QVERIFY(full.repository->insert(Schema::institutions(), institution("Not Empty")).ok());
    full.window->offerDemoData();
    QVERIFY(!WelcomeDialog::wasShown(full.database->path()));
}

void TestSyncUi::welcomeSignInDownloads()
{
    // The server already holds records (earlier tests); an empty desk downloads them.
    Desk desk;
    QVERIFY(desk.open());
    QSignalSpy finished(&desk.sync(), &SyncController::syncFinished);
    onModal<WelcomeDialog>([&](WelcomeDialog *welcome) {
        welcome->signInButton()->click();
        onModal<SignInDialog>([&](SignInDialog *dialog) {
            fillSignIn(dialog, QString::fromLatin1(kPassword));
            // With a keychain the dialog closes itself; without one it stays open to say so.
            (void)QTest::qWaitFor([&] { return !dialog->isVisible() || desk.sync().isSignedIn(); }, 30000);
            if (dialog->isVisible())
                dialog->accept();
        });
    });
    desk.window->offerDemoData();
    QVERIFY(desk.sync().isSignedIn());
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    QVERIFY(finished.first().first().value<sync::SyncReport>().ok());
    QVERIFY(desk.repository->count(Schema::institutions()) > 0);
    QTRY_VERIFY(tableShows(desk.window->browser(QStringLiteral("institutions")), QStringLiteral("Pushed From The Desk")));
}

void TestSyncUi::worksWithoutKeychain()
{
    if (qEnvironmentVariableIsSet("EXPERTDESK_TEST_NO_KEYCHAIN")) {
        // The child: no session bus at all.
        Desk desk;
        QVERIFY(desk.open());
        SignInDialog dialog(desk.sync(), desk.window.get());
        dialog.show();
        fillSignIn(&dialog, QString::fromLatin1(kPassword));
        QTRY_VERIFY_WITH_TIMEOUT(desk.sync().isSignedIn(), 60000);
        // Signed in, token in memory; the dialog says the password will be asked each time.
        QTRY_VERIFY(!dialog.message().isEmpty());
        QVERIFY2(dialog.message().contains(QStringLiteral("password will be asked each time")), qPrintable(dialog.message()));
        QVERIFY(dialog.isVisible());
        QVERIFY(desk.repository->insert(Schema::institutions(), institution("Without A Keychain")).ok());
        QVERIFY(syncNow(desk));
        QVERIFY(!settingsText().contains(QStringLiteral("token"), Qt::CaseInsensitive));
        return;
    }
    // The same test in a child process whose D-Bus session address leads nowhere.
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("EXPERTDESK_TEST_NO_KEYCHAIN"), QStringLiteral("1"));
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/expertdesk-bus"));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("worksWithoutKeychain") });
    QVERIFY(child.waitForFinished(180000));
    const QByteArray output = child.readAll();
    QVERIFY2(child.exitCode() == 0, output.constData());
}

void TestSyncUi::clockSkewShowsInStatusBar()
{
    Desk desk;
    QVERIFY(desk.open());
    QVERIFY(signIn(desk));
    const QString warning = QCoreApplication::translate("ed::sync::SyncStatus", "Check the clock");
    desk.clock.set(QDateTime::currentMSecsSinceEpoch() - 12 * 60 * 1000); // this computer is behind
    QVERIFY(syncNow(desk));
    QVERIFY2(desk.window->syncIndicator()->text().startsWith(warning), qPrintable(desk.window->syncIndicator()->text()));
    QVERIFY2(desk.window->syncIndicator()->toolTip().contains(QLatin1String("12 minute")),
        qPrintable(desk.window->syncIndicator()->toolTip()));
    QVERIFY(desk.window->syncIndicator()->toolTip().contains(QLatin1String("behind")));
    desk.clock.set(QDateTime::currentMSecsSinceEpoch()); // set right: the warning goes
    QVERIFY(syncNow(desk));
    QVERIFY(!desk.window->syncIndicator()->text().contains(warning));
    QVERIFY(!desk.window->syncIndicator()->toolTip().contains(QLatin1String("behind")));
    desk.sync().signOut();
}

void TestSyncUi::failedChangeCanBeDismissed()
{
    Desk desk;
    QVERIFY(desk.open());
    const QString id = desk.repository->insert(Schema::institutions(), institution("Refused Hospital")).id;
    // Two changes the server refused, as SyncStore::applyPushResults files them.
    for (int seq : { 901, 902 }) {
        QSqlQuery insert(desk.database->connection());
        insert.prepare("INSERT INTO sync_failed_changes (client_seq, mutation_id, table_name, row_id, op, "
                       "changes, base_version, hlc, error, reason, failed_at) "
                       "VALUES (?, ?, 'institutions', ?, 'update', ?, 1, '1795334400000:00000:x', "
                       "'invalid', 'country: \"XX\" is not an OIC member state.', '2026-11-22T08:00:00.000Z')");
        insert.addBindValue(seq);
        insert.addBindValue(QStringLiteral("m%1").arg(seq));
        insert.addBindValue(id);
        insert.addBindValue(QStringLiteral("{\"country\":{\"old\":\"PK\",\"new\":\"XX\"}}"));
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }
    ConflictsDialog dialog(*desk.repository, desk.sync(), desk.window.get());
    dialog.show();
    QCOMPARE(dialog.failedList()->topLevelItemCount(), 2);
    QVERIFY(dialog.failedList()->topLevelItem(0)->text(2).contains("OIC member state"));
    QVERIFY(!dialog.dismissButton()->isEnabled()); // nothing selected
    dialog.failedList()->setCurrentItem(dialog.failedList()->topLevelItem(0));
    QVERIFY(dialog.dismissButton()->isEnabled());

    // Cancel keeps it.
    onModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
    QTest::mouseClick(dialog.dismissButton(), Qt::LeftButton);
    QCOMPARE(dialog.failedList()->topLevelItemCount(), 2);

    // Yes removes it, from the list, the store and the status bar's count.
    onModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    QTest::mouseClick(dialog.dismissButton(), Qt::LeftButton);
    QTRY_COMPARE(dialog.failedList()->topLevelItemCount(), 1);
    QCOMPARE(desk.sync().failedChanges().size(), 1);
    QCOMPARE(desk.sync().failedChanges().first().clientSeq, 902);
    QCOMPARE(desk.sync().status().failedChanges, 1);
    QVERIFY(dialog.tabs()->tabText(1).contains("1"));

    // The Delete key does the same on the list.
    dialog.failedList()->setCurrentItem(dialog.failedList()->topLevelItem(0));
    dialog.failedList()->setFocus();
    onModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    QTest::keyClick(dialog.failedList(), Qt::Key_Delete);
    QTRY_COMPARE(dialog.failedList()->topLevelItemCount(), 0);
    QCOMPARE(desk.sync().status().failedChanges, 0);
    QVERIFY(!dialog.dismissButton()->isEnabled());
    // The record itself is untouched.
    QCOMPARE(desk.repository->get(Schema::institutions(), id).value_or(QVariantMap()).value("country").toString(), QString("PK"));
}

void TestSyncUi::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("fr") << QStringLiteral("fr");
    QTest::newRow("ar") << QStringLiteral("ar");
}

// Writes docs/screenshots/sync-*.png and welcome-*.png when EXPERTDESK_SCREENSHOT_DIR is set.
void TestSyncUi::screenshots()
{
    QFETCH(QString, language);
    const QString dir = qEnvironmentVariable("EXPERTDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("Set EXPERTDESK_SCREENSHOT_DIR to write the screenshots.");
    Desk desk;
    QVERIFY(desk.open());
    GuiFixture::seed(*desk.repository, 12);
    QVERIFY(signIn(desk));
    const QString id = desk.repository->insert(Schema::experts(), TestRecords::expert()).id;
    QVERIFY(syncNow(desk));
    Replica other;
    QVERIFY(other.open(m_server.url(), QStringLiteral("karim"), m_server.token(QStringLiteral("karim"))));
    QVERIFY(other.sync().ok());
    QVERIFY(other.update(QStringLiteral("experts"), id, { { "status", "suspended" } }));
    QVERIFY(other.sync().ok());
    QVERIFY(desk.repository->update(Schema::experts(), id, { { "status", "inactive" } }).ok());
    QVERIFY(syncNow(desk));
    QVERIFY(desk.window->setLanguage(language));
    QCoreApplication::sendPostedEvents();
    desk.window->resize(1280, 800);
    QTest::qWait(100);
    const auto save = [&](QWidget *widget, const QString &name) {
        QVERIFY(widget->grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, name, language)));
    };
    save(desk.window.get(), QStringLiteral("sync-mainwindow"));
    desk.clock.set(QDateTime::currentMSecsSinceEpoch() - 12 * 60 * 1000);
    QVERIFY(syncNow(desk));
    desk.window->statusBar()->clearMessage();
    QTest::qWait(100); // the status bar lays out the longer text
    save(desk.window->statusBar(), QStringLiteral("sync-clock"));
    QFile tip(QStringLiteral("%1/sync-clock-%2.txt").arg(dir, language));
    QVERIFY(tip.open(QIODevice::WriteOnly));
    tip.write(desk.window->syncIndicator()->toolTip().toUtf8());
    tip.close();
    desk.clock.set(QDateTime::currentMSecsSinceEpoch());
    SignInDialog signInDialog(desk.sync(), desk.window.get());
    signInDialog.show();
    signInDialog.adjustSize();
    QTest::qWait(50);
    save(&signInDialog, QStringLiteral("sync-signin"));
    ConflictsDialog *conflicts = desk.window->showConflicts();
    QTest::qWait(50);
    save(conflicts, QStringLiteral("sync-conflicts"));
    {
        QSqlQuery insert(desk.database->connection());
        insert.prepare("INSERT OR REPLACE INTO sync_failed_changes (client_seq, mutation_id, table_name, row_id, op, "
                       "changes, base_version, hlc, error, reason, failed_at) VALUES (990, 'm990', 'experts', ?, "
                       "'update', '{\"country\":{\"old\":\"SN\",\"new\":\"XX\"}}', 1, "
                       "'1795334400000:00000:x', 'invalid', "
                       "'country: \"XX\" is not the ISO code of an OIC member state (e.g. PK, MA, SN).', "
                       "'2026-11-22T08:00:00.000Z')");
        insert.addBindValue(id);
        QVERIFY(insert.exec());
    }
    conflicts->reload();
    conflicts->tabs()->setCurrentIndex(1);
    conflicts->failedList()->setCurrentItem(conflicts->failedList()->topLevelItem(0));
    QTest::qWait(50);
    save(conflicts, QStringLiteral("sync-failed"));
    conflicts->close();
    WelcomeDialog welcome(desk.window.get());
    welcome.show();
    welcome.adjustSize();
    QTest::qWait(50);
    save(&welcome, QStringLiteral("welcome"));
    desk.sync().signOut();
    QVERIFY(desk.window->setLanguage(QStringLiteral("en")));
}

QTEST_MAIN(TestSyncUi)
#include "tst_sync_ui.moc"

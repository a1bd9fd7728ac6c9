// CredentialStore against a real Secret Service (gnome-keyring under dbus-run-session, as
// tools/dev.sh test runs ctest). Skips only when no Secret Service is reachable.
#include "SyncTestKit.h"

#include "sync/CredentialStore.h"

#include <QDir>
#include <QSettings>

using namespace ed::sync;

class TestSyncKeychain : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void roundTripThroughKeychain();
    void neverWrittenToSettingsOrFiles();
    void clientRestoresSessionWithoutPassword();

private:
    TestServerStore m_server;
    QString m_url = QStringLiteral("https://keychain-test.invalid:%1").arg(QCoreApplication::applicationPid());
};

void TestSyncKeychain::initTestCase()
{
    CredentialStore store;
    QString error;
    if (!store.save(m_url, "probe", { "a", "b" }, &error) && !store.keychainAvailable())
        QSKIP(qPrintable(QStringLiteral("No Secret Service is reachable on the session bus (%1); run under "
                                        "tools/dev.sh test (dbus-run-session + gnome-keyring-daemon --unlock).")
                             .arg(error)));
    store.remove(m_url, "probe");
    QVERIFY(m_server.start());
}

void TestSyncKeychain::roundTripThroughKeychain()
{
    CredentialStore store;
    QString error;
    QVERIFY2(store.save(m_url, "amina", { "access-1", "refresh-1" }, &error), qPrintable(error));
    // A new store object has no memory of its own to fall back on for this key after remove.
    const auto tokens = CredentialStore().load(m_url, "amina");
    QVERIFY(tokens);
    QCOMPARE(tokens->access, "access-1");
    QCOMPARE(tokens->refresh, "refresh-1");
    QVERIFY(store.remove(m_url, "amina"));
    QVERIFY(!CredentialStore().load(m_url, "amina"));
}

void TestSyncKeychain::neverWrittenToSettingsOrFiles()
{
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.path().toUtf8());
    CredentialStore store;
    QVERIFY(store.save(m_url, "karim", { "secret-access-token", "secret-refresh" }, nullptr));
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY(!settings.value(key).toString().contains("secret-access-token"));
    QVERIFY(QDir(home.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
    store.remove(m_url, "karim");
}

void TestSyncKeychain::clientRestoresSessionWithoutPassword()
{
    Replica a;
    QVERIFY(a.open(m_server.url()));
    CredentialStore store;
    a.client->setCredentialStore(&store);
    QString error;
    QVERIFY(a.client->login(kPassword, &error)); // stores the tokens
    SyncClient other(a.path(), &a.clock);
    other.setServer(m_server.url(), "amina");
    other.setCredentialStore(&store);
    QVERIFY(other.restoreSession(&error));
    QVERIFY(other.sync().ok());
    store.remove(m_server.url().toString(), "amina");
}

QTEST_GUILESS_MAIN(TestSyncKeychain)
#include "tst_synckeychain.moc"

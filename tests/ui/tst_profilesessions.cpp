#include "profilesessions.h"

#include "auth/accesstoken.h"
#include "auth/clock.h"
#include "auth/credentialstore.h"
#include "auth/memorysecretstore.h"
#include "auth/tokencache.h"
#include "faketokenserver.h"
#include "profiletesting.h"
#include "sessiontesting.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace altrata;
using namespace altrata::auth;
using altrata::ui::ProfileSessions;

class TestProfileSessions final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void refresh_selectsTheLastUsedProfile();
    void refresh_withoutALastUsedOne_selectsTheFirst();
    void select_savedProfile_isRememberedAndGetsItsSession();
    void select_unknownName_changesNothing();
    void cachedValidToken_showsWithoutAnyRequest();
    void olderLoadAnswer_isDropped();
    void sessionProfile_staysInMemoryOnly();
    void sessionProfile_tokenNeverReachesTheKeychain();
    void openSessionProfile_sameName_replacesAndStartsANewSession();
    void reload_afterAnEdit_startsASessionWithTheNewCredentials();
    void removedCurrentProfile_selectsAnotherOrNone();

private:
    CredentialProfile profile(const QString &name, const QString &apiKey) const;
    void save(const CredentialProfile &profile);
    void cacheToken(const Credentials &credentials, qint64 lifetimeSeconds);
    std::optional<AccessToken> cachedToken(const Credentials &credentials);
    std::unique_ptr<ProfileSessions> make();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets; // stands in for the keychain
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<test::FakeTokenServer> m_server;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<test::CountingNetworkAccessManager> m_network;
};

void TestProfileSessions::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestProfileSessions::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_secrets = std::make_unique<MemorySecretStore>();
    m_store = std::make_unique<CredentialStore>(m_settings.get(), m_secrets.get());
    m_server = std::make_unique<test::FakeTokenServer>();
    QVERIFY(m_server->start());
    const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    m_clock = std::make_unique<ManualClock>(now);
    m_server->setServerDate(now);
    m_network = std::make_unique<test::CountingNetworkAccessManager>();
}

void TestProfileSessions::cleanup() {
    m_network.reset();
    m_server.reset();
    m_store.reset();
    m_secrets.reset();
    m_settings.reset();
    m_dir.reset();
    m_clock.reset();
}

CredentialProfile TestProfileSessions::profile(const QString &name, const QString &apiKey) const {
    return test::fakeServerProfile(*m_server, name, apiKey);
}

void TestProfileSessions::save(const CredentialProfile &p) {
    test::saveProfile(*m_store, p);
}

void TestProfileSessions::cacheToken(const Credentials &credentials, qint64 lifetimeSeconds) {
    test::storeCachedToken(*m_secrets, *m_clock, credentials, lifetimeSeconds);
}

std::optional<AccessToken> TestProfileSessions::cachedToken(const Credentials &credentials) {
    return test::loadCachedToken(*m_secrets, credentials);
}

std::unique_ptr<ProfileSessions> TestProfileSessions::make() {
    return std::make_unique<ProfileSessions>(m_settings.get(), m_store.get(), m_network.get(), m_clock.get());
}

void TestProfileSessions::refresh_selectsTheLastUsedProfile() {
    save(profile(QStringLiteral("Alpha"), QStringLiteral("alpha-key")));
    save(profile(QStringLiteral("Beta"), QStringLiteral("beta-key")));
    m_settings->setValue(QStringLiteral("ui/lastProfile"), QStringLiteral("Beta"));
    auto sessions = make();
    QSignalSpy changed(sessions.get(), &ProfileSessions::sessionChanged);
    sessions->refresh();
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(sessions->currentName(), QStringLiteral("Beta"));
    QCOMPARE(sessions->profileNames(), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta")}));
    QVERIFY(sessions->session());
    QCOMPARE(changed.at(0).at(0).value<AuthSession *>(), sessions->session());
    QCOMPARE(sessions->session()->credentials().apiKey.reveal(), QStringLiteral("beta-key"));
    QCOMPARE(sessions->currentProfile()->name, QStringLiteral("Beta"));
}

void TestProfileSessions::refresh_withoutALastUsedOne_selectsTheFirst() {
    save(profile(QStringLiteral("Beta"), QStringLiteral("beta-key")));
    save(profile(QStringLiteral("Alpha"), QStringLiteral("alpha-key")));
    auto sessions = make();
    sessions->refresh();
    QTRY_VERIFY(sessions->session());
    QCOMPARE(sessions->currentName(), QStringLiteral("Alpha"));
}

void TestProfileSessions::select_savedProfile_isRememberedAndGetsItsSession() {
    save(profile(QStringLiteral("Alpha"), QStringLiteral("alpha-key")));
    save(profile(QStringLiteral("Beta"), QStringLiteral("beta-key")));
    auto sessions = make();
    sessions->refresh();
    QTRY_VERIFY(sessions->session());
    QPointer<AuthSession> alphaSession = sessions->session();
    QSignalSpy profiles(sessions.get(), &ProfileSessions::profilesChanged);
    sessions->select(QStringLiteral("Beta"));
    QCOMPARE(profiles.count(), 1);
    QTRY_VERIFY(sessions->session() && sessions->session() != alphaSession);
    QCOMPARE(sessions->session()->credentials().apiKey.reveal(), QStringLiteral("beta-key"));
    QCOMPARE(m_settings->value(QStringLiteral("ui/lastProfile")).toString(), QStringLiteral("Beta"));
    QTRY_VERIFY(!alphaSession); // the old session goes away
}

void TestProfileSessions::select_unknownName_changesNothing() {
    save(profile(QStringLiteral("Alpha"), QStringLiteral("alpha-key")));
    auto sessions = make();
    sessions->refresh();
    QTRY_VERIFY(sessions->session());
    AuthSession *before = sessions->session();
    QSignalSpy changed(sessions.get(), &ProfileSessions::sessionChanged);
    sessions->select(QStringLiteral("Nobody"));
    sessions->select(QStringLiteral("Alpha")); // already selected: no new session
    QTest::qWait(50);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(sessions->session(), before);
    QCOMPARE(sessions->currentName(), QStringLiteral("Alpha"));
}

void TestProfileSessions::cachedValidToken_showsWithoutAnyRequest() {
    const CredentialProfile alpha = profile(QStringLiteral("Alpha"), QStringLiteral("test-api-key"));
    save(alpha);
    cacheToken(alpha.credentials, 3600);
    auto sessions = make();
    sessions->refresh();
    QTRY_VERIFY(sessions->session());
    QTRY_COMPARE(sessions->session()->state(), AuthSession::State::Valid);
    QVERIFY(sessions->session()->token());
    QCOMPARE(sessions->session()->token()->value.reveal(), QStringLiteral("cached-token-value"));
    QCOMPARE(m_network->created, 0);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestProfileSessions::olderLoadAnswer_isDropped() {
    save(profile(QStringLiteral("Alpha"), QStringLiteral("alpha-key")));
    save(profile(QStringLiteral("Beta"), QStringLiteral("beta-key")));
    auto sessions = make();
    QSignalSpy changed(sessions.get(), &ProfileSessions::sessionChanged);
    QSignalSpy failed(sessions.get(), &ProfileSessions::loadFailed);
    sessions->select(QStringLiteral("Alpha")); // its keychain answer is still on its way...
    sessions->select(QStringLiteral("Beta"));  // ...when the user picks another one
    QTRY_COMPARE(changed.count(), 1);
    QTest::qWait(100); // Alpha's late answer would arrive by now
    QCOMPARE(changed.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(sessions->currentName(), QStringLiteral("Beta"));
    QCOMPARE(sessions->currentProfile()->name, QStringLiteral("Beta"));
    QCOMPARE(sessions->session()->credentials().apiKey.reveal(), QStringLiteral("beta-key"));
}

void TestProfileSessions::sessionProfile_staysInMemoryOnly() {
    save(profile(QStringLiteral("Alpha"), QStringLiteral("alpha-key")));
    m_settings->setValue(QStringLiteral("ui/lastProfile"), QStringLiteral("Alpha"));
    m_settings->sync();
    auto sessions = make();
    sessions->refresh();
    QTRY_VERIFY(sessions->session());
    CredentialProfile demo = profile(QStringLiteral("Sandbox demo"), QStringLiteral("demo-api-key"));
    demo.credentials.username = QStringLiteral("demo-user-name");
    QSignalSpy changed(sessions.get(), &ProfileSessions::sessionChanged);
    sessions->openSessionProfile(demo);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(sessions->currentName(), demo.name);
    QVERIFY(sessions->isSessionProfile(demo.name));
    QVERIFY(!sessions->isSessionProfile(QStringLiteral("Alpha")));
    QCOMPARE(sessions->profileNames(), (QStringList{QStringLiteral("Alpha"), demo.name})); // saved ones first
    QCOMPARE(sessions->session()->credentials(), demo.credentials);
    // Nothing about it in the settings: not listed, not remembered as the last profile, no field of it.
    QCOMPARE(m_store->profileNames(), QStringList{QStringLiteral("Alpha")});
    m_settings->sync();
    QCOMPARE(m_settings->value(QStringLiteral("ui/lastProfile")).toString(), QStringLiteral("Alpha"));
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(!written.contains("Sandbox"));
    QVERIFY(!written.contains("demo-user-name"));
    // Nor its secrets in the keychain.
    CredentialStore reader(m_settings.get(), m_secrets.get());
    QVERIFY(!reader.hasProfile(demo.name));
    // A saved profile selected again is remembered again; the session one stays listed.
    sessions->select(QStringLiteral("Alpha"));
    QTRY_COMPARE(sessions->currentProfile().value_or(CredentialProfile{}).name, QStringLiteral("Alpha"));
    QVERIFY(sessions->profileNames().contains(demo.name));
}

void TestProfileSessions::sessionProfile_tokenNeverReachesTheKeychain() {
    CredentialProfile demo = profile(QStringLiteral("Sandbox demo"), QStringLiteral("test-api-key"));
    auto sessions = make();
    sessions->openSessionProfile(demo);
    QTRY_VERIFY(sessions->session());
    auto outcome = std::make_shared<test::TokenOutcome>();
    sessions->session()->ensureToken(this, test::recordInto(outcome));
    QTRY_COMPARE(outcome->calls, 1);
    QVERIFY(outcome->result.ok());
    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY(!cachedToken(demo.credentials)); // kept in memory, never in the keychain
    // Reopening the same session profile reuses the in-memory token: no second request.
    sessions->openSessionProfile(demo);
    QTRY_COMPARE(sessions->session()->state(), AuthSession::State::Valid);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestProfileSessions::openSessionProfile_sameName_replacesAndStartsANewSession() {
    auto sessions = make();
    sessions->openSessionProfile(profile(QStringLiteral("Demo"), QStringLiteral("first-key")));
    QTRY_VERIFY(sessions->session());
    QPointer<AuthSession> first = sessions->session();
    QSignalSpy changed(sessions.get(), &ProfileSessions::sessionChanged);
    sessions->openSessionProfile(profile(QStringLiteral("Demo"), QStringLiteral("second-key")));
    QTRY_COMPARE(changed.count(), 1);
    QVERIFY(sessions->session() != first);
    QCOMPARE(sessions->session()->credentials().apiKey.reveal(), QStringLiteral("second-key"));
    QCOMPARE(sessions->profileNames(), QStringList{QStringLiteral("Demo")});
}

void TestProfileSessions::reload_afterAnEdit_startsASessionWithTheNewCredentials() {
    save(profile(QStringLiteral("Alpha"), QStringLiteral("old-key")));
    auto sessions = make();
    sessions->refresh();
    QTRY_VERIFY(sessions->session());
    save(profile(QStringLiteral("Alpha"), QStringLiteral("new-key")));
    QSignalSpy changed(sessions.get(), &ProfileSessions::sessionChanged);
    sessions->reload();
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(sessions->session()->credentials().apiKey.reveal(), QStringLiteral("new-key"));
}

void TestProfileSessions::removedCurrentProfile_selectsAnotherOrNone() {
    save(profile(QStringLiteral("Alpha"), QStringLiteral("alpha-key")));
    save(profile(QStringLiteral("Beta"), QStringLiteral("beta-key")));
    auto sessions = make();
    sessions->select(QStringLiteral("Beta"));
    QTRY_VERIFY(sessions->session());
    QSignalSpy changed(sessions.get(), &ProfileSessions::sessionChanged);
    bool removed = false;
    m_store->remove(QStringLiteral("Beta"), this, [&removed](const std::optional<AuthError> &) { removed = true; });
    QTRY_VERIFY(removed);
    QTRY_COMPARE(sessions->currentName(), QStringLiteral("Alpha")); // the store's change is followed
    QTRY_VERIFY(sessions->session() && sessions->currentProfile());
    QCOMPARE(sessions->session()->credentials().apiKey.reveal(), QStringLiteral("alpha-key"));
    removed = false;
    m_store->remove(QStringLiteral("Alpha"), this, [&removed](const std::optional<AuthError> &) { removed = true; });
    QTRY_VERIFY(removed);
    QTRY_VERIFY(sessions->currentName().isEmpty());
    QVERIFY(!sessions->session());
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().at(0).value<AuthSession *>(), nullptr);
}

QTEST_GUILESS_MAIN(TestProfileSessions)
#include "tst_profilesessions.moc"

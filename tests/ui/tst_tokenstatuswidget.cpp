#include "auth/authsession.h"
#include "auth/clock.h"
#include "faketokenserver.h"
#include "modalanswer.h"
#include "tokenstatuswidget.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace altrata;
using auth::AuthSession;
using auth::ManualClock;
using test::FakeTokenServer;
using ui::TokenStatusWidget;

namespace {
const QColor green(0x2e, 0x9d, 0x4f);
const QColor amber(0xe0, 0x8a, 0x00);
const QColor red(0xd0, 0x31, 0x2d);
} // namespace

class TestTokenStatusWidget final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void noSession_saysNoProfile();
    void idle_saysNoToken_withoutRequesting();
    void getToken_showsValidCountdownInGreen();
    void requesting_showsProgress_andCancelStopsIt();
    void countdown_followsTheClock_throughExpiringSoonToExpired();
    void failure_showsShortReason_andFullMessageInTooltip();
    void tooltip_namesProfileAndLocalExpiryWithDate();
    void clockSkew_isWarnedAbout();
    void click_emitsDetailsRequested();
    void keyboard_enterAndSpace_emitDetailsRequested_data();
    void keyboard_enterAndSpace_emitDetailsRequested();
    void renew_cancelledInTheBox_doesNotRequest();
    void renew_confirmed_requestsExactlyOnce();

private:
    bool obtainToken();

    std::unique_ptr<FakeTokenServer> m_server;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<AuthSession> m_session;
    std::unique_ptr<TokenStatusWidget> m_widget;
};

void TestTokenStatusWidget::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestTokenStatusWidget::init() {
    // Whole seconds, and the server shares the clock: no skew unless a test asks for it.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    m_clock = std::make_unique<ManualClock>(now);
    m_server = std::make_unique<FakeTokenServer>();
    QVERIFY(m_server->start());
    m_server->setServerDate(now);
    m_network = std::make_unique<QNetworkAccessManager>();
    auth::Credentials credentials;
    credentials.tokenUrl = m_server->tokenUrl();
    credentials.username = QStringLiteral("test-user");
    credentials.password = auth::Secret(QStringLiteral("test-password"));
    credentials.apiKey = auth::Secret(QStringLiteral("test-api-key"));
    m_session =
        std::make_unique<AuthSession>(credentials, m_network.get(), nullptr, m_clock.get(), AuthSession::Options{});
    m_widget = std::make_unique<TokenStatusWidget>();
    m_widget->setSession(m_session.get());
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
}

void TestTokenStatusWidget::cleanup() {
    m_widget.reset();
    m_session.reset();
    m_network.reset();
    m_server.reset();
    m_clock.reset();
}

bool TestTokenStatusWidget::obtainToken() {
    m_widget->getToken();
    return QTest::qWaitFor([this] { return m_session->state() == AuthSession::State::Valid; });
}

void TestTokenStatusWidget::noSession_saysNoProfile() {
    m_widget->setSession(nullptr);
    QCOMPARE(m_widget->labelText(), QStringLiteral("No profile"));
    QCOMPARE(m_widget->stateText(), QStringLiteral("No profile selected"));
    QVERIFY(m_widget->countdownText().isEmpty());
}

void TestTokenStatusWidget::idle_saysNoToken_withoutRequesting() {
    QCOMPARE(m_widget->labelText(), QStringLiteral("No token"));
    QCOMPARE(m_widget->stateText(), QStringLiteral("No token yet"));
    QVERIFY(m_widget->countdownText().isEmpty());
    QCOMPARE(m_server->requestCount(), 0);
}

void TestTokenStatusWidget::getToken_showsValidCountdownInGreen() {
    QVERIFY(obtainToken());
    QCOMPARE(m_widget->labelText(), QStringLiteral("Valid 08:00:00"));
    QCOMPARE(m_widget->countdownText(), QStringLiteral("08:00:00"));
    QCOMPARE(m_widget->stateText(), QStringLiteral("Token valid — 8 h left"));
    QCOMPARE(m_widget->indicatorColor(), green);
    m_widget->getToken(); // a valid token is reused, never replaced
    QCOMPARE(m_server->requestCount(), 1);
}

void TestTokenStatusWidget::requesting_showsProgress_andCancelStopsIt() {
    m_server->setBehaviour(FakeTokenServer::Behaviour::Hang);
    m_widget->getToken();
    QTRY_COMPARE(m_widget->labelText(), QStringLiteral("Requesting…"));
    auto *cancel = m_widget->findChild<QToolButton *>(QStringLiteral("cancelTokenButton"));
    QVERIFY(cancel && cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(m_session->state() != AuthSession::State::Requesting);
    QVERIFY(!cancel->isVisible());
    QCOMPARE(m_widget->labelText(), QStringLiteral("Failed: cancelled"));
}

void TestTokenStatusWidget::countdown_followsTheClock_throughExpiringSoonToExpired() {
    QVERIFY(obtainToken());
    const QDateTime expiresAt = m_session->token()->expiresAt;

    m_clock->advanceSeconds(61);
    m_session->updateFromClock();
    QCOMPARE(m_widget->labelText(), QStringLiteral("Valid 07:58:59"));
    QCOMPARE(m_widget->indicatorColor(), green);

    m_clock->set(expiresAt.addSecs(-(4 * 60 + 12)));
    m_session->updateFromClock();
    QCOMPARE(m_widget->labelText(), QStringLiteral("Expiring 00:04:12"));
    QCOMPARE(m_widget->stateText(), QStringLiteral("Expiring soon — 4:12 left"));
    QCOMPARE(m_widget->indicatorColor(), amber);

    m_clock->advanceSeconds(1);
    m_session->updateFromClock();
    QCOMPARE(m_widget->countdownText(), QStringLiteral("00:04:11"));

    m_clock->set(expiresAt.addSecs(1));
    m_session->updateFromClock();
    QCOMPARE(m_widget->labelText(), QStringLiteral("Expired"));
    QVERIFY(m_widget->countdownText().isEmpty());
    QCOMPARE(m_widget->indicatorColor(), red);
}

void TestTokenStatusWidget::failure_showsShortReason_andFullMessageInTooltip() {
    m_server->setBehaviour(FakeTokenServer::Behaviour::WrongApiKey);
    m_widget->getToken();
    QTRY_COMPARE(m_session->state(), AuthSession::State::Failed);
    QCOMPARE(m_widget->labelText(), QStringLiteral("Failed: API key refused"));
    QCOMPARE(m_widget->indicatorColor(), red);
    QVERIFY(m_session->lastError());
    QVERIFY(m_widget->toolTip().contains(m_session->lastError()->message));
    QVERIFY(!m_widget->toolTip().contains(QStringLiteral("test-api-key")));
}

void TestTokenStatusWidget::tooltip_namesProfileAndLocalExpiryWithDate() {
    m_widget->setProfileName(QStringLiteral("Support desk"));
    QVERIFY(m_widget->toolTip().contains(QStringLiteral("Profile: Support desk")));
    QVERIFY(obtainToken());
    const QDateTime local = m_session->token()->expiresAt.toLocalTime();
    const QString expected = QLocale().toString(local, QLocale::LongFormat);
    QVERIFY2(m_widget->toolTip().contains(QStringLiteral("Expires: ") + expected), qPrintable(m_widget->toolTip()));
    QVERIFY(expected.contains(QString::number(local.date().year())));
    QVERIFY(m_widget->toolTip().contains(QStringLiteral("Profile: Support desk")));
}

void TestTokenStatusWidget::clockSkew_isWarnedAbout() {
    QVERIFY(m_widget->clockSkewText().isEmpty());
    m_server->setServerDate(m_clock->now().addSecs(-600)); // our clock is 10 minutes ahead
    QVERIFY(obtainToken());
    QTRY_VERIFY(!m_widget->clockSkewText().isEmpty());
    QVERIFY2(m_widget->clockSkewText().contains(QStringLiteral("10 min ahead of the token server's")),
             qPrintable(m_widget->clockSkewText()));
    QVERIFY(m_widget->labelText().endsWith(QStringLiteral("⚠")));
    QVERIFY(m_widget->toolTip().contains(m_widget->clockSkewText()));
}

void TestTokenStatusWidget::click_emitsDetailsRequested() {
    QSignalSpy spy(m_widget.get(), &TokenStatusWidget::detailsRequested);
    QTest::mouseClick(m_widget.get(), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QTest::mouseClick(m_widget.get(), Qt::RightButton);
    QCOMPARE(spy.count(), 1);
}

void TestTokenStatusWidget::keyboard_enterAndSpace_emitDetailsRequested_data() {
    QTest::addColumn<int>("key");
    QTest::newRow("return") << int(Qt::Key_Return);
    QTest::newRow("enter") << int(Qt::Key_Enter);
    QTest::newRow("space") << int(Qt::Key_Space);
}

void TestTokenStatusWidget::keyboard_enterAndSpace_emitDetailsRequested() {
    QFETCH(int, key);
    QCOMPARE(m_widget->focusPolicy(), Qt::StrongFocus);
    m_widget->setFocus();
    QSignalSpy spy(m_widget.get(), &TokenStatusWidget::detailsRequested);
    QTest::keyClick(m_widget.get(), Qt::Key(key));
    QCOMPARE(spy.count(), 1);
    QTest::keyClick(m_widget.get(), Qt::Key_A);
    QCOMPARE(spy.count(), 1);
}

void TestTokenStatusWidget::renew_cancelledInTheBox_doesNotRequest() {
    QVERIFY(obtainToken());
    bool asked = false;
    test::answerNextMessageBox([](QMessageBox *box) { return box->button(QMessageBox::Cancel); }, &asked);
    m_widget->renewToken();
    QVERIFY(asked);
    // Renewal starts synchronously once confirmed, so the session would be Requesting now.
    QCOMPARE(m_session->state(), AuthSession::State::Valid);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestTokenStatusWidget::renew_confirmed_requestsExactlyOnce() {
    QVERIFY(obtainToken());
    const QByteArray first = m_server->currentToken();
    bool asked = false;
    QString question;
    test::answerNextMessageBox(
        [&question](QMessageBox *box) {
            question = box->text();
            return test::buttonNamed(box, QStringLiteral("confirmRenewButton"));
        },
        &asked);
    m_widget->renewToken();
    QVERIFY(asked);
    QVERIFY(question.contains(QStringLiteral("every other program")));
    QTRY_COMPARE(m_server->requestCount(), 2);
    QTRY_COMPARE(m_session->state(), AuthSession::State::Valid);
    QVERIFY(m_server->currentToken() != first);
    QCOMPARE(m_server->requestCount(), 2);
}

QTEST_MAIN(TestTokenStatusWidget)
#include "tst_tokenstatuswidget.moc"

#include "auth/authsession.h"
#include "auth/clock.h"
#include "faketokenserver.h"
#include "modalanswer.h"
#include "tokenstatuswidget.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace altrata;
using auth::AuthSession;
using auth::ManualClock;
using test::FakeTokenServer;
using ui::TokenStatusWidget;

class TestTokenStatusWidget final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void noSession_saysNoProfileSelected();
    void idle_saysNoTokenYet_andOffersGetToken();
    void getToken_showsValidWithTimeLeft_andDisablesGetToken();
    void requesting_showsProgress_andCancelStopsIt();
    void countdown_followsTheClock_throughExpiringSoonToExpired();
    void failure_showsTheErrorMessage();
    void clockSkew_isWarnedAbout();
    void renew_cancelledInTheBox_doesNotRequest();
    void renew_confirmed_requestsExactlyOnce();

private:
    QPushButton *button(const char *name) const {
        return m_widget->findChild<QPushButton *>(QString::fromLatin1(name));
    }
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
    QTest::mouseClick(button("getTokenButton"), Qt::LeftButton);
    return QTest::qWaitFor([this] { return m_session->state() == AuthSession::State::Valid; });
}

void TestTokenStatusWidget::noSession_saysNoProfileSelected() {
    m_widget->setSession(nullptr);
    QCOMPARE(m_widget->stateText(), QStringLiteral("No profile selected"));
    QVERIFY(!button("getTokenButton")->isEnabled());
    QVERIFY(!button("renewTokenButton")->isEnabled());
    QVERIFY(m_widget->countdownText().isEmpty());
}

void TestTokenStatusWidget::idle_saysNoTokenYet_andOffersGetToken() {
    QCOMPARE(m_widget->stateText(), QStringLiteral("No token yet"));
    QVERIFY(button("getTokenButton")->isEnabled());
    QVERIFY(!button("renewTokenButton")->isEnabled());
    QVERIFY(m_widget->countdownText().isEmpty());
    QCOMPARE(m_server->requestCount(), 0);
}

void TestTokenStatusWidget::getToken_showsValidWithTimeLeft_andDisablesGetToken() {
    QVERIFY(obtainToken());
    QCOMPARE(m_widget->stateText(), QStringLiteral("Token valid — 8 h left"));
    QCOMPARE(m_widget->countdownText(), QStringLiteral("08:00:00"));
    QVERIFY(!button("getTokenButton")->isEnabled());
    QVERIFY(button("renewTokenButton")->isEnabled());
    QCOMPARE(m_server->requestCount(), 1);
}

void TestTokenStatusWidget::requesting_showsProgress_andCancelStopsIt() {
    m_server->setBehaviour(FakeTokenServer::Behaviour::Hang);
    QTest::mouseClick(button("getTokenButton"), Qt::LeftButton);
    QTRY_COMPARE(m_widget->stateText(), QStringLiteral("Requesting token…"));
    QVERIFY(!button("getTokenButton")->isEnabled());
    QPushButton *cancel = button("cancelTokenButton");
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(m_session->state() != AuthSession::State::Requesting);
    QVERIFY(!cancel->isVisible());
    QVERIFY(button("getTokenButton")->isEnabled());
}

void TestTokenStatusWidget::countdown_followsTheClock_throughExpiringSoonToExpired() {
    QVERIFY(obtainToken());
    const QDateTime expiresAt = m_session->token()->expiresAt;

    m_clock->advanceSeconds(61);
    m_session->updateFromClock();
    QCOMPARE(m_widget->stateText(), QStringLiteral("Token valid — 7 h 58 min left"));
    QCOMPARE(m_widget->countdownText(), QStringLiteral("07:58:59"));

    m_clock->set(expiresAt.addSecs(-(4 * 60 + 12)));
    m_session->updateFromClock();
    QCOMPARE(m_widget->stateText(), QStringLiteral("Expiring soon — 4:12 left"));
    QCOMPARE(m_widget->countdownText(), QStringLiteral("00:04:12"));
    QVERIFY(!button("getTokenButton")->isEnabled());

    m_clock->set(expiresAt.addSecs(1));
    m_session->updateFromClock();
    QCOMPARE(m_widget->stateText(), QStringLiteral("Expired"));
    QVERIFY(m_widget->countdownText().isEmpty());
    QVERIFY(button("getTokenButton")->isEnabled());
    QVERIFY(!button("renewTokenButton")->isEnabled());
}

void TestTokenStatusWidget::failure_showsTheErrorMessage() {
    m_server->setBehaviour(FakeTokenServer::Behaviour::WrongApiKey);
    QTest::mouseClick(button("getTokenButton"), Qt::LeftButton);
    QTRY_COMPARE(m_session->state(), AuthSession::State::Failed);
    QVERIFY(m_session->lastError());
    QVERIFY(!m_session->lastError()->message.isEmpty());
    QCOMPARE(m_widget->stateText(), QStringLiteral("Failed: ") + m_session->lastError()->message);
    QVERIFY(button("getTokenButton")->isEnabled());
    QVERIFY(!m_widget->stateText().contains(QStringLiteral("test-api-key")));
}

void TestTokenStatusWidget::clockSkew_isWarnedAbout() {
    QVERIFY(m_widget->clockSkewText().isEmpty());
    m_server->setServerDate(m_clock->now().addSecs(-600)); // our clock is 10 minutes ahead
    QVERIFY(obtainToken());
    QTRY_VERIFY(!m_widget->clockSkewText().isEmpty());
    QVERIFY2(m_widget->clockSkewText().contains(QStringLiteral("10 min ahead of the token server's")),
             qPrintable(m_widget->clockSkewText()));
}

void TestTokenStatusWidget::renew_cancelledInTheBox_doesNotRequest() {
    QVERIFY(obtainToken());
    bool asked = false;
    test::answerNextMessageBox([](QMessageBox *box) { return box->button(QMessageBox::Cancel); }, &asked);
    QTest::mouseClick(button("renewTokenButton"), Qt::LeftButton);
    QVERIFY(asked);
    // Renewal starts synchronously once confirmed, so the session would be Requesting now.
    QCOMPARE(m_session->state(), AuthSession::State::Valid);
    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY(button("renewTokenButton")->isEnabled());
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
    QTest::mouseClick(button("renewTokenButton"), Qt::LeftButton);
    QVERIFY(asked);
    QVERIFY(question.contains(QStringLiteral("every other program")));
    QTRY_COMPARE(m_server->requestCount(), 2);
    QTRY_COMPARE(m_session->state(), AuthSession::State::Valid);
    QVERIFY(m_server->currentToken() != first);
    QCOMPARE(m_server->requestCount(), 2);
}

QTEST_MAIN(TestTokenStatusWidget)
#include "tst_tokenstatuswidget.moc"

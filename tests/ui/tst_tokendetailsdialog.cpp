#include "auth/authsession.h"
#include "auth/clock.h"
#include "faketokenserver.h"
#include "modalanswer.h"
#include "tokendetailsdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace altrata;
using auth::AuthSession;
using auth::ManualClock;
using test::FakeTokenServer;
using ui::TokenDetailsDialog;

class TestTokenDetailsDialog final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void noToken_saysSo_andGetTokenObtainsOne();
    void token_showsHeaderAndClaimsWithLocalTimes();
    void summary_showsProfileIssuedAndExpiry();
    void countdown_followsTheInjectedClock();
    void clockSkew_isWarnedAbout_andIssuedTimeIsCorrected();
    void copy_cancelled_leavesTheClipboardAlone();
    void copy_confirmed_putsConcealedTokenOnClipboard();
    void renew_cancelled_doesNotRequest();
    void renew_confirmed_explainsThenRequestsOnce();

private:
    void openDialog();
    bool obtainToken();
    QString tableText(const char *name) const;
    QPushButton *button(const char *name) const {
        return m_dialog->findChild<QPushButton *>(QString::fromLatin1(name));
    }

    std::unique_ptr<FakeTokenServer> m_server;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<AuthSession> m_session;
    std::unique_ptr<TokenDetailsDialog> m_dialog;
};

void TestTokenDetailsDialog::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestTokenDetailsDialog::init() {
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
    QApplication::clipboard()->setText(QStringLiteral("before"));
}

void TestTokenDetailsDialog::cleanup() {
    m_dialog.reset();
    m_session.reset();
    m_network.reset();
    m_server.reset();
    m_clock.reset();
}

void TestTokenDetailsDialog::openDialog() {
    m_dialog = std::make_unique<TokenDetailsDialog>(m_session.get(), QStringLiteral("Support desk"), m_clock.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

bool TestTokenDetailsDialog::obtainToken() {
    m_session->ensureToken(nullptr, [](const auth::TokenResult &) {});
    return QTest::qWaitFor([this] { return m_session->state() == AuthSession::State::Valid; });
}

QString TestTokenDetailsDialog::tableText(const char *name) const {
    auto *table = m_dialog->findChild<QTableWidget *>(QString::fromLatin1(name));
    QStringList rows;
    for (int row = 0; table && row < table->rowCount(); ++row)
        rows << table->item(row, 0)->text() + QLatin1Char('=') + table->item(row, 1)->text();
    return rows.join(QLatin1Char('\n'));
}

void TestTokenDetailsDialog::noToken_saysSo_andGetTokenObtainsOne() {
    openDialog();
    auto *noToken = m_dialog->findChild<QLabel *>(QStringLiteral("noTokenLabel"));
    QVERIFY(noToken->isVisible());
    QVERIFY(noToken->text().contains(QStringLiteral("no token")));
    QVERIFY(!button("copyTokenButton")->isEnabled());
    QVERIFY(button("getTokenButton")->isVisible());
    QCOMPARE(m_server->requestCount(), 0);
    QTest::mouseClick(button("getTokenButton"), Qt::LeftButton);
    QTRY_COMPARE(m_session->state(), AuthSession::State::Valid);
    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY(!noToken->isVisible());
    QVERIFY(!button("getTokenButton")->isVisible());
    QVERIFY(button("copyTokenButton")->isEnabled());
}

void TestTokenDetailsDialog::token_showsHeaderAndClaimsWithLocalTimes() {
    QVERIFY(obtainToken());
    openDialog();
    const QString header = tableText("headerTable");
    QVERIFY2(header.contains(QStringLiteral("alg=RS256")), qPrintable(header));
    QVERIFY(header.contains(QStringLiteral("typ=JWT")));
    const QString claims = tableText("claimsTable");
    QVERIFY2(claims.contains(QStringLiteral("sub=test-user")), qPrintable(claims));
    QVERIFY(claims.contains(QStringLiteral("scope=altrata/graphql")));
    const qint64 exp = m_clock->now().toSecsSinceEpoch() + 28800;
    const QString localExp = QLocale().toString(QDateTime::fromSecsSinceEpoch(exp).toLocalTime(), QLocale::LongFormat);
    QVERIFY2(claims.contains(QStringLiteral("exp=%1  (%2)").arg(exp).arg(localExp)), qPrintable(claims));
    QVERIFY(!claims.contains(QString::fromLatin1(m_server->currentToken())));
}

void TestTokenDetailsDialog::summary_showsProfileIssuedAndExpiry() {
    QVERIFY(obtainToken());
    openDialog();
    QCOMPARE(m_dialog->findChild<QLabel *>(QStringLiteral("profileLabel"))->text(), QStringLiteral("Support desk"));
    const QString issued = QLocale().toString(m_clock->now().toLocalTime(), QLocale::LongFormat);
    const QString expires = QLocale().toString(m_session->token()->expiresAt.toLocalTime(), QLocale::LongFormat);
    QCOMPARE(m_dialog->findChild<QLabel *>(QStringLiteral("issuedLabel"))->text(), issued);
    QCOMPARE(m_dialog->findChild<QLabel *>(QStringLiteral("expiresLabel"))->text(), expires);
    QVERIFY(m_dialog->windowTitle().contains(QStringLiteral("Support desk")));
}

void TestTokenDetailsDialog::countdown_followsTheInjectedClock() {
    QVERIFY(obtainToken());
    openDialog();
    QCOMPARE(m_dialog->countdownText(), QStringLiteral("08:00:00"));
    m_clock->advanceSeconds(3600 + 61);
    m_session->updateFromClock();
    QCOMPARE(m_dialog->countdownText(), QStringLiteral("06:58:59"));
    QCOMPARE(m_dialog->stateText(), QStringLiteral("Token valid — 6 h 58 min left"));
    m_clock->advanceSeconds(8 * 3600);
    m_session->updateFromClock();
    QVERIFY(m_dialog->countdownText().isEmpty());
    QCOMPARE(m_dialog->stateText(), QStringLiteral("Expired"));
    QVERIFY(!button("copyTokenButton")->isEnabled());
    QVERIFY(button("getTokenButton")->isVisible());
}

void TestTokenDetailsDialog::clockSkew_isWarnedAbout_andIssuedTimeIsCorrected() {
    m_server->setServerDate(m_clock->now().addSecs(300)); // our clock is 5 minutes behind
    QVERIFY(obtainToken());
    openDialog();
    QVERIFY2(m_dialog->clockSkewText().contains(QStringLiteral("5 min behind the token server's")),
             qPrintable(m_dialog->clockSkewText()));
    // The JWT says iat = server time; shown on this computer's clock, like the expiry.
    const QString issued = QLocale().toString(m_clock->now().toLocalTime(), QLocale::LongFormat);
    QCOMPARE(m_dialog->findChild<QLabel *>(QStringLiteral("issuedLabel"))->text(), issued);
}

void TestTokenDetailsDialog::copy_cancelled_leavesTheClipboardAlone() {
    QVERIFY(obtainToken());
    openDialog();
    bool asked = false;
    test::answerNextMessageBox([](QMessageBox *box) { return box->button(QMessageBox::Cancel); }, &asked);
    QTest::mouseClick(button("copyTokenButton"), Qt::LeftButton);
    QVERIFY(asked);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("before"));
}

void TestTokenDetailsDialog::copy_confirmed_putsConcealedTokenOnClipboard() {
    QVERIFY(obtainToken());
    openDialog();
    bool asked = false;
    QString warning;
    test::answerNextMessageBox(
        [&warning](QMessageBox *box) {
            warning = box->text();
            return test::buttonNamed(box, QStringLiteral("confirmCopyButton"));
        },
        &asked);
    m_dialog->copyToken();
    QVERIFY(asked);
    QVERIFY2(warning.contains(QStringLiteral("until it expires")), qPrintable(warning));
    QVERIFY(!warning.contains(QString::fromLatin1(m_server->currentToken())));
    QCOMPARE(QApplication::clipboard()->text(), QString::fromLatin1(m_server->currentToken()));
    const QMimeData *data = QApplication::clipboard()->mimeData();
    QCOMPARE(data->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
}

void TestTokenDetailsDialog::renew_cancelled_doesNotRequest() {
    QVERIFY(obtainToken());
    openDialog();
    bool asked = false;
    test::answerNextMessageBox([](QMessageBox *box) { return box->button(QMessageBox::Cancel); }, &asked);
    QTest::mouseClick(button("renewTokenButton"), Qt::LeftButton);
    QVERIFY(asked);
    QCOMPARE(m_session->state(), AuthSession::State::Valid);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestTokenDetailsDialog::renew_confirmed_explainsThenRequestsOnce() {
    QVERIFY(obtainToken());
    openDialog();
    const QByteArray first = m_server->currentToken();
    QString question;
    bool asked = false;
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
    QTRY_VERIFY(tableText("claimsTable").contains(QStringLiteral("jti=2")));
}

QTEST_MAIN(TestTokenDetailsDialog)
#include "tst_tokendetailsdialog.moc"

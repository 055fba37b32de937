#include "auth/clock.h"
#include "auth/credentialstore.h"
#include "auth/memorysecretstore.h"
#include "credentialtestpanel.h"
#include "faketokenserver.h"
#include "palettetesting.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace altrata;
using test::FakeTokenServer;
using ui::CredentialTestPanel;

// The panel's own behaviour outside the credentials dialog (which tst_credentialsdialog covers end to end):
// here, that a keyboard user keeps their place while a test runs.
class TestCredentialTestPanel final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void keyboard_focusMovesToCancelWhileRunning_andBackToTest();
    void keyboard_requestNewToken_thenCancel_keepsFocusInThePanel();
    void result_staysReadable_whenThePaletteSwitchesBetweenLightAndDark();

private:
    QPushButton *button(const char *name) const { return m_panel->findChild<QPushButton *>(QString::fromLatin1(name)); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<auth::MemorySecretStore> m_secrets;
    std::unique_ptr<auth::CredentialStore> m_store;
    std::unique_ptr<auth::ManualClock> m_clock;
    std::unique_ptr<FakeTokenServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<QWidget> m_window;
    CredentialTestPanel *m_panel = nullptr;
    QLineEdit *m_nextField = nullptr;
};

void TestCredentialTestPanel::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestCredentialTestPanel::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_secrets = std::make_unique<auth::MemorySecretStore>();
    m_store = std::make_unique<auth::CredentialStore>(m_settings.get(), m_secrets.get());
    const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    m_clock = std::make_unique<auth::ManualClock>(now);
    m_server = std::make_unique<FakeTokenServer>();
    QVERIFY(m_server->start());
    m_server->setServerDate(now);
    m_network = std::make_unique<QNetworkAccessManager>();

    const auth::Credentials credentials = m_server->acceptedCredentials();
    m_window = std::make_unique<QWidget>();
    m_panel = new CredentialTestPanel(m_store.get(), m_network.get(), m_clock.get(), [credentials] {
        return CredentialTestPanel::FormValues{credentials, QUrl()};
    });
    m_panel->setServiceUrl(m_server->graphqlUrl());
    m_nextField = new QLineEdit; // where focus would fall if the panel let it go
    auto *layout = new QVBoxLayout(m_window.get());
    layout->addWidget(m_panel);
    layout->addWidget(m_nextField);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestCredentialTestPanel::cleanup() {
    m_window.reset();
    m_network.reset();
    m_server.reset();
    m_clock.reset();
    m_store.reset();
    m_secrets.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestCredentialTestPanel::keyboard_focusMovesToCancelWhileRunning_andBackToTest() {
    QPushButton *test = button("testCredentialsButton");
    QPushButton *cancel = button("cancelTestButton");
    test->setFocus();
    QTRY_VERIFY(test->hasFocus());
    QTest::keyClick(test, Qt::Key_Space);
    QVERIFY(m_panel->isRunning());
    QVERIFY(cancel->hasFocus());
    QTRY_VERIFY(!m_panel->isRunning());
    QVERIFY(m_panel->newTokenWarningShown()); // nothing saved: it asks before a new token
    QVERIFY(test->hasFocus());
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCredentialTestPanel::keyboard_requestNewToken_thenCancel_keepsFocusInThePanel() {
    m_server->setBehaviour(FakeTokenServer::Behaviour::Hang);
    QPushButton *test = button("testCredentialsButton");
    QPushButton *cancel = button("cancelTestButton");
    QPushButton *request = button("requestNewTokenButton");
    m_panel->test();
    QTRY_VERIFY(m_panel->newTokenWarningShown());
    request->setFocus();
    QTRY_VERIFY(request->hasFocus());
    QTest::keyClick(request, Qt::Key_Space); // the request button hides with its warning
    QVERIFY(m_panel->isRunning());
    QVERIFY(!m_nextField->hasFocus());
    QVERIFY(cancel->hasFocus());
    QTRY_COMPARE(m_server->requestCount(), 1);
    QTest::keyClick(cancel, Qt::Key_Space);
    QTRY_VERIFY(!m_panel->isRunning());
    QVERIFY(test->hasFocus());
    QVERIFY2(m_panel->resultText().contains(QStringLiteral("cancelled")), qPrintable(m_panel->resultText()));
}

void TestCredentialTestPanel::result_staysReadable_whenThePaletteSwitchesBetweenLightAndDark() {
    m_server->setBehaviour(FakeTokenServer::Behaviour::WrongApiKey);
    m_panel->testWithNewToken();
    QTRY_VERIFY(!m_panel->isRunning());
    QVERIFY2(m_panel->resultText().contains(QStringLiteral("API key")), qPrintable(m_panel->resultText()));
    auto *label = m_panel->findChild<QLabel *>(QStringLiteral("testResultLabel"));
    for (const QPalette &palette : {test::darkPalette(), test::lightPalette()}) {
        m_window->setPalette(palette);
        const QColor text = label->palette().color(QPalette::WindowText);
        const double ratio = test::contrastRatio(text, palette.color(QPalette::Window));
        QVERIFY2(
            ratio >= 4.5,
            qPrintable(
                QStringLiteral("%1 on %2: %3:1").arg(text.name(), palette.color(QPalette::Window).name()).arg(ratio)));
    }
}

QTEST_MAIN(TestCredentialTestPanel)
#include "tst_credentialtestpanel.moc"

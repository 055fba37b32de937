#include "welcomepage.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QLabel>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using altrata::ui::WelcomePage;

namespace {

QPalette darkPalette() {
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x1f, 0x22, 0x28));
    palette.setColor(QPalette::Base, QColor(0x18, 0x1a, 0x1f));
    palette.setColor(QPalette::Button, QColor(0x2a, 0x2e, 0x35));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::ButtonText, QPalette::Text})
        palette.setColor(role, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa4, 0xab));
    return palette;
}

} // namespace

class TestWelcomePage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void choices_sayWhatTheyDo();
    void header_namesTheAppAndHintsAtShortcuts();
    void clickSandbox_requestsSandboxOnly();
    void clickConnect_requestsConnectOnly();
    void focus_startsOnSandbox_andTabReachesConnect();
    void keyboard_spaceAndEnterChoose();
    void mnemonics_chooseFromAnywhereOnThePage();
    void choices_haveIcons();
    void darkPalette_isFollowed();

private:
    std::unique_ptr<WelcomePage> m_page;
    std::unique_ptr<QSignalSpy> m_sandbox;
    std::unique_ptr<QSignalSpy> m_connect;
};

void TestWelcomePage::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestWelcomePage::init() {
    m_page = std::make_unique<WelcomePage>();
    m_page->resize(900, 640);
    m_sandbox = std::make_unique<QSignalSpy>(m_page.get(), &WelcomePage::trySandboxRequested);
    m_connect = std::make_unique<QSignalSpy>(m_page.get(), &WelcomePage::connectRequested);
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestWelcomePage::cleanup() {
    m_sandbox.reset();
    m_connect.reset();
    m_page.reset();
}

void TestWelcomePage::choices_sayWhatTheyDo() {
    QCommandLinkButton *sandbox = m_page->trySandboxButton();
    QCommandLinkButton *connect = m_page->connectButton();
    QCOMPARE(sandbox, m_page->findChild<QCommandLinkButton *>(QStringLiteral("trySandboxButton")));
    QCOMPARE(connect, m_page->findChild<QCommandLinkButton *>(QStringLiteral("connectButton")));
    QCOMPARE(sandbox->text().remove(QLatin1Char('&')), QStringLiteral("Try the sandbox"));
    QCOMPARE(connect->text().remove(QLatin1Char('&')), QStringLiteral("Connect to Altrata"));
    QVERIFY(sandbox->description().contains(QStringLiteral("No account needed")));
    QVERIFY(sandbox->description().contains(QStringLiteral("demo credentials")));
    QVERIFY(sandbox->description().contains(QStringLiteral("example query")));
    QVERIFY(connect->description().contains(QStringLiteral("API key, username and password")));
    QVERIFY(connect->description().contains(QStringLiteral("system keychain")));
    QCOMPARE(sandbox->accessibleDescription(), sandbox->description());
    QVERIFY(sandbox->isVisible() && connect->isVisible());
}

void TestWelcomePage::header_namesTheAppAndHintsAtShortcuts() {
    const auto *title = m_page->findChild<QLabel *>(QStringLiteral("welcomeTitle"));
    QVERIFY(title);
    QCOMPARE(title->text(), QStringLiteral("Altrata Explorer"));
    QVERIFY(title->font().pointSizeF() > m_page->font().pointSizeF());
    const auto *hint = m_page->findChild<QLabel *>(QStringLiteral("welcomeHint"));
    QVERIFY(hint);
    QVERIFY(hint->text().contains(QStringLiteral("Ctrl+Enter runs")));
}

void TestWelcomePage::clickSandbox_requestsSandboxOnly() {
    QTest::mouseClick(m_page->trySandboxButton(), Qt::LeftButton);
    QCOMPARE(m_sandbox->count(), 1);
    QCOMPARE(m_connect->count(), 0);
}

void TestWelcomePage::clickConnect_requestsConnectOnly() {
    QTest::mouseClick(m_page->connectButton(), Qt::LeftButton);
    QCOMPARE(m_connect->count(), 1);
    QCOMPARE(m_sandbox->count(), 0);
}

void TestWelcomePage::focus_startsOnSandbox_andTabReachesConnect() {
    m_page->setFocus(); // what the window does when it shows the page
    QTRY_COMPARE(QApplication::focusWidget(), m_page->trySandboxButton());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), m_page->connectButton());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
    QTRY_COMPARE(QApplication::focusWidget(), m_page->trySandboxButton());
}

void TestWelcomePage::keyboard_spaceAndEnterChoose() {
    m_page->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_page->trySandboxButton());
    QTest::keyClick(m_page->trySandboxButton(), Qt::Key_Space);
    QCOMPARE(m_sandbox->count(), 1);
    QTest::keyClick(m_page->trySandboxButton(), Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), m_page->connectButton());
    QTest::keyClick(m_page->connectButton(), Qt::Key_Return);
    QCOMPARE(m_connect->count(), 1);
    QTest::keyClick(m_page->connectButton(), Qt::Key_Enter);
    QCOMPARE(m_connect->count(), 2);
    QCOMPARE(m_sandbox->count(), 1);
}

void TestWelcomePage::mnemonics_chooseFromAnywhereOnThePage() {
    m_page->setFocus();
    QTest::keyClick(m_page.get(), Qt::Key_C, Qt::AltModifier);
    QTRY_COMPARE(m_connect->count(), 1);
    QTest::keyClick(m_page.get(), Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(m_sandbox->count(), 1);
}

void TestWelcomePage::choices_haveIcons() {
    QVERIFY(!m_page->trySandboxButton()->icon().isNull());
    QVERIFY(!m_page->connectButton()->icon().isNull());
    QVERIFY(m_page->trySandboxButton()->iconSize().width() >= 24);
}

void TestWelcomePage::darkPalette_isFollowed() {
    const QPalette dark = darkPalette();
    const QPalette original = QApplication::palette();
    const auto restore = qScopeGuard([&original] { QApplication::setPalette(original); });
    QApplication::setPalette(dark); // what a switch to the dark system theme does
    const auto *title = m_page->findChild<QLabel *>(QStringLiteral("welcomeTitle"));
    QTRY_COMPARE(title->palette().color(QPalette::WindowText), dark.color(QPalette::WindowText));
    QCOMPARE(m_page->connectButton()->palette().color(QPalette::ButtonText), dark.color(QPalette::ButtonText));
    const auto *hint = m_page->findChild<QLabel *>(QStringLiteral("welcomeHint"));
    QCOMPARE(hint->palette().color(hint->foregroundRole()), dark.color(QPalette::PlaceholderText));
    const QImage shot = m_page->grab().toImage();
    QCOMPARE(QColor(shot.pixel(2, 2)).rgb(), dark.color(QPalette::Window).rgb()); // no painted-in light colours
}

QTEST_MAIN(TestWelcomePage)
#include "tst_welcomepage.moc"

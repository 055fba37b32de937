#include "keychainpanel.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using altrata::ui::KeychainPanel;

class TestKeychainPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void newPanel_isHidden();
    void showFailure_showsTheMessage();
    void keepButton_requestsKeepForSession_byMouseAndKeyboard();
};

void TestKeychainPanel::newPanel_isHidden() {
    QWidget window;
    auto *panel = new KeychainPanel(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!panel->isVisible());
}

void TestKeychainPanel::showFailure_showsTheMessage() {
    QWidget window;
    auto *panel = new KeychainPanel(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString message = QStringLiteral("The system keychain is locked.");
    panel->showFailure(message);
    QVERIFY(panel->isVisible());
    QCOMPARE(panel->message(), message);
    auto *label = panel->findChild<QLabel *>(QStringLiteral("keychainMessage"));
    QVERIFY(label);
    QCOMPARE(label->text(), message);
    QVERIFY(label->isVisible());
}

void TestKeychainPanel::keepButton_requestsKeepForSession_byMouseAndKeyboard() {
    KeychainPanel panel;
    panel.showFailure(QStringLiteral("No keychain."));
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy keep(&panel, &KeychainPanel::keepForSessionRequested);
    auto *button = panel.findChild<QPushButton *>(QStringLiteral("keepForSessionButton"));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(keep.count(), 1);
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
    QCOMPARE(keep.count(), 2);
}

QTEST_MAIN(TestKeychainPanel)
#include "tst_keychainpanel.moc"

#include "servicepicker.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace altrata;
using net::ServiceCatalog;
using ui::ServicePicker;

namespace {

// Runs `act` on the next modal QDialog (the custom URL prompt) from inside its own event loop.
void onNextDialog(std::function<void(QDialog *)> act, bool *seen) {
    auto *timer = new QTimer(qApp);
    auto attempts = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, attempts, act = std::move(act), seen] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog && ++*attempts < 500)
            return;
        timer->stop();
        timer->deleteLater();
        if (!dialog)
            return;
        *seen = true;
        act(dialog);
    });
    timer->start(10);
}

void typeAndPressOk(QDialog *dialog, const QString &text) {
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("customUrlEdit"));
    edit->selectAll();
    QTest::keyClicks(edit, text);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

} // namespace

class TestServicePicker final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void lists_altrataServices_thenCustomUrlEntryLast();
    void customUrlProblem_acceptsHttpsAndLoopbackHttpOnly_data();
    void customUrlProblem_acceptsHttpsAndLoopbackHttpOnly();
    void customEntry_acceptedUrl_isAddedSelectedAndEmitted();
    void customEntry_refusedUrl_explainsAndKeepsTheTypedText();
    void customEntry_cancelled_keepsTheSelection();
    void recentUrls_mostRecentFirst_atMostTen_persisted();
    void recentUrls_areListedAgainAfterRestart_andSurviveANewCatalog();

private:
    int indexOfText(const QString &text) const { return m_picker->findText(text); }
    void chooseCustomEntry(const QString &text, bool *seen, QString *message = nullptr, QString *kept = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ServicePicker> m_picker;
};

void TestServicePicker::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestServicePicker::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_picker = std::make_unique<ServicePicker>();
    m_picker->setSettings(m_settings.get());
    m_picker->setCatalog(ServiceCatalog());
    m_picker->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_picker.get()));
}

void TestServicePicker::cleanup() {
    m_picker.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestServicePicker::chooseCustomEntry(const QString &text, bool *seen, QString *message, QString *kept) {
    onNextDialog(
        [text, message, kept](QDialog *dialog) {
            typeAndPressOk(dialog, text);
            auto *label = dialog->findChild<QLabel *>(QStringLiteral("customUrlMessage"));
            if (message)
                *message = label->isVisibleTo(dialog) ? label->text() : QString();
            if (kept)
                *kept = dialog->findChild<QLineEdit *>(QStringLiteral("customUrlEdit"))->text();
            if (dialog->isVisible())
                dialog->reject();
        },
        seen);
    const int index = indexOfText(ServicePicker::customEntryText());
    m_picker->setCurrentIndex(index);
    Q_EMIT m_picker->activated(index);
}

void TestServicePicker::lists_altrataServices_thenCustomUrlEntryLast() {
    QCOMPARE(m_picker->count(), 5);
    QCOMPARE(m_picker->itemText(0), QStringLiteral("Profile"));
    QCOMPARE(m_picker->itemText(4), QStringLiteral("Custom URL…"));
    m_picker->setSandboxOffered(true);
    QCOMPARE(m_picker->itemText(4), ServicePicker::sandboxEntryText());
    QCOMPARE(m_picker->itemText(5), QStringLiteral("Custom URL…"));
}

void TestServicePicker::customUrlProblem_acceptsHttpsAndLoopbackHttpOnly_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https") << QStringLiteral("https://example.com/graphql") << true;
    QTest::newRow("https with spaces around") << QStringLiteral("  https://example.com/graphql ") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:4000/graphql") << true;
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080/graphql") << true;
    QTest::newRow("http [::1]") << QStringLiteral("http://[::1]:8080/graphql") << true;
    QTest::newRow("http remote") << QStringLiteral("http://example.com/graphql") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("no scheme") << QStringLiteral("example.com/graphql") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://example.com/graphql") << false;
    QTest::newRow("space inside") << QStringLiteral("https://exa mple.com/graphql") << false;
    QTest::newRow("user info") << QStringLiteral("https://me:pw@example.com/graphql") << false;
}

void TestServicePicker::customUrlProblem_acceptsHttpsAndLoopbackHttpOnly() {
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    const QString problem = ServicePicker::customUrlProblem(text);
    QCOMPARE(problem.isEmpty(), accepted);
    QVERIFY(!problem.contains(QStringLiteral("pw@")));
}

void TestServicePicker::customEntry_acceptedUrl_isAddedSelectedAndEmitted() {
    QSignalSpy selected(m_picker.get(), &ServicePicker::serviceSelected);
    bool seen = false;
    chooseCustomEntry(QStringLiteral("https://example.com/graphql"), &seen);
    QVERIFY(seen);
    const QUrl url(QStringLiteral("https://example.com/graphql"));
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.at(0).at(0).toUrl(), url);
    QVERIFY(m_picker->currentService());
    QCOMPARE(m_picker->currentService()->url, url);
    QCOMPARE(m_picker->currentService()->origin, net::Service::Origin::Custom);
    QVERIFY(m_picker->catalog().findByUrl(url));
    QCOMPARE(m_picker->itemText(m_picker->count() - 1), QStringLiteral("Custom URL…"));
}

void TestServicePicker::customEntry_refusedUrl_explainsAndKeepsTheTypedText() {
    QSignalSpy selected(m_picker.get(), &ServicePicker::serviceSelected);
    bool seen = false;
    QString message;
    QString kept;
    chooseCustomEntry(QStringLiteral("http://example.com/graphql"), &seen, &message, &kept);
    QVERIFY(seen);
    QVERIFY2(message.contains(QStringLiteral("plain http://")), qPrintable(message));
    QCOMPARE(kept, QStringLiteral("http://example.com/graphql"));
    QCOMPARE(selected.count(), 0);
    QCOMPARE(m_picker->currentIndex(), 0);
    QVERIFY(m_picker->recentCustomUrls().isEmpty());
}

void TestServicePicker::customEntry_cancelled_keepsTheSelection() {
    m_picker->setCurrentIndex(2);
    Q_EMIT m_picker->activated(2);
    QSignalSpy selected(m_picker.get(), &ServicePicker::serviceSelected);
    bool seen = false;
    onNextDialog([](QDialog *dialog) { dialog->reject(); }, &seen);
    const int index = indexOfText(ServicePicker::customEntryText());
    m_picker->setCurrentIndex(index);
    Q_EMIT m_picker->activated(index);
    QVERIFY(seen);
    QCOMPARE(m_picker->currentIndex(), 2);
    QCOMPARE(selected.count(), 0);
}

void TestServicePicker::recentUrls_mostRecentFirst_atMostTen_persisted() {
    for (int i = 0; i < 12; ++i)
        QVERIFY(m_picker->addCustomUrl(QUrl(QStringLiteral("https://host%1.example.com/graphql").arg(i))));
    QVERIFY(m_picker->addCustomUrl(QUrl(QStringLiteral("https://host5.example.com/graphql")))); // used again
    QVERIFY(!m_picker->addCustomUrl(QUrl(QStringLiteral("http://example.com/graphql"))));
    const QList<QUrl> recent = m_picker->recentCustomUrls();
    QCOMPARE(recent.size(), 10);
    QCOMPARE(recent.first(), QUrl(QStringLiteral("https://host5.example.com/graphql")));
    QCOMPARE(recent.at(1), QUrl(QStringLiteral("https://host11.example.com/graphql")));
    QVERIFY(!recent.contains(QUrl(QStringLiteral("https://host0.example.com/graphql"))));
    QCOMPARE(recent.count(QUrl(QStringLiteral("https://host5.example.com/graphql"))), 1);
    const QStringList stored = m_settings->value(QStringLiteral("services/recentCustomUrls")).toStringList();
    QCOMPARE(stored.size(), 10);
    QCOMPARE(stored.first(), QStringLiteral("https://host5.example.com/graphql"));
}

void TestServicePicker::recentUrls_areListedAgainAfterRestart_andSurviveANewCatalog() {
    QVERIFY(m_picker->addCustomUrl(QUrl(QStringLiteral("https://one.example.com/graphql"))));
    QVERIFY(m_picker->addCustomUrl(QUrl(QStringLiteral("http://127.0.0.1:4000/graphql"))));
    m_settings->sync();
    m_picker.reset();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);

    m_picker = std::make_unique<ServicePicker>();
    m_picker->setSettings(m_settings.get());
    ServiceCatalog catalog;
    catalog.setSandboxServices({{QStringLiteral("profile"), QUrl(QStringLiteral("http://127.0.0.1:9/profile"))}});
    m_picker->setCatalog(catalog);
    const int first = indexOfText(QStringLiteral("http://127.0.0.1:4000/graphql"));
    const int second = indexOfText(QStringLiteral("https://one.example.com/graphql"));
    QVERIFY(first > 0);
    QCOMPARE(second, first + 1); // most recent first
    QCOMPARE(m_picker->itemText(m_picker->count() - 1), QStringLiteral("Custom URL…"));
    QVERIFY(m_picker->selectUrl(QUrl(QStringLiteral("https://one.example.com/graphql"))));
}

QTEST_MAIN(TestServicePicker)
#include "tst_servicepicker.moc"

#include "cli/exitcodes.h"

#include <QSet>
#include <QTest>

using altrata::auth::AuthErrorKind;
using altrata::cli::ExitCode;
using altrata::cli::exitCodeFor;
using altrata::cli::toInt;

namespace {

const QList<AuthErrorKind> allKinds{
    AuthErrorKind::MissingCredentials,
    AuthErrorKind::InsecureUrl,
    AuthErrorKind::BadApiKey,
    AuthErrorKind::BadUserCredentials,
    AuthErrorKind::RateLimited,
    AuthErrorKind::ServerError,
    AuthErrorKind::Network,
    AuthErrorKind::Tls,
    AuthErrorKind::MalformedResponse,
    AuthErrorKind::Cancelled,
    AuthErrorKind::TerminatedElsewhere,
    AuthErrorKind::Keychain,
};

} // namespace

class TestExitCodes final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exitCodeFor_eachKind_isItsDocumentedNumber_data();
    void exitCodeFor_eachKind_isItsDocumentedNumber();
    void exitCodeFor_everyKind_isDistinctAndNotReserved();
    void allExitCodes_listsEveryCodeOnceInOrder();
    void exitCodesHelp_namesEveryCodeWithItsMeaning();
};

// Scripts depend on these numbers: changing one must break this test.
void TestExitCodes::exitCodeFor_eachKind_isItsDocumentedNumber_data() {
    QTest::addColumn<AuthErrorKind>("kind");
    QTest::addColumn<int>("code");
    QTest::newRow("missing credentials") << AuthErrorKind::MissingCredentials << 10;
    QTest::newRow("insecure url") << AuthErrorKind::InsecureUrl << 11;
    QTest::newRow("bad api key") << AuthErrorKind::BadApiKey << 12;
    QTest::newRow("bad username or password") << AuthErrorKind::BadUserCredentials << 13;
    QTest::newRow("rate limited") << AuthErrorKind::RateLimited << 14;
    QTest::newRow("server error") << AuthErrorKind::ServerError << 15;
    QTest::newRow("network") << AuthErrorKind::Network << 16;
    QTest::newRow("tls") << AuthErrorKind::Tls << 17;
    QTest::newRow("malformed response") << AuthErrorKind::MalformedResponse << 18;
    QTest::newRow("cancelled") << AuthErrorKind::Cancelled << 19;
    QTest::newRow("terminated elsewhere") << AuthErrorKind::TerminatedElsewhere << 20;
    QTest::newRow("keychain") << AuthErrorKind::Keychain << 21;
}

void TestExitCodes::exitCodeFor_eachKind_isItsDocumentedNumber() {
    QFETCH(AuthErrorKind, kind);
    QFETCH(int, code);
    QCOMPARE(toInt(exitCodeFor(kind)), code);
}

void TestExitCodes::exitCodeFor_everyKind_isDistinctAndNotReserved() {
    QSet<int> seen;
    for (const AuthErrorKind kind : allKinds) {
        const int code = toInt(exitCodeFor(kind));
        QVERIFY2(!seen.contains(code), qPrintable(QStringLiteral("code %1 used twice").arg(code)));
        seen.insert(code);
        // 0 success, 1 crashes/Qt, 2 usage, the service failure code, and shell-reserved 126+ stay apart.
        QVERIFY(code > 2 && code < 126);
        QVERIFY(code != toInt(ExitCode::ServiceFailed));
    }
    QCOMPARE(seen.size(), allKinds.size());
    QCOMPARE(toInt(ExitCode::Success), 0);
    QCOMPARE(toInt(ExitCode::Usage), 2);
    QCOMPARE(toInt(ExitCode::ServiceFailed), 30);
    QCOMPARE(toInt(ExitCode::SandboxFailed), 31);
    // format/parse: fixed by the issue, documented in --help.
    QCOMPARE(toInt(ExitCode::NotFormatted), 1);
    QCOMPARE(toInt(ExitCode::SyntaxError), 2);
}

void TestExitCodes::allExitCodes_listsEveryCodeOnceInOrder() {
    const auto infos = altrata::cli::allExitCodes();
    QSet<int> listed;
    int previous = -1;
    for (const auto &info : infos) {
        QVERIFY(toInt(info.code) > previous);
        previous = toInt(info.code);
        QVERIFY(!info.meaning.trimmed().isEmpty());
        listed.insert(toInt(info.code));
    }
    for (const AuthErrorKind kind : allKinds)
        QVERIFY(listed.contains(toInt(exitCodeFor(kind))));
    QVERIFY(listed.contains(0));
    QVERIFY(listed.contains(1));
    QVERIFY(listed.contains(2));
    QVERIFY(listed.contains(30));
    QVERIFY(listed.contains(31));
    QCOMPARE(listed.size(), allKinds.size() + 5);
}

void TestExitCodes::exitCodesHelp_namesEveryCodeWithItsMeaning() {
    const QString help = altrata::cli::exitCodesHelp();
    QVERIFY(help.startsWith(QStringLiteral("Exit codes:")));
    for (const auto &info : altrata::cli::allExitCodes()) {
        const QString line = QStringLiteral("%1  %2").arg(toInt(info.code), 2).arg(info.meaning);
        QVERIFY2(help.contains(line), qPrintable(line));
    }
}

QTEST_GUILESS_MAIN(TestExitCodes)
#include "tst_exitcodes.moc"

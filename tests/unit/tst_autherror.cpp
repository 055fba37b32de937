#include "auth/autherror.h"

#include <QSet>
#include <QTest>

using namespace altrata::auth;

class TestAuthError final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void kindNames_areDistinctAndStable() {
        const QList<AuthErrorKind> kinds = {AuthErrorKind::MissingCredentials,
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
                                            AuthErrorKind::Keychain};
        QSet<QString> names;
        for (const AuthErrorKind kind : kinds) {
            const QString name = kindName(kind);
            QVERIFY(!name.isEmpty());
            QVERIFY2(name != QStringLiteral("unknown"), qPrintable(name));
            names.insert(name);
        }
        QCOMPARE(names.size(), kinds.size());
        QCOMPARE(kindName(AuthErrorKind::BadApiKey), QStringLiteral("bad-api-key"));
        const AuthError tls{AuthErrorKind::Tls, {}, {}, 0, {}};
        QCOMPARE(tls.kindName(), QStringLiteral("tls"));
    }
};

QTEST_APPLESS_MAIN(TestAuthError)
#include "tst_autherror.moc"

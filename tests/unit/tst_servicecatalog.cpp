#include "net/servicecatalog.h"

#include <QTest>

using altrata::net::Service;
using altrata::net::ServiceCatalog;

class TestServiceCatalog final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void newCatalog_listsAltrataServicesAtTheirHosts_data();
    void newCatalog_listsAltrataServicesAtTheirHosts();
    void altrataUrl_unknownName_isEmpty();
    void setSandboxServices_addsLabelledEntriesAfterAltrata();
    void setSandboxServices_replacesAndEmptyRemoves();
    void addCustom_addsOnceAndRefusesInvalidUrls();
    void findByUrl_ignoresTrailingSlash();
};

void TestServiceCatalog::newCatalog_listsAltrataServicesAtTheirHosts_data() {
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("url");
    QTest::newRow("profile") << 0 << QStringLiteral("profile") << QStringLiteral("Profile")
                             << QStringLiteral("https://profile.altrata.com/graphql");
    QTest::newRow("matching") << 1 << QStringLiteral("matching") << QStringLiteral("Matching")
                              << QStringLiteral("https://matching.altrata.com/graphql");
    QTest::newRow("relationships") << 2 << QStringLiteral("relationships") << QStringLiteral("Relationships")
                                   << QStringLiteral("https://relationships.altrata.com/graphql");
    QTest::newRow("events") << 3 << QStringLiteral("events") << QStringLiteral("Events")
                            << QStringLiteral("https://events.altrata.com/graphql");
}

void TestServiceCatalog::newCatalog_listsAltrataServicesAtTheirHosts() {
    QFETCH(int, index);
    QFETCH(QString, name);
    QFETCH(QString, label);
    QFETCH(QString, url);
    const ServiceCatalog catalog;
    const QList<Service> services = catalog.services();
    QCOMPARE(services.size(), 4);
    const Service &service = services.at(index);
    QCOMPARE(service.name, name);
    QCOMPARE(service.label, label);
    QCOMPARE(service.url, QUrl(url));
    QCOMPARE(service.origin, Service::Origin::Altrata);
    QCOMPARE(ServiceCatalog::altrataUrl(name), QUrl(url));
    QVERIFY(!catalog.hasSandbox());
}

void TestServiceCatalog::altrataUrl_unknownName_isEmpty() {
    QVERIFY(ServiceCatalog::altrataUrl(QStringLiteral("billing")).isEmpty());
    QCOMPARE(ServiceCatalog::displayName(QStringLiteral("billing")), QStringLiteral("Billing"));
}

void TestServiceCatalog::setSandboxServices_addsLabelledEntriesAfterAltrata() {
    ServiceCatalog catalog;
    const QUrl profile(QStringLiteral("http://127.0.0.1:4242/profile/graphql"));
    const QUrl events(QStringLiteral("http://127.0.0.1:4242/events/graphql"));
    QVERIFY(catalog.addCustom(QUrl(QStringLiteral("https://staging.example.com/graphql"))));
    catalog.setSandboxServices({{QStringLiteral("profile"), profile}, {QStringLiteral("events"), events}});
    QVERIFY(catalog.hasSandbox());
    const QList<Service> services = catalog.services();
    QCOMPARE(services.size(), 7);
    QCOMPARE(services.at(4), (Service{QStringLiteral("profile"), QStringLiteral("Sandbox: Profile"), profile,
                                      Service::Origin::Sandbox}));
    QCOMPARE(services.at(5).label, QStringLiteral("Sandbox: Events"));
    QCOMPARE(services.at(6).origin, Service::Origin::Custom); // custom URLs stay last
}

void TestServiceCatalog::setSandboxServices_replacesAndEmptyRemoves() {
    ServiceCatalog catalog;
    catalog.setSandboxServices(
        {{QStringLiteral("profile"), QUrl(QStringLiteral("http://127.0.0.1:1/profile/graphql"))}});
    catalog.setSandboxServices(
        {{QStringLiteral("profile"), QUrl(QStringLiteral("http://127.0.0.1:2/profile/graphql"))}});
    QCOMPARE(catalog.services().size(), 5);
    QCOMPARE(catalog.services().at(4).url.port(), 2);
    catalog.setSandboxServices({});
    QVERIFY(!catalog.hasSandbox());
    QCOMPARE(catalog.services().size(), 4);
}

void TestServiceCatalog::addCustom_addsOnceAndRefusesInvalidUrls() {
    ServiceCatalog catalog;
    const QUrl url(QStringLiteral("https://staging.example.com/graphql"));
    QVERIFY(catalog.addCustom(url));
    QVERIFY(!catalog.addCustom(url));
    QVERIFY(!catalog.addCustom(QUrl(QStringLiteral("/relative/graphql"))));
    QVERIFY(!catalog.addCustom(QUrl()));
    QVERIFY(!catalog.addCustom(ServiceCatalog::altrataUrl(QStringLiteral("events")))); // already listed
    const Service custom = catalog.services().last();
    QCOMPARE(custom.origin, Service::Origin::Custom);
    QCOMPARE(custom.label, url.toDisplayString());
    QVERIFY(custom.name.isEmpty());
}

void TestServiceCatalog::findByUrl_ignoresTrailingSlash() {
    const ServiceCatalog catalog;
    const auto found = catalog.findByUrl(QUrl(QStringLiteral("https://matching.altrata.com/graphql/")));
    QVERIFY(found);
    QCOMPARE(found->name, QStringLiteral("matching"));
    QVERIFY(!catalog.findByUrl(QUrl(QStringLiteral("https://example.com/graphql"))));
}

QTEST_GUILESS_MAIN(TestServiceCatalog)
#include "tst_servicecatalog.moc"

// RelationshipsService: the shipped examples against stored expectations, then overlaps, path
// strength and order, pagination, the user relationship filter and the error members.
#include "sandbox/sandboxservices.h"
#include "sandboxservicetesting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace altrata;

namespace {

const char *orgPathsQuery =
    "query($s: ID!, $t: ID!, $page: PageInfoInput) { organizationPathsToOrganization(sourceOrganizationId: $s, "
    "targetOrganizationId: $t, pageInfo: $page) { __typename ... on Error { code } "
    "... on OrganizationPathsToOrganizationResponse { paths { pathId overallStrength steps { strength } "
    "nodes { __typename } } pageInfo { totalCount hasNextPage nextToken } } } }";

QJsonObject dataOf(const std::string &response) {
    const QJsonObject object = QJsonDocument::fromJson(QByteArray::fromStdString(response)).object();
    if (object.contains(QStringLiteral("errors")))
        qWarning("unexpected errors: %s", response.c_str());
    return object[QStringLiteral("data")].toObject();
}

QString json(const QJsonObject &object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

class TestRelationshipsService : public QObject {
    Q_OBJECT

    std::shared_ptr<const sandbox::Dataset> m_dataset = test::makeServiceTestDataset();
    std::unique_ptr<sandbox::SandboxService> m_service = sandbox::makeRelationshipsService(m_dataset);
    std::shared_ptr<const sandbox::Dataset> m_generated;

    QJsonObject orgPaths(const QString &source, const QString &target, const QJsonObject &page = {}) {
        QJsonObject variables{{QStringLiteral("s"), source}, {QStringLiteral("t"), target}};
        if (!page.isEmpty())
            variables[QStringLiteral("page")] = page;
        return dataOf(
                   test::runOperation(*m_service, orgPathsQuery,
                                      json(variables).toStdString()))[QStringLiteral("organizationPathsToOrganization")]
            .toObject();
    }

private Q_SLOTS:
    void initTestCase() { m_generated = sandbox::Dataset::generate(sandbox::DatasetOptions{}); }

    void examples_matchStoredExpectations() {
        const QStringList names = test::exampleNames(QStringLiteral("relationships"));
        QVERIFY(names.size() >= 5);
        // The examples name ids of the default generated dataset: what the sandbox serves.
        auto service = sandbox::makeRelationshipsService(m_generated);
        for (const QString &name : names) {
            const std::string response = test::runExample(*service, name);
            QVERIFY2(response.find("\"errors\"") == std::string::npos, response.c_str());
            const QString mismatch =
                test::compareWithExpectation(QFINDTESTDATA("data/sandbox/relationships"), name, response);
            QVERIFY2(mismatch.isEmpty(), qPrintable(name + QStringLiteral(": ") + mismatch));
        }
    }

    void overlap_countsTheMonthsBothServed() {
        const QJsonObject data = dataOf(test::runOperation(
            *m_service,
            "{ getOverlapDetails(input: [{sourcePersonId: \"per_000000000001\", targetPersonId: "
            "\"per_000000000002\"}, null]) { __typename ... on OverlapDetailsResponse { totalOverlapMonths "
            "overlaps { overlapStartDate overlapEndDate overlapMonths strength } } ... on Error { code } } }"));
        const QJsonArray results = data[QStringLiteral("getOverlapDetails")].toArray();
        // Zoë (CFO from March 2015) and José (CEO until June 2020) at Nordlicht: March 2015 to June 2020.
        const QJsonObject overlap = results[0][QStringLiteral("overlaps")].toArray().first().toObject();
        QCOMPARE(overlap[QStringLiteral("overlapStartDate")].toString(), QStringLiteral("2015-03-01"));
        QCOMPARE(overlap[QStringLiteral("overlapEndDate")].toString(), QStringLiteral("2020-06-01"));
        QCOMPARE(overlap[QStringLiteral("overlapMonths")].toInt(), 63);
        QCOMPARE(overlap[QStringLiteral("strength")].toDouble(), 1.0); // five years or more: full strength
        QCOMPARE(results[0][QStringLiteral("totalOverlapMonths")].toInt(), 63);
        QCOMPARE(results[1][QStringLiteral("code")].toString(), QStringLiteral("EMPTY_INPUT"));
    }

    void paths_areStrongestFirst_directOnesTheProductOfTheirTenuresTimesOneIntermediary() {
        const QJsonObject result = orgPaths(QStringLiteral("org_000000000001"), QStringLiteral("org_000000000003"));
        const QJsonArray paths = result[QStringLiteral("paths")].toArray();
        QVERIFY(paths.size() >= 2);
        double previous = 1.0;
        for (const auto &path : paths) {
            const double strength = path[QStringLiteral("overallStrength")].toDouble();
            QVERIFY(strength <= previous && strength > 0);
            previous = strength;
            const QJsonArray steps = path[QStringLiteral("steps")].toArray();
            if (path[QStringLiteral("nodes")].toArray().size() == 3) // organization, person, organization: x 0.9
                QCOMPARE(strength, std::round(steps[0][QStringLiteral("strength")].toDouble() *
                                              steps[1][QStringLiteral("strength")].toDouble() * 0.9 * 10000) /
                                       10000);
        }
    }

    void pages_coverAllPathsOnce() {
        const QJsonObject all = orgPaths(QStringLiteral("org_000000000001"), QStringLiteral("org_000000000003"));
        QStringList expected, paged;
        for (const auto &path : all[QStringLiteral("paths")].toArray())
            expected.append(path[QStringLiteral("pathId")].toString());
        QJsonObject page{{QStringLiteral("pageSize"), 1}};
        for (int guard = 0; guard < 20; ++guard) {
            const QJsonObject result =
                orgPaths(QStringLiteral("org_000000000001"), QStringLiteral("org_000000000003"), page);
            for (const auto &path : result[QStringLiteral("paths")].toArray())
                paged.append(path[QStringLiteral("pathId")].toString());
            const QJsonObject info = result[QStringLiteral("pageInfo")].toObject();
            QCOMPARE(info[QStringLiteral("totalCount")].toInt(), expected.size());
            if (!info[QStringLiteral("hasNextPage")].toBool())
                break;
            page[QStringLiteral("nextToken")] = info[QStringLiteral("nextToken")];
        }
        QCOMPARE(paged, expected);
    }

    void paths_neverVisitANodeTwice() {
        auto service = sandbox::makeRelationshipsService(m_generated);
        const std::string query = "{ myPathsToPerson(personId: \"per_bad5525a0653\", pageInfo: {pageSize: 100}) "
                                  "{ ... on MyPathsToPersonResponse { paths { nodes { ... on PathPerson { personId } "
                                  "... on PathOrganization { organizationId } } } } } }";
        const QJsonArray paths =
            dataOf(test::runOperation(*service, query))[QStringLiteral("myPathsToPerson")][QStringLiteral("paths")]
                .toArray();
        QVERIFY(paths.size() > 1);
        for (const auto &path : paths) {
            QSet<QString> seen;
            for (const auto &node : path[QStringLiteral("nodes")].toArray()) {
                const QJsonObject object = node.toObject();
                const QString id =
                    object
                        .value(object.contains(QStringLiteral("personId")) ? QStringLiteral("personId")
                                                                           : QStringLiteral("organizationId"))
                        .toString();
                QVERIFY2(!seen.contains(id), qPrintable(id));
                seen.insert(id);
            }
        }
    }

    void errors_areUnionMembers_data() {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QJsonObject>("page");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("code");
        const QString known = QStringLiteral("org_000000000001"), unknown = QStringLiteral("org_999999999999");
        QTest::newRow("source") << unknown << known << QJsonObject() << QStringLiteral("SourceNotFoundError")
                                << QStringLiteral("SOURCE_NOT_FOUND");
        QTest::newRow("target") << known << unknown << QJsonObject() << QStringLiteral("TargetNotFoundError")
                                << QStringLiteral("TARGET_NOT_FOUND");
        QTest::newRow("same") << known << known << QJsonObject() << QStringLiteral("GenericError")
                              << QStringLiteral("SAME_ENTITY");
        QTest::newRow("page size") << known << QStringLiteral("org_000000000003")
                                   << QJsonObject{{QStringLiteral("pageSize"), 101}} << QStringLiteral("GenericError")
                                   << QStringLiteral("INVALID_PAGE_INFO");
        QTest::newRow("token") << known << QStringLiteral("org_000000000003")
                               << QJsonObject{{QStringLiteral("nextToken"), QStringLiteral("bogus")}}
                               << QStringLiteral("GenericError") << QStringLiteral("INVALID_PAGE_INFO");
    }
    void errors_areUnionMembers() {
        QFETCH(QString, source);
        QFETCH(QString, target);
        QFETCH(QJsonObject, page);
        QFETCH(QString, type);
        QFETCH(QString, code);
        const QJsonObject result = orgPaths(source, target, page);
        QCOMPARE(result[QStringLiteral("__typename")].toString(), type);
        QCOMPARE(result[QStringLiteral("code")].toString(), code);
    }

    void userRelationshipType_choosesTheFirstHop_data() {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("paths");
        // Zoë reaches 東京精密工業 via Amélie (both at SGE, Zoë on its board) and via 田中 (Harbour Point, as analyst).
        QTest::newRow("all") << QStringLiteral("ALL") << 2;
        QTest::newRow("board") << QStringLiteral("BOARD") << 1;
        QTest::newRow("employment") << QStringLiteral("EMPLOYMENT") << 1;
    }
    void userRelationshipType_choosesTheFirstHop() {
        QFETCH(QString, type);
        QFETCH(int, paths);
        const std::string query =
            "{ myPathsToOrganization(organizationId: \"org_000000000004\", userRelationshipType: " +
            type.toStdString() +
            ") { ... on MyPathsToOrganizationResponse { user { personId } pageInfo { totalCount } } } }";
        const QJsonObject result =
            dataOf(test::runOperation(*m_service, query))[QStringLiteral("myPathsToOrganization")].toObject();
        QCOMPARE(result[QStringLiteral("user")][QStringLiteral("personId")].toString(),
                 QStringLiteral("per_000000000001"));
        QCOMPARE(result[QStringLiteral("pageInfo")][QStringLiteral("totalCount")].toInt(), paths);
    }

    void emptyDataset_hasNoUser() {
        auto empty = std::make_shared<const sandbox::Dataset>(
            std::vector<sandbox::Person>{}, std::vector<sandbox::Organization>{}, std::vector<sandbox::Role>{});
        auto service = sandbox::makeRelationshipsService(empty);
        const QJsonObject data = dataOf(test::runOperation(
            *service, "{ me { personId } myPathsToPerson(personId: \"per_000000000001\") { __typename } }"));
        QVERIFY(data[QStringLiteral("me")].isNull());
        QCOMPARE(data[QStringLiteral("myPathsToPerson")][QStringLiteral("__typename")].toString(),
                 QStringLiteral("UserNotFoundError"));
    }

    void answers_areDeterministic() {
        auto other = sandbox::makeRelationshipsService(test::makeServiceTestDataset());
        const std::string query = "{ myPathsToPerson(personId: \"per_000000000006\") { ... on MyPathsToPersonResponse "
                                  "{ paths { pathId overallStrength } } } }";
        const std::string first = test::runOperation(*m_service, query);
        QVERIFY(first.find("pth_") != std::string::npos);
        QCOMPARE(test::runOperation(*other, query), first);
    }
};

QTEST_GUILESS_MAIN(TestRelationshipsService)
#include "tst_relationshipsservice.moc"

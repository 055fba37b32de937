// MatchingService: the shipped examples against stored expectations, then the job queue's behaviour
// (status advancing with the clock, validation errors as union members, id schemes and names).
#include "auth/clock.h"
#include "sandbox/matchingservice.h"
#include "sandbox/sandboxservices.h"
#include "sandboxservicetesting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace altrata;

namespace {

const char *submitQuery =
    "mutation($p: [PersonMatchInput!]!) { personsMatch(persons: $p) { __typename "
    "... on RequestResponse { requestId status recordCount } "
    "... on ValidationError { code errorMessage correlationId fieldErrors { field message } } } }";
const char *statusQuery = "query($id: ID!) { requestStatus(input: {requestId: $id}) { __typename "
                          "... on RequestStatusResponse { status processedCount recordCount completedAt } "
                          "... on GenericError { code errorMessage } } }";
const char *uniqueQuery = "query($id: ID!) { personUniqueMatches(input: {requestId: $id}) { __typename "
                          "... on PersonUniqueMatchesResponse { matches { clientSuppliedId confidence matchedOn "
                          "person { altrataId } } } ... on GenericError { code errorMessage } } }";

QJsonObject data(const std::string &response) {
    const QJsonObject object = QJsonDocument::fromJson(QByteArray::fromStdString(response)).object();
    if (object.contains(QStringLiteral("errors")))
        qWarning("unexpected GraphQL errors: %s", response.c_str());
    return object.value(QStringLiteral("data")).toObject();
}

QString personsJson(const QJsonArray &persons) {
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("p"), persons}}).toJson(QJsonDocument::Compact));
}

QJsonObject record(const QString &id, const QString &key, const QString &value) {
    return {{QStringLiteral("clientSuppliedId"), id}, {key, value}};
}

void idRow(const char *name, const char *key, const char *value, const char *person, const char *criterion,
           double confidence) {
    QTest::newRow(name) << QString::fromUtf8(key) << QString::fromUtf8(value) << QString::fromUtf8(person)
                        << QString::fromUtf8(criterion) << confidence;
}

} // namespace

class TestMatchingService : public QObject {
    Q_OBJECT

    std::shared_ptr<const sandbox::Dataset> m_dataset = test::makeServiceTestDataset();
    auth::ManualClock m_clock;
    std::unique_ptr<sandbox::SandboxService> m_service;

    QJsonObject run(const char *query, const QString &variables) {
        return data(test::runOperation(*m_service, query, variables.toStdString()));
    }
    QString submit(const QJsonArray &persons) {
        return run(submitQuery, personsJson(persons))[QStringLiteral("personsMatch")][QStringLiteral("requestId")]
            .toString();
    }
    QJsonObject status(const QString &id) {
        return run(statusQuery, QStringLiteral("{\"id\":\"%1\"}").arg(id))[QStringLiteral("requestStatus")].toObject();
    }
    QJsonObject unique(const QString &id) {
        return run(uniqueQuery, QStringLiteral("{\"id\":\"%1\"}").arg(id))[QStringLiteral("personUniqueMatches")]
            .toObject();
    }

private Q_SLOTS:
    void init() {
        m_clock.set(QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC));
        m_service = sandbox::makeMatchingService(m_dataset, m_clock);
    }

    void examples_matchStoredExpectations() {
        const QStringList names = test::exampleNames(QStringLiteral("matching"));
        QVERIFY(names.size() >= 8);
        // The examples name ids of the default generated dataset: what the sandbox serves.
        auto service = sandbox::makeMatchingService(sandbox::Dataset::generate(sandbox::DatasetOptions{}), m_clock);
        for (const QString &name : names) {
            const std::string response = test::runExample(*service, name);
            QVERIFY2(response.find("\"errors\"") == std::string::npos, response.c_str());
            const QString mismatch =
                test::compareWithExpectation(QFINDTESTDATA("data/sandbox/matching"), name, response);
            QVERIFY2(mismatch.isEmpty(), qPrintable(name + QStringLiteral(": ") + mismatch));
            m_clock.advanceSeconds(10); // every job of an earlier example has completed
        }
    }

    void requestStatus_advancesWithTheClock() {
        QJsonArray persons;
        for (int i = 0; i < 30; ++i)
            persons.append(
                record(QStringLiteral("r%1").arg(i), QStringLiteral("altrataId"), QStringLiteral("per_000000000001")));
        const QString id = submit(persons);
        QVERIFY(id.startsWith(QStringLiteral("req_")));
        QCOMPARE(status(id)[QStringLiteral("status")].toString(), QStringLiteral("QUEUED"));
        QCOMPARE(status(id)[QStringLiteral("processedCount")].toInt(), 0);
        m_clock.advanceSeconds(1);
        QCOMPARE(status(id)[QStringLiteral("status")].toString(), QStringLiteral("MATCHING_STARTED"));
        QCOMPARE(status(id)[QStringLiteral("processedCount")].toInt(), 0);
        m_clock.advanceSeconds(2); // 3 s of 4 (30 records: 3 s + 1 s per 25)
        QCOMPARE(status(id)[QStringLiteral("processedCount")].toInt(), 20);
        QVERIFY(status(id)[QStringLiteral("completedAt")].isNull());
        m_clock.advanceSeconds(1);
        QCOMPARE(status(id)[QStringLiteral("status")].toString(), QStringLiteral("COMPLETED"));
        QCOMPARE(status(id)[QStringLiteral("processedCount")].toInt(), 30);
        QCOMPARE(status(id)[QStringLiteral("completedAt")].toString(), QStringLiteral("2026-01-01T09:00:04.000Z"));
    }

    void results_beforeCompletion_areGenericErrorNamingTheStatus() {
        const QString id =
            submit({record(QStringLiteral("a"), QStringLiteral("bxPersonId"), QStringLiteral("BX1001"))});
        m_clock.advanceSeconds(2);
        const QJsonObject early = unique(id);
        QCOMPARE(early[QStringLiteral("__typename")].toString(), QStringLiteral("GenericError"));
        QCOMPARE(early[QStringLiteral("code")].toString(), QStringLiteral("REQUEST_NOT_COMPLETED"));
        QVERIFY(early[QStringLiteral("errorMessage")].toString().contains(QStringLiteral("MATCHING_STARTED")));
        m_clock.advanceSeconds(1);
        QCOMPARE(unique(id)[QStringLiteral("__typename")].toString(), QStringLiteral("PersonUniqueMatchesResponse"));
    }

    void unknownRequest_isGenericErrorNotFound() {
        const QJsonObject answer = status(QStringLiteral("req_000000000000"));
        QCOMPARE(answer[QStringLiteral("__typename")].toString(), QStringLiteral("GenericError"));
        QCOMPARE(answer[QStringLiteral("code")].toString(), QStringLiteral("REQUEST_NOT_FOUND"));
    }

    void invalidRequests_areValidationErrorMembers_data() {
        QTest::addColumn<QJsonArray>("persons");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QJsonArray tooMany;
        for (int i = 0; i <= sandbox::MatchingService::maxRecords; ++i)
            tooMany.append(record(QString::number(i), QStringLiteral("lastName"), QStringLiteral("Smith")));
        QTest::newRow("too many") << tooMany << QStringLiteral("persons") << QStringLiteral("At most 100 records");
        QTest::newRow("none") << QJsonArray() << QStringLiteral("persons") << QStringLiteral("At least one");
        QTest::newRow("empty id") << QJsonArray{record(QStringLiteral(" "), QStringLiteral("lastName"),
                                                       QStringLiteral("Smith"))}
                                  << QStringLiteral("persons[0].clientSuppliedId")
                                  << QStringLiteral("must not be empty");
        QTest::newRow("duplicate id")
            << QJsonArray{record(QStringLiteral("x"), QStringLiteral("lastName"), QStringLiteral("Smith")),
                          record(QStringLiteral("x"), QStringLiteral("lastName"), QStringLiteral("Dubois"))}
            << QStringLiteral("persons[1].clientSuppliedId") << QStringLiteral("Duplicate");
        QTest::newRow("nothing to match")
            << QJsonArray{record(QStringLiteral("x"), QStringLiteral("firstName"), QStringLiteral("Ada"))}
            << QStringLiteral("persons[0]") << QStringLiteral("Give at least one id");
    }
    void invalidRequests_areValidationErrorMembers() {
        QFETCH(QJsonArray, persons);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const std::string response = test::runOperation(*m_service, submitQuery, personsJson(persons).toStdString());
        QVERIFY2(response.find("\"errors\"") == std::string::npos, response.c_str());
        const QJsonObject answer = data(response)[QStringLiteral("personsMatch")].toObject();
        QCOMPARE(answer[QStringLiteral("__typename")].toString(), QStringLiteral("ValidationError"));
        QCOMPARE(answer[QStringLiteral("code")].toString(), QStringLiteral("VALIDATION_ERROR"));
        QCOMPARE(answer[QStringLiteral("correlationId")].toString().size(), 36);
        const QJsonObject first = answer[QStringLiteral("fieldErrors")].toArray().first().toObject();
        QCOMPARE(first[QStringLiteral("field")].toString(), field);
        QVERIFY2(first[QStringLiteral("message")].toString().contains(message),
                 qPrintable(first[QStringLiteral("message")].toString()));
    }

    void idSchemesAndNames_matchTheirPerson_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("person");
        QTest::addColumn<QString>("criterion");
        QTest::addColumn<double>("confidence");
        idRow("altrataId", "altrataId", "per_000000000003", "per_000000000003", "ALTRATA_ID", 1.0);
        idRow("bx", "bxPersonId", "BX1006", "per_000000000006", "BX_PERSON_ID", 0.99);
        idRow("rs", "rsPersonId", "RS2001", "per_000000000001", "RS_PERSON_ID", 0.99);
        idRow("wx", "wxPersonId", "WX3002", "per_000000000002", "WX_PERSON_ID", 0.99);
        idRow("email", "workEmail", "Zoe.Muller@Nordlicht-Energie.de", "per_000000000001", "WORK_EMAIL", 0.97);
        idRow("linkedin", "linkedinProfile", "linkedin.com/in/zoe-muller/", "per_000000000001", "LINKEDIN_PROFILE",
              0.97);
        idRow("name without accents", "fullName", "ZOE MULLER", "per_000000000001", "NAME", 0.8);
        idRow("non-Latin name", "fullName", "田中太郎", "per_000000000006", "NAME", 0.8);
    }
    void idSchemesAndNames_matchTheirPerson() {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, person);
        QFETCH(QString, criterion);
        QFETCH(double, confidence);
        const QString id = submit({record(QStringLiteral("c"), key, value)});
        m_clock.advanceSeconds(5);
        const QJsonObject match = unique(id)[QStringLiteral("matches")].toArray().first().toObject();
        QCOMPARE(match[QStringLiteral("person")][QStringLiteral("altrataId")].toString(), person);
        QCOMPARE(match[QStringLiteral("matchedOn")].toArray().first().toString(), criterion);
        QCOMPARE(match[QStringLiteral("confidence")].toDouble(), confidence);
    }

    void organizations_matchByWebsiteNameAndPlace_data() {
        QTest::addColumn<QJsonObject>("organization");
        QTest::addColumn<QString>("outcome"); // the result query that lists the record
        QTest::addColumn<QString>("best");    // altrataId of the (first) match
        const auto org = [](std::initializer_list<std::pair<const char *, const char *>> fields) {
            QJsonObject object{{QStringLiteral("clientSuppliedId"), QStringLiteral("o")}};
            for (const auto &[key, value] : fields)
                object.insert(QString::fromUtf8(key), QString::fromUtf8(value));
            return object;
        };
        QTest::newRow("website") << org({{"website", "http://nordlicht-energie.de/"}}) << QStringLiteral("unique")
                                 << QStringLiteral("org_000000000001");
        QTest::newRow("shared name") << org({{"name", "Acme Holdings"}}) << QStringLiteral("possible")
                                     << QStringLiteral("org_000000000005");
        QTest::newRow("name and country") << org({{"name", "ACME holdings"}, {"country", "Canada"}})
                                          << QStringLiteral("unique") << QStringLiteral("org_000000000006");
        QTest::newRow("accents ignored") << org({{"name", "societe generale des eaux"}}) << QStringLiteral("unique")
                                         << QStringLiteral("org_000000000002");
        QTest::newRow("unknown") << org({{"name", "Globex"}}) << QStringLiteral("none") << QString();
    }
    void organizations_matchByWebsiteNameAndPlace() {
        QFETCH(QJsonObject, organization);
        QFETCH(QString, outcome);
        QFETCH(QString, best);
        const QJsonObject submitted =
            run("mutation($o: [OrganizationMatchInput!]!) { organizationsMatch(organizations: $o) "
                "{ ... on RequestResponse { requestId } } }",
                QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("o"), QJsonArray{organization}}})
                                      .toJson(QJsonDocument::Compact)));
        const QString id = submitted[QStringLiteral("organizationsMatch")][QStringLiteral("requestId")].toString();
        m_clock.advanceSeconds(5);
        const QJsonObject results =
            run("query($id: ID!) { unique: organizationUniqueMatches(input: {requestId: $id}) { ... on "
                "OrganizationUniqueMatchesResponse { matches { organization { altrataId } } } } "
                "possible: organizationPossibleMatches(input: {requestId: $id}) { ... on "
                "OrganizationPossibleMatchesResponse "
                "{ matches { candidates { organization { altrataId } } } } } "
                "none: organizationNoMatches(input: {requestId: $id}) { ... on NoMatchesResponse { records { reason } "
                "} } }",
                QStringLiteral("{\"id\":\"%1\"}").arg(id));
        const QJsonArray unique = results[QStringLiteral("unique")][QStringLiteral("matches")].toArray();
        const QJsonArray possible = results[QStringLiteral("possible")][QStringLiteral("matches")].toArray();
        const QJsonArray none = results[QStringLiteral("none")][QStringLiteral("records")].toArray();
        QCOMPARE(unique.size(), outcome == QStringLiteral("unique") ? 1 : 0);
        QCOMPARE(possible.size(), outcome == QStringLiteral("possible") ? 1 : 0);
        QCOMPARE(none.size(), outcome == QStringLiteral("none") ? 1 : 0);
        if (outcome == QStringLiteral("unique"))
            QCOMPARE(unique[0][QStringLiteral("organization")][QStringLiteral("altrataId")].toString(), best);
        if (outcome == QStringLiteral("possible"))
            QCOMPARE(possible[0][QStringLiteral("candidates")][0][QStringLiteral("organization")]
                             [QStringLiteral("altrataId")]
                                 .toString(),
                     best);
    }

    void sameRecords_giveDistinctJobs_andAFreshServiceTheSameIds() {
        const QJsonArray persons{record(QStringLiteral("a"), QStringLiteral("lastName"), QStringLiteral("Smith"))};
        const QString first = submit(persons);
        const QString second = submit(persons);
        QVERIFY(first != second);
        m_service = sandbox::makeMatchingService(m_dataset, m_clock);
        QCOMPARE(submit(persons), first);
        QCOMPARE(submit(persons), second);
    }

    void wrongResultKind_isGenericError() {
        const std::string response =
            test::runOperation(*m_service, "mutation { organizationByIdMatch(organizations: [{clientSuppliedId: \"o\", "
                                           "altrataId: \"org_000000000001\"}]) "
                                           "{ ... on RequestResponse { requestId } } }");
        const QString id =
            data(response)[QStringLiteral("organizationByIdMatch")][QStringLiteral("requestId")].toString();
        m_clock.advanceSeconds(5);
        QCOMPARE(unique(id)[QStringLiteral("code")].toString(), QStringLiteral("WRONG_REQUEST_TYPE"));
    }
};

QTEST_GUILESS_MAIN(TestMatchingService)
#include "tst_matchingservice.moc"

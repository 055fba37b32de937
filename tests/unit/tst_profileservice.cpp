#include "graphql/parser.h"
#include "sandbox/profileservice.h"
#include "sandbox/sandboxservices.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <set>

using namespace altrata;
using namespace altrata::sandbox;

namespace {

// The examples run against the data the sandbox serves by default (seed 1, default sizes).
std::shared_ptr<const Dataset> defaultData() {
    static const std::shared_ptr<const Dataset> data = Dataset::generate(DatasetOptions{});
    return data;
}

SandboxService &service() {
    static const std::unique_ptr<SandboxService> profile = makeProfileService(defaultData());
    return *profile;
}

std::string execute(SandboxService &target, const std::string &query, const QByteArray &variables = {}) {
    graphql::ParseResult parsed = graphql::parse(query);
    if (!parsed.errors.empty())
        qFatal("test query does not parse: %s", parsed.errors.front().message.c_str());
    graphql::ExecutionOptions options;
    target.prepare(options);
    if (!variables.isEmpty())
        options.variables = *graphql::Value::fromJson(variables.toStdString()).object;
    return graphql::execute(target.schema(), parsed.document, options);
}

QJsonObject run(const std::string &query, const QByteArray &variables = {}) {
    return QJsonDocument::fromJson(QByteArray::fromStdString(execute(service(), query, variables))).object();
}

QByteArray readFile(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString firstErrorCode(const QJsonObject &response) {
    return response.value(QStringLiteral("errors"))[0][QStringLiteral("extensions")][QStringLiteral("code")].toString();
}

QStringList ids(const QJsonArray &results) {
    QStringList out;
    for (const auto &item : results)
        out << item[QStringLiteral("id")].toString();
    return out;
}

// tests/unit/data/sandbox/profile/, found from the test's source directory (tests/) whatever the build.
#define EXPECTATION(name) QFINDTESTDATA(QStringLiteral("unit/data/sandbox/profile/") + (name))

} // namespace

class TestProfileService final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void schema_describesEveryTypeAndField() {
        for (const graphql::Type &type : service().schema().types()) {
            if (type.isBuiltInScalar() || type.isIntrospectionType())
                continue;
            QVERIFY2(type.description, type.name.c_str());
            for (const auto &field : type.fields)
                QVERIFY2(field.description, (type.name + '.' + field.name).c_str());
            for (const auto &field : type.inputFields)
                QVERIFY2(field.description, (type.name + '.' + field.name).c_str());
            for (const auto &value : type.enumValues)
                QVERIFY2(value.description, (type.name + '.' + value.name).c_str());
        }
        QVERIFY(service().schema().type("AWSDate")->specifiedByURL);
        QVERIFY(service().schema().type("Role")->field("startDate")->deprecationReason);
    }

    // Handles carry no properties: a field without a resolver would silently answer null.
    void resolvers_coverEveryFieldOfHandleTypes() {
        graphql::ExecutionOptions options;
        service().prepare(options);
        const graphql::Schema &schema = service().schema();
        for (const char *name : {"Query", "Person", "Organization", "Role", "Membership", "CharitableDonation"})
            for (const auto &field : schema.type(name)->fields)
                QVERIFY2(options.resolvers.contains(std::string(name) + '.' + field.name), field.name.c_str());
        for (const auto &[key, resolver] : options.resolvers) {
            const auto dot = key.find('.');
            const graphql::Type *type = schema.type(key.substr(0, dot));
            QVERIFY2(type && type->field(key.substr(dot + 1)), key.c_str());
        }
    }

    void examples_matchStoredExpectations_data() {
        QTest::addColumn<QString>("name");
        const QStringList files = QDir(QStringLiteral(":/examples/profile")).entryList({QStringLiteral("*.graphql")});
        QVERIFY(files.size() >= 8);
        for (const QString &file : files)
            if (!file.contains(QStringLiteral("large")))
                QTest::newRow(qPrintable(file)) << file.chopped(8);
    }

    void examples_matchStoredExpectations() {
        QFETCH(QString, name);
        const QString base = QStringLiteral(":/examples/profile/") + name;
        const QByteArray query = readFile(base + QStringLiteral(".graphql"));
        QVERIFY2(query.startsWith("# "), "every example starts with a comment saying what it shows");
        const QByteArray actual = QByteArray::fromStdString(
            execute(service(), query.toStdString(), readFile(base + QStringLiteral(".json"))));
        const QJsonDocument actualJson = QJsonDocument::fromJson(actual);
        QVERIFY2(!actualJson.object().contains(QStringLiteral("errors")), actual.left(600).constData());
        if (qEnvironmentVariableIsSet("ALTRATA_UPDATE_EXPECTATIONS")) {
            QFile out(EXPECTATION(QString()) + name + QStringLiteral(".json"));
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(actualJson.toJson(QJsonDocument::Indented));
            // A rewritten expectation proves nothing: review its diff, then run again without the variable.
            QFAIL("expectation rewritten");
        }
        const QByteArray stored = readFile(EXPECTATION(name + QStringLiteral(".json")));
        QVERIFY2(!stored.isEmpty(), "no stored expectation (run once with ALTRATA_UPDATE_EXPECTATIONS=1)");
        QCOMPARE(actualJson, QJsonDocument::fromJson(stored));
    }

    // The showcase of large results: every person with nested roles and organizations.
    void example_allPeople_givesOver100MegabytesStreamed() {
        const QByteArray query = readFile(QStringLiteral(":/examples/profile/all-people-large.graphql"));
        QElapsedTimer timer;
        timer.start();
        const std::string response = execute(service(), query.toStdString());
        qInfo("all-people-large: %zu bytes in %lld ms", response.size(), static_cast<long long>(timer.elapsed()));
        QVERIFY(response.size() >= 100u * 1000 * 1000);
        QVERIFY(response.starts_with("{\"data\":{\"personSearch\":{\"totalCount\":30000,"));
        QVERIFY(response.find("\"errors\"") == std::string::npos);
    }

    void pagination_cursorPagesTileTheWholeResult() {
        const std::string filter = "filter: {country: \"Japan\", roleType: BOARD}";
        const QJsonObject all =
            run("{ personSearch(" + filter + ", pagination: {limit: 100000}) { totalCount results { id } } }");
        const int total =
            all[QStringLiteral("data")][QStringLiteral("personSearch")][QStringLiteral("totalCount")].toInt();
        QVERIFY(total > 20);
        QStringList paged;
        QString cursor;
        for (int page = 0; page < 1000; ++page) {
            const std::string pagination =
                cursor.isEmpty() ? "{limit: 7}" : "{limit: 7, cursor: \"" + cursor.toStdString() + "\"}";
            const QJsonValue result =
                run("{ personSearch(" + filter + ", pagination: " + pagination +
                    ") { pageInfo { count hasNextPage hasPreviousPage nextCursor } results { id } } }")[QStringLiteral(
                    "data")][QStringLiteral("personSearch")];
            paged += ids(result[QStringLiteral("results")].toArray());
            QCOMPARE(result[QStringLiteral("pageInfo")][QStringLiteral("hasPreviousPage")].toBool(), page > 0);
            cursor = result[QStringLiteral("pageInfo")][QStringLiteral("nextCursor")].toString();
            QCOMPARE(result[QStringLiteral("pageInfo")][QStringLiteral("hasNextPage")].toBool(), !cursor.isEmpty());
            if (cursor.isEmpty())
                break;
        }
        QCOMPARE(paged,
                 ids(all[QStringLiteral("data")][QStringLiteral("personSearch")][QStringLiteral("results")].toArray()));
    }

    void pagination_boundaries_data() {
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("hasNext");
        const int total = int(defaultData()->organizations().size());
        QTest::newRow("first page") << 0 << 10 << 10 << true;
        QTest::newRow("last full page") << total - 10 << 10 << 10 << false;
        QTest::newRow("last partial page") << total - 3 << 10 << 3 << false;
        QTest::newRow("offset at end") << total << 10 << 0 << false;
        QTest::newRow("offset past end") << total + 50 << 10 << 0 << false;
        QTest::newRow("limit zero") << 5 << 0 << 0 << true;
    }

    void pagination_boundaries() {
        QFETCH(int, offset);
        QFETCH(int, limit);
        QFETCH(int, count);
        QFETCH(bool, hasNext);
        const QJsonValue result = run(
            "{ organizationSearch(pagination: {offset: " + std::to_string(offset) +
            ", limit: " + std::to_string(limit) +
            "}) { totalCount pageInfo { count hasNextPage } results { id } } }")[QStringLiteral("data")]
                                                                                [QStringLiteral("organizationSearch")];
        QCOMPARE(result[QStringLiteral("totalCount")].toInt(), int(defaultData()->organizations().size()));
        QCOMPARE(result[QStringLiteral("pageInfo")][QStringLiteral("count")].toInt(), count);
        QCOMPARE(result[QStringLiteral("results")].toArray().size(), count);
        QCOMPARE(result[QStringLiteral("pageInfo")][QStringLiteral("hasNextPage")].toBool(), hasNext);
    }

    void badArguments_areBadUserInput_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("negative limit") << "{ personSearch(pagination: {limit: -1}) { totalCount } }"
                                        << "limit";
        QTest::newRow("limit too big") << "{ personSearch(pagination: {limit: 100001}) { totalCount } }"
                                       << "100000";
        QTest::newRow("negative offset")
            << "{ personKeywordSearch(keyword: \"a\", pagination: {offset: -5}) { totalCount } }"
            << "offset";
        QTest::newRow("bad cursor") << "{ personSearch(pagination: {cursor: \"nope\"}) { totalCount } }"
                                    << "cursor";
        QTest::newRow("offset and cursor")
            << "{ personSearch(pagination: {offset: 3, cursor: \"b2Zmc2V0OjM=\"}) { totalCount } }"
            << "not both";
        QTest::newRow("blank keyword") << "{ organizationKeywordSearch(keyword: \"  \") { totalCount } }"
                                       << "blank";
        QTest::newRow("person id format") << "{ personIdSearch(id: \"12345\") { id } }"
                                          << "per_";
        QTest::newRow("organization id is a person id") << "{ organizationIdSearch(id: \"per_0123456789ab\") { id } }"
                                                        << "org_";
        QTest::newRow("bulk id format")
            << "{ personBulkIdSearch(ids: [\"per_0123456789ab\", \"per_XYZ\"]) { __typename } }"
            << "per_XYZ";
        QTest::newRow("filter organization id") << "{ personSearchCount(filter: {organizationId: \"x\"}) }"
                                                << "org_";
        QTest::newRow("birth years reversed")
            << "{ personSearchCount(filter: {birthYearFrom: 1990, birthYearTo: 1980}) }"
            << "birthYear";
        QTest::newRow("roles of nobody") << "{ rolesBoard(input: {}) { totalCount } }"
                                         << "exactly one";
        QTest::newRow("roles of both") << "{ rolesBoard(input: {personId: \"per_0123456789ab\", organizationId: "
                                          "\"org_0123456789ab\"}) { totalCount } }"
                                       << "exactly one";
        QTest::newRow("person receives")
            << "{ charitableDonations(input: {personId: \"per_0123456789ab\", direction: RECEIVED}) { totalCount } }"
            << "GIVEN";
    }

    void badArguments_areBadUserInput() {
        QFETCH(QString, query);
        QFETCH(QString, messagePart);
        const QJsonObject response = run(query.toStdString());
        QCOMPARE(firstErrorCode(response), QStringLiteral("BAD_USER_INPUT"));
        QVERIFY2(response[QStringLiteral("errors")][0][QStringLiteral("message")].toString().contains(messagePart),
                 QJsonDocument(response).toJson().constData());
        QVERIFY(response[QStringLiteral("data")].isNull() ||
                response[QStringLiteral("data")].toObject().begin()->isNull());
    }

    void bulkIdSearch_keepsOrderAndReportsUnknownIds() {
        const Person &a = defaultData()->people()[10];
        const Person &b = defaultData()->people()[20];
        const QJsonArray results =
            run("{ personBulkIdSearch(ids: [\"" + b.id + "\", \"per_ffffffffffff\", \"" + a.id +
                "\"]) { __typename ... on Person { id } ... on IdNotFound { id message } } }")[QStringLiteral(
                "data")][QStringLiteral("personBulkIdSearch")]
                .toArray();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results[0][QStringLiteral("id")].toString().toStdString(), b.id);
        QCOMPARE(results[1][QStringLiteral("__typename")].toString(), QStringLiteral("IdNotFound"));
        QCOMPARE(results[2][QStringLiteral("__typename")].toString(), QStringLiteral("Person"));
        QCOMPARE(results[2][QStringLiteral("id")].toString().toStdString(), a.id);
        std::string many = "{ organizationBulkIdSearch(ids: [";
        for (int i = 0; i < 1001; ++i)
            many += "\"org_0123456789ab\",";
        QCOMPARE(firstErrorCode(run(many + "]) { __typename } }")), QStringLiteral("BAD_USER_INPUT"));
    }

    void personSearch_filtersAgreeWithTheData() {
        const QJsonValue result =
            run("{ personSearchCount(filter: {country: \"france\", roleType: JOB, currentOnly: true, "
                "birthYearFrom: 1970}) personSearch(filter: {country: \"France\", roleType: JOB, "
                "currentOnly: true, birthYearFrom: 1970}, pagination: {limit: 100000}) "
                "{ totalCount results { id } } }")[QStringLiteral("data")];
        std::set<std::string> expected;
        for (const Person &p : defaultData()->people()) {
            const bool job = std::any_of(p.roles.begin(), p.roles.end(), [](std::uint32_t r) {
                return defaultData()->roles()[r].current && defaultData()->roles()[r].type == RoleType::Job;
            });
            if (p.country == "France" && p.birthYear && *p.birthYear >= 1970 && job)
                expected.insert(p.id);
        }
        QVERIFY(expected.size() > 50);
        QCOMPARE(result[QStringLiteral("personSearchCount")].toInt(), int(expected.size()));
        QCOMPARE(result[QStringLiteral("personSearch")][QStringLiteral("totalCount")].toInt(), int(expected.size()));
        for (const QString &id : ids(result[QStringLiteral("personSearch")][QStringLiteral("results")].toArray()))
            QVERIFY(expected.contains(id.toStdString()));
    }

    void keywordSearch_ignoresAccentsAndCase() {
        const auto count = [](const char *keyword) {
            return run(std::string("{ personKeywordSearch(keyword: \"") + keyword +
                       "\") { totalCount } }")[QStringLiteral("data")][QStringLiteral("personKeywordSearch")]
                                              [QStringLiteral("totalCount")]
                                                  .toInt();
        };
        QVERIFY(count("Schäfer") > 0);
        QCOMPARE(count("SCHAFER"), count("Schäfer"));
        QVERIFY(count("佐藤") > 0);
        QCOMPARE(count("Παπαδοπούλου"), count("παπαδοπουλου"));
        QCOMPARE(count("zzzzqqq"), 0);
    }

    void roleQueries_partitionEveryRoleOfAPerson() {
        const Person &person = defaultData()->people()[77];
        const QJsonValue data = run("{ b: rolesBoard(input: {personId: \"" + person.id +
                                    "\"}) { totalCount } e: rolesEmployment(input: {personId: \"" + person.id +
                                    "\"}) { totalCount } c: rolesCommittee(input: {personId: \"" + person.id +
                                    "\"}) { totalCount } p: personIdSearch(id: \"" + person.id +
                                    "\") { roleCount } }")[QStringLiteral("data")];
        int sum = 0;
        for (const char *alias : {"b", "e", "c"})
            sum += data[QLatin1String(alias)][QStringLiteral("totalCount")].toInt();
        QCOMPARE(sum, int(person.roles.size()));
        QCOMPARE(data[QStringLiteral("p")][QStringLiteral("roleCount")].toInt(), sum);
    }

    void navigation_personToOrganizationAndBack() {
        const Organization &org = defaultData()->organizations()[3];
        const QJsonArray board =
            run("{ organizationIdSearch(id: \"" + org.id +
                "\") { board { id person { roles { id organization { id } } } } } }")[QStringLiteral(
                "data")][QStringLiteral("organizationIdSearch")][QStringLiteral("board")]
                .toArray();
        QVERIFY(!board.isEmpty());
        for (const auto &role : board) {
            bool found = false;
            for (const auto &back : role[QStringLiteral("person")][QStringLiteral("roles")].toArray())
                found |= back[QStringLiteral("id")] == role[QStringLiteral("id")] &&
                         back[QStringLiteral("organization")][QStringLiteral("id")].toString().toStdString() == org.id;
            QVERIFY(found);
        }
    }

    void responses_areDeterministicPerSeed() {
        const std::string query =
            "{ info { counts { roles } } personSearch(pagination: {limit: 20}) { results { id fullName "
            "memberships { id } donations { id amountUsd } roles { id title } } } }";
        DatasetOptions options;
        options.seed = 42;
        options.people = 500;
        options.organizations = 60;
        const auto first = makeProfileService(Dataset::generate(options));
        const auto second = makeProfileService(Dataset::generate(options));
        options.seed = 43;
        const auto other = makeProfileService(Dataset::generate(options));
        QCOMPARE(execute(*first, query), execute(*second, query));
        QVERIFY(execute(*first, query) != execute(*other, query));
    }
};

QTEST_GUILESS_MAIN(TestProfileService)
#include "tst_profileservice.moc"

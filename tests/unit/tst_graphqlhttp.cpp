#include "testsandboxservice.h"

#include "sandbox/graphqlhttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace altrata::sandbox;
using graphqlhttp::MediaType;
using graphqlhttp::Params;

Q_DECLARE_METATYPE(altrata::sandbox::graphqlhttp::MediaType)

namespace {

QJsonObject jsonOf(const HttpAnswer &answer) {
    return QJsonDocument::fromJson(answer.body).object();
}

// The status of a refusal, or 0 when the parameters were accepted.
int refusalStatus(const graphqlhttp::ParamsOrAnswer &result) {
    const auto *answer = std::get_if<HttpAnswer>(&result);
    return answer ? answer->status : 0;
}

} // namespace

class TestGraphQLHttp final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void negotiate_choosesMediaType_data();
    void negotiate_choosesMediaType();
    void paramsFromPost_checksContentTypeAndBody_data();
    void paramsFromPost_checksContentTypeAndBody();
    void paramsFromPost_takesQueryOperationAndVariables();
    void paramsFromGet_decodesFormEncoding();
    void paramsFromGet_badVariablesJson_is400();
    void execute_statusFollowsMediaType_data();
    void execute_statusFollowsMediaType();
    void execute_mutationViaGet_isRefusedWith405();
    void execute_selectsOperationByName();
    void requestError_usesNegotiatedContentType();
};

void TestGraphQLHttp::negotiate_choosesMediaType_data() {
    QTest::addColumn<QByteArray>("accept");
    QTest::addColumn<int>("expected"); // -1: not acceptable
    const int modern = int(MediaType::GraphQLResponseJson), json = int(MediaType::Json);
    QTest::newRow("none") << QByteArray() << json;
    QTest::newRow("json") << QByteArray("application/json") << json;
    QTest::newRow("modern") << QByteArray("application/graphql-response+json") << modern;
    QTest::newRow("both") << QByteArray("application/json, application/graphql-response+json") << modern;
    QTest::newRow("modern preferred by q")
        << QByteArray("application/json;q=0.9, application/graphql-response+json") << modern;
    QTest::newRow("json preferred by q") << QByteArray("application/graphql-response+json;q=0.5, application/json")
                                         << json;
    QTest::newRow("any") << QByteArray("*/*") << json;
    QTest::newRow("application any") << QByteArray("application/*") << json;
    QTest::newRow("exact beats wildcard") << QByteArray("application/graphql-response+json, */*;q=1") << modern;
    QTest::newRow("html only") << QByteArray("text/html") << -1;
    QTest::newRow("refused explicitly") << QByteArray("application/json;q=0, application/graphql-response+json;q=0")
                                        << -1;
    QTest::newRow("case and spaces") << QByteArray(" Application/JSON ; charset=utf-8") << json;
}

void TestGraphQLHttp::negotiate_choosesMediaType() {
    QFETCH(QByteArray, accept);
    QFETCH(int, expected);
    const auto chosen = graphqlhttp::negotiate(accept);
    QCOMPARE(chosen ? int(*chosen) : -1, expected);
}

void TestGraphQLHttp::paramsFromPost_checksContentTypeAndBody_data() {
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    const QByteArray json = "application/json";
    QTest::newRow("ok") << json << QByteArray(R"({"query":"{ a }"})") << 0;
    QTest::newRow("charset utf-8") << QByteArray("application/json; charset=UTF-8") << QByteArray(R"({"query":"{a}"})")
                                   << 0;
    QTest::newRow("null extras") << json
                                 << QByteArray(
                                        R"({"query":"{a}","variables":null,"operationName":null,"extensions":null})")
                                 << 0;
    QTest::newRow("no content type") << QByteArray() << QByteArray(R"({"query":"{a}"})") << 415;
    QTest::newRow("text/plain") << QByteArray("text/plain;charset=UTF-8") << QByteArray(R"({"query":"{a}"})") << 415;
    QTest::newRow("latin1") << QByteArray("application/json; charset=iso-8859-1") << QByteArray(R"({"query":"{a}"})")
                            << 415;
    QTest::newRow("empty body") << json << QByteArray() << 400;
    QTest::newRow("not json") << json << QByteArray(R"({ "not a JSON)") << 400;
    QTest::newRow("array") << json << QByteArray(R"([{"query":"{a}"}])") << 400;
    QTest::newRow("no query") << json << QByteArray(R"({"qeury":"{a}"})") << 400;
    QTest::newRow("query object") << json << QByteArray(R"({"query":{"obj":"ect"}})") << 400;
    QTest::newRow("query number") << json << QByteArray(R"({"query":0})") << 400;
    QTest::newRow("operationName false") << json << QByteArray(R"({"query":"{a}","operationName":false})") << 400;
    QTest::newRow("variables string") << json << QByteArray(R"({"query":"{a}","variables":"x"})") << 400;
    QTest::newRow("variables array") << json << QByteArray(R"({"query":"{a}","variables":["a"]})") << 400;
    QTest::newRow("extensions number") << json << QByteArray(R"({"query":"{a}","extensions":0})") << 400;
}

void TestGraphQLHttp::paramsFromPost_checksContentTypeAndBody() {
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const auto result = graphqlhttp::paramsFromPost(contentType, body, MediaType::Json);
    QCOMPARE(refusalStatus(result), status);
    if (status != 0)
        QVERIFY(!jsonOf(std::get<HttpAnswer>(result)).value(QLatin1String("errors")).toArray().isEmpty());
}

void TestGraphQLHttp::paramsFromPost_takesQueryOperationAndVariables() {
    const auto result =
        graphqlhttp::paramsFromPost("application/json",
                                    R"({"query":"query Q($n: String) { greeting(name: $n) }","operationName":"Q",)"
                                    R"("variables":{"n":"Zoë"},"extensions":{"some":"value"}})",
                                    MediaType::Json);
    const auto &params = std::get<Params>(result);
    QCOMPARE(params.query, std::string("query Q($n: String) { greeting(name: $n) }"));
    QCOMPARE(params.operationName, std::string("Q"));
    QCOMPARE(params.variables.size(), std::size_t(1));
    QCOMPARE(params.variables.front().second.string, std::string("Zoë"));
}

void TestGraphQLHttp::paramsFromGet_decodesFormEncoding() {
    const auto result = graphqlhttp::paramsFromGet("query=query+Q(%24n%3A+String)+%7B+greeting(name%3A+%24n)+%7D&"
                                                   "operationName=Q&variables=%7B%22n%22%3A%22a%2Bb%22%7D",
                                                   MediaType::Json);
    const auto &params = std::get<Params>(result);
    QCOMPARE(params.query, std::string("query Q($n: String) { greeting(name: $n) }"));
    QCOMPARE(params.operationName, std::string("Q"));
    QCOMPARE(params.variables.front().second.string, std::string("a+b"));
    QCOMPARE(refusalStatus(graphqlhttp::paramsFromGet("operationName=Q", MediaType::Json)), 400);
}

void TestGraphQLHttp::paramsFromGet_badVariablesJson_is400() {
    QCOMPARE(refusalStatus(graphqlhttp::paramsFromGet("query=%7Ba%7D&variables=%7Bnope", MediaType::Json)), 400);
    QCOMPARE(refusalStatus(graphqlhttp::paramsFromGet("query=%7Ba%7D&variables=%5B1%5D", MediaType::Json)), 400);
}

void TestGraphQLHttp::execute_statusFollowsMediaType_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("variables");
    QTest::addColumn<int>("jsonStatus");
    QTest::addColumn<int>("modernStatus");
    QTest::addColumn<bool>("hasData");
    QTest::newRow("success") << QStringLiteral("{ greeting }") << QByteArray() << 200 << 200 << true;
    QTest::newRow("parse error") << QStringLiteral("{") << QByteArray() << 200 << 400 << false;
    QTest::newRow("validation error") << QStringLiteral("{ nope }") << QByteArray() << 200 << 400 << false;
    QTest::newRow("variable coercion") << QStringLiteral("query ($id: ID!) { greeting }")
                                       << QByteArray(R"({"id":null})") << 200 << 400 << false;
    QTest::newRow("unknown operation") << QStringLiteral("query A { greeting } query B { counter }") << QByteArray()
                                       << 200 << 400 << false;
    QTest::newRow("field error keeps data")
        << QStringLiteral("{ greeting broken }") << QByteArray() << 200 << 200 << true;
}

void TestGraphQLHttp::execute_statusFollowsMediaType() {
    QFETCH(QString, query);
    QFETCH(QByteArray, variables);
    QFETCH(int, jsonStatus);
    QFETCH(int, modernStatus);
    QFETCH(bool, hasData);
    altrata::test::TestSandboxService service;
    Params params{query.toStdString(), {}, {}};
    if (!variables.isEmpty())
        params.variables = *altrata::graphql::Value::fromJson(variables.toStdString()).object;
    for (const auto &[mediaType, status] :
         {std::pair{MediaType::Json, jsonStatus}, {MediaType::GraphQLResponseJson, modernStatus}}) {
        const HttpAnswer answer = graphqlhttp::execute(service, params, mediaType, false);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.contentType, graphqlhttp::contentTypeOf(mediaType));
        QCOMPARE(jsonOf(answer).contains(QLatin1String("data")), hasData);
    }
}

void TestGraphQLHttp::execute_mutationViaGet_isRefusedWith405() {
    altrata::test::TestSandboxService service;
    const HttpAnswer refused = graphqlhttp::execute(service, {"mutation { increment }", {}, {}}, MediaType::Json, true);
    QCOMPARE(refused.status, 405);
    QCOMPARE(refused.headers.value(0), (QPair<QByteArray, QByteArray>("Allow", "POST")));
    QCOMPARE(service.executions(), 0);
    // The same document picks its query by name, which GET may run.
    const HttpAnswer query =
        graphqlhttp::execute(service, {"mutation M { increment } query Q { counter }", "Q", {}}, MediaType::Json, true);
    QCOMPARE(query.status, 200);
    QCOMPARE(jsonOf(query).value(QLatin1String("data")).toObject().value(QLatin1String("counter")).toInt(), 0);
    const HttpAnswer posted = graphqlhttp::execute(service, {"mutation { increment }", {}, {}}, MediaType::Json, false);
    QCOMPARE(jsonOf(posted).value(QLatin1String("data")).toObject().value(QLatin1String("increment")).toInt(), 1);
}

void TestGraphQLHttp::execute_selectsOperationByName() {
    altrata::test::TestSandboxService service;
    const HttpAnswer answer =
        graphqlhttp::execute(service, {"query A { greeting } query B { counter }", "B", {}}, MediaType::Json, false);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body, QByteArray(R"({"data":{"counter":0}})"));
}

void TestGraphQLHttp::requestError_usesNegotiatedContentType() {
    const HttpAnswer answer = graphqlhttp::requestError(400, QStringLiteral("Bad."), MediaType::GraphQLResponseJson);
    QCOMPARE(answer.contentType, QByteArray("application/graphql-response+json; charset=utf-8"));
    QCOMPARE(answer.body, QByteArray(R"({"errors":[{"message":"Bad."}]})"));
}

QTEST_GUILESS_MAIN(TestGraphQLHttp)
#include "tst_graphqlhttp.moc"

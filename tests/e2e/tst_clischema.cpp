#include "cliprocess.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

using altrata::test::CliRun;

// Expected texts below were produced by graphql-js 16.15.0 (tests/conformance's pinned package) in node.
const QByteArray sdl =
    "schema { query: Root }\n\"\"\"The root\"\"\"\ntype Root { \"a field\" a(x: Int = 1): String @deprecated(reason: "
    "\"old\") b: [Color!] }\nenum Color { RED GREEN }\nscalar Url @specifiedBy(url: \"https://example.com\")\n"
    "directive @tag(name: String!) repeatable on FIELD_DEFINITION";
// printSchema(buildSchema(sdl)) + "\n"
const QByteArray sdlPrinted =
    "schema {\n  query: Root\n}\n\ndirective @tag(name: String!) repeatable on FIELD_DEFINITION\n\n\"\"\"The "
    "root\"\"\"\ntype Root {\n  \"\"\"a field\"\"\"\n  a(x: Int = 1): String @deprecated(reason: \"old\")\n  b: "
    "[Color!]\n}\n\nenum Color {\n  RED\n  GREEN\n}\n\nscalar Url @specifiedBy(url: \"https://example.com\")\n";
// A hand-written introspection result (with schema description, argument default, deprecation).
const QByteArray introspectionJson =
    "{\"data\":{\"__schema\":{\"description\":\"Demo\",\"queryType\":{\"name\":\"Q\"},\"mutationType\":null,"
    "\"subscriptionType\":null,\"types\":[{\"kind\":\"OBJECT\",\"name\":\"Q\",\"description\":null,\"fields\":[{"
    "\"name\":\"a\",\"description\":\"A\",\"args\":[{\"name\":\"n\",\"description\":null,\"type\":{\"kind\":"
    "\"SCALAR\",\"name\":\"Int\",\"ofType\":null},\"defaultValue\":\"2\",\"isDeprecated\":false,"
    "\"deprecationReason\":null}],\"type\":{\"kind\":\"NON_NULL\",\"name\":null,\"ofType\":{\"kind\":\"SCALAR\","
    "\"name\":\"String\",\"ofType\":null}},\"isDeprecated\":true,\"deprecationReason\":\"gone\"}],\"interfaces\":[]"
    "},{\"kind\":\"SCALAR\",\"name\":\"String\"},{\"kind\":\"SCALAR\",\"name\":\"Int\"}],\"directives\":[]}}}";
// printSchema(buildClientSchema(JSON.parse(introspectionJson).data)) + "\n"
const QByteArray introspectionPrinted = "\"\"\"Demo\"\"\"\nschema {\n  query: Q\n}\n\ntype Q {\n  \"\"\"A\"\"\"\n  "
                                        "a(n: Int = 2): String! @deprecated(reason: \"gone\")\n}\n";
// GitHub-style duplicate field: printSchema(buildSchema(duplicate, {assumeValidSDL: true})) + "\n"
const QByteArray duplicate = "type Query { a: Int a: String }";
const QByteArray duplicatePrinted = "type Query {\n  a: String\n}\n";
// getIntrospectionQuery({specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true,
// inputValueDeprecation: true}), byte for byte (JSON.stringify of the string).
const QByteArray fullQuery =
    "\n    query IntrospectionQuery {\n      __schema {\n        description\n        queryType { name kind }\n        "
    "mutationType { name kind }\n        subscriptionType { name kind }\n        types {\n          ...FullType\n      "
    "  }\n        directives {\n          name\n          description\n          isRepeatable\n          \n          "
    "\n          locations\n          args(includeDeprecated: true) {\n            ...InputValue\n          }\n        "
    "}\n      }\n    }\n\n    fragment FullType on __Type {\n      kind\n      name\n      description\n      "
    "specifiedByURL\n      \n      fields(includeDeprecated: true) {\n        name\n        description\n        "
    "args(includeDeprecated: true) {\n          ...InputValue\n        }\n        type {\n          ...TypeRef\n       "
    " }\n        isDeprecated\n        deprecationReason\n      }\n      inputFields(includeDeprecated: true) {\n      "
    "  ...InputValue\n      }\n      interfaces {\n        ...TypeRef\n      }\n      enumValues(includeDeprecated: "
    "true) {\n        name\n        description\n        isDeprecated\n        deprecationReason\n      }\n      "
    "possibleTypes {\n        ...TypeRef\n      }\n    }\n\n    fragment InputValue on __InputValue {\n      name\n    "
    "  description\n      type { ...TypeRef }\n      defaultValue\n      isDeprecated\n      deprecationReason\n    "
    "}\n\n    fragment TypeRef on __Type {\n      kind\n      name\n      ofType {\n        name\n        kind\n       "
    " ofType {\n          name\n          kind\n          ofType {\n            name\n            kind\n            "
    "ofType {\n              name\n              kind\n              ofType {\n                name\n                "
    "kind\n                ofType {\n                  name\n                  kind\n                  ofType {\n      "
    "              name\n                    kind\n                    ofType {\n                      name\n          "
    "            kind\n                      ofType {\n                        name\n                        kind\n    "
    "                  }\n                    }\n                  }\n                }\n              }\n            "
    "}\n          }\n        }\n      }\n    }\n  ";
// getIntrospectionQuery() with its default options, byte for byte.
const QByteArray reducedQuery =
    "\n    query IntrospectionQuery {\n      __schema {\n        \n        queryType { name kind }\n        "
    "mutationType { name kind }\n        subscriptionType { name kind }\n        types {\n          ...FullType\n      "
    "  }\n        directives {\n          name\n          description\n          \n          \n          \n          "
    "locations\n          args {\n            ...InputValue\n          }\n        }\n      }\n    }\n\n    fragment "
    "FullType on __Type {\n      kind\n      name\n      description\n      \n      \n      fields(includeDeprecated: "
    "true) {\n        name\n        description\n        args {\n          ...InputValue\n        }\n        type {\n  "
    "        ...TypeRef\n        }\n        isDeprecated\n        deprecationReason\n      }\n      inputFields {\n    "
    "    ...InputValue\n      }\n      interfaces {\n        ...TypeRef\n      }\n      enumValues(includeDeprecated: "
    "true) {\n        name\n        description\n        isDeprecated\n        deprecationReason\n      }\n      "
    "possibleTypes {\n        ...TypeRef\n      }\n    }\n\n    fragment InputValue on __InputValue {\n      name\n    "
    "  description\n      type { ...TypeRef }\n      defaultValue\n      \n      \n    }\n\n    fragment TypeRef on "
    "__Type {\n      kind\n      name\n      ofType {\n        name\n        kind\n        ofType {\n          name\n  "
    "        kind\n          ofType {\n            name\n            kind\n            ofType {\n              name\n  "
    "            kind\n              ofType {\n                name\n                kind\n                ofType {\n  "
    "                name\n                  kind\n                  ofType {\n                    name\n              "
    "      kind\n                    ofType {\n                      name\n                      kind\n                "
    "      ofType {\n                        name\n                        kind\n                      }\n             "
    "       }\n                  }\n                }\n              }\n            }\n          }\n        }\n      "
    "}\n    }\n  ";

} // namespace

// The real altrata-explorer-cli's schema commands: local files and standard input only.
class TestCliSchema final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void print_sdlFile_printsAsGraphqlJs();
    void print_standardInput_readsSdl();
    void print_introspectionJson_printsAsGraphqlJs();
    void print_leadingSpaceBeforeJson_isStillJson();
    void print_syntaxError_reportsFileLineColumnAndExitsTwo();
    void print_unusableJson_plainMessageAndExitsTwo_data();
    void print_unusableJson_plainMessageAndExitsTwo();
    void print_duplicateField_warnsOnStderrAndExitsZero();
    void print_missingFile_exitsTwo();
    void introspectionQuery_default_isTheFullQuery();
    void introspectionQuery_reduced_isGraphqlJsDefaultQuery();
    void introspectionQuery_withFile_isUsageError();
    void help_documentsSchemaCommands();

private:
    QString writeFile(const QString &name, const QByteArray &content);
    static CliRun run(const QStringList &args, const QByteArray &input = {});

    QTemporaryDir m_dir;
};

QString TestCliSchema::writeFile(const QString &name, const QByteArray &content) {
    return altrata::test::writeTestFile(m_dir, name, content);
}

CliRun TestCliSchema::run(const QStringList &args, const QByteArray &input) {
    return altrata::test::runCli(QStringLiteral(CLI_PATH), args, input);
}

void TestCliSchema::print_sdlFile_printsAsGraphqlJs() {
    const CliRun result =
        run({QStringLiteral("schema"), QStringLiteral("print"), writeFile(QStringLiteral("s.graphql"), sdl)});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, sdlPrinted);
    QCOMPARE(result.err, QByteArray());
}

void TestCliSchema::print_standardInput_readsSdl() {
    const CliRun result = run({QStringLiteral("schema"), QStringLiteral("print"), QStringLiteral("-")}, sdl);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, sdlPrinted);
}

void TestCliSchema::print_introspectionJson_printsAsGraphqlJs() {
    const CliRun result = run(
        {QStringLiteral("schema"), QStringLiteral("print"), writeFile(QStringLiteral("s.json"), introspectionJson)});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, introspectionPrinted);
    QCOMPARE(result.err, QByteArray());
}

void TestCliSchema::print_leadingSpaceBeforeJson_isStillJson() {
    const CliRun result = run({QStringLiteral("schema"), QStringLiteral("print")}, "\n  \t" + introspectionJson);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, introspectionPrinted);
}

void TestCliSchema::print_syntaxError_reportsFileLineColumnAndExitsTwo() {
    const QString path = writeFile(QStringLiteral("bad.graphql"), "type Query {\n  a: Int\n  b(: Int\n}");
    const CliRun result = run({QStringLiteral("schema"), QStringLiteral("print"), path});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QByteArray());
    // graphql-js: Syntax Error: Expected Name, found ":". at 3:5
    QCOMPARE(result.err, path.toUtf8() + ":3:5: Syntax Error: Expected Name, found \":\".\n");
}

void TestCliSchema::print_unusableJson_plainMessageAndExitsTwo_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("truncated") << QByteArray("{\"data\": {\"__schema\": ");
    QTest::newRow("no schema") << QByteArray("{\"data\": {\"user\": 1}}");
    QTest::newRow("errors only") << QByteArray("{\"errors\": [{\"message\": \"nope\"}]}");
}

void TestCliSchema::print_unusableJson_plainMessageAndExitsTwo() {
    QFETCH(QByteArray, json);
    const QString path = writeFile(QStringLiteral("bad.json"), json);
    const CliRun result = run({QStringLiteral("schema"), QStringLiteral("print"), path});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QByteArray());
    QVERIFY2(result.err.startsWith("Error: " + path.toUtf8() + ": "), result.err.constData());
    QVERIFY(result.err.endsWith('\n'));
    QCOMPARE(result.err.count('\n'), 1);
}

void TestCliSchema::print_duplicateField_warnsOnStderrAndExitsZero() {
    const CliRun result = run({QStringLiteral("schema"), QStringLiteral("print")}, duplicate);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, duplicatePrinted);
    QVERIFY2(result.err.startsWith("warning: "), result.err.constData());
    QVERIFY2(result.err.contains("\"Query\"") && result.err.contains("\"a\""), result.err.constData());
    QVERIFY(result.err.endsWith('\n'));
    QCOMPARE(result.err.count('\n'), 1); // one problem, one line
}

void TestCliSchema::print_missingFile_exitsTwo() {
    const CliRun result =
        run({QStringLiteral("schema"), QStringLiteral("print"), m_dir.filePath(QStringLiteral("absent.graphql"))});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QByteArray());
    QVERIFY(result.err.startsWith("Error: cannot read "));
}

void TestCliSchema::introspectionQuery_default_isTheFullQuery() {
    const CliRun result = run({QStringLiteral("schema"), QStringLiteral("introspection-query")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, fullQuery);
    QCOMPARE(result.err, QByteArray());
}

void TestCliSchema::introspectionQuery_reduced_isGraphqlJsDefaultQuery() {
    const CliRun result =
        run({QStringLiteral("schema"), QStringLiteral("introspection-query"), QStringLiteral("--reduced")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, reducedQuery);
}

void TestCliSchema::introspectionQuery_withFile_isUsageError() {
    const CliRun result =
        run({QStringLiteral("schema"), QStringLiteral("introspection-query"), QStringLiteral("x.graphql")});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QByteArray());
}

void TestCliSchema::help_documentsSchemaCommands() {
    const CliRun result = run({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("schema print [FILE|-]"));
    QVERIFY(result.out.contains("schema introspection-query [--reduced]"));
    QVERIFY(result.out.contains("--reduced"));
}

QTEST_GUILESS_MAIN(TestCliSchema)
#include "tst_clischema.moc"

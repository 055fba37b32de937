#include "graphql/buildclientschema.h"
#include "graphql/printschema.h"

#include <QFile>
#include <QTest>

#include <algorithm>
#include <string>

using namespace altrata::graphql;

namespace {

// tests/unit/data/buildclientschema/rich-*.json were written by graphql-js 16.15.0 from rich.graphql:
//   introspectionFromSchema(buildSchema(sdl), options)   (wrapped as {"data": ...})
// with options full = everything on; default = getIntrospectionQuery()'s defaults (no isRepeatable,
// specifiedByURL, schema description or input-value deprecation); nodescriptions = default without
// descriptions. rich-odddefaults.json is rich-full.json with some defaultValue texts rewritten the way
// a server might send them (odd spacing, a single value for a list, fields out of order).
// rich-*.printed.graphql are graphql-js printSchema(buildClientSchema(json)).
QByteArray testData(const QString &name) {
    QFile file(QFINDTESTDATA(QStringLiteral("data/buildclientschema/") + name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

std::string_view view(const QByteArray &bytes) {
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

QString q(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString q(const std::string &text) {
    return q(std::string_view(text));
}

QString q(const std::optional<std::string> &text) {
    return text ? q(*text) : QStringLiteral("<none>");
}

QStringList names(const std::vector<std::string> &list) {
    QStringList result;
    for (const auto &name : list)
        result << q(name);
    return result;
}

template<typename T> QStringList namesOf(const std::vector<T> &list) {
    QStringList result;
    for (const auto &item : list)
        result << q(item.name);
    return result;
}

QString warningsText(const Schema &schema) {
    return names(schema.warnings()).join(QLatin1Char('\n'));
}

// One query type whose single field `a` has the given JSON type reference, plus extra types.
QByteArray schemaWithField(const char *typeRef, const char *extraTypes = "") {
    return QByteArray(R"({"__schema":{"queryType":{"name":"Query"},"types":[)"
                      R"({"kind":"OBJECT","name":"Query","interfaces":[],"fields":[{"name":"a","args":[],"type":)") +
           typeRef + "}]}" + extraTypes + "],\"directives\":[]}}";
}

} // namespace

class TestBuildClientSchema final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fullIntrospection_readsTypesFieldsAndArguments() {
        const ClientSchemaResult result = buildClientSchema(view(testData(QStringLiteral("rich-full.json"))));
        QVERIFY2(result.schema, result.error.c_str());
        const Schema &schema = *result.schema;
        QCOMPARE(q(schema.queryTypeName()), QStringLiteral("Query"));
        QCOMPARE(q(schema.mutationTypeName()), QStringLiteral("Mutation"));
        QVERIFY(schema.subscriptionTypeName().empty());
        const Type *user = schema.type("User");
        QVERIFY(user);
        QCOMPARE(user->kind, TypeKind::Object);
        QCOMPARE(names(user->interfaces), (QStringList{QStringLiteral("Named"), QStringLiteral("Node")}));
        QCOMPARE(namesOf(user->fields).join(QLatin1Char(',')), QStringLiteral("id,name,login,email,friends,created"));
        const Field *friends = schema.field("User", "friends");
        QVERIFY(friends);
        QCOMPARE(q(friends->type.toString()), QStringLiteral("[User!]!"));
        QCOMPARE(namesOf(friends->args).join(QLatin1Char(',')), QStringLiteral("first,after,order,filter"));
        QCOMPARE(q(friends->arg("first")->defaultValue), QStringLiteral("10"));
        QCOMPARE(q(friends->arg("after")->defaultValue), QStringLiteral("<none>"));
        QCOMPARE(q(friends->arg("order")->defaultValue), QStringLiteral("ASC"));
        QCOMPARE(q(friends->arg("filter")->defaultValue), QStringLiteral("{role: ADMIN, tags: [\"a\", \"b\"]}"));
        QCOMPARE(q(schema.type("UserFilter")->inputField("nested")->type.toString()), QStringLiteral("[[Int]!]"));
        QCOMPARE(schema.type("Actor")->kind, TypeKind::Union);
        QCOMPARE(names(schema.type("Actor")->unionMembers),
                 (QStringList{QStringLiteral("User"), QStringLiteral("Bot")}));
        QCOMPARE(names(schema.type("Named")->interfaces), QStringList{QStringLiteral("Node")});
        QCOMPARE(namesOf(schema.type("Order")->enumValues).join(QLatin1Char(',')), QStringLiteral("ASC,DESC,RANDOM"));
        QVERIFY(schema.type("Node")->isAbstract());
        QVERIFY(schema.type("JSON") && schema.type("JSON")->kind == TypeKind::Scalar);
        QVERIFY(schema.warnings().empty());
    }

    void fullIntrospection_readsDeprecationEverywhere() {
        const ClientSchemaResult result = buildClientSchema(view(testData(QStringLiteral("rich-full.json"))));
        QVERIFY2(result.schema, result.error.c_str());
        const Schema &schema = *result.schema;
        QCOMPARE(q(schema.field("User", "login")->deprecationReason), QStringLiteral("Use `name`."));
        QCOMPARE(q(schema.field("User", "email")->deprecationReason), QStringLiteral("No longer supported"));
        QCOMPARE(q(schema.field("User", "id")->deprecationReason), QStringLiteral("<none>"));
        QCOMPARE(q(schema.type("Order")->enumValue("RANDOM")->deprecationReason), QStringLiteral("Not stable."));
        QCOMPARE(q(schema.type("Order")->enumValue("ASC")->deprecationReason), QStringLiteral("<none>"));
        QCOMPARE(q(schema.type("UserFilter")->inputField("legacy")->deprecationReason), QStringLiteral("Ignored."));
        QCOMPARE(q(schema.field("Query", "actors")->arg("oldLimit")->deprecationReason), QStringLiteral("Use limit."));
        QCOMPARE(q(schema.directive("cached")->arg("scope")->deprecationReason), QStringLiteral("No longer supported"));
    }

    void fullIntrospection_readsSpecifiedByUrlRepeatableAndDescriptions() {
        const ClientSchemaResult result = buildClientSchema(view(testData(QStringLiteral("rich-full.json"))));
        QVERIFY2(result.schema, result.error.c_str());
        const Schema &schema = *result.schema;
        QCOMPARE(q(schema.type("DateTime")->specifiedByURL), QStringLiteral("https://tools.ietf.org/html/rfc3339"));
        QCOMPARE(q(schema.type("JSON")->specifiedByURL), QStringLiteral("<none>"));
        const Directive *cached = schema.directive("cached");
        QVERIFY(cached);
        QVERIFY(cached->isRepeatable);
        QCOMPARE(names(cached->locations), (QStringList{QStringLiteral("FIELD_DEFINITION"), QStringLiteral("OBJECT")}));
        QCOMPARE(q(cached->arg("ttl")->defaultValue), QStringLiteral("60"));
        QCOMPARE(q(cached->description), QStringLiteral("Marks a field as cached."));
        QVERIFY(!schema.directive("tag")->isRepeatable);
        QCOMPARE(q(schema.description()), QStringLiteral("The rich test schema."));
        QCOMPARE(q(schema.type("User")->description), QStringLiteral("A person.\nSecond line."));
        QCOMPARE(q(schema.type("Order")->enumValue("DESC")->description), QStringLiteral("Newest first."));
        QCOMPARE(q(schema.field("User", "login")->description), QStringLiteral("Old login."));
    }

    void directives_areExactlyThoseListed() {
        const QByteArray json = testData(QStringLiteral("rich-full.json"));
        const ClientSchemaResult result = buildClientSchema(view(json));
        QVERIFY2(result.schema, result.error.c_str());
        // In the result's order (graphql-js's buildSchema put the SDL's own before the specified ones).
        QCOMPARE(namesOf(result.schema->directives()).join(QLatin1Char(',')),
                 QStringLiteral("cached,tag,include,skip,deprecated,specifiedBy,oneOf"));
        const ClientSchemaResult none = buildClientSchema(view(schemaWithField(R"({"kind":"SCALAR","name":"Int"})")));
        QVERIFY2(none.schema, none.error.c_str());
        QVERIFY(none.schema->directives().empty());
    }

    void defaultIntrospection_lacksWhatTheQueryDidNotAskFor() {
        const ClientSchemaResult result = buildClientSchema(view(testData(QStringLiteral("rich-default.json"))));
        QVERIFY2(result.schema, result.error.c_str());
        const Schema &schema = *result.schema;
        QVERIFY(!schema.directive("cached")->isRepeatable);
        QCOMPARE(q(schema.type("DateTime")->specifiedByURL), QStringLiteral("<none>"));
        QCOMPARE(q(schema.description()), QStringLiteral("<none>"));
        // Without input-value deprecation the server leaves deprecated arguments and input fields out.
        QVERIFY(!schema.field("Query", "actors")->arg("oldLimit"));
        QVERIFY(!schema.type("UserFilter")->inputField("legacy"));
        QCOMPARE(q(schema.field("User", "login")->deprecationReason), QStringLiteral("Use `name`."));
        QCOMPARE(q(schema.type("User")->description), QStringLiteral("A person.\nSecond line."));
        QVERIFY(schema.warnings().empty());
    }

    void noDescriptions_leavesEveryDescriptionAbsent() {
        const ClientSchemaResult result = buildClientSchema(view(testData(QStringLiteral("rich-nodescriptions.json"))));
        QVERIFY2(result.schema, result.error.c_str());
        const Schema &schema = *result.schema;
        QCOMPARE(q(schema.type("User")->description), QStringLiteral("<none>"));
        QCOMPARE(q(schema.field("User", "login")->description), QStringLiteral("<none>"));
        QCOMPARE(q(schema.directive("cached")->description), QStringLiteral("<none>"));
        QCOMPARE(q(schema.type("Order")->enumValue("DESC")->description), QStringLiteral("<none>"));
        QCOMPARE(schema.field("User", "friends")->args.size(), std::size_t(4));
    }

    void bareSchemaObject_isAccepted() {
        const ClientSchemaResult result = buildClientSchema(view(schemaWithField(R"({"kind":"SCALAR","name":"Int"})")));
        QVERIFY2(result.schema, result.error.c_str());
        QCOMPARE(q(result.schema->field("Query", "a")->type.toString()), QStringLiteral("Int"));
        QVERIFY2(result.schema->warnings().empty(), qPrintable(warningsText(*result.schema)));
    }

    void danglingTypeReference_isAWarningNotARefusal() {
        const ClientSchemaResult result =
            buildClientSchema(view(schemaWithField(R"({"kind":"OBJECT","name":"Missing"})")));
        QVERIFY2(result.schema, result.error.c_str());
        QVERIFY(result.schema->field("Query", "a"));
        QVERIFY2(warningsText(*result.schema).contains(QStringLiteral("Missing")),
                 qPrintable(warningsText(*result.schema)));
    }

    void duplicateFieldsAndTypes_areWarningsAndTheLastWinsInTheFirstPlace() {
        const QByteArray json = R"({"__schema":{"queryType":{"name":"Query"},"types":[)"
                                R"({"kind":"OBJECT","name":"Query","interfaces":[],"fields":[)"
                                R"({"name":"a","args":[],"type":{"kind":"SCALAR","name":"Int"}},)"
                                R"({"name":"a","args":[],"type":{"kind":"SCALAR","name":"String"}}]},)"
                                R"({"kind":"ENUM","name":"E","enumValues":[{"name":"X"}]},)"
                                R"({"kind":"ENUM","name":"E","enumValues":[{"name":"Y"}]}],"directives":[]}})";
        const ClientSchemaResult result = buildClientSchema(view(json));
        QVERIFY2(result.schema, result.error.c_str());
        QCOMPARE(result.schema->type("Query")->fields.size(), std::size_t(1));
        // graphql-js keeps the later definition (keyValMap / its type map) at the first one's position.
        QCOMPARE(q(result.schema->field("Query", "a")->type.toString()), QStringLiteral("String"));
        QCOMPARE(namesOf(result.schema->type("E")->enumValues), QStringList{QStringLiteral("Y")});
        const QString warnings = warningsText(*result.schema);
        QVERIFY2(warnings.contains(QStringLiteral("\"a\"")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("E")), qPrintable(warnings));
    }

    void inputTypeAsOutputAndOutputAsInput_areWarnings() {
        const QByteArray json =
            R"({"__schema":{"queryType":{"name":"Query"},"types":[)"
            R"({"kind":"OBJECT","name":"Query","interfaces":[],"fields":[{"name":"a","type":{"kind":"INPUT_OBJECT","name":"In"},)"
            R"("args":[{"name":"x","type":{"kind":"OBJECT","name":"Query"}}]}]},)"
            R"({"kind":"INPUT_OBJECT","name":"In","inputFields":[{"name":"i","type":{"kind":"SCALAR","name":"Int"}}]}],)"
            R"("directives":[]}})";
        const ClientSchemaResult result = buildClientSchema(view(json));
        QVERIFY2(result.schema, result.error.c_str());
        QVERIFY(result.schema->field("Query", "a"));
        const QString warnings = warningsText(*result.schema);
        QVERIFY2(warnings.contains(QStringLiteral("Query.a has the input type In")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("\"x\" of type Query, which is not an input type")),
                 qPrintable(warnings));
    }

    void malformedTypeReference_skipsTheFieldWithAWarning() {
        const ClientSchemaResult result =
            buildClientSchema(view(schemaWithField(R"({"kind":"LIST","name":null,"ofType":null})")));
        QVERIFY2(result.schema, result.error.c_str());
        QVERIFY(!result.schema->field("Query", "a"));
        QVERIFY2(warningsText(*result.schema).contains(QStringLiteral("Query")),
                 qPrintable(warningsText(*result.schema)));
    }

    void printSchema_ofClientSchema_equalsGraphqlJs_data() {
        QTest::addColumn<QString>("variant");
        QTest::newRow("full") << QStringLiteral("full");
        QTest::newRow("default options") << QStringLiteral("default");
        QTest::newRow("no descriptions") << QStringLiteral("nodescriptions");
        QTest::newRow("non-canonical default values") << QStringLiteral("odddefaults");
    }

    void printSchema_ofClientSchema_equalsGraphqlJs() {
        QFETCH(QString, variant);
        const ClientSchemaResult result =
            buildClientSchema(view(testData(QStringLiteral("rich-") + variant + QStringLiteral(".json"))));
        QVERIFY2(result.schema, result.error.c_str());
        // graphql-js's printSchema output had one newline appended when it was written to the file.
        const QByteArray expected = testData(QStringLiteral("rich-") + variant + QStringLiteral(".printed.graphql"));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(q(printSchema(*result.schema) + "\n"), QString::fromUtf8(expected));
    }

    void unusableInput_isAnErrorInPlainWords_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not JSON") << QByteArray("type Query { a: Int }") << QStringLiteral("not valid JSON");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
        QTest::newRow("no __schema") << QByteArray(R"({"data":{"user":null}})") << QStringLiteral("__schema");
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("__schema");
        QTest::newRow("error response") << QByteArray(R"({"errors":[{"message":"Introspection is disabled"}]})")
                                        << QStringLiteral("Introspection is disabled");
        QTest::newRow("__schema not an object")
            << QByteArray(R"({"__schema":true})") << QStringLiteral("not an object");
        QTest::newRow("no types") << QByteArray(R"({"__schema":{"queryType":{"name":"Query"}}})")
                                  << QStringLiteral("types");
    }

    void unusableInput_isAnErrorInPlainWords() {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const ClientSchemaResult result = buildClientSchema(view(json));
        QVERIFY(!result.schema);
        QVERIFY2(q(result.error).contains(mentions), result.error.c_str());
    }
};

QTEST_GUILESS_MAIN(TestBuildClientSchema)
#include "tst_buildclientschema.moc"

#include "graphql/introspectionquery.h"

#include <QTest>

#include <string>

using namespace altrata::graphql;

namespace {

// Pasted from graphql-js 16.15.0 (tests/conformance/node_modules), printed by
//   import {getIntrospectionQuery} from 'graphql';
//   console.log(getIntrospectionQuery(options));
// for the options in each comment. Trailing spaces on the "empty" lines are part of graphql-js's text.
// node: getIntrospectionQuery({})
const char *const defaultsQuery = R"(
    query IntrospectionQuery {
      __schema {
        
        queryType { name kind }
        mutationType { name kind }
        subscriptionType { name kind }
        types {
          ...FullType
        }
        directives {
          name
          description
          
          
          
          locations
          args {
            ...InputValue
          }
        }
      }
    }

    fragment FullType on __Type {
      kind
      name
      description
      
      
      fields(includeDeprecated: true) {
        name
        description
        args {
          ...InputValue
        }
        type {
          ...TypeRef
        }
        isDeprecated
        deprecationReason
      }
      inputFields {
        ...InputValue
      }
      interfaces {
        ...TypeRef
      }
      enumValues(includeDeprecated: true) {
        name
        description
        isDeprecated
        deprecationReason
      }
      possibleTypes {
        ...TypeRef
      }
    }

    fragment InputValue on __InputValue {
      name
      description
      type { ...TypeRef }
      defaultValue
      
      
    }

    fragment TypeRef on __Type {
      kind
      name
      ofType {
        name
        kind
        ofType {
          name
          kind
          ofType {
            name
            kind
            ofType {
              name
              kind
              ofType {
                name
                kind
                ofType {
                  name
                  kind
                  ofType {
                    name
                    kind
                    ofType {
                      name
                      kind
                      ofType {
                        name
                        kind
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  )";
// node:
// getIntrospectionQuery({"specifiedByUrl":true,"directiveIsRepeatable":true,"schemaDescription":true,"inputValueDeprecation":true})
const char *const fullQuery = R"(
    query IntrospectionQuery {
      __schema {
        description
        queryType { name kind }
        mutationType { name kind }
        subscriptionType { name kind }
        types {
          ...FullType
        }
        directives {
          name
          description
          isRepeatable
          
          
          locations
          args(includeDeprecated: true) {
            ...InputValue
          }
        }
      }
    }

    fragment FullType on __Type {
      kind
      name
      description
      specifiedByURL
      
      fields(includeDeprecated: true) {
        name
        description
        args(includeDeprecated: true) {
          ...InputValue
        }
        type {
          ...TypeRef
        }
        isDeprecated
        deprecationReason
      }
      inputFields(includeDeprecated: true) {
        ...InputValue
      }
      interfaces {
        ...TypeRef
      }
      enumValues(includeDeprecated: true) {
        name
        description
        isDeprecated
        deprecationReason
      }
      possibleTypes {
        ...TypeRef
      }
    }

    fragment InputValue on __InputValue {
      name
      description
      type { ...TypeRef }
      defaultValue
      isDeprecated
      deprecationReason
    }

    fragment TypeRef on __Type {
      kind
      name
      ofType {
        name
        kind
        ofType {
          name
          kind
          ofType {
            name
            kind
            ofType {
              name
              kind
              ofType {
                name
                kind
                ofType {
                  name
                  kind
                  ofType {
                    name
                    kind
                    ofType {
                      name
                      kind
                      ofType {
                        name
                        kind
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  )";
// node:
// getIntrospectionQuery({"descriptions":false,"schemaDescription":true,"typeDepth":2,"oneOf":true,"experimentalDirectiveDeprecation":true})
const char *const noDescriptionsDepth2Query = R"(
    query IntrospectionQuery {
      __schema {
        
        queryType { name kind }
        mutationType { name kind }
        subscriptionType { name kind }
        types {
          ...FullType
        }
        directives(includeDeprecated: true) {
          name
          
          
          isDeprecated
          deprecationReason
          locations
          args {
            ...InputValue
          }
        }
      }
    }

    fragment FullType on __Type {
      kind
      name
      
      
      isOneOf
      fields(includeDeprecated: true) {
        name
        
        args {
          ...InputValue
        }
        type {
          ...TypeRef
        }
        isDeprecated
        deprecationReason
      }
      inputFields {
        ...InputValue
      }
      interfaces {
        ...TypeRef
      }
      enumValues(includeDeprecated: true) {
        name
        
        isDeprecated
        deprecationReason
      }
      possibleTypes {
        ...TypeRef
      }
    }

    fragment InputValue on __InputValue {
      name
      
      type { ...TypeRef }
      defaultValue
      
      
    }

    fragment TypeRef on __Type {
      kind
      name
      ofType {
        name
        kind
        ofType {
          name
          kind
        }
      }
    }
  )";

} // namespace

class TestIntrospectionQuery final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void introspectionQuery_defaultOptions_equalsGraphqlJs() {
        QCOMPARE(introspectionQuery(), std::string(defaultsQuery));
    }

    void introspectionQuery_fullOptions_equalsGraphqlJs() {
        QCOMPARE(introspectionQuery(fullIntrospectionOptions()), std::string(fullQuery));
    }

    void introspectionQuery_noDescriptionsShallowTypeRef_equalsGraphqlJs() {
        IntrospectionOptions options;
        options.descriptions = false;
        options.schemaDescription = true; // graphql-js asks for it only together with descriptions
        options.typeDepth = 2;
        options.oneOf = true;
        options.experimentalDirectiveDeprecation = true;
        QCOMPARE(introspectionQuery(options), std::string(noDescriptionsDepth2Query));
    }

    void introspectionQuery_reducedFull_equalsGraphqlJsDefaults() {
        const std::string reduced = introspectionQuery(reducedIntrospectionOptions(fullIntrospectionOptions()));
        QCOMPARE(reduced, std::string(defaultsQuery));
        QVERIFY(reduced.find("isRepeatable") == std::string::npos);
        QVERIFY(reduced.find("specifiedByURL") == std::string::npos);
        QVERIFY(std::string(fullQuery).find("isRepeatable") != std::string::npos);
        QVERIFY(std::string(fullQuery).find("specifiedByURL") != std::string::npos);
    }

    void shouldRetryWithReducedQuery_data() {
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<bool>("retry");
        // ` stands for an escaped quote inside a JSON string: moc misreads raw strings that hold one.
        const auto json = [](const char *text) { return QByteArray(text).replace('`', "\\\""); };
        const auto error = [&](const char *message) {
            return QByteArray("{\"errors\":[{\"message\":\"") + json(message) +
                   "\",\"locations\":[{\"line\":1,\"column\":2}]}]}";
        };
        QTest::newRow("isRepeatable") << error("Cannot query field `isRepeatable` on type `__Directive`.") << true;
        QTest::newRow("specifiedByURL")
            << error("Cannot query field `specifiedByURL` on type `__Type`. Did you mean `specifiedByUrl`?") << true;
        QTest::newRow("specifiedByUrl (pre-2021 spelling)")
            << error("Cannot query field `specifiedByUrl` on type `__Type`.") << true;
        QTest::newRow("input value deprecation")
            << error("Unknown argument `includeDeprecated` on field `__Type.inputFields`.") << true;
        QTest::newRow("input value isDeprecated")
            << error("Cannot query field `isDeprecated` on type `__InputValue`.") << true;
        QTest::newRow("second of several errors")
            << json(R"({"errors":[{"message":"Something else"},)"
                    R"({"message":"Cannot query field `isRepeatable` on type `__Directive`."}]})")
            << true;
        QTest::newRow("unrelated error") << error("Introspection is disabled") << false;
        QTest::newRow("unknown field elsewhere") << error("Cannot query field `foo` on type `Query`.") << false;
        QTest::newRow("success")
            << json(R"({"data":{"__schema":{"queryType":{"name":"Query"},"types":[],"directives":[]}}})") << false;
        QTest::newRow("data with the error")
            << json(R"({"data":{"__schema":{"types":[]}},"errors":[{"message":"`isRepeatable` is slow"}]})") << false;
        QTest::newRow("not JSON") << QByteArray("<html>Cannot query field \"isRepeatable\"</html>") << false;
        QTest::newRow("errors not a list") << json(R"({"errors":"isRepeatable"})") << false;
        QTest::newRow("empty") << QByteArray() << false;
    }

    void shouldRetryWithReducedQuery() {
        QFETCH(QByteArray, response);
        QFETCH(bool, retry);
        QCOMPARE(altrata::graphql::shouldRetryWithReducedQuery(
                     std::string_view(response.constData(), static_cast<std::size_t>(response.size()))),
                 retry);
    }
};

QTEST_GUILESS_MAIN(TestIntrospectionQuery)
#include "tst_introspectionquery.moc"

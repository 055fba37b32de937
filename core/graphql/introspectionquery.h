#pragma once

#include <string>
#include <string_view>

// The introspection query the client sends to learn a server's schema. The text is byte-identical
// to graphql-js 16 getIntrospectionQuery() for the same options, so servers and caches that
// recognise graphql-js's query see exactly that query.
namespace altrata::graphql {

// Same names and defaults as graphql-js 16.15's IntrospectionOptions.
struct IntrospectionOptions {
    bool descriptions = true;
    bool specifiedByUrl = false;
    bool directiveIsRepeatable = false;
    bool schemaDescription = false;
    bool inputValueDeprecation = false;
    bool experimentalDirectiveDeprecation = false;
    bool oneOf = false;
    int typeDepth = 9; // nesting of ofType in the TypeRef fragment; clamped to 0..100
};

// Every option on: what a current (October 2021 spec) server answers. This is what the client sends first.
IntrospectionOptions fullIntrospectionOptions();

// `options` without the fields older servers reject (isRepeatable, specifiedByURL, includeDeprecated
// on arguments and input fields, __Schema.description, isOneOf, directive deprecation). Reducing
// the full options gives graphql-js's default options.
IntrospectionOptions reducedIntrospectionOptions(IntrospectionOptions options);

// graphql-js getIntrospectionQuery(options), byte for byte.
std::string introspectionQuery(const IntrospectionOptions &options = {});

// Whether a server's response to an introspection query says it does not know one of the fields
// the reduced query leaves out (e.g. `Cannot query field "isRepeatable" on type "__Directive".`),
// so sending the reduced query is worth a try. `response` is the HTTP body (GraphQL JSON response);
// false for anything else, including responses that carry data.
bool shouldRetryWithReducedQuery(std::string_view response);

} // namespace altrata::graphql

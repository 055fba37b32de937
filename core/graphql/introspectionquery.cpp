#include "introspectionquery.h"

#include <simdjson.h>

#include <algorithm>
#include <array>

namespace altrata::graphql {

namespace {

// graphql-js's template, with each interpolation written as $name$. The blank-looking lines keep
// their indentation when a slot is empty, exactly as graphql-js's template literal does.
constexpr std::string_view queryTemplate = R"(
    query IntrospectionQuery {
      __schema {
        $schemaDescription$
        queryType { name kind }
        mutationType { name kind }
        subscriptionType { name kind }
        types {
          ...FullType
        }
        directives$directiveIncludeDeprecated$ {
          name
          $descriptions$
          $directiveIsRepeatable$
          $directiveIsDeprecated$
          $directiveDeprecationReason$
          locations
          args$inputIncludeDeprecated$ {
            ...InputValue
          }
        }
      }
    }

    fragment FullType on __Type {
      kind
      name
      $descriptions$
      $specifiedByUrl$
      $oneOf$
      fields(includeDeprecated: true) {
        name
        $descriptions$
        args$inputIncludeDeprecated$ {
          ...InputValue
        }
        type {
          ...TypeRef
        }
        isDeprecated
        deprecationReason
      }
      inputFields$inputIncludeDeprecated$ {
        ...InputValue
      }
      interfaces {
        ...TypeRef
      }
      enumValues(includeDeprecated: true) {
        name
        $descriptions$
        isDeprecated
        deprecationReason
      }
      possibleTypes {
        ...TypeRef
      }
    }

    fragment InputValue on __InputValue {
      name
      $descriptions$
      type { ...TypeRef }
      defaultValue
      $inputIsDeprecated$
      $inputDeprecationReason$
    }

    fragment TypeRef on __Type {
      kind
      name$ofType$
    }
  )";

std::string ofTypeChain(int levels) {
    std::string out;
    std::string indent = "      ";
    for (int level = 0; level < levels; ++level) {
        out += '\n' + indent + "ofType {\n" + indent + "  name\n" + indent + "  kind";
        indent += "  ";
    }
    for (int level = levels; level > 0; --level) {
        indent.resize(indent.size() - 2);
        out += '\n' + indent + '}';
    }
    return out;
}

std::string slotValue(std::string_view name, const IntrospectionOptions &o) {
    const auto when = [](bool on, const char *text) { return std::string(on ? text : ""); };
    if (name == "descriptions")
        return when(o.descriptions, "description");
    if (name == "schemaDescription")
        return when(o.schemaDescription && o.descriptions, "description");
    if (name == "specifiedByUrl")
        return when(o.specifiedByUrl, "specifiedByURL");
    if (name == "directiveIsRepeatable")
        return when(o.directiveIsRepeatable, "isRepeatable");
    if (name == "oneOf")
        return when(o.oneOf, "isOneOf");
    if (name == "inputIncludeDeprecated")
        return when(o.inputValueDeprecation, "(includeDeprecated: true)");
    if (name == "inputIsDeprecated")
        return when(o.inputValueDeprecation, "isDeprecated");
    if (name == "inputDeprecationReason")
        return when(o.inputValueDeprecation, "deprecationReason");
    if (name == "directiveIncludeDeprecated")
        return when(o.experimentalDirectiveDeprecation, "(includeDeprecated: true)");
    if (name == "directiveIsDeprecated")
        return when(o.experimentalDirectiveDeprecation, "isDeprecated");
    if (name == "directiveDeprecationReason")
        return when(o.experimentalDirectiveDeprecation, "deprecationReason");
    return ofTypeChain(std::clamp(o.typeDepth, 0, 100)); // "ofType"
}

} // namespace

IntrospectionOptions fullIntrospectionOptions() {
    IntrospectionOptions options;
    options.specifiedByUrl = true;
    options.directiveIsRepeatable = true;
    options.schemaDescription = true;
    options.inputValueDeprecation = true;
    return options;
}

IntrospectionOptions reducedIntrospectionOptions(IntrospectionOptions options) {
    options.specifiedByUrl = false;
    options.directiveIsRepeatable = false;
    options.schemaDescription = false;
    options.inputValueDeprecation = false;
    options.experimentalDirectiveDeprecation = false;
    options.oneOf = false;
    return options;
}

std::string introspectionQuery(const IntrospectionOptions &options) {
    std::string out;
    out.reserve(queryTemplate.size() + 512);
    std::size_t pos = 0;
    while (pos < queryTemplate.size()) {
        const std::size_t open = queryTemplate.find('$', pos);
        if (open == std::string_view::npos) {
            out += queryTemplate.substr(pos);
            break;
        }
        const std::size_t close = queryTemplate.find('$', open + 1);
        out += queryTemplate.substr(pos, open - pos);
        out += slotValue(queryTemplate.substr(open + 1, close - open - 1), options);
        pos = close + 1;
    }
    return out;
}

namespace {

// Field names (as they appear quoted in "Cannot query field" / "Unknown argument" messages) that only
// the full query asks for.
constexpr std::array<std::string_view, 7> newerFields = {
    "\"isRepeatable\"", "\"specifiedByURL\"", "\"specifiedByUrl\"", "\"includeDeprecated\"",
    "\"isOneOf\"",      "\"__InputValue\"",   "\"__Schema\"",
};

bool mentionsNewerField(std::string_view message) {
    return std::any_of(newerFields.begin(), newerFields.end(),
                       [&](std::string_view field) { return message.find(field) != std::string_view::npos; });
}

} // namespace

bool shouldRetryWithReducedQuery(std::string_view response) {
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    if (parser.parse(simdjson::padded_string(response)).get(root) != simdjson::SUCCESS)
        return false;
    simdjson::dom::element schema;
    if (root.at_pointer("/data/__schema").get(schema) == simdjson::SUCCESS && !schema.is_null())
        return false;
    simdjson::dom::array errors;
    if (root["errors"].get_array().get(errors) != simdjson::SUCCESS)
        return false;
    for (simdjson::dom::element error : errors) {
        std::string_view message;
        if (error["message"].get_string().get(message) == simdjson::SUCCESS && mentionsNewerField(message))
            return true;
    }
    return false;
}

} // namespace altrata::graphql

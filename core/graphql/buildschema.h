#pragma once

#include "ast.h"
#include "schema.h"
#include "syntaxerror.h"

#include <string>
#include <vector>

namespace altrata::graphql {

// graphql-js buildASTSchema() with assumeValidSDL: every definition and extension of the document is
// applied; problems (duplicate types or fields, unknown types, extensions of undefined types) become
// Schema::warnings() instead of a refusal. Default values are kept as printed literal text.
Schema buildASTSchema(const Document &document);

struct BuildSchemaResult {
    Schema schema;
    // Syntax errors of the SDL; with errors the schema holds what parsed (recovery).
    std::vector<SyntaxError> errors;
    bool ok() const noexcept { return errors.empty(); }
};

// graphql-js buildSchema(): parse + buildASTSchema.
BuildSchemaResult buildSchema(std::string sdl);

// The lower layer: adds the document's definitions and extensions to `builder` (types, directives,
// schema definition) without building. The introspection builder and the built-ins use it too.
void addSdlDefinitions(SchemaBuilder &builder, const Document &document);

} // namespace altrata::graphql

#pragma once

#include "ast.h"
#include "sourcelocation.h"
#include "syntaxerror.h"

#include <cstddef>
#include <string>
#include <vector>

namespace altrata::graphql {

struct ParseOptions {
    // After an error, skip to the next top-level definition and keep parsing (the editor wants every
    // error and a partial tree). Off: stop at the first error, like graphql-js.
    bool recover = true;
    // Upper bound on recorded errors when recovering (a garbage file must not produce millions).
    std::size_t maxErrors = 100;
    // graphql-js's option of the same name: `directive @d @onDirective on FIELD`.
    bool experimentalDirectivesOnDirectiveDefinitions = false;
    // Deepest nesting of selection sets, list/object values and list types. The parser (and every
    // walker of its tree) recurses, so a bound keeps a hostile document from overflowing the stack;
    // graphql-js itself runs out of stack at about 3,000 levels.
    std::size_t maxNestingDepth = 2000;
};

struct ParseResult {
    // All definitions that parsed completely; on errors a partial document (definitions that
    // failed are left out here; see partialDefinitions).
    Document document;
    // errors.front() is exactly what graphql-js's parse() throws; later ones come from recovery.
    std::vector<SyntaxError> errors;
    // Definitions cut short by an error, in document order, for the editor (outline, completion, the
    // operation being typed): each holds what was parsed before its error and ends at the last token
    // consumed; nodes are marked `partial` where cut short. They live in `document`'s arena but are
    // never in document.definitions(), so printing, JSON and validation only see complete ones.
    std::vector<const DefinitionNode *> partialDefinitions;

    bool ok() const noexcept { return errors.empty(); }
};

// graphql-js parse(): a whole document.
ParseResult parse(std::string source, ParseOptions options = {});

// graphql-js parseValue() / parseConstValue() / parseType(): one literal or type reference that
// makes up the whole source. `node` is null on error; it lives in `document`'s arena, and
// document.definitions() is empty.
struct ValueParseResult {
    Document document;
    const ValueNode *node = nullptr;
    std::vector<SyntaxError> errors;
};
struct TypeParseResult {
    Document document;
    const TypeNode *node = nullptr;
    std::vector<SyntaxError> errors;
};
ValueParseResult parseValue(std::string source);
ValueParseResult parseConstValue(std::string source);
TypeParseResult parseType(std::string source);

} // namespace altrata::graphql

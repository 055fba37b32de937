#pragma once

#include "ast.h"
#include "parser.h"
#include "sourcelocation.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// Read-only questions the UI asks about a parsed executable document: which operations it holds,
// which one the cursor is in, and what to send when running one of them. Everything works on the
// partial Document a recovering parse returns (definitions that failed to parse are absent from it;
// the ParseResult overloads also look at ParseResult::partialDefinitions).
namespace altrata::graphql {

struct VariableInfo {
    std::string name;                        // without the '$'
    std::string type;                        // printed like graphql-js: "[ID!]!"
    std::optional<std::string> defaultValue; // printed like graphql-js: "{a: [1, 2]}"; none without '='
};

struct OperationInfo {
    const OperationDefinitionNode *node = nullptr;
    std::string name; // empty for an anonymous operation (also the `{ ... }` shorthand)
    OperationType type = OperationType::Query;
    SourceLocation start;  // first byte of the operation
    std::uint32_t end = 0; // one past its last byte
    std::vector<VariableInfo> variables;
};

// Every operation in document order.
std::vector<OperationInfo> operations(const Document &document);

// The operation whose text contains the byte offset `cursor` (start <= cursor <= end, so a cursor
// right after the closing brace still belongs to it), or nullptr between or outside operations.
const OperationDefinitionNode *operationAt(const Document &document, std::uint32_t cursor);

// Like the above, and also finds the operation being typed: a partial operation (from
// result.partialDefinitions, cut short by a syntax error) contains the cursor from its start up to
// where the next definition starts (or the end of the source), since the text after its last parsed
// token is still the user's unfinished operation. The result may be a partial node.
const OperationDefinitionNode *operationAt(const ParseResult &result, std::uint32_t cursor);

struct FragmentClosure {
    // The fragment definitions the operation uses directly or through other fragments, each once,
    // in document order. With duplicate names the first definition is the one used.
    std::vector<const FragmentDefinitionNode *> fragments;
    // Names spread somewhere in the closure without a definition, each once, in order of discovery.
    std::vector<std::string> unknownFragments;
};

// Fragment dependency closure of one operation; cycles (`fragment A { ...B } fragment B { ...A }`)
// end the walk instead of looping.
FragmentClosure fragmentClosure(const Document &document, const OperationDefinitionNode &operation);

struct OperationText {
    std::string text; // what graphql-js print() gives for a document of exactly these definitions
    std::vector<std::string> unknownFragments; // as in FragmentClosure; the text cannot resolve them
};

// The document to send when running `operation`: the operation followed by only the fragments it
// uses (document order), printed.
OperationText operationText(const Document &document, const OperationDefinitionNode &operation);

} // namespace altrata::graphql

#pragma once

#include "ast.h"

#include <string>

namespace altrata::graphql {

// graphql-js 16 print(): the output is byte-for-byte what graphql-js prints for the same AST
// (indentation, blank lines between definitions, argument lists longer than 80 characters one per
// line, block strings, descriptions). Any node can be printed, not only a whole document.
std::string print(const Document &document);
std::string print(const Node &node);

// The document on one line without ignored characters, except the single spaces that keep tokens
// apart. It parses to the same AST, and equals graphql-js's stripIgnoredCharacters(print(ast)).
std::string minify(const Document &document);
std::string minify(const Node &node);

// Appending forms of the above, for callers that build a larger buffer.
void printTo(std::string &out, const Node &node);
void minifyTo(std::string &out, const Node &node);

} // namespace altrata::graphql

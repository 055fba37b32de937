#pragma once

#include <string>
#include <string_view>

namespace altrata::graphql::fuzz {

// Runs the whole GraphQL language core over `input` (lexer, line lexer, parser with and without
// recovery, printer, minifier, JSON AST, document helpers) and checks the properties that must hold
// for every input:
//  - the parser stops at the same first error with and without recovery;
//  - a document that parses without errors prints to text that parses without errors and prints
//    identically, to the same AST (JSON), and so does its minified form.
// Returns an empty string when all hold, else a description of the first violation. Crashes,
// hangs and sanitizer reports are caught by whoever calls this (libFuzzer, tst_fuzzregressions).
std::string checkRoundTrip(std::string_view input);

} // namespace altrata::graphql::fuzz

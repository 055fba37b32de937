#pragma once

#include "graphql/parser.h"

#include <QString>

#include <optional>
#include <string>

namespace altrata::cli {

class Console;

// The GraphQL document `format` and `parse` work on: a file, or standard input for "-" or no file.
struct DocumentInput {
    QString displayName; // the path as given, or "<stdin>": the FILE of FILE:LINE:COLUMN messages
    std::string text;    // UTF-8, exactly as read
};

// Reads the document; on failure writes a plain sentence to stderr and returns nullopt.
std::optional<DocumentInput> readDocumentInput(const QString &file, const Console &console);

// Parses like graphql-js (stopping at the first error). On a syntax error writes
// "FILE:LINE:COLUMN: Syntax Error: ..." to stderr and returns nullopt.
std::optional<graphql::Document> parseDocumentInput(DocumentInput input, const Console &console);

} // namespace altrata::cli

#pragma once

#include <string>
#include <string_view>

namespace altrata::graphql::fuzz {

// Executes `input` against the fixed schema and data of executefixture.h and checks the response.
// Input layout: DOCUMENT [ "\n#variables\n" VARIABLES-JSON [ "\n#operation\n" OPERATION-NAME ] ].
// A document with syntax errors is not executed (a server refuses it before execute()). Properties
// checked beyond "no crash, no sanitizer report":
//  - execute() does not throw, and the response is valid JSON (UTF-8) holding only "errors" (a
//    non-empty array, first) and/or "data" (an object or null), at least one of them;
//  - every error has a string "message", optional "locations" ({line, column} >= 1 and within the
//    document), "path" (non-empty; strings and indexes) and "extensions" ({"code": string});
//  - no "data" means a request error: no error has a path; a document checkDocument() refuses gets
//    exactly its errors and no "data";
//  - every field error's path leads to a null in "data" (at the path or at an ancestor);
//  - executing the same request again gives the identical response.
// Documents whose estimated work is huge (fragments doubling per level over lists) are only parsed
// and checked, so that a slow but correct execution is not reported as a hang.
// Returns an empty string when all hold, else a description of the first violation.
std::string checkExecution(std::string_view input);

} // namespace altrata::graphql::fuzz

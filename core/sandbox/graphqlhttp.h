#pragma once

#include "httpanswer.h"
#include "sandboxservice.h"

#include "graphql/executor.h"

#include <QByteArray>

#include <optional>
#include <string>
#include <variant>

// GraphQL over HTTP (the GraphQL-over-HTTP specification, as graphql-http's server audits check it):
// reading the request parameters from a POST body or GET URL, choosing the response media type, and
// the status codes that go with each outcome. No sockets here: the server feeds it and writes out
// what comes back.
namespace altrata::sandbox::graphqlhttp {

enum class MediaType { GraphQLResponseJson, Json };

// "application/graphql-response+json; charset=utf-8" or "application/json; charset=utf-8".
QByteArray contentTypeOf(MediaType mediaType);
// The media type to answer in for an Accept header; nullopt when neither is acceptable (406). No
// header means application/json; a bare wildcard too (the spec's advice for legacy clients).
std::optional<MediaType> negotiate(const QByteArray &acceptHeader);

struct Params {
    std::string query;
    std::string operationName; // empty: the document's only operation
    graphql::ValueObject variables;
};
using ParamsOrAnswer = std::variant<Params, HttpAnswer>;

// A POST: Content-Type application/json (utf-8) and a JSON object body {query, operationName,
// variables, extensions}. Anything else is answered with a 4xx here.
ParamsOrAnswer paramsFromPost(const QByteArray &contentType, const QByteArray &body, MediaType mediaType);
// A GET: the same parameters URL-encoded in `encodedQuery` (the part after '?'), variables and
// extensions as JSON text.
ParamsOrAnswer paramsFromGet(const QByteArray &encodedQuery, MediaType mediaType);

// {"errors":[{"message": message}]} with `status`, in `mediaType`.
HttpAnswer requestError(int status, const QString &message, MediaType mediaType);

// Parses, checks and executes on `service`. A document that does not parse or validate, or whose
// variables do not coerce, is a request error: 400 for graphql-response+json, 200 for plain JSON.
// `viaGet`: only queries may run (a mutation is refused with 405, as GET must be safe).
HttpAnswer execute(SandboxService &service, const Params &params, MediaType mediaType, bool viaGet);

} // namespace altrata::sandbox::graphqlhttp

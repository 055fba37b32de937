#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace altrata::test {

// What a generated body holds (counted while writing it).
struct GraphQLBodyStats {
    qint64 bytes = 0;
    qint64 edges = 0;  // elements of data.personSearch.edges
    qint64 values = 0; // JSON values, containers and the root included
};

// Deterministic GraphQL-shaped response bodies of about `targetBytes` (within one edge, ~0.9 KB), for the results
// benchmarks and the large-response GUI test. Compact UTF-8 JSON, no whitespace, about 19 bytes per JSON value:
//   {"data":{"personSearch":{"edges":[{"cursor":"…","node":{"__typename":"Person","id":"P0000001", names with
//   Latin-extended/CJK/Cyrillic/Greek/Arabic text and emoji, a name with an escaped quote now and then, nulls,
//   ints, floats, bools, "tags":[…], "roles":[{title, dates, "organization":{…,"address":{…,"geo":{…}|null}}}…]
//   (1-2 roles), "organization":{…}}}…],"pageInfo":{…},"totalCount":N}}}
// Every person has at least one role, so data.personSearch.edges[k].node.roles[0].organization always exists.
// About 1,070 edges per MB (~936 bytes each): 100 MB has 106,862 edges (tests/bench/README.md lists every size).
// The same (targetBytes, seed) always gives the same bytes. The array is allocated with room for simdjson's
// padding, so ResultDocument::parse() takes it without a copy.
QByteArray generateGraphQLBody(qint64 targetBytes, quint32 seed = 1, GraphQLBodyStats *stats = nullptr);

// The same bytes streamed to a file (never all in memory). False with *error set when the file cannot be written.
bool writeGraphQLBody(const QString &path, qint64 targetBytes, quint32 seed = 1, GraphQLBodyStats *stats = nullptr,
                      QString *error = nullptr);

// The "id" of the person in edge `edge` ("P0000042"): unique in the body, so a search for the last one finds
// a value near the end of the document.
QString generatedPersonId(qint64 edge);

} // namespace altrata::test

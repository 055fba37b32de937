#pragma once

#include "dataset.h"
#include "graphql/executor.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// Small building blocks the matching, relationships and events services share: turning dataset
// values into graphql::Values, reading arguments, stable hashes for ids, and offset pagination.
namespace altrata::sandbox::values {

// A union member: the object with "__typename" first, so the executor's default type resolution works.
graphql::Value typed(std::string typeName, graphql::ValueObject fields);
graphql::Value string(std::string_view text);
graphql::Value optionalString(const std::optional<std::string> &text);
// DateInformation {date, datePrecision, displayDate}.
graphql::Value dateInformation(const PartialDate &date);
graphql::Value optionalDateInformation(const std::optional<PartialDate> &date);

// The argument or input field `name`; nullptr when absent or null.
const graphql::Value *field(const graphql::ValueObject &object, std::string_view name);
const graphql::Value *field(const graphql::Value &object, std::string_view name);
// A string argument or field; empty when absent or null.
std::string text(const graphql::Value *value);

// FNV-1a: stable across runs and platforms (std::hash is neither). The default seed is what these
// services' ids were generated with; the Profile data uses FNV's own offset basis.
constexpr std::uint64_t fnvOffsetBasis = 0xCBF29CE484222325ULL;
std::uint64_t stableHash(std::string_view text, std::uint64_t seed = 1469598103934665603ULL);
// "<prefix>" + 12 lower-case hex digits derived from `key`.
std::string stableId(std::string_view prefix, std::string_view key);
// A uuid-like, deterministic correlation id (8-4-4-4-12 lower-case hex) derived from `key`.
std::string correlationId(std::string_view key);
// Lower-case, accents removed, punctuation as spaces, runs of spaces collapsed: "  Zoë O'Brien " -> "zoe o brien".
std::string normalizeName(std::string_view utf8);

// Offset pagination shared by relationships and events: PageInfoInput {pageSize, nextToken}.
struct Page {
    int offset = 0;
    int size = 10;
    std::string error; // non-empty when the input is unusable
};
inline constexpr int maxPageSize = 100;
Page readPage(const graphql::Value *pageInfoInput);
// PageInfo {pageSize, totalCount, hasNextPage, nextToken}.
graphql::Value pageInfo(const Page &page, std::int64_t totalCount);

} // namespace altrata::sandbox::values

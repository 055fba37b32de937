#pragma once

#include "profileresolvers.h"

#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

// Pagination, filters and argument checks of the Profile service's searches. Bad arguments throw
// graphql::FieldError with the BAD_USER_INPUT code.
namespace altrata::sandbox::profile {

inline constexpr std::size_t maxPageSize = 100000;
inline constexpr std::size_t maxBulkIds = 1000;

struct Page {
    std::size_t offset = 0;
    std::size_t limit = 25;
};

// Reads the `pagination` argument (offset or cursor, and limit).
Page parsePage(const graphql::ValueObject &args);
std::string encodeCursor(std::size_t offset);

// {totalCount, pageInfo, results}; the results stream from `matches`.
graphql::Value pageResult(Handle kind, std::shared_ptr<const std::vector<std::uint32_t>> matches, Page page);

// Throws unless `id` is `prefix` and 12 lower-case hex digits ("per_", "org_").
void checkId(std::string_view id, std::string_view prefix, std::string_view what);

// Indexes of the matches, in dataset order (stable for a seed).
std::vector<std::uint32_t> searchPeople(const ProfileData &data, const graphql::Value *filter);
std::vector<std::uint32_t> searchOrganizations(const ProfileData &data, const graphql::Value *filter);
std::vector<std::uint32_t> keywordPeople(const ProfileData &data, std::string_view keyword);
std::vector<std::uint32_t> keywordOrganizations(const ProfileData &data, std::string_view keyword);

} // namespace altrata::sandbox::profile

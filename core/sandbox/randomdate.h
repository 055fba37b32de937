#pragma once

#include "dataset.h"
#include "prng.h"

// A date in `year` that, like real data, is sometimes known only to the month or the year: of
// `outOf` draws, `day` give a full date and `month` a month; the rest only the year.
namespace altrata::sandbox {

struct PrecisionShares {
    int day = 0;
    int month = 0;
    int outOf = 100;
};

inline PartialDate randomDate(Prng &rng, int year, PrecisionShares shares) {
    PartialDate date;
    date.year = year;
    const auto roll = static_cast<int>(rng.below(static_cast<std::uint64_t>(shares.outOf)));
    date.precision = roll < shares.day                  ? DatePrecision::Day
                     : roll < shares.day + shares.month ? DatePrecision::Month
                                                        : DatePrecision::Year;
    date.month = date.precision == DatePrecision::Year ? 1 : rng.between(1, 12);
    date.day = date.precision == DatePrecision::Day ? rng.between(1, 28) : 1;
    return date;
}

} // namespace altrata::sandbox

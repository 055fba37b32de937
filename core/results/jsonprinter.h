#pragma once

#include "tapeview.h"

#include <QByteArray>

#include <string>
#include <vector>

namespace altrata::results::detail {

// Serializes the value at a tape position, resumably: next() prints at least `budget` bytes (or up to the end)
// and returns, keeping its place. Walks the tape linearly with an explicit stack of open containers, so any
// nesting depth simdjson accepted prints. Pretty output uses 2-space indentation like JSON.stringify(v, null, 2);
// strings are escaped by graphql::appendJsonString (the project's one JSON escaper); numbers keep their source
// text. The tape must outlive the printer.
class TapePrinter final {
public:
    TapePrinter(const TapeView &tape, std::uint64_t node, bool pretty);

    bool atEnd() const { return m_position >= m_end; }
    void next(QByteArray &out, qsizetype budget);
    int permille() const; // tape words printed, 0..1000

private:
    std::uint64_t step(std::uint64_t i); // prints what starts at i; returns the next position
    void appendValue(std::uint64_t i);
    void appendString(std::string_view text);
    void newline();

    TapeView m_tape;
    const bool m_pretty;
    const std::uint64_t m_begin;
    const std::uint64_t m_end;
    std::uint64_t m_position;
    std::string m_out;        // the block being made (appendJsonString writes std::string)
    std::vector<char> m_open; // kinds of the containers we are inside
    bool m_needComma = false;
    bool m_afterKey = false;
};

// The whole value at once: one TapePrinter run without a budget.
QByteArray printJson(const TapeView &tape, std::uint64_t node, bool pretty);

} // namespace altrata::results::detail

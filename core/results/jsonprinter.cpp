#include "jsonprinter.h"

#include "graphql/jsonwriter.h"

#include <algorithm>
#include <limits>
#include <string>

namespace altrata::results::detail {

TapePrinter::TapePrinter(const TapeView &tape, std::uint64_t node, bool pretty)
    : m_tape(tape)
    , m_pretty(pretty)
    , m_begin(node)
    , m_end(tape.after(node))
    , m_position(node) {}

void TapePrinter::next(QByteArray &out, qsizetype budget) {
    // Text is made in a std::string (cheaper to append to, and the escaper writes it directly) and moved to
    // `out` a block at a time, so a whole-document print never holds a second full copy.
    constexpr std::size_t kBlock = 1 << 20;
    budget = std::max<qsizetype>(budget, 1); // a budget below one byte would never move on
    std::uint64_t i = m_position;
    for (qsizetype made = 0; i < m_end && made < budget;) {
        const std::size_t want = std::min<std::size_t>(kBlock, std::size_t(budget - made));
        m_out.clear();
        while (i < m_end && m_out.size() < want)
            i = step(i);
        out.append(m_out.data(), qsizetype(m_out.size()));
        made += qsizetype(m_out.size());
    }
    m_position = i;
}

int TapePrinter::permille() const {
    const std::uint64_t all = m_end - m_begin;
    return all == 0 ? 1000 : int((m_position - m_begin) * 1000 / all);
}

std::uint64_t TapePrinter::step(std::uint64_t i) {
    std::string &out = m_out;
    const char type = m_tape.type(i);
    if (type == '}' || type == ']') { // only non-empty containers get here
        m_open.pop_back();
        newline();
        out += type;
        m_needComma = true;
        return i + 1;
    }
    if (!m_afterKey) {
        if (m_needComma)
            out += ',';
        if (!m_open.empty())
            newline();
    }
    if (!m_open.empty() && m_open.back() == '{' && !m_afterKey) { // a member name
        appendString(m_tape.string(i));
        out += m_pretty ? ": " : ":";
        m_afterKey = true;
        return i + 1;
    }
    m_afterKey = false;
    m_needComma = true;
    if (m_tape.isContainer(i) && m_tape.closeOf(i) != i + 1) {
        out += type;
        m_open.push_back(type);
        m_needComma = false;
        return i + 1;
    }
    appendValue(i);
    return m_tape.after(i);
}

void TapePrinter::appendValue(std::uint64_t i) {
    std::string &out = m_out;
    switch (m_tape.type(i)) {
    case '{':
        out += "{}"; // containers with children are opened by step()
        break;
    case '[':
        out += "[]";
        break;
    case '"':
        appendString(m_tape.string(i));
        break;
    case 't':
        out += "true";
        break;
    case 'f':
        out += "false";
        break;
    case 'n':
        out += "null";
        break;
    default: { // a number
        const std::string_view text = m_tape.numberText(i);
        out.append(text);
    }
    }
}

void TapePrinter::appendString(std::string_view text) {
    graphql::appendJsonString(m_out, text);
}

void TapePrinter::newline() {
    if (!m_pretty)
        return;
    m_out += '\n';
    m_out.append(m_open.size() * 2, ' ');
}

QByteArray printJson(const TapeView &tape, std::uint64_t node, bool pretty) {
    // Reserving an estimate (the node's share of the source; pretty text is about 2-3 times longer) saves the
    // copies of a growing array. An over-estimate costs nothing: pages never written are never committed.
    const std::uint64_t tapeSize = std::max<std::uint64_t>(tape.payload(0), 1); // the root word: tape length
    const double share = double(tape.after(node) - node) / double(tapeSize);
    QByteArray out;
    out.reserve(qsizetype(double(tape.sourceSize) * share * (pretty ? 3.0 : 1.1)) + 64);
    TapePrinter(tape, node, pretty).next(out, std::numeric_limits<qsizetype>::max());
    return out;
}

} // namespace altrata::results::detail

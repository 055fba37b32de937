#include "jsonprinter.h"

#include "graphql/jsonwriter.h"

#include <string>
#include <vector>

namespace altrata::results::detail {

namespace {

// One walk over the tape. Strings are escaped into a reused scratch buffer, so the output stays one
// QByteArray (a copy of a large std::string at the end would double the peak memory of "copy JSON").
class Printer {
public:
    Printer(const TapeView &tape, bool pretty)
        : m_tape(tape)
        , m_pretty(pretty) {}

    QByteArray print(std::uint64_t node) {
        const std::uint64_t end = m_tape.after(node);
        for (std::uint64_t i = node; i < end;)
            i = step(i);
        return std::move(m_out);
    }

private:
    // Prints what starts at tape position i; returns the next position to print.
    std::uint64_t step(std::uint64_t i) {
        const char type = m_tape.type(i);
        if (type == '}' || type == ']') { // only non-empty containers get here
            m_open.pop_back();
            newline();
            m_out += type;
            m_needComma = true;
            return i + 1;
        }
        if (!m_afterKey) {
            if (m_needComma)
                m_out += ',';
            if (!m_open.empty())
                newline();
        }
        if (!m_open.empty() && m_open.back() == '{' && !m_afterKey) { // a member name
            appendString(m_tape.string(i));
            m_out += m_pretty ? ": " : ":";
            m_afterKey = true;
            return i + 1;
        }
        m_afterKey = false;
        m_needComma = true;
        if (m_tape.isContainer(i) && m_tape.closeOf(i) != i + 1) {
            m_out += type;
            m_open.push_back(type);
            m_needComma = false;
            return i + 1;
        }
        appendValue(i);
        return m_tape.after(i);
    }

    void appendValue(std::uint64_t i) {
        switch (m_tape.type(i)) {
        case '{':
            m_out += "{}"; // containers with children are opened by step()
            break;
        case '[':
            m_out += "[]";
            break;
        case '"':
            appendString(m_tape.string(i));
            break;
        case 't':
            m_out += "true";
            break;
        case 'f':
            m_out += "false";
            break;
        case 'n':
            m_out += "null";
            break;
        default: { // a number
            const std::string_view text = m_tape.numberText(i);
            m_out.append(text.data(), qsizetype(text.size()));
        }
        }
    }

    void appendString(std::string_view text) {
        m_scratch.clear();
        graphql::appendJsonString(m_scratch, text);
        m_out.append(m_scratch.data(), qsizetype(m_scratch.size()));
    }

    void newline() {
        if (!m_pretty)
            return;
        m_out += '\n';
        m_out.append(qsizetype(m_open.size() * 2), ' ');
    }

    const TapeView &m_tape;
    const bool m_pretty;
    QByteArray m_out;
    std::string m_scratch;
    std::vector<char> m_open; // kinds of the containers we are inside
    bool m_needComma = false;
    bool m_afterKey = false;
};

} // namespace

QByteArray printJson(const TapeView &tape, std::uint64_t node, bool pretty) {
    return Printer(tape, pretty).print(node);
}

} // namespace altrata::results::detail

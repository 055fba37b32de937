#include "benchinputs.h"

#include <array>
#include <cstdint>
#include <string_view>

namespace altrata::graphql::bench {
namespace {

// A tiny fixed PRNG: std:: distributions differ between standard libraries, this does not.
class Rng {
public:
    explicit Rng(std::uint64_t seed)
        : m_state(seed) {}
    std::uint32_t next() {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 7;
        m_state ^= m_state << 17;
        return static_cast<std::uint32_t>(m_state >> 11);
    }
    std::size_t below(std::size_t n) { return next() % n; }
    bool chance(unsigned percent) { return below(100) < percent; }

private:
    std::uint64_t m_state;
};

constexpr std::array<std::string_view, 24> kNouns = {
    "Person",       "Organization", "Role",     "Board",    "Committee", "Membership",  "Employment", "Event",
    "Address",      "Relationship", "Match",    "Job",      "Education", "Award",       "Interest",   "Wealth",
    "Philanthropy", "Contact",      "Industry", "Location", "Holding",   "Transaction", "Source",     "Biography"};
constexpr std::array<std::string_view, 24> kFields = {
    "id",        "name",      "displayName", "firstName",  "lastName", "title",         "startDate",   "endDate",
    "isCurrent", "country",   "city",        "postalCode", "industry", "employeeCount", "foundedYear", "score",
    "netWorth",  "updatedAt", "createdAt",   "sourceUrl",  "summary",  "tags",          "rank",        "status"};
constexpr std::array<std::string_view, 8> kScalars = {"String", "Int",  "Float",    "Boolean",
                                                      "ID",     "Date", "DateTime", "Decimal"};
constexpr std::array<std::string_view, 12> kWords = {"the",      "Altrata", "profile", "record", "returns", "current",
                                                     "verified", "Zürich",  "données", "関係者", "member",  "updated"};

std::string sentence(Rng &rng, std::size_t words) {
    std::string s;
    for (std::size_t i = 0; i < words; ++i) {
        if (i)
            s += ' ';
        s += kWords[rng.below(kWords.size())];
    }
    return s;
}

void description(std::string &out, Rng &rng, std::string_view indent) {
    if (rng.chance(50)) {
        out.append(indent).append("\"").append(sentence(rng, 4 + rng.below(8))).append(".\"\n");
        return;
    }
    out.append(indent).append("\"\"\"\n");
    for (std::size_t line = 0, lines = 1 + rng.below(3); line < lines; ++line)
        out.append(indent).append(sentence(rng, 6 + rng.below(8))).append(".\n");
    out.append(indent).append("\"\"\"\n");
}

std::string typeName(std::string_view noun, std::size_t n) {
    return std::string(noun) + std::to_string(n);
}

std::string fieldType(Rng &rng, std::size_t typeCount) {
    std::string inner = rng.chance(40) ? typeName(kNouns[rng.below(kNouns.size())], rng.below(typeCount))
                                       : std::string(kScalars[rng.below(kScalars.size())]);
    if (rng.chance(30))
        inner = "[" + inner + (rng.chance(50) ? "!]" : "]");
    return rng.chance(40) ? inner + "!" : inner;
}

void arguments(std::string &out, Rng &rng, std::size_t count) {
    out += '(';
    for (std::size_t i = 0; i < count; ++i) {
        if (count > 3)
            out += "\n    ";
        else if (i)
            out += ", ";
        if (count > 3 && rng.chance(30))
            out.append("\"").append(sentence(rng, 5)).append("\" ");
        out.append(kFields[rng.below(kFields.size())]).append("Filter").append(std::to_string(i)).append(": ");
        switch (rng.below(4)) {
        case 0:
            out.append("Int = ").append(std::to_string(rng.below(1000)));
            break;
        case 1:
            out.append("String = \"").append(sentence(rng, 2)).append("\"");
            break;
        case 2:
            out.append("[ID!] = [\"a\", \"b\"]");
            break;
        default:
            out.append("Boolean");
            break;
        }
    }
    out += count > 3 ? "\n  )" : ")";
}

void objectType(std::string &out, Rng &rng, std::size_t index, std::size_t typeCount) {
    description(out, rng, "");
    const auto noun = kNouns[index % kNouns.size()];
    out.append(rng.chance(20) ? "interface " : "type ").append(typeName(noun, index));
    if (rng.chance(40))
        out.append(" implements Node & Timestamped");
    if (rng.chance(20))
        out.append(" @key(fields: \"id\") @cacheControl(maxAge: 300)");
    out.append(" {\n");
    for (std::size_t f = 0, fields = 6 + rng.below(18); f < fields; ++f) {
        if (rng.chance(60))
            description(out, rng, "  ");
        out.append("  ").append(kFields[f % kFields.size()]).append(std::to_string(f));
        if (rng.chance(35))
            arguments(out, rng, 1 + rng.below(7));
        out.append(": ").append(fieldType(rng, typeCount));
        if (rng.chance(10))
            out.append(" @deprecated(reason: \"Use ").append(kFields[rng.below(kFields.size())]).append(" instead.\")");
        out += '\n';
    }
    out.append("}\n\n");
}

void otherDefinition(std::string &out, Rng &rng, std::size_t index, std::size_t typeCount) {
    const auto name = typeName(kNouns[index % kNouns.size()], index);
    const auto kind = rng.below(4);
    if (kind != 3) // extensions take no description
        description(out, rng, "");
    switch (kind) {
    case 0:
        out.append("enum ").append(name).append("Kind {\n");
        for (std::size_t v = 0, values = 3 + rng.below(10); v < values; ++v)
            out.append("  \"").append(sentence(rng, 3)).append("\"\n  VALUE_").append(std::to_string(v)).append("\n");
        out.append("}\n\n");
        break;
    case 1:
        out.append("input ").append(name).append("Filter {\n");
        for (std::size_t f = 0, fields = 3 + rng.below(10); f < fields; ++f)
            out.append("  ")
                .append(kFields[f])
                .append(": ")
                .append(fieldType(rng, typeCount))
                .append(rng.chance(30) ? " = {limit: 10, order: [ASC, DESC], text: \"x\"}\n" : "\n");
        out.append("}\n\n");
        break;
    case 2:
        out.append("union ")
            .append(name)
            .append("Result = | ")
            .append(typeName(kNouns[0], index))
            .append(" | ")
            .append(typeName(kNouns[1], index + 1))
            .append("\n\n");
        break;
    default:
        out.append("extend type ")
            .append(name)
            .append(" @tag(name: \"ext\") {\n  extra")
            .append(std::to_string(index))
            .append(": [String!]!\n}\n\n");
        break;
    }
}

void argumentValue(std::string &out, Rng &rng, unsigned depth) {
    switch (rng.below(depth > 1 ? 6 : 8)) {
    case 0:
        out.append(std::to_string(rng.below(100000)));
        break;
    case 1:
        out.append(std::to_string(rng.below(1000))).append(".5e-3");
        break;
    case 2:
        out.append("\"").append(sentence(rng, 3)).append("\"");
        break;
    case 3:
        out.append("$var").append(std::to_string(rng.below(6)));
        break;
    case 4:
        out.append(rng.chance(50) ? "true" : "ASC");
        break;
    case 5:
        out.append("null");
        break;
    case 6:
        out += '[';
        for (std::size_t i = 0, n = 1 + rng.below(4); i < n; ++i) {
            if (i)
                out += ", ";
            argumentValue(out, rng, depth + 1);
        }
        out += ']';
        break;
    default:
        out += '{';
        for (std::size_t i = 0, n = 1 + rng.below(4); i < n; ++i) {
            out.append(i ? ", " : "").append(kFields[rng.below(kFields.size())]).append(": ");
            argumentValue(out, rng, depth + 1);
        }
        out += '}';
        break;
    }
}

void selectionSet(std::string &out, Rng &rng, unsigned depth, std::size_t fragmentCount) {
    const std::string indent(depth * 2, ' ');
    out.append("{\n");
    for (std::size_t i = 0, n = 2 + rng.below(depth < 3 ? 6 : 4); i < n; ++i) {
        out.append(indent).append("  ");
        if (depth > 1 && fragmentCount && rng.chance(12)) {
            out.append("...").append(typeName("Fragment", rng.below(fragmentCount))).append("\n");
            continue;
        }
        if (depth > 1 && rng.chance(6)) {
            out.append("... on ").append(typeName(kNouns[rng.below(kNouns.size())], rng.below(50))).append(" ");
            selectionSet(out, rng, depth + 1, fragmentCount);
            continue;
        }
        if (rng.chance(20))
            out.append(kFields[rng.below(kFields.size())]).append("Alias: ");
        out.append(kFields[rng.below(kFields.size())]);
        if (rng.chance(30)) {
            out += '(';
            for (std::size_t a = 0, args = 1 + rng.below(8); a < args; ++a) {
                out.append(a ? ", " : "").append(kFields[rng.below(kFields.size())]).append(": ");
                argumentValue(out, rng, 0);
            }
            out += ')';
        }
        if (rng.chance(8))
            out.append(" @include(if: $var1)");
        if (depth < 9 && rng.chance(depth < 4 ? 60 : 35)) {
            out += ' ';
            selectionSet(out, rng, depth + 1, fragmentCount);
        } else {
            out += '\n';
        }
    }
    out.append(indent).append("}\n");
}

} // namespace

std::string generateQuery(std::size_t targetBytes) {
    Rng rng(0x9e3779b97f4a7c15ULL);
    std::string out;
    out.reserve(targetBytes + 65536);
    // About a tenth of the bytes in fragments (kept shallow), the rest in operations that spread them.
    const std::size_t fragmentCount = targetBytes / 50000 + 1;
    for (std::size_t f = 0; f < fragmentCount; ++f) {
        out.append("fragment ")
            .append(typeName("Fragment", f))
            .append(" on ")
            .append(kNouns[f % kNouns.size()])
            .append(" ");
        selectionSet(out, rng, 6, 0);
        out += '\n';
    }
    for (std::size_t op = 0; out.size() < targetBytes; ++op) {
        out.append(rng.chance(80) ? "query " : "mutation ").append(typeName("Operation", op)).append("(\n");
        for (std::size_t v = 0; v < 6; ++v)
            out.append("  $var")
                .append(std::to_string(v))
                .append(": ")
                .append(v % 2 ? "[String!]" : "Int = 10")
                .append(v == 1 ? " @deprecated\n" : "\n");
        out.append(") @live ");
        selectionSet(out, rng, 0, fragmentCount);
        out += '\n';
    }
    return out;
}

std::string generateSchema(std::size_t targetBytes) {
    Rng rng(0x5eed5c4e3aULL);
    std::string out;
    out.reserve(targetBytes + 4096);
    out.append(
        "# Generated Altrata-like schema for benchmarks. Not the real API.\n"
        "schema @link(url: \"https://specs.example/v2\") {\n  query: Query\n  mutation: Mutation\n}\n\n"
        "\"Opaque cursor.\"\nscalar Cursor @specifiedBy(url: \"https://example.invalid/cursor\")\n\n"
        "directive @key(fields: String!) repeatable on OBJECT | INTERFACE\n"
        "directive @cacheControl(maxAge: Int, scope: String = \"PUBLIC\") on FIELD_DEFINITION | OBJECT\n"
        "directive @tag(name: String!) repeatable on\n  | OBJECT\n  | FIELD_DEFINITION\n  | ARGUMENT_DEFINITION\n\n"
        "interface Node {\n  id: ID!\n}\n\ninterface Timestamped implements Node {\n  id: ID!\n"
        "  updatedAt: DateTime\n}\n\n");
    const std::size_t typeCount = targetBytes / 1200 + 1;
    for (std::size_t i = 0; out.size() < targetBytes; ++i) {
        if (rng.chance(70))
            objectType(out, rng, i % typeCount, typeCount);
        else
            otherDefinition(out, rng, i % typeCount, typeCount);
    }
    out.append("extend schema @tag(name: \"end\")\n");
    return out;
}

} // namespace altrata::graphql::bench

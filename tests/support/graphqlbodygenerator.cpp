#include "graphqlbodygenerator.h"

#include <QFile>

#include <algorithm>
#include <array>
#include <charconv>
#include <functional>
#include <string_view>

namespace altrata::test {

namespace {

using namespace std::string_view_literals;

// Room after the bytes for simdjson's padding (64 bytes), so parsing never reallocates the body.
constexpr qint64 kSlack = 4096;
constexpr qsizetype kFlushBytes = 1 << 20;

// Raw UTF-8 (non-ASCII left as is); \" and \\ where JSON needs them.
constexpr std::array kFirstNames = {"Zoë"sv,        "Jürgen"sv, "José"sv,   "Anaïs"sv,  "Łukasz"sv,
                                    "Søren"sv,      "Ólafur"sv, "Nguyễn"sv, "美咲"sv,   "Дмитрий"sv,
                                    "Αλέξανδρος"sv, "محمد"sv,   "Ada"sv,    "Alan"sv,   "Grace"sv,
                                    "Chidi"sv,      "Priya"sv,  "Mateus"sv, "Ingrid"sv, "Wei"sv};
constexpr std::array kLastNames = {"Müller"sv, "García"sv,   "Østergaard"sv,   "Dvořák"sv,   "Lovelace"sv, "Turing"sv,
                                   "山田"sv,   "Иванов"sv,   "Παπαδόπουλος"sv, "Trần"sv,     "O'Brien"sv,  "Okafor"sv,
                                   "Sharma"sv, "Nakamura"sv, "da Silva"sv,     "Lindqvist"sv};
constexpr std::array kTitles = {"Chief Executive Officer"sv,
                                "CFO"sv,
                                "Board Member"sv,
                                "Partner"sv,
                                "Président-directeur général"sv,
                                "Geschäftsführer"sv,
                                "Trustee"sv,
                                "Non-Executive Director"sv,
                                "Founder \\\"emeritus\\\""sv,
                                "代表取締役"sv};
constexpr std::array kOrgNames = {"Blue Harbor Capital"sv, "Müller & Söhne"sv,      "Société Générale d'Études"sv,
                                  "株式会社サンプル"sv,    "Nordic Timber AB"sv,    "Ωmega Holdings"sv,
                                  "Andes Mining S.A."sv,   "Lotus Ventures"sv,      "Красный Октябрь"sv,
                                  "Cedar \\\\ Pine LLP"sv, "Atlas Family Office"sv, "دار الاستثمار"sv};
constexpr std::array kIndustries = {"Finance"sv, "Mining"sv, "Software"sv, "Healthcare"sv, "Retail"sv, "Energy"sv};
constexpr std::array kCities = {"Zürich"sv, "Tokyo"sv,  "São Paulo"sv, "Москва"sv,
                                "London"sv, "Kraków"sv, "Dubai"sv,     "New York"sv};
constexpr std::array kCountries = {"CH"sv, "JP"sv, "BR"sv, "RU"sv, "GB"sv, "PL"sv, "AE"sv, "US"sv};
constexpr std::array kTags = {"🚀 founder"sv,     "board"sv, "philanthropist"sv,
                              "family office"sv, "漢字"sv,  "✓ verified"sv};

// splitmix64: tiny, fast and the same on every platform.
class Random {
public:
    explicit Random(quint64 seed)
        : m_state(seed) {}
    quint64 next() {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename Pool> std::string_view pick(const Pool &pool) {
        return pool[std::size_t(below(int(pool.size())))];
    }

private:
    quint64 m_state;
};

// Decimal digits of a non-negative number, left-padded with zeros to at least `width`; returns the length.
int padded(char *out, qint64 value, int width) {
    char digits[24];
    const int length = int(std::to_chars(digits, digits + sizeof digits, value).ptr - digits);
    const int zeros = width > length ? width - length : 0;
    std::fill(out, out + zeros, '0');
    std::copy(digits, digits + length, out + zeros);
    return zeros + length;
}

// Appends compact JSON to a buffer, counting values; hands full buffers to `flush` when one is set.
class Writer {
public:
    Writer(QByteArray &out, std::function<bool(QByteArray &)> flush)
        : m_out(out)
        , m_flush(std::move(flush)) {}

    qint64 size() const { return m_flushed + m_out.size(); }
    qint64 values() const { return m_values; }
    bool ok() const { return m_ok; }
    void raw(std::string_view text) { m_out.append(text.data(), qsizetype(text.size())); }
    void key(std::string_view name) {
        m_out.append('"');
        raw(name);
        m_out.append("\":", 2);
    }
    void string(std::string_view text) {
        ++m_values;
        m_out.append('"');
        raw(text);
        m_out.append('"');
    }
    void integer(qint64 value) {
        ++m_values;
        std::array<char, 24> digits{};
        const auto end = std::to_chars(digits.data(), digits.data() + digits.size(), value).ptr;
        m_out.append(digits.data(), end - digits.data());
    }
    // value / 10^decimals, written with exactly `decimals` digits after the point.
    void fixed(qint64 value, int decimals) {
        ++m_values;
        if (value < 0)
            m_out.append('-');
        char digits[24];
        const int length = padded(digits, value < 0 ? -value : value, decimals + 1);
        m_out.append(digits, length - decimals).append('.').append(digits + length - decimals, decimals);
    }
    void boolean(bool value) {
        ++m_values;
        raw(value ? "true"sv : "false"sv);
    }
    void null() {
        ++m_values;
        raw("null"sv);
    }
    void open(char bracket) {
        ++m_values;
        m_out.append(bracket);
    }
    void close(char bracket) { m_out.append(bracket); }
    void comma() { m_out.append(','); }
    void id(char prefix, qint64 number, int width) {
        ++m_values;
        char digits[24];
        m_out.append('"').append(prefix).append(digits, padded(digits, number, width)).append('"');
    }
    // "2011-04-09"
    void date(int year, int month, int day) {
        ++m_values;
        char text[12] = {'"'};
        padded(text + 1, year, 4);
        text[5] = '-';
        padded(text + 6, month, 2);
        text[8] = '-';
        padded(text + 9, day, 2);
        text[11] = '"';
        m_out.append(text, 12);
    }
    void maybeFlush() {
        if (m_flush && m_out.size() >= kFlushBytes) {
            m_flushed += m_out.size();
            m_ok = m_ok && m_flush(m_out);
            m_out.clear();
        }
    }
    void finish() {
        if (m_flush && !m_out.isEmpty()) {
            m_flushed += m_out.size();
            m_ok = m_ok && m_flush(m_out);
            m_out.clear();
        }
    }

private:
    QByteArray &m_out;
    std::function<bool(QByteArray &)> m_flush;
    qint64 m_flushed = 0;
    qint64 m_values = 0;
    bool m_ok = true;
};

void writeDate(Writer &w, Random &random, int fromYear, int years) {
    const int year = fromYear + random.below(years);
    const int month = 1 + random.below(12);
    w.date(year, month, 1 + random.below(28));
}

void writeOrganization(Writer &w, Random &random) {
    const int place = random.below(int(kCities.size()));
    w.open('{');
    w.key("id"sv), w.id('O', random.below(100000), 6), w.comma();
    w.key("name"sv), w.string(random.pick(kOrgNames)), w.comma();
    w.key("industry"sv);
    random.chance(20) ? w.null() : w.string(random.pick(kIndustries));
    w.comma(), w.key("employeeCount"sv);
    random.chance(25) ? w.null() : w.integer(1 + random.below(250000));
    w.comma(), w.key("listed"sv), w.boolean(random.chance(40)), w.comma();
    w.key("address"sv), w.open('{');
    w.key("city"sv), w.string(kCities[std::size_t(place)]), w.comma();
    w.key("country"sv), w.string(kCountries[std::size_t(place)]), w.comma();
    w.key("geo"sv);
    if (random.chance(30)) {
        w.null();
    } else {
        w.open('{');
        w.key("lat"sv), w.fixed(random.below(1800000) - 900000, 4), w.comma();
        w.key("lon"sv), w.fixed(random.below(3600000) - 1800000, 4);
        w.close('}');
    }
    w.close('}');
    w.close('}');
}

void writeRole(Writer &w, Random &random) {
    const bool current = random.chance(60);
    w.open('{');
    w.key("title"sv), w.string(random.pick(kTitles)), w.comma();
    w.key("isCurrent"sv), w.boolean(current), w.comma();
    w.key("startDate"sv), writeDate(w, random, 1990, 30), w.comma();
    w.key("endDate"sv);
    current ? w.null() : writeDate(w, random, 2010, 15);
    w.comma(), w.key("sharePercent"sv);
    random.chance(50) ? w.null() : w.fixed(random.below(10000), 2);
    w.comma(), w.key("organization"sv), writeOrganization(w, random);
    w.close('}');
}

void writeNames(Writer &w, Random &random) {
    const std::string_view first = random.pick(kFirstNames);
    const std::string_view last = random.pick(kLastNames);
    w.key("firstName"sv), w.string(first), w.comma();
    w.key("middleName"sv);
    random.chance(70) ? w.null() : w.string(random.pick(kFirstNames));
    w.comma(), w.key("lastName"sv), w.string(last), w.comma();
    QByteArray display =
        QByteArray(first.data(), qsizetype(first.size())) + ' ' + QByteArray(last.data(), qsizetype(last.size()));
    if (random.chance(3))
        display += " \\\"Jr.\\\""; // an escaped quote now and then
    w.key("displayName"sv), w.string(std::string_view(display.constData(), std::size_t(display.size()))), w.comma();
}

void writeEdge(Writer &w, Random &random, qint64 edge) {
    w.open('{');
    w.key("cursor"sv), w.id('c', edge * 7 + 3, 8), w.comma();
    w.key("node"sv), w.open('{');
    w.key("__typename"sv), w.string("Person"sv), w.comma();
    w.key("id"sv), w.id('P', edge, 8), w.comma();
    writeNames(w, random);
    w.key("birthDate"sv), writeDate(w, random, 1930, 70), w.comma();
    w.key("age"sv), w.integer(18 + random.below(80)), w.comma();
    w.key("score"sv), w.fixed(random.below(100000), 4), w.comma();
    w.key("isActive"sv), w.boolean(random.chance(80)), w.comma();
    w.key("email"sv);
    random.chance(40) ? w.null() : w.string("someone@example.com"sv);
    w.comma(), w.key("tags"sv), w.open('[');
    for (int t = random.below(3), i = 0; i < t; ++i)
        (i > 0 ? w.comma() : void()), w.string(random.pick(kTags));
    w.close(']'), w.comma();
    w.key("roles"sv), w.open('[');
    for (int r = 1 + random.below(2), i = 0; i < r; ++i)
        (i > 0 ? w.comma() : void()), writeRole(w, random);
    w.close(']'), w.comma();
    w.key("organization"sv), writeOrganization(w, random);
    w.close('}');
    w.close('}');
}

GraphQLBodyStats generate(Writer &w, qint64 targetBytes, quint32 seed) {
    Random random(seed);
    w.open('{'), w.key("data"sv), w.open('{'), w.key("personSearch"sv), w.open('{'), w.key("edges"sv), w.open('[');
    constexpr qint64 kTrailer = 110; // what follows the last edge
    qint64 edges = 0;
    qint64 edgeBytes = 900; // running estimate of one edge, to stop at the edge that lands closest to the target
    while (true) {
        const qint64 before = w.size();
        if (edges > 0 && before + edgeBytes / 2 + kTrailer > targetBytes)
            break;
        if (edges > 0)
            w.comma();
        writeEdge(w, random, edges);
        edgeBytes = (edgeBytes * 15 + (w.size() - before)) / 16;
        ++edges;
        w.maybeFlush();
    }
    w.close(']'), w.comma();
    w.key("pageInfo"sv), w.open('{'), w.key("hasNextPage"sv), w.boolean(false), w.comma();
    w.key("endCursor"sv), w.id('c', (edges - 1) * 7 + 3, 8), w.close('}'), w.comma();
    w.key("totalCount"sv), w.integer(edges);
    w.close('}'), w.close('}'), w.close('}');
    w.finish();
    return GraphQLBodyStats{w.size(), edges, w.values()};
}

} // namespace

QByteArray generateGraphQLBody(qint64 targetBytes, quint32 seed, GraphQLBodyStats *stats) {
    QByteArray body;
    body.reserve(qsizetype(targetBytes + kSlack));
    Writer writer(body, nullptr);
    const GraphQLBodyStats made = generate(writer, targetBytes, seed);
    if (stats)
        *stats = made;
    return body;
}

bool writeGraphQLBody(const QString &path, qint64 targetBytes, quint32 seed, GraphQLBodyStats *stats, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray buffer;
    buffer.reserve(kFlushBytes + kSlack);
    Writer writer(buffer, [&file](QByteArray &chunk) { return file.write(chunk) == chunk.size(); });
    const GraphQLBodyStats made = generate(writer, targetBytes, seed);
    if (stats)
        *stats = made;
    if (!writer.ok() || !file.flush()) {
        if (error)
            *error = QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString generatedPersonId(qint64 edge) {
    return QLatin1Char('P') + QString::number(edge).rightJustified(8, QLatin1Char('0'));
}

} // namespace altrata::test

#include "documentsearch.h"

#include "tapeview.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringMatcher>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace altrata::results {

namespace {

using detail::TapeView;

constexpr std::uint64_t kCheckEvery = 4096; // tape words between progress reports and cancellation checks

// Tests one piece of UTF-8 text (a key, a string value, a number as written, true/false/null).
class Matcher {
public:
    virtual ~Matcher() = default;
    virtual bool matches(std::string_view text) const = 0;
    // True when a match costs a QString conversion: then repeated keys are worth remembering.
    virtual bool isSlow() const { return false; }
    // False when no number as written (digits, sign, point, exponent) can ever match: numbers are skipped.
    virtual bool canMatchNumbers() const { return true; }
};

// Horspool over bytes, optionally folding ASCII letters (the needle is then ASCII): no QString per value.
class BytesMatcher final : public Matcher {
public:
    BytesMatcher(const QByteArray &needle, bool foldAscii) {
        for (int c = 0; c < 256; ++c)
            m_fold[std::size_t(c)] = std::uint8_t(foldAscii && c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        for (const char c : needle)
            m_needle.push_back(char(m_fold[std::uint8_t(c)]));
        m_skip.fill(m_needle.size());
        for (std::size_t k = 0; k + 1 < m_needle.size(); ++k)
            m_skip[std::uint8_t(m_needle[k])] = m_needle.size() - 1 - k;
    }

    bool matches(std::string_view text) const override {
        const std::size_t size = m_needle.size();
        if (text.size() < size)
            return false;
        const std::size_t last = size - 1;
        for (std::size_t at = 0; at + size <= text.size();) {
            const std::uint8_t tail = m_fold[std::uint8_t(text[at + last])];
            if (tail == std::uint8_t(m_needle[last]) && equalsAt(text, at))
                return true;
            at += m_skip[tail];
        }
        return false;
    }

    bool canMatchNumbers() const override {
        return std::all_of(m_needle.begin(), m_needle.end(), [](char c) {
            return (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.' || c == 'e' || c == 'E';
        });
    }

private:
    bool equalsAt(std::string_view text, std::size_t at) const {
        for (std::size_t k = 0; k + 1 < m_needle.size(); ++k) {
            if (m_fold[std::uint8_t(text[at + k])] != std::uint8_t(m_needle[k]))
                return false;
        }
        return true;
    }

    std::string m_needle; // folded
    std::array<std::uint8_t, 256> m_fold{};
    std::array<std::size_t, 256> m_skip{};
};

// Decodes UTF-8 into one reused buffer: the slow matchers need UTF-16 but not a new QString per value.
class Utf16Buffer {
public:
    QStringView decode(std::string_view text) {
        m_buffer.resize(text.size() + 1); // UTF-16 never takes more units than UTF-8 has bytes
        const QChar *end =
            m_decoder.appendToBuffer(m_buffer.data(), QByteArrayView(text.data(), qsizetype(text.size())));
        return {m_buffer.data(), end - m_buffer.data()};
    }

private:
    // Each text is whole, valid UTF-8; a leading U+FEFF is part of the value, not a byte order mark.
    QStringDecoder m_decoder{QStringDecoder::Utf8,
                             QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom};
    std::vector<QChar> m_buffer;
};

bool isAscii(std::string_view text) {
    std::size_t at = 0;
    for (std::uint64_t word = 0; at + sizeof word <= text.size(); at += sizeof word) {
        std::memcpy(&word, text.data() + at, sizeof word);
        if (word & 0x8080808080808080ull)
            return false;
    }
    for (; at < text.size(); ++at) {
        if (std::uint8_t(text[at]) >= 0x80)
            return false;
    }
    return true;
}

// A non-ASCII needle without case: Unicode case folding needs UTF-16.
class FoldingMatcher final : public Matcher {
public:
    explicit FoldingMatcher(const QString &needle)
        : m_matcher(needle, Qt::CaseInsensitive)
        , m_needsNonAscii(
              std::any_of(needle.begin(), needle.end(), [](QChar c) { return c.toCaseFolded().unicode() >= 0x80; })) {}
    bool matches(std::string_view text) const override {
        // ASCII text folds to ASCII: it cannot hold a character whose folded form is not ASCII. Most values are
        // ASCII, so this spares most of the conversions.
        if (m_needsNonAscii && isAscii(text))
            return false;
        return m_matcher.indexIn(m_buffer.decode(text)) >= 0;
    }
    bool isSlow() const override { return true; }

private:
    QStringMatcher m_matcher;
    bool m_needsNonAscii;
    mutable Utf16Buffer m_buffer;
};

// Where the character class starting at `open` ends (its ']'), or -1.
qsizetype classEnd(const QString &pattern, qsizetype open) {
    qsizetype at = open + 1;
    if (at < pattern.size() && pattern[at] == u'^')
        ++at;
    if (at < pattern.size() && pattern[at] == u']') // a leading ']' is a member
        ++at;
    for (; at < pattern.size(); ++at) {
        if (pattern[at] == u'\\')
            ++at;
        else if (pattern[at] == u']')
            return at;
    }
    return -1;
}

// Whether a literal character can be looked for in bytes: any character when case matters; without case only
// ASCII, and not k or s, which caseless Unicode matching pairs with KELVIN SIGN and LONG S.
bool byteComparable(QChar c, bool caseSensitive) {
    if (c.isSurrogate())
        return false;
    const char16_t lower = c.toLower().unicode();
    return caseSensitive || (c.unicode() < 0x80 && lower != u'k' && lower != u's');
}

// The longest run of characters that every match of `pattern` contains, or empty. Deliberately cautious:
// runs count only outside groups and classes, a quantified character is not required, and alternation,
// inline options, POSIX classes or escapes with arguments give up (what was found before still holds).
QString requiredLiteral(const QString &pattern, bool caseSensitive) {
    if (pattern.contains(u'|') || pattern.contains(QStringLiteral("(?")) || pattern.contains(QStringLiteral("[:")))
        return {};
    static const QString simpleEscapes = QStringLiteral("dDwWsShHvVRbBAzZGX");
    QString best;
    QString run;
    int depth = 0;
    const auto commit = [&] {
        if (depth == 0 && run.size() > best.size())
            best = run;
        run.clear();
    };
    for (qsizetype at = 0; at < pattern.size(); ++at) {
        QChar c = pattern[at];
        if (c == u'?' || c == u'*' || c == u'+' || c == u'{') {
            if (c != u'+') // the character before may be absent
                run.chop(1);
            commit();
            if (c == u'{' && (at = pattern.indexOf(u'}', at)) < 0)
                return best;
            continue;
        }
        if (c == u'\\' && at + 1 < pattern.size()) {
            c = pattern[++at];
            const bool literal = c.unicode() < 0x80 && !c.isLetterOrNumber();
            if (!literal && !simpleEscapes.contains(c)) {
                commit();
                return best;
            }
            if (!literal) {
                commit();
                continue;
            }
        } else if (c == u'(' || c == u')' || c == u'[' || c == u'.' || c == u'^' || c == u'$' || c == u'\\') {
            commit();
            depth += c == u'(' ? 1 : c == u')' ? -1 : 0;
            if (depth < 0 || (c == u'[' && (at = classEnd(pattern, at)) < 0))
                return {};
            continue;
        }
        if (depth > 0 || !byteComparable(c, caseSensitive))
            commit();
        else
            run += c;
    }
    commit();
    return best;
}

class RegexMatcher final : public Matcher {
public:
    RegexMatcher(QRegularExpression expression, bool caseSensitive)
        : m_expression(std::move(expression)) {
        m_expression.optimize();
        // A text without the pattern's required literal cannot match: checking bytes first spares most of the
        // conversions and matches.
        if (const QString literal = requiredLiteral(m_expression.pattern(), caseSensitive); !literal.isEmpty())
            m_prefilter = std::make_unique<BytesMatcher>(literal.toUtf8(), !caseSensitive);
    }
    bool matches(std::string_view text) const override {
        if (m_prefilter && !m_prefilter->matches(text))
            return false;
        // Decoded from valid UTF-8 (simdjson validated it), so PCRE need not check the subject again.
        return m_expression
            .match(m_buffer.decode(text), 0, QRegularExpression::NormalMatch,
                   QRegularExpression::DontCheckSubjectStringMatchOption)
            .hasMatch();
    }
    bool isSlow() const override { return true; }

private:
    QRegularExpression m_expression;
    std::unique_ptr<BytesMatcher> m_prefilter;
    mutable Utf16Buffer m_buffer;
};

QRegularExpression expressionFor(const SearchOptions &options) {
    QRegularExpression::PatternOptions flags = QRegularExpression::UseUnicodePropertiesOption;
    if (!options.caseSensitive)
        flags |= QRegularExpression::CaseInsensitiveOption;
    return QRegularExpression(options.text, flags);
}

std::unique_ptr<Matcher> matcherFor(const SearchOptions &options) {
    if (options.regularExpression)
        return std::make_unique<RegexMatcher>(expressionFor(options), options.caseSensitive);
    const QByteArray needle = options.text.toUtf8();
    if (options.caseSensitive || isAscii(std::string_view(needle.constData(), std::size_t(needle.size()))))
        return std::make_unique<BytesMatcher>(needle, !options.caseSensitive);
    return std::make_unique<FoldingMatcher>(options.text);
}

// One pass over the tape. The stack mirrors the containers the walk is inside, with the position of the
// child being visited in each: that is the hit's row path.
class Walker {
public:
    Walker(const TapeView &tape, const SearchOptions &options, const Matcher &matcher, TaskControl *control)
        : m_tape(tape)
        , m_options(options)
        , m_matcher(matcher)
        , m_control(control)
        , m_numbers(matcher.canMatchNumbers())
        , m_true(matcher.matches("true"))
        , m_false(matcher.matches("false"))
        , m_null(matcher.matches("null")) {}

    SearchResult run(std::uint64_t root);

private:
    struct Frame {
        std::uint64_t close; // the container's closing word
        qint64 index;        // child being visited
        bool object;
    };

    bool keyMatches(std::string_view text);
    bool valueMatches(std::uint64_t word);
    // Returns false when the walk must stop (cancelled, or the hit limit reached).
    bool addHit(NodeId node, bool inKey);
    bool checkpoint(std::uint64_t word);

    const TapeView &m_tape;
    const SearchOptions &m_options;
    const Matcher &m_matcher;
    TaskControl *m_control;
    const bool m_numbers; // the literals' and numbers' answers are known before the walk
    const bool m_true;
    const bool m_false;
    const bool m_null;
    std::vector<Frame> m_stack;
    // Only for slow matchers: a large response repeats the same keys over and over. (Values repeat less; caching
    // them cost more than it saved on a GraphQL-shaped body.)
    std::unordered_map<std::string_view, bool> m_keyAnswers;
    SearchResult m_result;
};

SearchResult Walker::run(std::uint64_t root) {
    const std::uint64_t end = m_tape.after(root);
    if (m_control)
        m_control->setTotal(qint64(end));
    std::uint64_t nextCheck = 0;
    for (std::uint64_t i = root; i < end;) {
        if (i >= nextCheck) {
            if (!checkpoint(i))
                return std::move(m_result);
            nextCheck = i + kCheckEvery;
        }
        if (!m_stack.empty() && i == m_stack.back().close) {
            m_stack.pop_back();
            ++i;
            if (!m_stack.empty())
                ++m_stack.back().index;
            continue;
        }
        if (!m_stack.empty() && m_stack.back().object) {
            if (m_options.keys && keyMatches(m_tape.string(i)) && !addHit(i + 1, true))
                return std::move(m_result);
            ++i; // the member's value follows its key
        }
        const char type = m_tape.type(i);
        if (type == '{' || type == '[') {
            m_stack.push_back({m_tape.closeOf(i), 0, type == '{'});
            ++i;
            continue;
        }
        if (m_options.values && valueMatches(i) && !addHit(i, false))
            return std::move(m_result);
        i = m_tape.after(i);
        if (!m_stack.empty())
            ++m_stack.back().index;
    }
    if (m_control)
        m_control->setDone(qint64(end));
    return std::move(m_result);
}

bool Walker::keyMatches(std::string_view text) {
    constexpr std::size_t kLongest = 64;          // longer texts rarely repeat
    constexpr std::size_t kMostAnswers = 1 << 16; // bounded, whatever the document holds
    if (!m_matcher.isSlow() || text.size() > kLongest)
        return m_matcher.matches(text);
    if (const auto known = m_keyAnswers.find(text); known != m_keyAnswers.end())
        return known->second;
    const bool matches = m_matcher.matches(text);
    if (m_keyAnswers.size() < kMostAnswers)
        m_keyAnswers.emplace(text, matches);
    return matches;
}

bool Walker::valueMatches(std::uint64_t word) {
    switch (m_tape.type(word)) {
    case '"':
        return m_matcher.matches(m_tape.string(word));
    case 't':
        return m_true;
    case 'f':
        return m_false;
    case 'n':
        return m_null;
    default:
        return m_numbers && m_matcher.matches(m_tape.numberText(word));
    }
}

bool Walker::addHit(NodeId node, bool inKey) {
    SearchHit hit;
    hit.node = node;
    hit.inKey = inKey;
    hit.rowPath.reserve(qsizetype(m_stack.size()));
    for (const Frame &frame : m_stack)
        hit.rowPath.append(frame.index);
    m_result.hits.append(std::move(hit));
    if (m_result.hits.size() < DocumentSearch::kMaxHits)
        return true;
    m_result.truncated = true;
    return false;
}

bool Walker::checkpoint(std::uint64_t word) {
    if (!m_control)
        return true;
    m_control->setDone(qint64(word));
    if (!m_control->isCancelled())
        return true;
    m_result.cancelled = true;
    return false;
}

} // namespace

std::optional<QString> DocumentSearch::problem(const SearchOptions &options) {
    if (options.text.isEmpty())
        return QStringLiteral("Type the text to find.");
    if (!options.keys && !options.values)
        return QStringLiteral("Choose whether to search keys, values or both.");
    if (options.regularExpression) {
        const QRegularExpression expression = expressionFor(options);
        if (!expression.isValid())
            return QStringLiteral("The regular expression is not valid: %1 (at character %2).")
                .arg(expression.errorString())
                .arg(expression.patternErrorOffset() + 1);
    }
    return std::nullopt;
}

SearchResult DocumentSearch::run(const ResultDocument &document, const SearchOptions &options, TaskControl *control) {
    if (problem(options))
        return {};
    const std::unique_ptr<Matcher> matcher = matcherFor(options);
    Walker walker(document.tapeView(), options, *matcher, control);
    return walker.run(document.root());
}

} // namespace altrata::results

#include "executor.h"

#include <simdjson.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>

namespace altrata::graphql {

Value Value::fromBool(bool b) {
    Value v;
    v.kind = Kind::Bool;
    v.boolean = b;
    return v;
}
Value Value::fromInt(std::int64_t i) {
    Value v;
    v.kind = Kind::Int;
    v.integer = i;
    return v;
}
Value Value::fromFloat(double d) {
    Value v;
    v.kind = Kind::Float;
    v.number = d;
    return v;
}
Value Value::fromString(std::string s) {
    Value v;
    v.kind = Kind::String;
    v.string = std::move(s);
    return v;
}
Value Value::fromEnum(std::string name) {
    Value v;
    v.kind = Kind::Enum;
    v.string = std::move(name);
    return v;
}
Value Value::fromList(ValueList items) {
    Value v;
    v.kind = Kind::List;
    v.list = std::make_shared<const ValueList>(std::move(items));
    return v;
}
Value Value::fromObject(ValueObject fields) {
    Value v;
    v.kind = Kind::Object;
    v.object = std::make_shared<const ValueObject>(std::move(fields));
    return v;
}
Value Value::fromGenerator(ValueGenerator generator) {
    Value v;
    v.kind = Kind::Stream;
    v.stream = std::make_shared<ValueGenerator>(std::move(generator));
    return v;
}

const Value *Value::get(std::string_view key) const noexcept {
    if (kind != Kind::Object || !object)
        return nullptr;
    // Last one wins, like a JS object built from JSON with duplicate keys: search from the back.
    for (auto it = object->rbegin(); it != object->rend(); ++it)
        if (it->first == key)
            return &it->second;
    return nullptr;
}

namespace {

Value fromElement(simdjson::dom::element e) {
    using T = simdjson::dom::element_type;
    switch (e.type()) {
    case T::NULL_VALUE:
        return {};
    case T::BOOL:
        return Value::fromBool(bool(e.get_bool()));
    case T::INT64: {
        // JSON.parse makes every number a double: beyond 2^53 an integer loses digits there too.
        const std::int64_t i = std::int64_t(e.get_int64());
        constexpr std::int64_t exact = std::int64_t(1) << 53;
        return i > exact || i < -exact ? Value::fromFloat(double(i)) : Value::fromInt(i);
    }
    case T::UINT64:
        return Value::fromFloat(double(std::uint64_t(e.get_uint64())));
    case T::DOUBLE:
        return Value::fromFloat(double(e.get_double()));
    case T::STRING:
        return Value::fromString(std::string(std::string_view(e.get_string())));
    case T::ARRAY: {
        ValueList items;
        for (auto item : simdjson::dom::array(e.get_array()))
            items.push_back(fromElement(item));
        return Value::fromList(std::move(items));
    }
    case T::OBJECT: {
        ValueObject fields;
        for (auto field : simdjson::dom::object(e.get_object()))
            fields.emplace_back(std::string(field.key), fromElement(field.value));
        return Value::fromObject(std::move(fields));
    }
    }
    return {};
}

// `json` with "e0" after each integer literal too long for 64 bits, so simdjson reads it as a
// double (as JSON.parse does) instead of refusing the document.
std::string withBigIntegersAsDoubles(std::string_view json) {
    std::string out;
    out.reserve(json.size() + 16);
    bool inString = false;
    for (std::size_t i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString || c == '"') {
            out += c;
            if (c == '\\' && i + 1 < json.size())
                out += json[++i];
            else if (c == '"')
                inString = !inString;
            continue;
        }
        if (c != '-' && (c < '0' || c > '9')) {
            out += c;
            continue;
        }
        const std::size_t end = std::min(json.find_first_not_of("0123456789+-.eE", i), json.size());
        const std::string_view number = json.substr(i, end - i);
        out += number;
        if (number.find_first_of(".eE") == std::string_view::npos && number.size() >= 19)
            out += "e0";
        i = end - 1;
    }
    return out;
}

} // namespace

Value Value::fromJson(std::string_view json, bool *ok) {
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    // Empty text is no JSON; simdjson would also memcpy from a null data() (undefined behaviour).
    simdjson::error_code error =
        json.empty() ? simdjson::EMPTY : parser.parse(json.data(), json.size(), true).get(root);
    std::string rewritten;
    if (error == simdjson::NUMBER_ERROR || error == simdjson::NUMBER_OUT_OF_RANGE) {
        rewritten = withBigIntegersAsDoubles(json);
        error = parser.parse(rewritten.data(), rewritten.size(), true).get(root);
    }
    const bool parsed = error == simdjson::SUCCESS;
    if (ok)
        *ok = parsed;
    return parsed ? fromElement(root) : Value{};
}

void appendJsNumber(std::string &out, double value) {
    if (!std::isfinite(value)) {
        out += "null"; // JSON.stringify of NaN/Infinity
        return;
    }
    if (value == 0) {
        out += '0';
        return;
    }
    if (value < 0) {
        out += '-';
        value = -value;
    }
    // Shortest round-trip digits, then JavaScript's Number::toString layout (ECMA-262 6.1.6.1.20).
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    std::string_view sci(buf, static_cast<std::size_t>(res.ptr - buf));
    const auto ePos = sci.find('e');
    std::string digits;
    for (char c : sci.substr(0, ePos))
        if (c != '.')
            digits += c;
    const int n = std::atoi(std::string(sci.substr(ePos + 1)).c_str()) + 1;
    const int k = static_cast<int>(digits.size());
    if (k <= n && n <= 21) {
        out += digits;
        out.append(static_cast<std::size_t>(n - k), '0');
    } else if (0 < n && n <= 21) {
        out.append(digits, 0, static_cast<std::size_t>(n));
        out += '.';
        out.append(digits, static_cast<std::size_t>(n));
    } else if (-6 < n && n <= 0) {
        out += "0.";
        out.append(static_cast<std::size_t>(-n), '0');
        out += digits;
    } else {
        out += digits[0];
        if (k > 1) {
            out += '.';
            out.append(digits, 1);
        }
        out += n - 1 >= 0 ? "e+" : "e-";
        out += std::to_string(std::abs(n - 1));
    }
}

void Value::appendJson(std::string &out) const {
    switch (kind) {
    case Kind::Null:
        out += "null";
        break;
    case Kind::Bool:
        out += boolean ? "true" : "false";
        break;
    case Kind::Int:
        out += std::to_string(integer);
        break;
    case Kind::Float:
        appendJsNumber(out, number);
        break;
    case Kind::String:
    case Kind::Enum:
        appendJsonString(out, string);
        break;
    case Kind::List:
    case Kind::Stream: {
        out += '[';
        bool first = true;
        auto item = [&](const Value &v) {
            if (!first)
                out += ',';
            first = false;
            v.appendJson(out);
        };
        if (list)
            for (const auto &v : *list)
                item(v);
        if (stream) {
            Value next;
            while ((*stream)(next))
                item(next);
        }
        out += ']';
        break;
    }
    case Kind::Object: {
        out += '{';
        bool first = true;
        for (const auto &[name, v] : *object) {
            if (!first)
                out += ',';
            first = false;
            appendJsonString(out, name);
            out += ':';
            v.appendJson(out);
        }
        out += '}';
        break;
    }
    }
}

std::string Value::toJson() const {
    std::string out;
    appendJson(out);
    return out;
}

} // namespace altrata::graphql

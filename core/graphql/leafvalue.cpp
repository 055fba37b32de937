#include "leafvalue.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace altrata::graphql {

namespace {

// JavaScript's String(value) for a scalar value.
std::string jsString(const Value &v) {
    switch (v.kind) {
    case Value::Kind::Bool:
        return v.boolean ? "true" : "false";
    case Value::Kind::Int:
        return std::to_string(v.integer);
    case Value::Kind::Float: {
        std::string out;
        appendJsNumber(out, v.number);
        return out;
    }
    default:
        return v.string;
    }
}

// JavaScript's Number(string) for the common cases (trimmed decimal text); false when NaN.
bool jsNumberFromString(const std::string &text, double &out) {
    const auto begin = text.find_first_not_of(" \t\n\r");
    if (begin == std::string::npos)
        return false;
    const auto end = text.find_last_not_of(" \t\n\r") + 1;
    const std::string trimmed = text.substr(begin, end - begin);
    char *stop = nullptr;
    out = std::strtod(trimmed.c_str(), &stop);
    return stop == trimmed.c_str() + trimmed.size() && trimmed.find_first_of("xXnN") == std::string::npos;
}

// graphql-js inspect() for the value in an error message: `[1, 2]`, `{ a: 1, b: [Object] }` (two
// levels deep, ten list items), strings JSON-quoted. Not JSON: messages must read as graphql-js's.
std::string inspect(const Value &v, int depth = 0) {
    if (v.kind == Value::Kind::List && v.list) {
        if (v.list->empty())
            return "[]";
        if (depth >= 2)
            return "[Array]";
        std::string out = "[";
        for (std::size_t i = 0; i < v.list->size() && i < 10; ++i)
            out += (i ? ", " : "") + inspect((*v.list)[i], depth + 1);
        if (const std::size_t more = v.list->size() > 10 ? v.list->size() - 10 : 0)
            out += ", ... " + std::to_string(more) + (more == 1 ? " more item" : " more items");
        return out + ']';
    }
    if (v.kind == Value::Kind::Object && v.object) {
        if (v.object->empty())
            return "{}";
        if (depth >= 2)
            return "[Object]";
        std::string out = "{ ";
        for (std::size_t i = 0; i < v.object->size(); ++i)
            out += (i ? ", " : "") + (*v.object)[i].first + ": " + inspect((*v.object)[i].second, depth + 1);
        return out + " }";
    }
    return v.toJson();
}

} // namespace

std::string serializeLeafValue(const Type &type, const Value &v, std::string &out) {
    const auto fail = [](std::string message) { return message; };
    const std::string_view name = type.name; // compared by size first: cheap for every leaf
    double number = v.kind == Value::Kind::Int ? double(v.integer) : v.number;
    bool isNumber = v.kind == Value::Kind::Int || v.kind == Value::Kind::Float;
    if ((name == "Int" || name == "Float") && v.kind == Value::Kind::String)
        isNumber = jsNumberFromString(v.string, number); // graphql-js serializes numeric strings
    if (type.kind == TypeKind::Enum) {
        if ((v.kind != Value::Kind::String && v.kind != Value::Kind::Enum) || !type.enumValue(v.string))
            return fail("Enum \"" + type.name + "\" cannot represent value: " + inspect(v));
        appendJsonString(out, v.string);
    } else if (name == "Int") {
        if (v.kind == Value::Kind::Bool) {
            out += v.boolean ? "1" : "0";
        } else if (!isNumber || std::trunc(number) != number) {
            return fail("Int cannot represent non-integer value: " + inspect(v));
        } else if (number < INT32_MIN || number > INT32_MAX) {
            return fail("Int cannot represent non 32-bit signed integer value: " + inspect(v));
        } else {
            out += std::to_string(static_cast<std::int64_t>(number));
        }
    } else if (name == "Float") {
        if (v.kind == Value::Kind::Bool)
            out += v.boolean ? "1" : "0";
        else if (!isNumber || !std::isfinite(number))
            return fail("Float cannot represent non numeric value: " + inspect(v));
        else
            appendJsNumber(out, number);
    } else if (name == "String" || name == "ID") {
        if (v.kind == Value::Kind::List || v.kind == Value::Kind::Object || v.kind == Value::Kind::Stream ||
            (name == "ID" && (v.kind == Value::Kind::Bool || (isNumber && std::trunc(number) != number))))
            return fail(type.name + " cannot represent value: " + inspect(v));
        if (v.kind == Value::Kind::String || v.kind == Value::Kind::Enum)
            appendJsonString(out, v.string); // the common case, without jsString()'s copy
        else
            appendJsonString(out, jsString(v));
    } else if (name == "Boolean") {
        if (v.kind == Value::Kind::Bool)
            out += v.boolean ? "true" : "false";
        else if (isNumber && std::isfinite(number))
            out += number != 0 ? "true" : "false";
        else
            return fail("Boolean cannot represent a non boolean value: " + inspect(v));
    } else {
        v.appendJson(out); // custom scalars serialize as given
    }
    return {};
}

} // namespace altrata::graphql

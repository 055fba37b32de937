#pragma once

#include <QString>

namespace altrata::ui {

// Plain sentences about what the user typed into a credentials field. They describe a slip without
// ever quoting the value, so they are safe for secret fields.
class FieldAdvice final {
public:
    // "The API key ends with a space — usually a copy-paste slip." `field` is the field's name in
    // lower case as Credentials::fieldsWithSurroundingWhitespace() gives it; `value` must have the slip.
    static QString surroundingWhitespace(const QString &field, const QString &value);
};

} // namespace altrata::ui

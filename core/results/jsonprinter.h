#pragma once

#include "tapeview.h"

#include <QByteArray>

#include <string_view>

namespace altrata::results::detail {

// Appends `text` as a JSON string literal, escaped like JSON.stringify (quotes, backslash, control
// characters; everything else, including non-ASCII, as is).
void appendJsonString(QByteArray &out, std::string_view text);

// Serializes the value at tape position `node`. Walks the tape linearly (no recursion), so any nesting
// depth simdjson accepted prints. Pretty output uses 2-space indentation like JSON.stringify(v, null, 2);
// numbers keep their source text.
QByteArray printJson(const TapeView &tape, std::uint64_t node, bool pretty);

} // namespace altrata::results::detail

#pragma once

#include "tapeview.h"

#include <QByteArray>

namespace altrata::results::detail {

// Serializes the value at tape position `node`. Walks the tape linearly (no recursion), so any nesting
// depth simdjson accepted prints. Pretty output uses 2-space indentation like JSON.stringify(v, null, 2);
// strings are escaped by graphql::appendJsonString (the project's one JSON escaper); numbers keep their
// source text.
QByteArray printJson(const TapeView &tape, std::uint64_t node, bool pretty);

} // namespace altrata::results::detail

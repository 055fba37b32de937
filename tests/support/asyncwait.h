#pragma once

#include <QObject>
#include <QTest>

#include <functional>
#include <optional>
#include <tuple>
#include <type_traits>

namespace altrata::test {

namespace detail {
template<typename Callback> struct CallbackArguments;
template<typename... Args> struct CallbackArguments<std::function<void(Args...)>> {
    // One argument comes back as itself, several as a tuple.
    using Tuple = std::tuple<std::decay_t<Args>...>;
    using Result = std::conditional_t<sizeof...(Args) == 1, std::tuple_element_t<0, Tuple>, Tuple>;
};
} // namespace detail

// Runs an asynchronous operation and waits for its callback in the event loop (up to `waitMs`):
// `start(context, done)` must start it with `context` and `done`, a Callback (a std::function type such as
// TokenCache::LoadCallback). Returns what the callback received, or nullopt when it did not run in time.
// The context dies on return, so a callback that comes too late is dropped instead of writing to the stack.
template<typename Callback, typename Start>
std::optional<typename detail::CallbackArguments<Callback>::Result> waitForCallback(Start &&start, int waitMs = 20000) {
    using Result = typename detail::CallbackArguments<Callback>::Result;
    QObject context;
    std::optional<Result> outcome;
    start(&context, Callback([&outcome](const auto &...args) { outcome.emplace(args...); }));
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, waitMs))
        return std::nullopt;
    return outcome;
}

} // namespace altrata::test

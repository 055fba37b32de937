#pragma once

#include <QObject>
#include <QPointer>

#include <utility>

namespace altrata::auth {

// Wraps a caller's callback so that it is dropped once the caller's context object is gone. A null
// context means "no owner to outlive": the callback always runs. An empty callback never runs.
template<typename Callback> Callback guarded(QObject *context, Callback done) {
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    return [guard, hasContext, done = std::move(done)](const auto &...args) {
        if ((hasContext && !guard) || !done)
            return;
        done(args...);
    };
}

// Calls `done(args...)` from the event loop, never inside the current call, and not at all once
// `receiver` is gone. Combine with guarded() to also drop it when the caller's context died.
template<typename Callback, typename... Args> void callLater(QObject *receiver, Callback done, Args... args) {
    QMetaObject::invokeMethod(
        receiver, [done = std::move(done), ... args = std::move(args)] { done(args...); }, Qt::QueuedConnection);
}

} // namespace altrata::auth

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

} // namespace altrata::auth

#include "secret.h"

#include <QDebug>

#include <utility>

namespace altrata::auth {

Secret::Secret(QString value)
    : m_value(std::move(value)) {}

Secret::Secret(Secret &&other) noexcept
    : m_value(std::exchange(other.m_value, QString())) {}

Secret &Secret::operator=(const Secret &other) {
    if (this != &other) {
        wipe();
        m_value = other.m_value;
    }
    return *this;
}

Secret &Secret::operator=(Secret &&other) noexcept {
    if (this != &other) {
        wipe();
        m_value = std::exchange(other.m_value, QString());
    }
    return *this;
}

Secret::~Secret() {
    wipe();
}

bool Secret::hasSurroundingWhitespace() const {
    return !m_value.isEmpty() && (m_value.front().isSpace() || m_value.back().isSpace());
}

void Secret::wipe() {
    // Only overwrite storage we own alone; a shared buffer belongs to another copy too.
    if (!m_value.isEmpty() && !m_value.isDetached()) {
        m_value = QString();
        return;
    }
    if (!m_value.isEmpty())
        m_value.fill(QLatin1Char('\0'));
    m_value = QString();
}

QDebug operator<<(QDebug debug, const Secret &secret) {
    QDebugStateSaver saver(debug);
    debug.nospace() << "Secret(" << (secret.isEmpty() ? "empty" : "***") << ')';
    return debug;
}

} // namespace altrata::auth

#pragma once

#include <QByteArray>
#include <QString>

class QDebug;

namespace altrata::auth {

// A password, API key or token. It never converts to a string by itself: the only way to read it
// is reveal(), so every place that handles the plain value is easy to find. QDebug prints a mask.
class Secret final {
public:
    Secret() = default;
    explicit Secret(QString value);
    Secret(const Secret &other) = default;
    Secret(Secret &&other) noexcept;
    Secret &operator=(const Secret &other);
    Secret &operator=(Secret &&other) noexcept;
    ~Secret();

    static Secret fromUtf8(const QByteArray &value) { return Secret(QString::fromUtf8(value)); }

    const QString &reveal() const { return m_value; }
    QByteArray revealUtf8() const { return m_value.toUtf8(); }

    bool isEmpty() const { return m_value.isEmpty(); }
    qsizetype length() const { return m_value.size(); }
    // Leading or trailing white space is almost always a copy-paste slip.
    bool hasSurroundingWhitespace() const;
    // Overwrites the characters before releasing them.
    void wipe();

    friend bool operator==(const Secret &a, const Secret &b) { return a.m_value == b.m_value; }

private:
    QString m_value;
};

QDebug operator<<(QDebug debug, const Secret &secret);

} // namespace altrata::auth

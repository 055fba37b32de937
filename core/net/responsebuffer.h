#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;
class QSettings;

namespace altrata::net {

// Collects a response body as it arrives, in ONE buffer with room for simdjson's padding, so that the parse
// works in place and a large body never sits twice in memory (the reply's buffer plus a readAll() copy).
// Refuses a body beyond a limit: announced too large (Content-Length) or grown past it while arriving; a
// refused buffer keeps nothing.
class ResponseBuffer final {
public:
    static constexpr qint64 kMegabyte = 1024 * 1024; // the setting counts binary megabytes
    static constexpr qint64 kDefaultMaxBytes = 1024 * kMegabyte;
    static const QString kSettingsKey; // "results/maxResponseMegabytes"

    // The limit the user set (whole megabytes); kDefaultMaxBytes when unset or not a positive number.
    static qint64 maxBytesFromSettings(const QSettings &settings);
    // "1.0 GB", "12.5 MB", "512 kB", "17 B" (binary units, as the limit is counted).
    static QString sizeText(qint64 bytes);

    explicit ResponseBuffer(qint64 maxBytes = kDefaultMaxBytes);

    // The announced size (Content-Length; -1 when unknown). False, keeping nothing, when it passes the limit;
    // else the buffer is reserved for the whole body plus padding.
    bool expect(qint64 announced);
    // Reads everything `device` has now, straight into the buffer. False, keeping nothing, when the body
    // would pass the limit (the bytes beyond it are not read).
    bool readFrom(QIODevice &device);
    // Takes the body (with padding room; the only reference to its bytes); the buffer is empty afterwards.
    QByteArray take();

    qint64 maxBytes() const { return m_maxBytes; }
    qint64 size() const { return m_body.size(); }
    qint64 capacity() const { return m_body.capacity(); }
    bool isRefused() const { return m_refused; }
    // Why the body was refused, as a sentence for a person; empty unless isRefused().
    QString refusalMessage() const;

private:
    void refuse(qint64 seen, bool announced);

    QByteArray m_body;
    qint64 m_maxBytes;
    qint64 m_seen = 0; // announced or received size that passed the limit
    bool m_announced = false;
    bool m_refused = false;
};

} // namespace altrata::net

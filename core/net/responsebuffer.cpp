#include "responsebuffer.h"

#include "results/resultdocument.h"

#include <QIODevice>
#include <QSettings>

#include <array>

namespace altrata::net {

const QString ResponseBuffer::kSettingsKey = QStringLiteral("results/maxResponseMegabytes");

qint64 ResponseBuffer::maxBytesFromSettings(const QSettings &settings) {
    bool ok = false;
    const qint64 megabytes = settings.value(kSettingsKey).toLongLong(&ok);
    // Beyond 2^40 MB the byte count would overflow: such a value means "no practical limit" anyway.
    if (!ok || megabytes <= 0)
        return kDefaultMaxBytes;
    return std::min(megabytes, qint64(1) << 40) * kMegabyte;
}

QString ResponseBuffer::sizeText(qint64 bytes) {
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(std::max<qint64>(bytes, 0));
    static constexpr std::array units{"kB", "MB", "GB", "TB"};
    double value = double(bytes) / 1024.0;
    std::size_t unit = 0;
    for (; value >= 1023.95 && unit + 1 < units.size(); value /= 1024.0)
        ++unit;
    return QStringLiteral("%1 %2").arg(value, 0, 'f', value < 99.95 ? 1 : 0).arg(QLatin1String(units[unit]));
}

ResponseBuffer::ResponseBuffer(qint64 maxBytes)
    : m_maxBytes(maxBytes > 0 ? maxBytes : kDefaultMaxBytes) {}

bool ResponseBuffer::expect(qint64 announced) {
    if (m_refused)
        return false;
    if (announced > m_maxBytes) {
        refuse(announced, true);
        return false;
    }
    if (announced > m_body.capacity())
        m_body.reserve(qsizetype(announced) + results::ResultDocument::paddingBytes());
    return true;
}

bool ResponseBuffer::readFrom(QIODevice &device) {
    if (m_refused)
        return false;
    const qint64 available = device.bytesAvailable();
    if (available <= 0)
        return true;
    const qint64 old = m_body.size();
    if (old + available > m_maxBytes) {
        refuse(old + available, false);
        return false;
    }
    // resize() grows geometrically past a reservation, so an unannounced body costs amortized O(1) per byte.
    m_body.resize(qsizetype(old + available));
    const qint64 read = device.read(m_body.data() + old, available);
    m_body.resize(qsizetype(old + std::max<qint64>(read, 0)));
    return true;
}

QByteArray ResponseBuffer::take() {
    results::ResultDocument::reservePadding(m_body); // a no-op when the announced size was right
    return std::exchange(m_body, QByteArray());
}

QString ResponseBuffer::refusalMessage() const {
    if (!m_refused)
        return {};
    const QString size =
        m_announced ? QStringLiteral("%1 announced").arg(sizeText(m_seen)) : QStringLiteral("more than that arrived");
    return QStringLiteral("The response is larger than the %1 limit (%2); nothing was kept. Raise the limit "
                          "with the setting %3 (now %4) if you need responses this large.")
        .arg(sizeText(m_maxBytes), size, kSettingsKey)
        .arg((m_maxBytes + kMegabyte - 1) / kMegabyte);
}

void ResponseBuffer::refuse(qint64 seen, bool announced) {
    m_refused = true;
    m_seen = seen;
    m_announced = announced;
    m_body = QByteArray(); // releases the memory, not just the size
}

} // namespace altrata::net

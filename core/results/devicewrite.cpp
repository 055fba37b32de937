#include "devicewrite.h"

#include <QFileDevice>
#include <QIODevice>

namespace altrata::results {

bool writeWhole(QIODevice &device, const QByteArray &bytes) {
    return device.write(bytes) == bytes.size();
}

bool flushFile(QIODevice &device) {
    auto *file = qobject_cast<QFileDevice *>(&device);
    return !file || file->flush();
}

QString writeFailure(const QString &what, const QIODevice &device) {
    const QString reason = device.errorString();
    return reason.isEmpty() || reason == QStringLiteral("Unknown error")
               ? QStringLiteral("The %1 could not be written.").arg(what)
               : QStringLiteral("The %1 could not be written: %2.").arg(what, reason);
}

} // namespace altrata::results

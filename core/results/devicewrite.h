#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace altrata::results {

// What every export writer does with its device (JSON, CSV, TSV), in one place.

// Writes all of `bytes`; false when the device took less (a full disk, a closed pipe).
bool writeWhole(QIODevice &device, const QByteArray &bytes);
// Pushes a file's buffer out, since a full disk often shows only then; true for devices that are not files.
bool flushFile(QIODevice &device);
// "The table could not be written: No space left on device." (the device's reason when it gives one).
QString writeFailure(const QString &what, const QIODevice &device);

} // namespace altrata::results

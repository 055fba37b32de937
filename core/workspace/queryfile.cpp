#include "queryfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>

namespace altrata::workspace {

namespace {

QueryFileResult failure(QString sentence) {
    return QueryFileResult{false, {}, std::move(sentence)};
}

} // namespace

QueryFileResult readQueryFile(const QString &path) {
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return failure(QStringLiteral("Could not open %1: the file does not exist.").arg(shown));
    if (info.isDir())
        return failure(QStringLiteral("Could not open %1: it is a folder, not a file.").arg(shown));
    if (info.size() > kMaxQueryFileBytes)
        return failure(QStringLiteral("Could not open %1: it is larger than 10 MB, which is too large for a query "
                                      "document.")
                           .arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(QStringLiteral("Could not open %1: %2.").arg(shown, file.errorString()));
    // The size check above can race with a growing file; read one byte more than allowed to notice.
    const QByteArray bytes = file.read(kMaxQueryFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return failure(QStringLiteral("Could not read %1: %2.").arg(shown, file.errorString()));
    if (bytes.size() > kMaxQueryFileBytes)
        return failure(QStringLiteral("Could not open %1: it is larger than 10 MB, which is too large for a query "
                                      "document.")
                           .arg(shown));
    QStringDecoder decoder(QStringDecoder::Utf8); // the default flags drop a leading byte order mark
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return failure(
            QStringLiteral("Could not open %1: it is not UTF-8 text. Save it as UTF-8 and open it again.").arg(shown));
    return QueryFileResult{true, std::move(text), {}};
}

QueryFileResult writeQueryFile(const QString &path, const QString &text) {
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir())
        return failure(QStringLiteral("Could not save %1: it is a folder, not a file.").arg(shown));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(QStringLiteral("Could not save %1: %2.").arg(shown, file.errorString()));
    const QByteArray bytes = text.toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return failure(QStringLiteral("Could not save %1: %2.").arg(shown, file.errorString()));
    return QueryFileResult{true, text, {}};
}

} // namespace altrata::workspace

#include "requestlog.h"

namespace altrata::sandbox {

QString RequestLog::line(const QByteArray &method, const QString &path, int status, qint64 elapsedMs) {
    // A path is ours to log, but a client could put anything in it: keep it short and printable.
    QString safePath = path.left(200);
    for (QChar &c : safePath) {
        if (!c.isPrint())
            c = QLatin1Char('?');
    }
    return QStringLiteral("%1 %2 %3 %4 ms").arg(QString::fromLatin1(method), safePath).arg(status).arg(elapsedMs);
}

} // namespace altrata::sandbox

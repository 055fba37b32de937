#pragma once

#include <QByteArray>
#include <QString>

// The one line the sandbox logs per request. Built from the method, the path without its query (a GET
// carries the whole operation there) and the outcome only: never a header or a body, so no API key,
// password or token can end up in a log.
namespace altrata::sandbox {

class RequestLog final {
public:
    // "POST /profile/graphql 200 12 ms"
    static QString line(const QByteArray &method, const QString &path, int status, qint64 elapsedMs);
};

} // namespace altrata::sandbox

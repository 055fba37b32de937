#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

// What the sandbox sends back for one request, built before it is written so that fault injection
// can delay it and the request log can see its status.
namespace altrata::sandbox {

struct HttpAnswer {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // beyond Content-Type and Content-Length

    // Compact JSON with Content-Type application/json.
    static HttpAnswer json(int status, const QJsonObject &object);
    // API-gateway style {"message": message}.
    static HttpAnswer message(int status, const QString &message);
    HttpAnswer &withHeader(QByteArray name, QByteArray value);
};

} // namespace altrata::sandbox

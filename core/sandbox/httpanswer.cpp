#include "httpanswer.h"

#include <QJsonDocument>

namespace altrata::sandbox {

HttpAnswer HttpAnswer::json(int status, const QJsonObject &object) {
    HttpAnswer answer;
    answer.status = status;
    answer.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return answer;
}

HttpAnswer HttpAnswer::message(int status, const QString &message) {
    return json(status, QJsonObject{{QStringLiteral("message"), message}});
}

HttpAnswer &HttpAnswer::withHeader(QByteArray name, QByteArray value) {
    headers.append({std::move(name), std::move(value)});
    return *this;
}

} // namespace altrata::sandbox

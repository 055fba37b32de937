#include "examplequeries.h"

#include "net/servicecatalog.h"
#include "rundocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace altrata::ui {

namespace {

QString readResource(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool announcesLargeResult(const QString &text) {
    return text.startsWith(QStringLiteral("# LARGE RESULT"));
}

} // namespace

QString exampleDocumentId(const QString &service) {
    return QStringLiteral("example-") + service;
}

std::optional<workspace::QueryDocument> exampleDocument(const QString &service, const QUrl &serviceUrl) {
    const QDir directory(QStringLiteral(":/examples/") + service);
    for (const QFileInfo &file : directory.entryInfoList({QStringLiteral("*.graphql")}, QDir::Files, QDir::Name)) {
        const QString query = readResource(file.filePath());
        if (query.isEmpty() || announcesLargeResult(query))
            continue;
        workspace::QueryDocument document;
        document.id = exampleDocumentId(service);
        document.title = QStringLiteral("%1: %2").arg(net::ServiceCatalog::displayName(service), file.baseName());
        document.query = query;
        document.variables = readResource(directory.filePath(file.baseName() + QStringLiteral(".json")));
        document.serviceUrl = serviceUrl;
        std::tie(document.cursorLine, document.cursorColumn) = RunDocument(query).firstOperationPosition();
        return document;
    }
    return std::nullopt;
}

} // namespace altrata::ui

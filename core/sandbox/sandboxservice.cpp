#include "sandboxservice.h"

#include "graphql/buildschema.h"

#include <QFile>

#include <stdexcept>

namespace altrata::sandbox {

graphql::Schema loadSandboxSchema(const QString &name) {
    const QString path = QStringLiteral(":/sandbox/%1.graphql").arg(name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("sandbox schema missing: " + path.toStdString());
    graphql::BuildSchemaResult built = graphql::buildSchema(file.readAll().toStdString());
    // Our own SDL must be flawless: a lenient load would hide a mistake until a demo hits it.
    if (!built.ok())
        throw std::runtime_error(path.toStdString() + ":" + std::to_string(built.errors.front().location.line) + ": " +
                                 built.errors.front().message);
    if (!built.schema.warnings().empty())
        throw std::runtime_error(path.toStdString() + ": " + built.schema.warnings().front());
    return std::move(built.schema);
}

} // namespace altrata::sandbox

#pragma once

#include "workspace/querydocument.h"

#include <QUrl>

namespace altrata::ui {

// The example tab of one sandbox service: the first of its compiled-in examples (:/examples/<service>/*.graphql,
// skipping those that announce a very large result) with its variables (the .json beside it), titled
// "<Service>: <file>", on `serviceUrl`, with the cursor at the start of its operation. Its id is stable
// ("example-<service>") so that opening the examples again selects the tab instead of adding another.
// nullopt when the service has no example.
std::optional<workspace::QueryDocument> exampleDocument(const QString &service, const QUrl &serviceUrl);
QString exampleDocumentId(const QString &service);

} // namespace altrata::ui

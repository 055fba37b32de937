#pragma once

#include "net/graphqlclient.h"
#include "results/resultdocument.h"

#include <QObject>

#include <memory>

namespace altrata::test {

// What the GraphQLClient/GraphQLJob tests share: a record of `finished` emissions (to check "exactly once"),
// readable outcome names for failure messages, and parsing a body into a ResultDocument.

struct FinishedLog {
    int count = 0;
    net::GraphQLResponse last;
};

inline std::shared_ptr<FinishedLog> watchFinished(net::GraphQLJob *job) {
    auto log = std::make_shared<FinishedLog>();
    QObject::connect(job, &net::GraphQLJob::finished, job, [log](const net::GraphQLResponse &response) {
        ++log->count;
        log->last = response;
    });
    return log;
}

inline QString outcomeName(net::GraphQLResponse::Outcome outcome) {
    using Outcome = net::GraphQLResponse::Outcome;
    switch (outcome) {
    case Outcome::Data:
        return QStringLiteral("Data");
    case Outcome::GraphQLErrors:
        return QStringLiteral("GraphQLErrors");
    case Outcome::HttpError:
        return QStringLiteral("HttpError");
    case Outcome::TransportError:
        return QStringLiteral("TransportError");
    case Outcome::AuthFailed:
        return QStringLiteral("AuthFailed");
    case Outcome::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return QStringLiteral("?");
}

// The parsed document, or null with the parse error printed as a warning (it shows in the test's output).
inline std::shared_ptr<const results::ResultDocument> parsedDocument(const QByteArray &json) {
    results::ResultDocument::ParseError error;
    auto document = results::ResultDocument::parse(json, &error);
    if (!document)
        qWarning("%s", qPrintable(error.message));
    return document;
}

} // namespace altrata::test

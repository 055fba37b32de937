#pragma once

#include "net/graphqlclient.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace altrata::ui {

class QueryTab;

// Run and Cancel: turns a tab into one GraphQLRequest (the operation under the cursor, or the one the user picks
// when the document holds several; only the fragments it uses; the variables and extra headers of the tab),
// sends it through the session's GraphQLClient and shows progress and the answer in the tab's ResultsView.
// One request at a time. Refuses with a plain message, sending nothing, when the variables are not JSON.
class RunController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunController)
public:
    explicit RunController(QWidget *dialogParent, QObject *parent = nullptr);
    ~RunController() override;

    // The client of the current session (null: no profile). A request in flight on another client is cancelled.
    void setClient(net::GraphQLClient *client);
    bool isRunning() const { return m_job != nullptr; }
    net::GraphQLJob *currentJob() const { return m_job; }

    // Sends the tab's query to `service`. False (with message()) when nothing was sent.
    bool run(QueryTab *tab, const QUrl &service, const QString &serviceLabel);

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void runningChanged(bool running);
    void message(const QString &text); // a plain sentence for the status line
    void finished(const altrata::net::GraphQLResponse &response);

private:
    // The tab's variables when a request can go out; else nullopt, and message() says why.
    std::optional<QJsonObject> checkedVariables(QueryTab *tab, const QUrl &service);
    void send(QueryTab *tab, const net::GraphQLRequest &request, const QString &serviceLabel);
    int chooseOperation(const QStringList &labels);
    void onFinished(const net::GraphQLResponse &response);

    QWidget *m_dialogParent;
    QPointer<net::GraphQLClient> m_client;
    QPointer<net::GraphQLJob> m_job;
    QPointer<QueryTab> m_tab;
    QString m_serviceLabel;
};

} // namespace altrata::ui

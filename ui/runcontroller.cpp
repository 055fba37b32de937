#include "runcontroller.h"

#include "headerseditor.h"
#include "jsoneditor.h"
#include "queryeditor.h"
#include "querytab.h"
#include "resultsview.h"
#include "rundocument.h"
#include "uilogging.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>

namespace altrata::ui {

RunController::RunController(QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_dialogParent(dialogParent) {}

RunController::~RunController() {
    if (m_job) { // the window is going away: nothing is left to show the answer in
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
}

void RunController::setClient(net::GraphQLClient *client) {
    if (client != m_client && m_job) { // the session changed under a request: it ends here, as cancelled
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
        if (m_tab)
            m_tab->resultsView()->showCancelled();
        m_job = nullptr;
        Q_EMIT runningChanged(false);
    }
    m_client = client;
}

std::optional<QJsonObject> RunController::checkedVariables(QueryTab *tab, const QUrl &service) {
    if (!m_client) {
        Q_EMIT message(tr("Choose a credentials profile first (Credentials ▸ Edit Credentials…). Nothing was sent."));
        return std::nullopt;
    }
    if (!service.isValid()) {
        Q_EMIT message(tr("Choose a service first. Nothing was sent."));
        return std::nullopt;
    }
    tab->variablesEditor()->checkNow();
    std::optional<QJsonObject> variables = tab->variablesEditor()->variables();
    if (!variables) { // shown where the problem is; the text stays as typed
        tab->requestTabs()->setCurrentWidget(tab->variablesEditor());
        Q_EMIT message(tr("%1 Nothing was sent.").arg(tab->variablesEditor()->problem()));
    }
    return variables;
}

bool RunController::run(QueryTab *tab, const QUrl &service, const QString &serviceLabel) {
    if (!tab || isRunning())
        return false;
    const std::optional<QJsonObject> variables = checkedVariables(tab, service);
    if (!variables)
        return false;
    const RunDocument document(tab->editor()->text());
    int index = -1;
    if (!document.hasSyntaxErrors() && document.operationCount() > 1) {
        index = document.operationAt(tab->editor()->cursorByteOffset());
        if (index < 0)
            index = chooseOperation(document.operationLabels());
        if (index < 0)
            return false;               // the user closed the chooser
        if (!m_client || isRunning()) { // the session went away (or a run began) while the chooser was open
            Q_EMIT message(tr("The credentials profile changed while choosing. Nothing was sent."));
            return false;
        }
    }
    const SentText sent = document.sentText(index < 0 ? 0 : index);
    net::GraphQLRequest request;
    request.url = service;
    request.query = sent.query;
    request.variables = *variables;
    request.operationName = sent.operationName;
    request.extraHeaders = tab->headersEditor()->headersToSend();
    tab->setLastSent(sent);
    send(tab, request, serviceLabel);
    return true;
}

void RunController::send(QueryTab *tab, const net::GraphQLRequest &request, const QString &serviceLabel) {
    m_tab = tab;
    m_serviceLabel = serviceLabel;
    m_job = m_client->send(request);
    ResultsView *results = tab->resultsView();
    results->showRunning(serviceLabel);
    connect(m_job, &net::GraphQLJob::downloadProgress, results, &ResultsView::setProgress);
    connect(m_job, &net::GraphQLJob::bodyReceived, results, &ResultsView::showParsing);
    connect(m_job, &net::GraphQLJob::parseProgress, results, &ResultsView::setParseProgress);
    connect(m_job, &net::GraphQLJob::finished, this, &RunController::onFinished);
    qCInfo(lcUi) << "run" << (request.operationName.isEmpty() ? QStringLiteral("(unnamed)") : request.operationName);
    Q_EMIT runningChanged(true);
}

int RunController::chooseOperation(const QStringList &labels) {
    QMessageBox box(QMessageBox::Question, tr("Run Which Operation?"),
                    tr("This document holds %1 operations and the cursor is in none of them. Which one should run?")
                        .arg(labels.size()),
                    QMessageBox::NoButton, m_dialogParent);
    box.setInformativeText(tr("Tip: put the cursor inside an operation to run it directly."));
    QList<QPushButton *> buttons;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        QPushButton *button = box.addButton(labels.at(i), QMessageBox::AcceptRole);
        button->setObjectName(QStringLiteral("operation%1").arg(i));
        buttons.append(button);
    }
    box.addButton(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    box.exec();
    return int(buttons.indexOf(qobject_cast<QPushButton *>(box.clickedButton())));
}

void RunController::cancel() {
    if (m_job)
        m_job->cancel(); // finished(Cancelled) follows
}

void RunController::onFinished(const net::GraphQLResponse &response) {
    if (m_tab) {
        if (response.outcome == net::GraphQLResponse::Outcome::Cancelled)
            m_tab->resultsView()->showCancelled();
        else
            m_tab->resultsView()->showResponse(response, m_serviceLabel);
    }
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
    Q_EMIT runningChanged(false);
    Q_EMIT finished(response);
}

} // namespace altrata::ui

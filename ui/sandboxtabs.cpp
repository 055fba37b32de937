#include "sandboxtabs.h"

#include "examplequeries.h"
#include "querytab.h"
#include "querytabs.h"
#include "sandbox/sandboxhost.h"

namespace altrata::ui {

QueryTab *openSandboxExampleTabs(QueryTabs *tabs, const sandbox::SandboxHost &host) {
    QueryTab *first = nullptr;
    for (const QString &service : host.serviceNames()) {
        QueryTab *tab = tabs->findTab(exampleDocumentId(service));
        if (tab) {
            tab->setServiceUrl(host.serviceUrl(service));
        } else if (const auto example = exampleDocument(service, host.serviceUrl(service))) {
            tab = tabs->addDocument(*example);
        }
        if (!first)
            first = tab;
    }
    if (first)
        tabs->setCurrentWidget(first);
    return first;
}

void followSandboxPort(QueryTabs *tabs, const sandbox::SandboxHost &host) {
    for (int i = 0; i < tabs->count(); ++i) {
        QueryTab *tab = tabs->tabAt(i);
        const QUrl url = tab->serviceUrl();
        if (!url.isValid() || (url.host() != QStringLiteral("127.0.0.1") && url.host() != QStringLiteral("localhost")))
            continue;
        for (const QString &service : host.serviceNames()) {
            const QUrl current = host.serviceUrl(service);
            if (url.path() == current.path() && url != current)
                tab->setServiceUrl(current);
        }
    }
}

} // namespace altrata::ui

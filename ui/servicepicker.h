#pragma once

#include "net/servicecatalog.h"

#include <QComboBox>

#include <optional>

namespace altrata::ui {

// The service picker: the services of a ServiceCatalog, plus a "Sandbox" entry that asks for the built-in
// sandbox to be started while it is offered and not running. Only shows and reports; the window acts.
class ServicePicker final : public QComboBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServicePicker)

public:
    explicit ServicePicker(QWidget *parent = nullptr);

    // Lists the catalog's services, keeping the current one when it is still listed.
    void setCatalog(const net::ServiceCatalog &catalog);
    // Whether to list the "Sandbox" entry that starts the sandbox (only while the catalog has none).
    void setSandboxOffered(bool offered);
    bool selectUrl(const QUrl &url);
    std::optional<net::Service> currentService() const;
    static QString sandboxEntryText();

Q_SIGNALS:
    void serviceSelected(const QUrl &url);
    // The "Sandbox" entry was chosen; the selection stays where it was until the sandbox's services appear.
    void sandboxRequested();

private:
    void rebuild();
    void onActivated(int index);

    net::ServiceCatalog m_catalog;
    QList<net::Service> m_services; // in item order; the "Sandbox" entry, if any, comes after them
    bool m_sandboxOffered = false;
    int m_lastServiceIndex = 0;
};

} // namespace altrata::ui

#pragma once

#include "net/servicecatalog.h"

#include <QComboBox>
#include <QPointer>
#include <QSettings>

#include <optional>

namespace altrata::ui {

// The service picker: the services of a ServiceCatalog, a "Sandbox" entry that asks for the built-in sandbox
// to be started while it is offered and not running, and a last "Custom URL…" entry that asks for a GraphQL
// URL (https, or http to this computer only). Accepted custom URLs join the catalog and a recent list (most
// recent first, at most maxRecentCustomUrls) kept in QSettings, so they are listed again after a restart.
// Only shows and reports; the window acts.
class ServicePicker final : public QComboBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServicePicker)

public:
    static constexpr int maxRecentCustomUrls = 10;

    explicit ServicePicker(QWidget *parent = nullptr);

    // Lists the catalog's services (plus the recent custom URLs), keeping the current one when still listed.
    void setCatalog(const net::ServiceCatalog &catalog);
    const net::ServiceCatalog &catalog() const { return m_catalog; }
    // Where the recent custom URLs live ("services/recentCustomUrls"). Not owned; may be null.
    void setSettings(QSettings *settings);
    QList<QUrl> recentCustomUrls() const { return m_recent; }
    // Whether to list the "Sandbox" entry that starts the sandbox (only while the catalog has none).
    void setSandboxOffered(bool offered);
    bool selectUrl(const QUrl &url);
    std::optional<net::Service> currentService() const;
    static QString sandboxEntryText();
    static QString customEntryText();

    // Why `text` cannot be used as a custom service URL, in plain words; empty when it can.
    static QString customUrlProblem(const QString &text);
    // Adds an acceptable URL (see customUrlProblem) to the catalog and the recent list, selects it and emits
    // serviceSelected. False, and nothing changes, for an unacceptable one.
    bool addCustomUrl(const QUrl &url);

public Q_SLOTS:
    // Asks for a custom URL in a small dialog; refusals are explained there and keep the typed text.
    void askForCustomUrl();

Q_SIGNALS:
    void serviceSelected(const QUrl &url);
    // The "Sandbox" entry was chosen; the selection stays where it was until the sandbox's services appear.
    void sandboxRequested();

private:
    void rebuild();
    void onActivated(int index);
    void restoreSelection();
    void rememberCustomUrl(const QUrl &url);
    void mergeRecent();
    void readRecent();
    void writeRecent();

    net::ServiceCatalog m_baseCatalog; // as the window gave it
    net::ServiceCatalog m_catalog;     // plus the recent custom URLs
    QList<net::Service> m_services;    // in item order; the "Sandbox" and "Custom URL…" entries come after them
    QList<QUrl> m_recent;              // most recent first
    QPointer<QSettings> m_settings;
    bool m_sandboxOffered = false;
    int m_lastServiceIndex = 0;
};

} // namespace altrata::ui

#include "servicepicker.h"

namespace altrata::ui {

ServicePicker::ServicePicker(QWidget *parent)
    : QComboBox(parent) {
    setAccessibleName(tr("GraphQL service"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::activated, this, &ServicePicker::onActivated);
    rebuild();
}

QString ServicePicker::sandboxEntryText() {
    return tr("Sandbox (start the built-in demo server)");
}

void ServicePicker::setCatalog(const net::ServiceCatalog &catalog) {
    m_catalog = catalog;
    rebuild();
}

void ServicePicker::setSandboxOffered(bool offered) {
    m_sandboxOffered = offered;
    rebuild();
}

void ServicePicker::rebuild() {
    const std::optional<net::Service> current = currentService();
    const QSignalBlocker blocker(this);
    clear();
    m_services = m_catalog.services();
    for (const net::Service &service : m_services) {
        addItem(service.label, service.url);
        setItemData(count() - 1, service.url.toDisplayString(), Qt::ToolTipRole);
    }
    if (m_sandboxOffered && !m_catalog.hasSandbox())
        addItem(sandboxEntryText());
    int index = 0;
    for (int i = 0; current && i < m_services.size(); ++i) {
        if (m_services.at(i).url == current->url)
            index = i;
    }
    setCurrentIndex(index);
    m_lastServiceIndex = index;
}

bool ServicePicker::selectUrl(const QUrl &url) {
    for (int i = 0; i < m_services.size(); ++i) {
        if (m_services.at(i).url == url) {
            setCurrentIndex(i);
            onActivated(i);
            return true;
        }
    }
    return false;
}

std::optional<net::Service> ServicePicker::currentService() const {
    const int index = currentIndex();
    if (index < 0 || index >= m_services.size())
        return std::nullopt;
    return m_services.at(index);
}

void ServicePicker::onActivated(int index) {
    if (index >= m_services.size()) { // the "Sandbox" entry
        setCurrentIndex(m_lastServiceIndex);
        Q_EMIT sandboxRequested();
        return;
    }
    m_lastServiceIndex = index;
    Q_EMIT serviceSelected(m_services.at(index).url);
}

} // namespace altrata::ui

#include "sandboxservices.h"

#include "auth/clock.h"
#include "sandboxserver.h"

#include <QObject>

namespace altrata::sandbox {

namespace {

// The system clock of a default server whose caller gave none. A child of the server, so it is destroyed
// by ~QObject, after the server's own members (its services, which hold a reference to it) are gone.
class OwnedClock final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OwnedClock)

public:
    OwnedClock() = default;
    const auth::Clock &clock() const { return m_clock; }

private:
    auth::SystemClock m_clock;
};

} // namespace

std::vector<std::unique_ptr<SandboxService>> makeSandboxServices(std::shared_ptr<const Dataset> dataset,
                                                                 const auth::Clock &clock) {
    std::vector<std::unique_ptr<SandboxService>> services;
    services.reserve(4);
    services.push_back(makeProfileService(dataset));
    services.push_back(makeMatchingService(dataset, clock));
    services.push_back(makeRelationshipsService(dataset));
    services.push_back(makeEventsService(std::move(dataset)));
    return services;
}

std::unique_ptr<SandboxServer> SandboxServer::createDefault(const SandboxConfig &config, const auth::Clock *clock) {
    auto ownedClock = clock ? nullptr : std::make_unique<OwnedClock>();
    const auth::Clock &serverClock = clock ? *clock : ownedClock->clock();
    // Token expiry and matching jobs follow the same clock, so a test's ManualClock moves both.
    auto server = std::make_unique<SandboxServer>(
        config, makeSandboxServices(Dataset::generate(config.dataset), serverClock), &serverClock);
    if (ownedClock)
        ownedClock.release()->setParent(server.get());
    return server;
}

} // namespace altrata::sandbox

#include "sandboxservices.moc"

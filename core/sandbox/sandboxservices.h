#pragma once

#include "dataset.h"
#include "sandboxservice.h"

#include <memory>
#include <vector>

namespace altrata::auth {
class Clock;
}

// The four services of the sandbox, each implemented in its own file (profileservice.cpp,
// matchingservice.cpp, relationshipsservice.cpp, eventsservice.cpp).
namespace altrata::sandbox {

std::unique_ptr<SandboxService> makeProfileService(std::shared_ptr<const Dataset> dataset);
// Matching jobs advance with `clock` (not owned; must outlive the service).
std::unique_ptr<SandboxService> makeMatchingService(std::shared_ptr<const Dataset> dataset, const auth::Clock &clock);
std::unique_ptr<SandboxService> makeRelationshipsService(std::shared_ptr<const Dataset> dataset);
std::unique_ptr<SandboxService> makeEventsService(std::shared_ptr<const Dataset> dataset);

// All four, in the order profile, matching, relationships, events.
std::vector<std::unique_ptr<SandboxService>> makeSandboxServices(std::shared_ptr<const Dataset> dataset,
                                                                 const auth::Clock &clock);

} // namespace altrata::sandbox

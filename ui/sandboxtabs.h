#pragma once

namespace altrata::sandbox {
class SandboxHost;
}

namespace altrata::ui {

class QueryTab;
class QueryTabs;

// Opens the example tab of every sandbox service (exampleDocument()), or, for those already open, points them
// at the running sandbox. Returns the first service's tab (current afterwards), or null without examples.
QueryTab *openSandboxExampleTabs(QueryTabs *tabs, const sandbox::SandboxHost &host);

// The sandbox listens on a new port each run: tabs saved against an earlier run (a loopback URL with the path of
// one of its services) follow it to the running one.
void followSandboxPort(QueryTabs *tabs, const sandbox::SandboxHost &host);

} // namespace altrata::ui

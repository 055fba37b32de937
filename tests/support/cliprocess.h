#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QTemporaryDir;

namespace altrata::test {

// What a finished CLI process left: exit code (-1 when it crashed or timed out), stdout and stderr.
struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs `program` with `args`, feeding `input` on stdin, and blocks until it exits (killed after 60 s).
// Blocking is fine only when nothing the process talks to lives in the test's own event loop.
CliRun runCli(const QString &program, const QStringList &args, const QByteArray &input = {});

// The environment for a CLI child that sees nothing of the user's: no ALTRATA_* or proxy variables, no
// display, HOME and the XDG config/cache folders inside `home`, and no proxy for any host.
QProcessEnvironment isolatedCliEnvironment(const QTemporaryDir &home);

// Writes `content` to `name` inside `dir` and returns its path (a failed write ends the test run).
QString writeTestFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content);

} // namespace altrata::test

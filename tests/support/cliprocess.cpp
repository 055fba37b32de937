#include "cliprocess.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace altrata::test {

CliRun runCli(const QString &program, const QStringList &args, const QByteArray &input) {
    QProcess process;
    process.setProgram(program);
    process.setArguments(args);
    process.start();
    process.write(input);
    process.closeWriteChannel();
    CliRun result;
    if (!process.waitForFinished(60000))
        process.kill();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QProcessEnvironment isolatedCliEnvironment(const QTemporaryDir &home) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys()) {
        if (name.startsWith(QStringLiteral("ALTRATA_")) || name.endsWith(QStringLiteral("_proxy")) ||
            name.endsWith(QStringLiteral("_PROXY")))
            env.remove(name);
    }
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("no_proxy"), QStringLiteral("*"));
    return env;
}

QString writeTestFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write the test file");
    return path;
}

} // namespace altrata::test

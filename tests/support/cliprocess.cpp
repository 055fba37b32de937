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

QString writeTestFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write the test file");
    return path;
}

} // namespace altrata::test

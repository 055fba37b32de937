// bench_results: issue 7's results-at-scale benchmark. For each body size (generated, deterministic) or a given
// file, runs one child process per measurement kind (so each peak RSS is that kind's alone) and prints one table
// with ratios, then one "target NAME: VALUE (goal GOAL): met|missed" line per target. See tests/bench/README.md.
#include "graphqlbodygenerator.h"
#include "resultsbench.h"
#include "resultsbenchreport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

using namespace altrata::bench;

namespace {

constexpr qint64 kMB = 1000000;

// Runs `bench_results --child MODE --input FILE ...` and collects its "key value" lines.
bool runChild(const QString &mode, const QString &input, const QStringList &extra, Figures &figures) {
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                QStringList{QStringLiteral("--child"), mode, QStringLiteral("--input"), input} + extra);
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        std::fprintf(stderr, "bench_results: the %s child failed (exit %d)\n", qPrintable(mode), child.exitCode());
        figures.failed.append(mode);
        return false;
    }
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        const qsizetype space = line.indexOf(' ');
        if (space <= 0)
            continue;
        const QString key = QString::fromUtf8(line.left(space));
        if (key.startsWith(QStringLiteral("note.")))
            figures.notes.insert(key.mid(5), QString::fromUtf8(line.mid(space + 1)));
        else
            figures.values.insert(key, line.mid(space + 1).toDouble());
    }
    return true;
}

Figures measure(const QString &label, const QString &file, const RunOptions &options) {
    Figures figures;
    figures.label = label;
    const QStringList extra{QStringLiteral("--qt-max-mb"),  QString::number(options.qtMaxBytes / kMB),
                            QStringLiteral("--raw-max-mb"), QString::number(options.rawMaxBytes / kMB),
                            QStringLiteral("--repeats"),    QString::number(options.repeats)};
    for (const QString &mode : {QStringLiteral("load"), QStringLiteral("ops"), QStringLiteral("gui")}) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(label), qPrintable(mode));
        runChild(mode, file, extra, figures);
    }
    const qint64 bytes = qint64(figures.value(QStringLiteral("body_bytes")));
    if (bytes > options.baselineMaxBytes) {
        figures.notes.insert(QStringLiteral("baseline"),
                             QStringLiteral("skipped above %1 MB: an eager QStandardItemModel needs ~35x the body "
                                            "(~17 GB at 500 MB, docs perf-baselines.md)")
                                 .arg(options.baselineMaxBytes / kMB));
    } else {
        std::fprintf(stderr, "%s: baseline\n", qPrintable(label));
        runChild(QStringLiteral("baseline"), file, extra, figures);
    }
    return figures;
}

int runParent(const QCommandLineParser &args) {
    RunOptions options;
    options.qtMaxBytes = args.value(QStringLiteral("qt-max-mb")).toLongLong() * kMB;
    options.rawMaxBytes = args.value(QStringLiteral("raw-max-mb")).toLongLong() * kMB;
    options.baselineMaxBytes = args.value(QStringLiteral("baseline-max-mb")).toLongLong() * kMB;
    options.repeats = args.value(QStringLiteral("repeats")).toInt();
    QList<Figures> all;
    if (args.isSet(QStringLiteral("input"))) {
        const QString file = args.value(QStringLiteral("input"));
        all.append(measure(QFileInfo(file).fileName(), file, options));
    } else {
        QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/bench_results-XXXXXX"));
        for (const QString &size : args.value(QStringLiteral("sizes")).split(QLatin1Char(','))) {
            const qint64 target = qint64(size.toDouble() * double(kMB));
            const QString file = dir.filePath(QStringLiteral("body-%1.json").arg(size));
            altrata::test::GraphQLBodyStats stats;
            QString error;
            std::fprintf(stderr, "%s MB: generating\n", qPrintable(size));
            if (target <= 0 || !altrata::test::writeGraphQLBody(file, target, 1, &stats, &error)) {
                std::fprintf(stderr, "bench_results: %s\n", qPrintable(error.isEmpty() ? size : error));
                return 2;
            }
            Figures figures = measure(QStringLiteral("%1 MB").arg(size), file, options);
            figures.values.insert(QStringLiteral("edges"), double(stats.edges));
            figures.values.insert(QStringLiteral("json_values"), double(stats.values));
            all.append(figures);
            QFile::remove(file);
        }
    }
    printReport(all, options);
    return 0;
}

} // namespace

int main(int argc, char *argv[]) {
    const bool gui = argc > 2 && qstrcmp(argv[1], "--child") == 0 && qstrcmp(argv[2], "gui") == 0;
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(gui ? new QApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCommandLineParser args;
    args.setApplicationDescription(QStringLiteral("Results at scale: opens generated GraphQL responses of 1, 10, 100 "
                                                  "and 500 MB (or --input FILE) and compares with the ceiling and "
                                                  "a naive Qt baseline."));
    args.addHelpOption();
    args.addOption({QStringLiteral("sizes"), QStringLiteral("Body sizes in MB (10^6 bytes), comma-separated."),
                    QStringLiteral("list"), QStringLiteral("1,10,100,500")});
    args.addOption({QStringLiteral("input"), QStringLiteral("Measure this body instead."), QStringLiteral("file")});
    args.addOption({QStringLiteral("baseline-max-mb"), QStringLiteral("Largest body the baseline runs on."),
                    QStringLiteral("MB"), QStringLiteral("100")});
    args.addOption({QStringLiteral("qt-max-mb"), QStringLiteral("Largest body for Qt's toJson(Indented)."),
                    QStringLiteral("MB"), QStringLiteral("100")});
    args.addOption({QStringLiteral("raw-max-mb"), QStringLiteral("Largest body shown in the Raw tab."),
                    QStringLiteral("MB"), QStringLiteral("1000")});
    args.addOption({QStringLiteral("repeats"), QStringLiteral("Timed repetitions (default: by size)."),
                    QStringLiteral("n"), QStringLiteral("0")});
    args.addOption(
        {QStringLiteral("child"), QStringLiteral("Internal: one measurement kind."), QStringLiteral("mode")});
    args.process(*app);
    if (!args.isSet(QStringLiteral("child")))
        return runParent(args);

    ChildOptions options;
    options.mode = args.value(QStringLiteral("child"));
    options.input = args.value(QStringLiteral("input"));
    options.qtMaxBytes = args.value(QStringLiteral("qt-max-mb")).toLongLong() * kMB;
    options.rawMaxBytes = args.value(QStringLiteral("raw-max-mb")).toLongLong() * kMB;
    options.repeats = args.value(QStringLiteral("repeats")).toInt();
    int code = 2;
    if (options.mode == QStringLiteral("load"))
        code = runLoadChild(options);
    else if (options.mode == QStringLiteral("ops"))
        code = runOpsChild(options);
    else if (options.mode == QStringLiteral("baseline"))
        code = runBaselineChild(options);
    else if (options.mode == QStringLiteral("gui"))
        code = runGuiChild(options);
    std::fflush(stdout);
    std::_Exit(code); // skip tearing down gigabytes: the figures are out
}

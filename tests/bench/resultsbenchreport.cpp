#include "resultsbenchreport.h"

#include "resultsbench.h"

#include <QDateTime>
#include <QFile>
#include <QSysInfo>
#include <QThread>

#include <simdjson.h>

#include <cstdio>
#include <functional>

namespace altrata::bench {

namespace {

constexpr double kMiB = 1024.0 * 1024.0;

QString firstLine(const QString &path, const QByteArray &prefix) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
    }
    return {};
}

QString machineLine() {
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    const QString load = loadavg.open(QIODevice::ReadOnly)
                             ? QString::fromUtf8(loadavg.readAll()).section(QLatin1Char(' '), 0, 2)
                             : QString();
    return QStringLiteral("machine: %1, %2 cores (%3), %4 RAM, %5 %6; Qt %7, simdjson %8 (%9), g++ %10%11; %12 UTC, "
                          "load average %13")
        .arg(QSysInfo::prettyProductName())
        .arg(QThread::idealThreadCount())
        .arg(firstLine(QStringLiteral("/proc/cpuinfo"), "model name"),
             firstLine(QStringLiteral("/proc/meminfo"), "MemTotal"), QSysInfo::kernelType(), QSysInfo::kernelVersion(),
             QString::fromLatin1(qVersion()),
             QStringLiteral("%1.%2.%3")
                 .arg(int(simdjson::SIMDJSON_VERSION_MAJOR))
                 .arg(int(simdjson::SIMDJSON_VERSION_MINOR))
                 .arg(int(simdjson::SIMDJSON_VERSION_REVISION)),
             QString::fromStdString(simdjson::get_active_implementation()->name()), QString::fromLatin1(__VERSION__))
        .arg(
#ifdef NDEBUG
            QStringLiteral(" -DNDEBUG")
#else
            QStringLiteral(" (assertions on: not a Release build)")
#endif
                )
        .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm")), load);
}

QString seconds(double s) {
    if (s < 0)
        return QStringLiteral("–");
    if (s < 0.001)
        return QStringLiteral("%1 µs").arg(s * 1e6, 0, 'f', 0);
    if (s < 1)
        return QStringLiteral("%1 ms").arg(s * 1e3, 0, 'f', s < 0.01 ? 2 : 1);
    return QStringLiteral("%1 s").arg(s, 0, 'f', 2);
}

QString times(double a, double b) {
    return a < 0 || b <= 0 ? QStringLiteral("–") : QStringLiteral("%1×").arg(a / b, 0, 'f', 2);
}

QString mib(double kib) {
    return kib < 0 ? QStringLiteral("–") : QStringLiteral("%1 MiB").arg(kib / 1024.0, 0, 'f', 0);
}

QString count(double n) {
    return n < 0 ? QStringLiteral("–") : QLocale(QLocale::English).toString(qint64(n));
}

struct Row {
    QString title;
    std::function<QString(const Figures &)> cell;
};

// A figure, or why it is missing: a component not on this branch, a size skipped, a child that failed.
std::function<QString(const Figures &)> timed(const QString &key, bool available, const QString &why) {
    return [key, available, why](const Figures &f) {
        if (f.has(key))
            return seconds(f.value(key));
        return available ? QStringLiteral("–") : QStringLiteral("not available (%1)").arg(why);
    };
}

double rssRatio(const Figures &f, const QString &key) {
    return f.value(key) < 0 || f.value(QStringLiteral("body_bytes")) <= 0
               ? -1
               : f.value(key) * 1024.0 / f.value(QStringLiteral("body_bytes"));
}

QString textTime(const Figures &f) {
    return f.has(QStringLiteral("printer_s")) ? QStringLiteral("printer_s") : QStringLiteral("tojson_s");
}

constexpr bool kSearch =
#if ALTRATA_BENCH_HAVE_SEARCH
    true;
#else
    false;
#endif
constexpr bool kTable =
#if ALTRATA_BENCH_HAVE_TABLE
    true;
#else
    false;
#endif
constexpr bool kExport =
#if ALTRATA_BENCH_HAVE_EXPORT
    true;
#else
    false;
#endif
constexpr bool kPrinter =
#if ALTRATA_BENCH_HAVE_PRINTER
    true;
#else
    false;
#endif

QList<Row> rows() {
    const auto ratio = [](const QString &a, const QString &b) {
        return [a, b](const Figures &f) { return times(f.value(a), f.value(b)); };
    };
    const auto simdjson = QStringLiteral("simdjson_s");
    return {
        {QStringLiteral("body bytes"), [](const Figures &f) { return count(f.value(QStringLiteral("body_bytes"))); }},
        {QStringLiteral("edges (array elements)"),
         [](const Figures &f) { return count(f.value(QStringLiteral("array_rows"))); }},
        {QStringLiteral("JSON values"), [](const Figures &f) { return count(f.value(QStringLiteral("json_values"))); }},
        {QStringLiteral("simdjson DOM parse, fresh parser (ceiling)"), timed(simdjson, true, {})},
        {QStringLiteral("ours: bytes → model, top rows ready"), timed(QStringLiteral("ours_open_s"), true, {})},
        {QStringLiteral("  ratio to simdjson parse"), ratio(QStringLiteral("ours_open_s"), simdjson)},
        {QStringLiteral("ours: same, first load in a fresh process"), timed(QStringLiteral("load_s"), true, {})},
        {QStringLiteral("expand a path 5 levels deep"), timed(QStringLiteral("expand_s"), true, {})},
        {QStringLiteral("page into the middle of the array"), timed(QStringLiteral("page_s"), true, {})},
        {QStringLiteral("find a value near the end"),
         timed(QStringLiteral("find_s"), kSearch, QStringLiteral("r7-search"))},
        {QStringLiteral("  hits"), [](const Figures &f) { return count(f.value(QStringLiteral("find_hits"))); }},
        {QStringLiteral("  ratio to simdjson parse"), ratio(QStringLiteral("find_s"), simdjson)},
        {QStringLiteral("table projection of the array"),
         timed(QStringLiteral("table_s"), kTable, QStringLiteral("r7-table"))},
        {QStringLiteral("  rows × columns"),
         [](const Figures &f) {
             return f.has(QStringLiteral("table_rows"))
                        ? QStringLiteral("%1 × %2").arg(count(f.value(QStringLiteral("table_rows"))),
                                                        count(f.value(QStringLiteral("table_columns"))))
                        : QStringLiteral("–");
         }},
        {QStringLiteral("  ratio to simdjson parse"), ratio(QStringLiteral("table_s"), simdjson)},
        {QStringLiteral("CSV export of the table to a file"),
         timed(QStringLiteral("csv_s"), kExport && kTable, QStringLiteral("r7-export, r7-table"))},
        {QStringLiteral("formatted raw text: JsonStreamPrinter (streamed)"),
         timed(QStringLiteral("printer_s"), kPrinter, QStringLiteral("r7-export"))},
        {QStringLiteral("formatted raw text: ResultDocument::toJson(pretty)"),
         timed(QStringLiteral("tojson_s"), true, {})},
        {QStringLiteral("Qt QJsonDocument::toJson(Indented)"), timed(QStringLiteral("qt_indented_s"), true, {})},
        {QStringLiteral("  Qt ÷ ours (formatted text)"),
         [](const Figures &f) { return times(f.value(QStringLiteral("qt_indented_s")), f.value(textTime(f))); }},
        {QStringLiteral("peak RSS, our load path"),
         [](const Figures &f) { return mib(f.value(QStringLiteral("load_rss_kib"))); }},
        {QStringLiteral("  × body size"),
         [](const Figures &f) { return times(rssRatio(f, QStringLiteral("load_rss_kib")), 1); }},
        {QStringLiteral("peak RSS, window (ResultsView, Raw tab)"),
         [](const Figures &f) { return mib(f.value(QStringLiteral("gui_rss_kib"))); }},
        {QStringLiteral("window: load → rows shown"), timed(QStringLiteral("gui_shown_s"), true, {})},
        {QStringLiteral("window: longest GUI-thread block, loading"),
         [](const Figures &f) { return seconds(f.value(QStringLiteral("gui_load_gap_ms")) / 1e3); }},
        {QStringLiteral("window: Raw tab text ready"), timed(QStringLiteral("gui_raw_s"), true, {})},
        {QStringLiteral("window: longest GUI-thread block, Raw tab"),
         [](const Figures &f) { return seconds(f.value(QStringLiteral("gui_raw_gap_ms")) / 1e3); }},
        {QStringLiteral("window: longest gap when idle (noise)"),
         [](const Figures &f) { return seconds(f.value(QStringLiteral("gui_idle_gap_ms")) / 1e3); }},
        {QStringLiteral("baseline: QJsonDocument::fromJson"), timed(QStringLiteral("baseline_fromjson_s"), true, {})},
        {QStringLiteral("baseline: eager QStandardItemModel"), timed(QStringLiteral("baseline_model_s"), true, {})},
        {QStringLiteral("baseline: total (rows)"),
         [](const Figures &f) {
             return f.has(QStringLiteral("baseline_total_s"))
                        ? QStringLiteral("%1 (%2%3)")
                              .arg(seconds(f.value(QStringLiteral("baseline_total_s"))),
                                   count(f.value(QStringLiteral("baseline_rows"))),
                                   f.value(QStringLiteral("baseline_aborted")) > 0
                                       ? QStringLiteral(", aborted at 120 s")
                                       : QString())
                        : QStringLiteral("–");
         }},
        {QStringLiteral("  baseline ÷ ours (bytes → browsable)"),
         ratio(QStringLiteral("baseline_total_s"), QStringLiteral("ours_open_s"))},
        {QStringLiteral("peak RSS, baseline"),
         [](const Figures &f) { return mib(f.value(QStringLiteral("baseline_rss_kib"))); }},
        {QStringLiteral("  × body size"),
         [](const Figures &f) { return times(rssRatio(f, QStringLiteral("baseline_rss_kib")), 1); }},
    };
}

void printTable(const QList<Figures> &all) {
    QString header = QStringLiteral("| |");
    QString rule = QStringLiteral("|---|");
    for (const Figures &f : all)
        header += QStringLiteral(" %1 |").arg(f.label), rule += QStringLiteral("---:|");
    std::printf("%s\n%s\n", qPrintable(header), qPrintable(rule));
    for (const Row &row : rows()) {
        QString line = QStringLiteral("| %1 |").arg(row.title);
        for (const Figures &f : all)
            line += QStringLiteral(" %1 |").arg(row.cell(f));
        std::printf("%s\n", qPrintable(line));
    }
    std::printf("\n");
    for (const Figures &f : all) {
        for (auto it = f.notes.begin(); it != f.notes.end(); ++it)
            std::printf("%s, %s: %s\n", qPrintable(f.label), qPrintable(it.key()), qPrintable(it.value()));
        if (!f.failed.isEmpty())
            std::printf("%s: FAILED children: %s\n", qPrintable(f.label),
                        qPrintable(f.failed.join(QStringLiteral(", "))));
    }
}

} // namespace

void printReport(const QList<Figures> &all, const RunOptions &options) {
    std::printf("%s\n\n", qPrintable(machineLine()));
    printTable(all);
    std::printf("\n");
    Q_UNUSED(options)
    printTargets(all);
}

} // namespace altrata::bench

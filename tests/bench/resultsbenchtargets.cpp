// Issue 7's targets, one line each: "target NAME: VALUE (goal GOAL): met" or "... missed".
#include "resultsbench.h"
#include "resultsbenchreport.h"

#include <algorithm>
#include <cstdio>

namespace altrata::bench {

namespace {

constexpr double kMB = 1e6;

void target(const QString &name, const QString &value, const QString &goal, bool met) {
    std::printf("target %s: %s (goal %s): %s\n", qPrintable(name), qPrintable(value), qPrintable(goal),
                met ? "met" : "missed");
}

// The body the "on 100 MB" targets read: 100 MB when measured, else the largest measured.
const Figures *hundredMB(const QList<Figures> &all) {
    const Figures *best = nullptr;
    for (const Figures &f : all) {
        const double bytes = f.value(QStringLiteral("body_bytes"));
        if (bytes > 0.95 * 100 * kMB && bytes < 1.05 * 100 * kMB)
            return &f;
        if (!best || bytes > best->value(QStringLiteral("body_bytes")))
            best = &f;
    }
    return best;
}

// The largest value of `measure` over all bodies that have it (with the body's label); -1 when none.
template<typename Measure> std::pair<double, QString> worst(const QList<Figures> &all, Measure measure) {
    std::pair<double, QString> result{-1, QString()};
    for (const Figures &f : all) {
        const double value = measure(f);
        if (value >= 0 && value > result.first)
            result = {value, f.label};
    }
    return result;
}

void ratioTarget(const QList<Figures> &all, const QString &name, const QString &key, const QString &component) {
    const QString goal = QStringLiteral("< 3x the simdjson parse of the same body");
    const Figures *f = hundredMB(all);
    if (!f || !f->has(key) || f->value(QStringLiteral("simdjson_s")) <= 0) {
        target(name, QStringLiteral("not available (%1 not measured in this build: %2)").arg(name, component), goal,
               false);
        return;
    }
    const double ratio = f->value(key) / f->value(QStringLiteral("simdjson_s"));
    target(name,
           QStringLiteral("%1x (%2 s vs %3 s at %4)")
               .arg(ratio, 0, 'f', 2)
               .arg(f->value(key), 0, 'f', 3)
               .arg(f->value(QStringLiteral("simdjson_s")), 0, 'f', 3)
               .arg(f->label),
           goal, ratio < 3);
}

void openTarget(const QList<Figures> &all) {
    const auto open = worst(all, [](const Figures &f) {
        return f.has(QStringLiteral("ours_open_s")) && f.value(QStringLiteral("simdjson_s")) > 0
                   ? f.value(QStringLiteral("ours_open_s")) / f.value(QStringLiteral("simdjson_s"))
                   : -1;
    });
    target(QStringLiteral("bytes-to-browsable"),
           open.first < 0
               ? QStringLiteral("not measured")
               : QStringLiteral("%1x simdjson parse (worst, at %2)").arg(open.first, 0, 'f', 2).arg(open.second),
           QStringLiteral("<= 1.5x"), open.first >= 0 && open.first <= 1.5);
}

// Small bodies are dominated by the process itself (Qt, the binary): judged from 100 MB up when measured.
void rssTarget(const QList<Figures> &all) {
    const bool large = std::any_of(all.begin(), all.end(),
                                   [](const Figures &f) { return f.value(QStringLiteral("body_bytes")) >= 95 * kMB; });
    const auto rss = worst(all, [large](const Figures &f) {
        const double bytes = f.value(QStringLiteral("body_bytes"));
        if ((large && bytes < 95 * kMB) || bytes <= 0 || !f.has(QStringLiteral("load_rss_kib")))
            return -1.0;
        return f.value(QStringLiteral("load_rss_kib")) * 1024 / bytes;
    });
    target(QStringLiteral("peak RSS"),
           rss.first < 0 ? QStringLiteral("not measured")
                         : QStringLiteral("%1x body size (worst, at %2)").arg(rss.first, 0, 'f', 2).arg(rss.second),
           QStringLiteral("<= 2.5x"), rss.first >= 0 && rss.first <= 2.5);
}

void gapTarget(const QList<Figures> &all) {
    const auto gap = worst(all, [](const Figures &f) {
        return std::max(f.value(QStringLiteral("gui_load_gap_ms")), f.value(QStringLiteral("gui_raw_gap_ms")));
    });
    target(QStringLiteral("GUI thread blocked"),
           gap.first < 0 ? QStringLiteral("not measured")
                         : QStringLiteral("%1 ms longest (at %2)").arg(gap.first, 0, 'f', 1).arg(gap.second),
           QStringLiteral("never > 50 ms"), gap.first >= 0 && gap.first <= 50);
}

void opensTarget(const QList<Figures> &all) {
    const Figures *big = nullptr;
    for (const Figures &f : all)
        big = f.value(QStringLiteral("body_bytes")) >= 499 * kMB ? &f : big;
    const bool opened = big && big->has(QStringLiteral("load_s")) && big->has(QStringLiteral("gui_shown_s"));
    target(QStringLiteral("500 MB opens"),
           !big     ? QStringLiteral("not measured in this run (no 500 MB body)")
           : opened ? QStringLiteral("opened in %1 s (window: rows shown after %2 s), peak %3 MiB")
                          .arg(big->value(QStringLiteral("load_s")), 0, 'f', 2)
                          .arg(big->value(QStringLiteral("gui_shown_s")), 0, 'f', 2)
                          .arg(big->value(QStringLiteral("load_rss_kib")) / 1024, 0, 'f', 0)
                    : QStringLiteral("failed (%1)").arg(big->failed.join(QStringLiteral(", "))),
           QStringLiteral("opens"), opened);
}

// What the Raw view and the JSON export use (the streamed printer) against Qt's toJson(Indented).
void textTarget(const QList<Figures> &all) {
    const Figures *f = hundredMB(all);
    const QString textKey =
        f && f->has(QStringLiteral("printer_s")) ? QStringLiteral("printer_s") : QStringLiteral("tojson_s");
    const bool text = f && f->has(textKey) && f->has(QStringLiteral("qt_indented_s"));
    const double speedup = text ? f->value(QStringLiteral("qt_indented_s")) / f->value(textKey) : -1;
    target(QStringLiteral("formatted raw text"),
           text ? QStringLiteral("%1x faster than toJson(Indented) (%2 %3 s vs %4 s at %5)")
                      .arg(speedup, 0, 'f', 2)
                      .arg(textKey == QStringLiteral("printer_s") ? QStringLiteral("JsonStreamPrinter")
                                                                  : QStringLiteral("ResultDocument::toJson"))
                      .arg(f->value(textKey), 0, 'f', 3)
                      .arg(f->value(QStringLiteral("qt_indented_s")), 0, 'f', 3)
                      .arg(f->label)
                : QStringLiteral("not measured"),
           QStringLiteral(">= 3x faster than toJson(Indented)"), speedup >= 3);
}

} // namespace

void printTargets(const QList<Figures> &all) {
    openTarget(all);
    rssTarget(all);
    gapTarget(all);
    opensTarget(all);
    ratioTarget(all, QStringLiteral("find on 100 MB"), QStringLiteral("find_s"),
                QStringLiteral("DocumentSearch, r7-search"));
    ratioTarget(all, QStringLiteral("table projection on 100 MB"), QStringLiteral("table_s"),
                QStringLiteral("TableProjection, r7-table"));
    textTarget(all);
}

} // namespace altrata::bench

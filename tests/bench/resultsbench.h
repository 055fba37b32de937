#pragma once

// Shared by bench_results' parent (which prints the table) and its children (one process per measurement kind and
// size, so that each peak RSS belongs to that kind alone). A child prints one "key value" line per figure.

#include "results/resultdocument.h"

#include <QByteArray>
#include <QList>
#include <QModelIndex>
#include <QString>

#include <chrono>
#include <cstdio>

class QAbstractItemModel;

namespace altrata::bench {

// The optional pieces of issue 7, compiled in once their branch is merged (the header exists).
#if __has_include("results/documentsearch.h")
#define ALTRATA_BENCH_HAVE_SEARCH 1
#endif
#if __has_include("results/tableprojection.h")
#define ALTRATA_BENCH_HAVE_TABLE 1
#endif
#if __has_include("results/tableexport.h")
#define ALTRATA_BENCH_HAVE_EXPORT 1
#endif
#if __has_include("results/jsonstreamprinter.h")
#define ALTRATA_BENCH_HAVE_PRINTER 1
#endif

struct ChildOptions {
    QString mode;           // load, ops, gui, baseline
    QString input;          // the body file
    qint64 qtMaxBytes = 0;  // Qt's fromJson/toJson(Indented) only up to this size (memory)
    qint64 rawMaxBytes = 0; // the GUI's Raw tab only up to this size
    int repeats = 0;        // 0: by size
};

class Stopwatch {
public:
    Stopwatch() { restart(); }
    void restart() { m_start = std::chrono::steady_clock::now(); }
    double seconds() const { return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count(); }

private:
    std::chrono::steady_clock::time_point m_start;
};

inline void report(const char *key, double value) {
    std::printf("%s %.9g\n", key, value);
    std::fflush(stdout);
}
void note(const QString &key, const QString &text); // "note.<key> text" for the parent to print

// The file read into an array with room for simdjson's padding (what GraphQLJob hands the parser).
QByteArray readBody(const QString &path, QString *error);
// A copy of `body` with the padding room, made outside any timed section.
QByteArray paddedCopy(const QByteArray &body);
qint64 peakRssKiB(); // VmHWM of this process
double median(QList<double> values);

// Where the measurements go in a document: the generated GraphQL shape when present, else the largest array.
struct Targets {
    QString expandPath;        // five levels below the array's element: edges[k].node.roles[0].organization
    QString middlePath;        // the middle element of the largest array ("paging into the middle")
    QList<qint64> middleRows;  // the same as a row path
    results::NodeId array = 0; // the largest array (the table)
    qint64 arrayRows = 0;
    QString findText; // a value near the end of the document
};
Targets findTargets(const results::ResultDocument &document);

// What a view asks for when it shows a model's top rows and the first expansion (data, its first child).
void touchTopRows(QAbstractItemModel &model);
void touchChildren(QAbstractItemModel &model, const QModelIndex &parent, int limit = 50);

int runLoadChild(const ChildOptions &options);
int runOpsChild(const ChildOptions &options);
int runBaselineChild(const ChildOptions &options);
int runGuiChild(const ChildOptions &options);

} // namespace altrata::bench

#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace altrata::bench {

// Everything the children reported for one body.
struct Figures {
    QString label; // "100 MB" or the file name
    QHash<QString, double> values;
    QHash<QString, QString> notes;
    QStringList failed; // children that did not finish
    bool has(const QString &key) const { return values.contains(key); }
    double value(const QString &key) const { return values.value(key, -1); }
};

struct RunOptions {
    qint64 qtMaxBytes = 0;
    qint64 rawMaxBytes = 0;
    qint64 baselineMaxBytes = 0;
    int repeats = 0;
};

// The machine line, the table (one column per body) and the target lines, on stdout.
void printReport(const QList<Figures> &all, const RunOptions &options);
// The target lines alone (resultsbenchtargets.cpp).
void printTargets(const QList<Figures> &all);

} // namespace altrata::bench

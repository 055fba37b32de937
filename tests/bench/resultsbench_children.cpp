// The measurements that need no window: our load path (peak RSS), the timed operations, and the baseline.
#include "resultsbench.h"

#include "results/jsontreemodel.h"
#if ALTRATA_BENCH_HAVE_SEARCH
#include "results/documentsearch.h"
#endif
#if ALTRATA_BENCH_HAVE_TABLE
#include "results/tableprojection.h"
#endif
#if ALTRATA_BENCH_HAVE_EXPORT
#include "results/tableexport.h"
#endif
#if ALTRATA_BENCH_HAVE_PRINTER
#include "results/jsonstreamprinter.h"
#endif

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardItemModel>
#include <QTemporaryFile>

#include <simdjson.h>

#include <memory>

namespace altrata::bench {

using results::JsonTreeModel;
using results::ResultDocument;

namespace {

int repeatsFor(qint64 bytes, int requested, int small, int medium, int large, int huge) {
    if (requested > 0)
        return requested;
    return bytes <= 2000000 ? small : bytes <= 20000000 ? medium : bytes <= 200000000 ? large : huge;
}

// Paging into the middle of the big array: revealRowPath once the model pages (r7-model), else indexForPath.
template<typename Model> QModelIndex reveal(Model &model, const Targets &targets) {
    if constexpr (requires { model.revealRowPath(targets.middleRows); })
        return model.revealRowPath(targets.middleRows);
    else
        return model.indexForPath(targets.middlePath);
}
template<typename Model> constexpr bool pagesWithRevealRowPath() {
    return requires(Model & model, const QList<qint64> &rows) {
        model.revealRowPath(rows);
    };
}

// Bytes -> a model whose top rows are ready: what opening a response costs.
std::unique_ptr<JsonTreeModel> open(QByteArray body, std::shared_ptr<const ResultDocument> *document) {
    ResultDocument::ParseError error;
    *document = ResultDocument::parse(std::move(body), &error);
    if (!*document)
        qFatal("parse failed: %s", qPrintable(error.message));
    auto model = std::make_unique<JsonTreeModel>();
    model->setDocument(*document);
    touchTopRows(*model);
    return model;
}

double simdjsonParse(const QByteArray &padded) {
    Stopwatch watch;
    simdjson::dom::parser parser; // fresh, as for every response: it allocates for this body
    simdjson::dom::element root;
    if (parser.parse(padded.constData(), std::size_t(padded.size()), false).get(root) != simdjson::SUCCESS)
        qFatal("simdjson failed to parse the body");
    return watch.seconds();
}

// One operation on a fresh model `repeats` times; the median.
template<typename Work>
double timeOnFreshModel(const std::shared_ptr<const ResultDocument> &document, int repeats, Work work) {
    QList<double> times;
    for (int i = 0; i < repeats; ++i) {
        JsonTreeModel model;
        model.setDocument(document);
        touchTopRows(model);
        Stopwatch watch;
        work(model);
        times.append(watch.seconds());
    }
    return median(times);
}

void measureParse(const QByteArray &source, int repeats) {
    QList<double> ceiling;
    QList<double> ours;
    for (int i = 0; i < repeats; ++i) { // interleaved, so that drift on this shared machine hits both alike
        {
            const QByteArray copy = paddedCopy(source);
            ceiling.append(simdjsonParse(copy));
        }
        QByteArray copy = paddedCopy(source);
        std::shared_ptr<const ResultDocument> document;
        Stopwatch watch;
        auto model = open(std::move(copy), &document);
        ours.append(watch.seconds());
    }
    report("simdjson_s", median(ceiling));
    report("ours_open_s", median(ours));
}

void measureTree(const std::shared_ptr<const ResultDocument> &document, const Targets &targets, int repeats) {
    report("expand_s", timeOnFreshModel(document, repeats, [&targets](JsonTreeModel &model) {
               const QModelIndex index = model.indexForPath(targets.expandPath);
               if (!index.isValid())
                   qFatal("no node at %s", qPrintable(targets.expandPath));
               touchChildren(model, index);
           }));
    report("page_s", timeOnFreshModel(document, repeats, [&targets](JsonTreeModel &model) {
               const QModelIndex index = reveal(model, targets);
               if (!index.isValid())
                   qFatal("no node at %s", qPrintable(targets.middlePath));
               touchChildren(model, index);
           }));
    note(QStringLiteral("page"), pagesWithRevealRowPath<JsonTreeModel>()
                                     ? QStringLiteral("JsonTreeModel::revealRowPath")
                                     : QStringLiteral("JsonTreeModel::indexForPath (no paging on this branch)"));
}

void measureFind(const ResultDocument &document, const Targets &targets, int repeats) {
#if ALTRATA_BENCH_HAVE_SEARCH
    QList<double> times;
    qsizetype hits = 0;
    for (int i = 0; i < repeats; ++i) {
        results::SearchOptions options;
        options.text = targets.findText;
        Stopwatch watch;
        const results::SearchResult result = results::DocumentSearch::run(document, options);
        times.append(watch.seconds());
        hits = result.hits.size();
    }
    report("find_s", median(times));
    report("find_hits", double(hits));
#else
    Q_UNUSED(document)
    Q_UNUSED(targets)
    Q_UNUSED(repeats)
#endif
}

void measureTable(const std::shared_ptr<const ResultDocument> &document, const Targets &targets, int repeats) {
#if ALTRATA_BENCH_HAVE_TABLE
    QList<double> times;
    std::shared_ptr<const results::TableProjection> table;
    for (int i = 0; i < repeats; ++i) {
        table.reset();
        Stopwatch watch;
        table = results::TableProjection::build(document, targets.array);
        times.append(watch.seconds());
    }
    if (!table)
        qFatal("no table projection");
    report("table_s", median(times));
    report("table_rows", double(table->rowCount()));
    report("table_columns", double(table->columns().size()));
#if ALTRATA_BENCH_HAVE_EXPORT
    times.clear();
    qint64 bytes = 0;
    for (int i = 0; i < repeats; ++i) {
        QTemporaryFile file;
        if (!file.open())
            qFatal("no temporary file");
        Stopwatch watch;
        if (const auto problem = results::writeTable(*table, results::TableExportOptions{}, file))
            qFatal("CSV export failed: %s", qPrintable(*problem));
        file.flush();
        times.append(watch.seconds());
        bytes = file.size();
    }
    report("csv_s", median(times));
    report("csv_bytes", double(bytes));
#endif
#else
    Q_UNUSED(document)
    Q_UNUSED(targets)
    Q_UNUSED(repeats)
#endif
}

void measureText(const std::shared_ptr<const ResultDocument> &document, qint64 qtMaxBytes, int repeats) {
#if ALTRATA_BENCH_HAVE_PRINTER
    QList<double> times;
    qint64 bytes = 0;
    for (int i = 0; i < repeats; ++i) {
        QByteArray piece;
        bytes = 0;
        Stopwatch watch; // streamed in 1 MiB pieces, as the Raw view and the export consume it
        results::JsonStreamPrinter printer(document, document->root(), true);
        while (!printer.atEnd()) {
            piece.resize(0); // keeps the capacity: the next piece reuses the memory
            printer.next(piece, 1 << 20);
            bytes += piece.size();
        }
        times.append(watch.seconds());
    }
    report("printer_s", median(times));
    report("printer_bytes", double(bytes));
#endif
    if (document->byteSize() > qtMaxBytes)
        return;
    QList<double> ours;
    QList<double> qt;
    qint64 ourBytes = 0;
    qint64 qtBytes = 0;
    const QJsonDocument json = QJsonDocument::fromJson(document->body());
    for (int i = 0; i < repeats; ++i) {
        Stopwatch watch;
        ourBytes = document->toJson(document->root(), true).size();
        ours.append(watch.seconds());
        watch.restart();
        qtBytes = json.toJson(QJsonDocument::Indented).size();
        qt.append(watch.seconds());
    }
    report("tojson_s", median(ours));
    report("tojson_bytes", double(ourBytes));
    report("qt_indented_s", median(qt));
    report("qt_indented_bytes", double(qtBytes));
}

// Every node one row of [Key | Value | Type], appended top-down to an attached parent, as naive code does.
class EagerBuilder {
public:
    explicit EagerBuilder(QStandardItemModel &model)
        : m_model(model) {}
    qint64 rows() const { return m_rows; }
    bool aborted() const { return m_aborted; }

    void build(const QJsonValue &root) { addChildren(m_model.invisibleRootItem(), root); }

private:
    void addChildren(QStandardItem *parent, const QJsonValue &value) {
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end() && !m_aborted; ++it)
                addRow(parent, it.key(), it.value());
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size() && !m_aborted; ++i)
                addRow(parent, QString::number(i), array.at(i));
        }
    }
    void addRow(QStandardItem *parent, const QString &key, const QJsonValue &value) {
        QString text;
        QString type;
        switch (value.type()) {
        case QJsonValue::Object:
            text = QStringLiteral("{%1}").arg(value.toObject().size()), type = QStringLiteral("object");
            break;
        case QJsonValue::Array:
            text = QStringLiteral("[%1]").arg(value.toArray().size()), type = QStringLiteral("array");
            break;
        case QJsonValue::String:
            text = value.toString(), type = QStringLiteral("string");
            break;
        case QJsonValue::Double:
            text = QString::number(value.toDouble()), type = QStringLiteral("number");
            break;
        case QJsonValue::Bool:
            text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false"), type = QStringLiteral("boolean");
            break;
        default:
            text = QStringLiteral("null"), type = QStringLiteral("null");
        }
        auto *keyItem = new QStandardItem(key);
        parent->appendRow({keyItem, new QStandardItem(text), new QStandardItem(type)});
        if (++m_rows % 65536 == 0 && m_watch.seconds() > 120) // "up to the size where it takes over two minutes"
            m_aborted = true;
        addChildren(keyItem, value);
    }

    QStandardItemModel &m_model;
    Stopwatch m_watch;
    qint64 m_rows = 0;
    bool m_aborted = false;
};

} // namespace

int runLoadChild(const ChildOptions &options) {
    QString error;
    QByteArray body = readBody(options.input, &error);
    if (body.isNull())
        qFatal("%s", qPrintable(error));
    report("start_rss_kib", double(peakRssKiB()));
    const qint64 size = body.size();
    std::shared_ptr<const ResultDocument> document;
    Stopwatch watch;
    auto model = open(std::move(body), &document);
    report("load_s", watch.seconds());
    const Targets targets = findTargets(*document); // then what a reader does first: one deep path, the middle
    touchChildren(*model, model->indexForPath(targets.expandPath));
    touchChildren(*model, reveal(*model, targets));
    report("load_rss_kib", double(peakRssKiB()));
    report("body_bytes", double(size));
    report("array_rows", double(targets.arrayRows));
    return 0;
}

int runOpsChild(const ChildOptions &options) {
    QString error;
    const QByteArray source = readBody(options.input, &error);
    if (source.isNull())
        qFatal("%s", qPrintable(error));
    const qint64 size = source.size();
    measureParse(source, repeatsFor(size, options.repeats, 15, 7, 5, 2));
    std::shared_ptr<const ResultDocument> document;
    auto model = open(paddedCopy(source), &document);
    const Targets targets = findTargets(*document);
    note(QStringLiteral("expand"), targets.expandPath);
    note(QStringLiteral("middle"), targets.middlePath);
    note(QStringLiteral("find"), targets.findText);
    const int repeats = repeatsFor(size, options.repeats, 7, 5, 3, 1);
    measureTree(document, targets, repeats);
    measureFind(*document, targets, repeats);
    measureTable(document, targets, repeats);
    measureText(document, options.qtMaxBytes, repeats);
    return 0;
}

int runBaselineChild(const ChildOptions &options) {
    QString error;
    QByteArray body = readBody(options.input, &error);
    if (body.isNull())
        qFatal("%s", qPrintable(error));
    Stopwatch watch;
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(body, &parseError);
    if (json.isNull())
        qFatal("QJsonDocument: %s", qPrintable(parseError.errorString()));
    report("baseline_fromjson_s", watch.seconds());
    body = QByteArray(); // the naive app does not need the bytes any more
    Stopwatch build;
    QStandardItemModel model;
    model.setHorizontalHeaderLabels({QStringLiteral("Key"), QStringLiteral("Value"), QStringLiteral("Type")});
    EagerBuilder builder(model);
    builder.build(json.isObject() ? QJsonValue(json.object()) : QJsonValue(json.array()));
    report("baseline_model_s", build.seconds());
    report("baseline_total_s", watch.seconds());
    report("baseline_rows", double(builder.rows()));
    report("baseline_aborted", builder.aborted() ? 1 : 0);
    report("baseline_rss_kib", double(peakRssKiB()));
    return 0;
}

} // namespace altrata::bench

#include "workspace/workspacestore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace altrata::workspace;

namespace {

QueryDocument document(const QString &title) {
    QueryDocument doc;
    doc.id = QStringLiteral("id-") + title;
    doc.title = title;
    doc.query = QStringLiteral("{ ") + title + QStringLiteral(" }");
    return doc;
}

// Every field set to something other than its default, with text that tests the encoding.
WorkspaceState richState() {
    QueryDocument first;
    first.id = QStringLiteral("0f8b3c2e-6a1d-4c55-9e0a-3b7e1c2d4f60");
    first.title = QStringLiteral("Personen \u00fcber \u20ac \u65e5\u672c \U0001F50D");
    first.query =
        QStringLiteral("# \u00e9t\u00e9\nquery Q($id: ID!) {\n\tperson(id: $id) { name }\n}\n\"\"\"\\\"\"\"\"");
    first.variables = QStringLiteral("{\"id\": \"abc\", oops not json \u00e4"); // invalid JSON is kept as typed
    first.headers = {HeaderEntry{QStringLiteral("X-Trace"), QStringLiteral("\u00fcber-1"), true},
                     HeaderEntry{QStringLiteral("X-Off"), QString(), false}};
    first.serviceUrl = QUrl(QStringLiteral("https://api.example.com/graphql/v1?tenant=\u00e4&x=1#frag"));
    first.cursorLine = 3;
    first.cursorColumn = 17;
    first.filePath = QStringLiteral("/home/an\u00e4lyst/queries/p\u00e9rson.graphql");
    first.fileModified = true;
    QueryDocument second = document(QStringLiteral("Untitled 2"));
    second.serviceUrl = QUrl(QStringLiteral("http://127.0.0.1:4567/profile"));
    return WorkspaceState{{first, second, document(QStringLiteral("Untitled 3"))}, 2};
}

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

QStringList corruptCopies(const QString &directory) {
    return QDir(directory).entryList({QStringLiteral("workspace.json.corrupt-*")}, QDir::Files);
}

} // namespace

class TestWorkspaceStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void load_noFile_isNulloptWithoutProblem();
    void saveNow_thenLoad_roundTripsEveryField();
    void saveNow_emptyWorkspace_roundTrips();
    void saveNow_missingDirectory_createsIt();
    void saveNow_writesVersionedLayout();
    void saveNow_nothingScheduled_writesNothing();
    void scheduleSave_manyTimes_writesOnceWithLatestState();
    void scheduleSave_whileTypingContinues_stillWritesWithinDelay();
    void scheduledSave_isReadableByAnotherStoreWhileFirstRuns();
    void destructor_withPendingSave_writesIt();
    void destructor_withoutChanges_createsNoFile();
    void load_unusableFile_isMovedAsideAndReported_data();
    void load_unusableFile_isMovedAsideAndReported();
    void load_afterMovingAside_nextSaveKeepsTheCopy();
    void load_unreadableFile_isMovedAsideAndReported();
    void saveNow_blockedDirectory_emitsSaveFailedAndKeepsStateForRetry();
    void scheduledSave_readOnlyDirectory_emitsSaveFailed();
    void failedSave_isRetriedWithoutAnotherChange();
    void save_dropsManagedHeaderRows();
    void load_dropsManagedHeaderRowsWrittenByHand();
    void load_repairsOutOfRangeIndexAndMissingId();
};

void TestWorkspaceStore::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestWorkspaceStore::load_noFile_isNulloptWithoutProblem() {
    QTemporaryDir dir;
    const WorkspaceStore store(dir.path());
    QString problem;
    QVERIFY(!store.load(&problem));
    QVERIFY(problem.isEmpty());
    QCOMPARE(store.filePath(), QDir(dir.path()).filePath(QStringLiteral("workspace.json")));
}

void TestWorkspaceStore::saveNow_thenLoad_roundTripsEveryField() {
    QTemporaryDir dir;
    WorkspaceStore store(dir.path());
    QSignalSpy saved(&store, &WorkspaceStore::saved);
    const WorkspaceState state = richState();
    store.scheduleSave(state);
    QVERIFY(store.hasPendingSave());
    QVERIFY(store.saveNow());
    QCOMPARE(saved.count(), 1);
    QVERIFY(!store.hasPendingSave());

    const WorkspaceStore reader(dir.path());
    const std::optional<WorkspaceState> loaded = reader.load();
    QVERIFY(loaded);
    QCOMPARE(loaded->documents.size(), state.documents.size());
    for (qsizetype i = 0; i < state.documents.size(); ++i) {
        const QueryDocument &expected = state.documents.at(i);
        const QueryDocument &actual = loaded->documents.at(i);
        QCOMPARE(actual.id, expected.id);
        QCOMPARE(actual.title, expected.title);
        QCOMPARE(actual.query, expected.query);
        QCOMPARE(actual.variables, expected.variables);
        QCOMPARE(actual.headers, expected.headers);
        QCOMPARE(actual.serviceUrl, expected.serviceUrl);
        QCOMPARE(actual.cursorLine, expected.cursorLine);
        QCOMPARE(actual.cursorColumn, expected.cursorColumn);
        QCOMPARE(actual.filePath, expected.filePath);
        QCOMPARE(actual.fileModified, expected.fileModified);
    }
    QCOMPARE(loaded->currentIndex, 2);
    QVERIFY(*loaded == state);
}

void TestWorkspaceStore::saveNow_emptyWorkspace_roundTrips() {
    QTemporaryDir dir;
    WorkspaceStore store(dir.path());
    store.scheduleSave(WorkspaceState{});
    QVERIFY(store.saveNow());
    const std::optional<WorkspaceState> loaded = store.load();
    QVERIFY(loaded);
    QVERIFY(loaded->documents.isEmpty());
    QCOMPARE(loaded->currentIndex, 0);
}

void TestWorkspaceStore::saveNow_missingDirectory_createsIt() {
    QTemporaryDir dir;
    const QString nested = dir.filePath(QStringLiteral("a/b/c"));
    WorkspaceStore store(nested);
    store.scheduleSave(richState());
    QVERIFY(store.saveNow());
    QVERIFY(QFile::exists(QDir(nested).filePath(QStringLiteral("workspace.json"))));
}

void TestWorkspaceStore::saveNow_writesVersionedLayout() {
    QTemporaryDir dir;
    WorkspaceStore store(dir.path());
    store.scheduleSave(richState());
    QVERIFY(store.saveNow());
    const QJsonObject root = QJsonDocument::fromJson(readAll(store.filePath())).object();
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("currentIndex")).toInt(), 2);
    const QJsonArray documents = root.value(QStringLiteral("documents")).toArray();
    QCOMPARE(documents.size(), 3);
    QCOMPARE(documents.at(1).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Untitled 2"));
    // Nothing but the file itself is left behind (QSaveFile's temporary file is gone).
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("workspace.json")});
}

void TestWorkspaceStore::saveNow_nothingScheduled_writesNothing() {
    QTemporaryDir dir;
    WorkspaceStore store(dir.path());
    QSignalSpy saved(&store, &WorkspaceStore::saved);
    QVERIFY(store.saveNow());
    QCOMPARE(saved.count(), 0);
    QVERIFY(!QFile::exists(store.filePath()));
}

void TestWorkspaceStore::scheduleSave_manyTimes_writesOnceWithLatestState() {
    QTemporaryDir dir;
    WorkspaceStore store(dir.path());
    store.setDelayMs(50);
    QSignalSpy saved(&store, &WorkspaceStore::saved);
    WorkspaceState state;
    for (int i = 0; i < 100; ++i) {
        state.documents = {document(QStringLiteral("Edit %1").arg(i))};
        store.scheduleSave(state);
    }
    QVERIFY(!QFile::exists(store.filePath())); // written later, not on every keystroke
    QVERIFY(saved.wait(5000));
    QCOMPARE(saved.count(), 1);
    QVERIFY(!store.hasPendingSave()); // so no second write is coming
    const std::optional<WorkspaceState> loaded = WorkspaceStore(dir.path()).load();
    QVERIFY(loaded);
    QCOMPARE(loaded->documents.value(0).title, QStringLiteral("Edit 99"));
}

void TestWorkspaceStore::scheduleSave_whileTypingContinues_stillWritesWithinDelay() {
    QTemporaryDir dir;
    WorkspaceStore store(dir.path());
    store.setDelayMs(100);
    QSignalSpy saved(&store, &WorkspaceStore::saved);
    QElapsedTimer elapsed;
    elapsed.start();
    // A change every 10 ms: a debounce that restarted on each change would never write.
    for (int i = 0; saved.isEmpty() && elapsed.elapsed() < 5000; ++i) {
        store.scheduleSave(WorkspaceState{{document(QStringLiteral("Typing %1").arg(i))}, 0});
        QTest::qWait(10);
    }
    QCOMPARE(saved.count(), 1);
    // 100 ms plus generous slack for a loaded machine; the restarting variant would not write at all.
    QVERIFY2(elapsed.elapsed() < 2000, qPrintable(QString::number(elapsed.elapsed())));
}

void TestWorkspaceStore::scheduledSave_isReadableByAnotherStoreWhileFirstRuns() {
    QTemporaryDir dir;
    WorkspaceStore store(dir.path());
    store.setDelayMs(20);
    QSignalSpy saved(&store, &WorkspaceStore::saved);
    const WorkspaceState state = richState();
    store.scheduleSave(state);
    QVERIFY(saved.wait(5000));
    // As after a crash: the first store never gets to its destructor, another instance reads the disk.
    QCOMPARE(WorkspaceStore(dir.path()).load(), std::optional<WorkspaceState>(state));

    // A change still waiting for its delay leaves the previous complete file in place.
    store.setDelayMs(60000);
    store.scheduleSave(WorkspaceState{{document(QStringLiteral("not yet"))}, 0});
    QCOMPARE(WorkspaceStore(dir.path()).load(), std::optional<WorkspaceState>(state));
}

void TestWorkspaceStore::destructor_withPendingSave_writesIt() {
    QTemporaryDir dir;
    const WorkspaceState state = richState();
    {
        WorkspaceStore store(dir.path());
        store.setDelayMs(60000);
        store.scheduleSave(state);
        QVERIFY(!QFile::exists(store.filePath()));
    }
    QCOMPARE(WorkspaceStore(dir.path()).load(), std::optional<WorkspaceState>(state));
}

void TestWorkspaceStore::destructor_withoutChanges_createsNoFile() {
    QTemporaryDir dir;
    { const WorkspaceStore store(dir.path()); }
    QVERIFY(QDir(dir.path()).isEmpty());
}

void TestWorkspaceStore::load_unusableFile_isMovedAsideAndReported_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("truncated") << QByteArray("{\"version\":1,\"documents\":[{\"title\":\"a")
                               << QStringLiteral("not valid JSON");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage", 11) << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("not valid JSON");
    QTest::newRow("newer version") << QByteArray("{\"version\":2,\"currentIndex\":0,\"documents\":[]}")
                                   << QStringLiteral("newer version");
    QTest::newRow("no version") << QByteArray("{\"documents\":[]}") << QStringLiteral("not an Altrata");
    QTest::newRow("no documents") << QByteArray("{\"version\":1}") << QStringLiteral("not an Altrata");
}

void TestWorkspaceStore::load_unusableFile_isMovedAsideAndReported() {
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const WorkspaceStore store(dir.path());
    writeAll(store.filePath(), content);

    QString problem;
    QVERIFY(!store.load(&problem));
    QVERIFY2(problem.contains(reason), qPrintable(problem));
    QVERIFY(!QFile::exists(store.filePath()));
    const QStringList copies = corruptCopies(dir.path());
    QCOMPARE(copies.size(), 1);
    QVERIFY(QRegularExpression(QStringLiteral("^workspace\\.json\\.corrupt-\\d{8}-\\d{6}$"))
                .match(copies.first())
                .hasMatch());
    QVERIFY2(problem.contains(QDir::toNativeSeparators(dir.filePath(copies.first()))), qPrintable(problem));
    QCOMPARE(readAll(dir.filePath(copies.first())), content); // kept byte for byte
}

void TestWorkspaceStore::load_afterMovingAside_nextSaveKeepsTheCopy() {
    QTemporaryDir dir;
    WorkspaceStore store(dir.path());
    writeAll(store.filePath(), "{broken");
    QVERIFY(!store.load());
    writeAll(store.filePath(), "{broken again");
    QString problem;
    QVERIFY(!store.load(&problem)); // a second copy in the same second gets its own name
    QCOMPARE(corruptCopies(dir.path()).size(), 2);

    store.scheduleSave(richState());
    QVERIFY(store.saveNow());
    QCOMPARE(store.load(), std::optional<WorkspaceState>(richState()));
    QCOMPARE(corruptCopies(dir.path()).size(), 2);
}

void TestWorkspaceStore::load_unreadableFile_isMovedAsideAndReported() {
    QTemporaryDir dir;
    const WorkspaceStore store(dir.path());
    writeAll(store.filePath(), "{\"version\":1,\"currentIndex\":0,\"documents\":[]}");
    QVERIFY(QFile::setPermissions(store.filePath(), QFileDevice::Permissions()));
    QFile probe(store.filePath());
    if (probe.open(QIODevice::ReadOnly))
        QSKIP("Permissions do not stop this user (root) from reading; the unusable-file tests cover moving aside.");

    QString problem;
    QVERIFY(!store.load(&problem));
    QVERIFY2(problem.contains(QStringLiteral("could not be read")), qPrintable(problem));
    QVERIFY(!QFile::exists(store.filePath()));
    QCOMPARE(corruptCopies(dir.path()).size(), 1);
}

void TestWorkspaceStore::saveNow_blockedDirectory_emitsSaveFailedAndKeepsStateForRetry() {
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("data"));
    writeAll(target, "a file where the folder should be"); // blocks even for root, unlike permissions
    WorkspaceStore store(target);
    QSignalSpy failed(&store, &WorkspaceStore::saveFailed);
    QSignalSpy saved(&store, &WorkspaceStore::saved);
    const WorkspaceState state = richState();
    store.scheduleSave(state);

    QString problem;
    QVERIFY(!store.saveNow(&problem));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().toString(), problem);
    QVERIFY2(problem.startsWith(QStringLiteral("Could not save the open tabs to ")), qPrintable(problem));
    QVERIFY(problem.contains(QDir::toNativeSeparators(target)));
    QVERIFY(!problem.contains(state.documents.first().query)); // names the place, never the content
    QCOMPARE(saved.count(), 0);
    QVERIFY(store.hasPendingSave());

    QVERIFY(QFile::remove(target));
    QVERIFY(store.saveNow());
    QCOMPARE(saved.count(), 1);
    QCOMPARE(store.load(), std::optional<WorkspaceState>(state));
}

void TestWorkspaceStore::scheduledSave_readOnlyDirectory_emitsSaveFailed() {
    QTemporaryDir dir;
    const QString readOnly = dir.filePath(QStringLiteral("ro"));
    QVERIFY(QDir().mkpath(readOnly));
    QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner));
    const auto restore =
        qScopeGuard([&] { QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); });
    QFile probe(QDir(readOnly).filePath(QStringLiteral("probe")));
    if (probe.open(QIODevice::WriteOnly))
        QSKIP("Permissions do not stop this user (root) from writing; the blocked-directory test covers failures.");

    WorkspaceStore store(readOnly);
    store.setDelayMs(10);
    QSignalSpy failed(&store, &WorkspaceStore::saveFailed);
    store.scheduleSave(richState());
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.first().first().toString().startsWith(QStringLiteral("Could not save the open tabs to ")));
    QVERIFY(store.hasPendingSave());
}

void TestWorkspaceStore::failedSave_isRetriedWithoutAnotherChange() {
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("data"));
    writeAll(target, "a file where the folder should be");
    WorkspaceStore store(target);
    store.setDelayMs(0);
    store.setRetryDelayMs(50);
    QSignalSpy failed(&store, &WorkspaceStore::saveFailed);
    QSignalSpy saved(&store, &WorkspaceStore::saved);
    const WorkspaceState state = richState();
    store.scheduleSave(state); // the last change: nothing is scheduled after it

    QVERIFY(failed.wait(5000));
    QVERIFY(failed.wait(5000)); // tried again on its own
    QCOMPARE(saved.count(), 0);
    QVERIFY(QFile::remove(target));
    QVERIFY(saved.wait(5000));
    QVERIFY(!store.hasPendingSave());
    QCOMPARE(store.load(), std::optional<WorkspaceState>(state));
}

void TestWorkspaceStore::save_dropsManagedHeaderRows() {
    QTemporaryDir dir;
    WorkspaceStore store(dir.path());
    QueryDocument doc = document(QStringLiteral("secrets"));
    const HeaderEntry kept{QStringLiteral("X-Request-Id"), QStringLiteral("r-1"), true};
    doc.headers = {HeaderEntry{QStringLiteral("x-api-key"), QStringLiteral("KEY-VALUE-1"), true}, kept,
                   HeaderEntry{QStringLiteral(" Authorization "), QStringLiteral("Bearer TOKEN-VALUE-2"), true},
                   HeaderEntry{QStringLiteral("X-API-KEY"), QStringLiteral("KEY-VALUE-3"), false},
                   HeaderEntry{QStringLiteral("authorization"), QStringLiteral("Basic VALUE-4"), true}};
    store.scheduleSave(WorkspaceState{{doc}, 0});
    QVERIFY(store.saveNow());

    const QByteArray bytes = readAll(store.filePath());
    for (const char *secret : {"KEY-VALUE-1", "TOKEN-VALUE-2", "KEY-VALUE-3", "VALUE-4"})
        QVERIFY2(!bytes.contains(secret), secret);
    QVERIFY(!bytes.toLower().contains("x-api-key"));
    QVERIFY(!bytes.toLower().contains("authorization"));
    QCOMPARE(store.load()->documents.first().headers, QList<HeaderEntry>{kept});
}

void TestWorkspaceStore::load_dropsManagedHeaderRowsWrittenByHand() {
    QTemporaryDir dir;
    const WorkspaceStore store(dir.path());
    writeAll(store.filePath(), "{\"version\":1,\"currentIndex\":0,\"documents\":[{\"id\":\"a\",\"headers\":["
                               "{\"name\":\"Authorization\",\"value\":\"Bearer HANDWRITTEN\",\"enabled\":true},"
                               "{\"name\":\"X-Api-Key\",\"value\":\"HANDKEY\"},"
                               "{\"name\":\"X-Other\",\"value\":\"v\",\"enabled\":false}]}]}");
    const std::optional<WorkspaceState> loaded = store.load();
    QVERIFY(loaded);
    QCOMPARE(loaded->documents.first().headers,
             (QList<HeaderEntry>{HeaderEntry{QStringLiteral("X-Other"), QStringLiteral("v"), false}}));
}

void TestWorkspaceStore::load_repairsOutOfRangeIndexAndMissingId() {
    QTemporaryDir dir;
    const WorkspaceStore store(dir.path());
    writeAll(store.filePath(), "{\"version\":1,\"currentIndex\":7,\"documents\":[{\"title\":\"a\"},42,"
                               "{\"id\":\"b\",\"cursorLine\":-3}]}");
    const std::optional<WorkspaceState> loaded = store.load();
    QVERIFY(loaded);
    QCOMPARE(loaded->documents.size(), 2); // the entry that is not an object is skipped
    QCOMPARE(loaded->currentIndex, 1);
    QVERIFY(!loaded->documents.first().id.isEmpty());
    QCOMPARE(loaded->documents.first().title, QStringLiteral("a"));
    QCOMPARE(loaded->documents.at(1).cursorLine, 0);
}

QTEST_GUILESS_MAIN(TestWorkspaceStore)
#include "tst_workspacestore.moc"

// Every input the fuzzers ever crashed on (tests/fuzz/regressions*) and every seed (tests/fuzz/corpus*)
// goes through the same property check as fuzz_parser / fuzz_execute, in the normal (and ASan) test
// builds.
#include "executecheck.h"
#include "roundtrip.h"

#include <QtTest>

class TestFuzzRegressions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void checkRoundTrip_data() { addFiles(QStringLiteral("regressions"), QStringLiteral("corpus")); }

    void checkRoundTrip() {
        QFETCH(QString, path);
        const QByteArray bytes = readAll(path);
        const std::string violation =
            altrata::graphql::fuzz::checkRoundTrip(std::string_view(bytes.constData(), std::size_t(bytes.size())));
        QVERIFY2(violation.empty(), violation.c_str());
    }

    void checkExecution_data() { addFiles(QStringLiteral("regressions-execute"), QStringLiteral("corpus-execute")); }

    void checkExecution() {
        QFETCH(QString, path);
        const QByteArray bytes = readAll(path);
        const std::string violation =
            altrata::graphql::fuzz::checkExecution(std::string_view(bytes.constData(), std::size_t(bytes.size())));
        QVERIFY2(violation.empty(), violation.c_str());
    }

private:
    static void addFiles(const QString &regressions, const QString &corpus) {
        QTest::addColumn<QString>("path");
        int rows = 0;
        for (const QString &sub : {regressions, corpus}) {
            const QDir dir(QStringLiteral(ALTRATA_FUZZ_DIR "/") + sub);
            for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden, QDir::Name)) {
                QTest::newRow(qPrintable(sub + QLatin1Char('/') + name)) << dir.filePath(name);
                ++rows;
            }
        }
        QVERIFY2(rows >= 10, "the seed corpus went missing");
    }

    static QByteArray readAll(const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return file.readAll();
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"

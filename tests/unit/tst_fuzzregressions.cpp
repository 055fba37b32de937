// Every input the fuzzer ever crashed on (tests/fuzz/regressions) and every seed (tests/fuzz/corpus)
// goes through the same property check as fuzz_parser, in the normal (and ASan) test builds.
#include "roundtrip.h"

#include <QtTest>

class TestFuzzRegressions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void checkRoundTrip_data() {
        QTest::addColumn<QString>("path");
        int rows = 0;
        for (const QString &sub : {QStringLiteral("regressions"), QStringLiteral("corpus")}) {
            const QDir dir(QStringLiteral(ALTRATA_FUZZ_DIR "/") + sub);
            for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden, QDir::Name)) {
                QTest::newRow(qPrintable(sub + QLatin1Char('/') + name)) << dir.filePath(name);
                ++rows;
            }
        }
        QVERIFY2(rows >= 10, "the seed corpus went missing");
    }

    void checkRoundTrip() {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = file.readAll();
        const std::string violation =
            altrata::graphql::fuzz::checkRoundTrip(std::string_view(bytes.constData(), std::size_t(bytes.size())));
        QVERIFY2(violation.empty(), violation.c_str());
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"

#include "net/responsebuffer.h"
#include "results/resultdocument.h"

#include <QBuffer>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using altrata::net::ResponseBuffer;
using altrata::results::ResultDocument;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

// A device holding `bytes` to be read.
struct Source {
    explicit Source(const QByteArray &bytes)
        : data(bytes) {
        device.setBuffer(&data);
        device.open(QIODevice::ReadOnly);
    }
    QByteArray data;
    QBuffer device;
};

} // namespace

class TestResponseBuffer final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void expect_announcedSize_reservesBodyAndPaddingOnce();
    void expect_beyondLimit_refusesAndKeepsNothing();
    void readFrom_manyPieces_fillsTheReservedBufferInPlace();
    void readFrom_exactlyAtLimit_accepts();
    void readFrom_pastLimit_refusesAndReleasesTheBuffer();
    void take_withoutAnnouncedSize_leavesPaddingRoom();
    void refusalMessage_namesLimitSizeAndSetting();
    void sizeText_usesBinaryUnits_data();
    void sizeText_usesBinaryUnits();
    void maxBytesFromSettings_readsMegabytes_data();
    void maxBytesFromSettings_readsMegabytes();

private:
    QTemporaryDir m_dir;
};

void TestResponseBuffer::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestResponseBuffer::expect_announcedSize_reservesBodyAndPaddingOnce() {
    ResponseBuffer buffer(10 * kMiB);
    QVERIFY(buffer.expect(5 * kMiB));
    QVERIFY(buffer.capacity() >= 5 * kMiB + ResultDocument::paddingBytes());
    QVERIFY(buffer.capacity() < 6 * kMiB);
    QCOMPARE(buffer.size(), 0);
    QVERIFY(!buffer.isRefused());
    QVERIFY(buffer.refusalMessage().isEmpty());
}

void TestResponseBuffer::expect_beyondLimit_refusesAndKeepsNothing() {
    ResponseBuffer buffer(kMiB);
    QVERIFY(!buffer.expect(kMiB + 1));
    QVERIFY(buffer.isRefused());
    QCOMPARE(buffer.capacity(), 0);
    Source source("{}");
    QVERIFY(!buffer.readFrom(source.device)); // a refused buffer stays refused
    QCOMPARE(buffer.size(), 0);
}

void TestResponseBuffer::readFrom_manyPieces_fillsTheReservedBufferInPlace() {
    QByteArray body;
    for (int i = 0; body.size() < 300 * 1024; ++i)
        body += "{\"i\":" + QByteArray::number(i) + "},";
    ResponseBuffer buffer;
    QVERIFY(buffer.expect(body.size()));
    const qint64 reserved = buffer.capacity();
    for (qsizetype at = 0; at < body.size(); at += 4093) {
        Source piece(body.mid(at, 4093));
        QVERIFY(buffer.readFrom(piece.device));
        QCOMPARE(piece.device.bytesAvailable(), 0); // everything available was taken
    }
    QCOMPARE(buffer.capacity(), reserved); // never reallocated
    const QByteArray taken = buffer.take();
    QVERIFY(taken == body);
    QCOMPARE(buffer.size(), 0);
    QVERIFY(taken.capacity() - taken.size() >= ResultDocument::paddingBytes());
}

void TestResponseBuffer::readFrom_exactlyAtLimit_accepts() {
    ResponseBuffer buffer(1000);
    Source first(QByteArray(600, 'a'));
    Source second(QByteArray(400, 'b'));
    QVERIFY(buffer.readFrom(first.device));
    QVERIFY(buffer.readFrom(second.device));
    QCOMPARE(buffer.size(), 1000);
    QVERIFY(!buffer.isRefused());
}

void TestResponseBuffer::readFrom_pastLimit_refusesAndReleasesTheBuffer() {
    ResponseBuffer buffer(1000);
    Source first(QByteArray(600, 'a'));
    Source second(QByteArray(401, 'b'));
    QVERIFY(buffer.readFrom(first.device));
    QVERIFY(!buffer.readFrom(second.device));
    QVERIFY(buffer.isRefused());
    QCOMPARE(buffer.size(), 0);
    QCOMPARE(buffer.capacity(), 0);
    QCOMPARE(second.device.bytesAvailable(), 401); // the bytes beyond the limit were not even read
    QVERIFY(buffer.take().isEmpty());
}

void TestResponseBuffer::take_withoutAnnouncedSize_leavesPaddingRoom() {
    ResponseBuffer buffer;
    Source source(QByteArray(12345, 'x'));
    QVERIFY(buffer.readFrom(source.device));
    const QByteArray taken = buffer.take();
    QCOMPARE(taken.size(), 12345);
    QVERIFY(taken.capacity() - taken.size() >= ResultDocument::paddingBytes());
}

void TestResponseBuffer::refusalMessage_namesLimitSizeAndSetting() {
    ResponseBuffer announced(256 * kMiB);
    QVERIFY(!announced.expect(300 * kMiB));
    QCOMPARE(announced.refusalMessage(),
             QStringLiteral("The response is larger than the 256 MB limit (300 MB announced); nothing was kept. "
                            "Raise the limit with the setting results/maxResponseMegabytes (now 256) if you need "
                            "responses this large."));
    ResponseBuffer arrived(kMiB);
    Source source(QByteArray(kMiB + 1, ' '));
    QVERIFY(!arrived.readFrom(source.device));
    QVERIFY2(arrived.refusalMessage().startsWith(
                 QStringLiteral("The response is larger than the 1.0 MB limit (more than that arrived);")),
             qPrintable(arrived.refusalMessage()));
}

void TestResponseBuffer::sizeText_usesBinaryUnits_data() {
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("bytes") << qint64(1023) << QStringLiteral("1023 B");
    QTest::newRow("kB") << qint64(1536) << QStringLiteral("1.5 kB");
    QTest::newRow("MB") << 12 * kMiB + kMiB / 2 << QStringLiteral("12.5 MB");
    QTest::newRow("hundreds") << 300 * kMiB << QStringLiteral("300 MB");
    QTest::newRow("GB") << 1024 * kMiB << QStringLiteral("1.0 GB");
    QTest::newRow("rounds up a unit") << 1024 * kMiB - 1 << QStringLiteral("1.0 GB");
}

void TestResponseBuffer::sizeText_usesBinaryUnits() {
    QFETCH(qint64, bytes);
    QFETCH(QString, text);
    QCOMPARE(ResponseBuffer::sizeText(bytes), text);
}

void TestResponseBuffer::maxBytesFromSettings_readsMegabytes_data() {
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<qint64>("bytes");
    QTest::newRow("unset") << QVariant() << ResponseBuffer::kDefaultMaxBytes;
    QTest::newRow("256") << QVariant(256) << 256 * kMiB;
    QTest::newRow("text 4096") << QVariant(QStringLiteral("4096")) << 4096 * kMiB;
    QTest::newRow("zero") << QVariant(0) << ResponseBuffer::kDefaultMaxBytes;
    QTest::newRow("negative") << QVariant(-5) << ResponseBuffer::kDefaultMaxBytes;
    QTest::newRow("not a number") << QVariant(QStringLiteral("lots")) << ResponseBuffer::kDefaultMaxBytes;
}

void TestResponseBuffer::maxBytesFromSettings_readsMegabytes() {
    QFETCH(QVariant, value);
    QFETCH(qint64, bytes);
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".ini"));
    {
        QSettings writer(path, QSettings::IniFormat);
        if (value.isValid())
            writer.setValue(QStringLiteral("results/maxResponseMegabytes"), value);
    }
    const QSettings settings(path, QSettings::IniFormat); // read back from the file, as the app does
    QCOMPARE(ResponseBuffer::maxBytesFromSettings(settings), bytes);
}

QTEST_GUILESS_MAIN(TestResponseBuffer)
#include "tst_responsebuffer.moc"

#include "icons.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QRegularExpression>
#include <QTest>

using namespace altrata::ui;

namespace {

QPalette paletteWith(const QColor &window, const QColor &text) {
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::Base, window);
    palette.setColor(QPalette::Button, window);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::ButtonText, QPalette::Text})
        palette.setColor(role, text);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0x00));
    return palette;
}

const QPalette kLight = paletteWith(QColor(0xf6, 0xf6, 0xf6), QColor(0x1e, 0x1e, 0x1e));
const QPalette kDark = paletteWith(QColor(0x20, 0x20, 0x24), QColor(0xe8, 0xe8, 0xe8));

// The colour of the most opaque pixel: the stroke itself, not an antialiased edge.
QColor strokeColour(const QImage &image) {
    QColor best(Qt::transparent);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor colour = image.pixelColor(x, y);
            if (colour.alpha() > best.alpha())
                best = colour;
        }
    }
    return best;
}

int opaquePixels(const QImage &image) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += image.pixelColor(x, y).alpha() > 128 ? 1 : 0;
    }
    return count;
}

QImage imageOf(const QIcon &icon, int side, qreal scale = 1.0, QIcon::Mode mode = QIcon::Normal) {
    return icon.pixmap(QSize(side, side), scale, mode).toImage().convertToFormat(QImage::Format_ARGB32);
}

} // namespace

class TestIcons : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void names_areTheDocumentedSet();
    void everyIcon_existsAsSvgResource();
    void everyIcon_rendersAtEverySize_data();
    void everyIcon_rendersAtEverySize();
    void doubleScale_hasTwiceThePixelsAndIsDrawnNotUpscaled();
    void tint_followsThePalette_data();
    void tint_followsThePalette();
    void tint_changesWithoutCreatingTheIconAgain();
    void semanticIcons_keepTheirColourOnBothPalettes();
    void disabledMode_usesTheDisabledColour();
    void paint_onHighDpiDevice_isSharp();
    void unknownName_isNullIcon();
    void applicationIcon_isNotNull();
};

void TestIcons::init() {
    QApplication::setPalette(kLight);
}

void TestIcons::names_areTheDocumentedSet() {
    QStringList names = actionIconNames();
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("cancel"), QStringLiteral("collapse-all"), QStringLiteral("copy"),
                                 QStringLiteral("credentials"), QStringLiteral("error"), QStringLiteral("expand-all"),
                                 QStringLiteral("new-tab"), QStringLiteral("open"), QStringLiteral("prettify"),
                                 QStringLiteral("run"), QStringLiteral("sandbox"), QStringLiteral("save"),
                                 QStringLiteral("token"), QStringLiteral("warning")}));
}

void TestIcons::everyIcon_existsAsSvgResource() {
    for (const QString &name : actionIconNames()) {
        QFile file(QStringLiteral(":/icons/actions/%1.svg").arg(name));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
        const QByteArray svg = file.readAll();
        QVERIFY2(svg.contains("viewBox=\"0 0 24 24\""), qPrintable(name));
        QVERIFY2(svg.contains("stroke=\"#000\""), qPrintable(name));
    }
}

void TestIcons::everyIcon_rendersAtEverySize_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("side");
    QTest::addColumn<qreal>("scale");
    for (const QString &name : actionIconNames()) {
        for (const int side : {16, 24, 48}) {
            for (const qreal scale : {1.0, 2.0})
                QTest::addRow("%s@%dpx@%gx", qPrintable(name), side, scale) << name << side << scale;
        }
    }
}

void TestIcons::everyIcon_rendersAtEverySize() {
    QFETCH(QString, name);
    QFETCH(int, side);
    QFETCH(qreal, scale);
    const QIcon icon = actionIcon(name);
    QVERIFY(!icon.isNull());
    const QPixmap pixmap = icon.pixmap(QSize(side, side), scale);
    QVERIFY(!pixmap.isNull());
    QCOMPARE(pixmap.deviceIndependentSize().toSize(), QSize(side, side));
    QCOMPARE(pixmap.size(), QSize(side, side) * scale);
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    // Something is drawn, and it is line art: neither empty nor a filled square.
    const int opaque = opaquePixels(image);
    const int total = image.width() * image.height();
    QVERIFY2(opaque > total / 40, qPrintable(QString::number(opaque)));
    QVERIFY2(opaque < total * 2 / 3, qPrintable(QString::number(opaque)));
}

void TestIcons::doubleScale_hasTwiceThePixelsAndIsDrawnNotUpscaled() {
    const QIcon icon = actionIcon(QStringLiteral("cancel"));
    const QImage single = imageOf(icon, 24);
    const QImage twice = imageOf(icon, 24, 2.0);
    QCOMPARE(twice.size(), QSize(48, 48));
    // Drawn at 48 px the stroke keeps its proportions: about four times the opaque pixels of 24 px.
    const double ratio = double(opaquePixels(twice)) / opaquePixels(single);
    QVERIFY2(ratio > 3.0 && ratio < 5.0, qPrintable(QString::number(ratio)));
    // An upscaled 24 px bitmap would have pairs of identical columns everywhere; a 48 px drawing does not.
    int differingColumns = 0;
    for (int x = 0; x + 1 < twice.width(); x += 2) {
        for (int y = 0; y < twice.height(); ++y) {
            if (twice.pixel(x, y) != twice.pixel(x + 1, y)) {
                ++differingColumns;
                break;
            }
        }
    }
    QVERIFY2(differingColumns > 4, qPrintable(QString::number(differingColumns)));
}

void TestIcons::tint_followsThePalette_data() {
    QTest::addColumn<QString>("name");
    for (const QString &name : actionIconNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestIcons::tint_followsThePalette() {
    QFETCH(QString, name);
    QApplication::setPalette(kLight);
    const QColor onLight = strokeColour(imageOf(actionIcon(name), 24));
    QApplication::setPalette(kDark);
    const QColor onDark = strokeColour(imageOf(actionIcon(name), 24));
    QVERIFY(onLight != onDark);
    // Dark strokes on the light theme, light strokes on the dark one: visible on both.
    QVERIFY2(onLight.lightness() < 128, qPrintable(onLight.name()));
    QVERIFY2(onDark.lightness() > 128, qPrintable(onDark.name()));
    if (name != QLatin1String("warning") && name != QLatin1String("error")) {
        QCOMPARE(onLight.rgb(), kLight.color(QPalette::ButtonText).rgb());
        QCOMPARE(onDark.rgb(), kDark.color(QPalette::ButtonText).rgb());
    }
}

void TestIcons::tint_changesWithoutCreatingTheIconAgain() {
    const QIcon icon = actionIcon(QStringLiteral("run"));
    const QColor before = strokeColour(imageOf(icon, 16));
    QApplication::setPalette(kDark);
    const QColor after = strokeColour(imageOf(icon, 16));
    QCOMPARE(before.rgb(), kLight.color(QPalette::ButtonText).rgb());
    QCOMPARE(after.rgb(), kDark.color(QPalette::ButtonText).rgb());
}

void TestIcons::semanticIcons_keepTheirColourOnBothPalettes() {
    for (const QPalette &palette : {kLight, kDark}) {
        QApplication::setPalette(palette);
        const QColor error = strokeColour(imageOf(actionIcon(QStringLiteral("error")), 24));
        const QColor warning = strokeColour(imageOf(actionIcon(QStringLiteral("warning")), 24));
        QVERIFY2(error.red() > error.green() + 60 && error.red() > error.blue() + 60, qPrintable(error.name()));
        QVERIFY2(warning.red() > warning.blue() + 80 && warning.green() > warning.blue(), qPrintable(warning.name()));
    }
}

void TestIcons::disabledMode_usesTheDisabledColour() {
    const QColor disabled = strokeColour(imageOf(actionIcon(QStringLiteral("save")), 24, 1.0, QIcon::Disabled));
    QCOMPARE(disabled.rgb(), kLight.color(QPalette::Disabled, QPalette::ButtonText).rgb());
}

void TestIcons::paint_onHighDpiDevice_isSharp() {
    QImage canvas(QSize(64, 64), QImage::Format_ARGB32);
    canvas.setDevicePixelRatio(2.0);
    canvas.fill(Qt::transparent);
    QPainter painter(&canvas);
    actionIcon(QStringLiteral("copy")).paint(&painter, QRect(0, 0, 32, 32));
    painter.end();
    // The same pixels as asking for the 32 px icon at 2x directly: drawn at 64 device pixels.
    const QImage direct = imageOf(actionIcon(QStringLiteral("copy")), 32, 2.0);
    canvas.setDevicePixelRatio(1.0);
    QCOMPARE(opaquePixels(canvas), opaquePixels(direct));
}

void TestIcons::unknownName_isNullIcon() {
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("No icon named.*no-such-icon")));
    QVERIFY(actionIcon(QStringLiteral("no-such-icon")).isNull());
}

void TestIcons::applicationIcon_isNotNull() {
    const QIcon icon = applicationIcon();
    QVERIFY(!icon.isNull());
    const QImage image = icon.pixmap(64, 64).toImage();
    QCOMPARE(image.size(), QSize(64, 64));
    QVERIFY(opaquePixels(image.convertToFormat(QImage::Format_ARGB32)) > 64 * 64 / 2);
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"

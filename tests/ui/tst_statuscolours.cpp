#include "palettetesting.h"
#include "statuscolours.h"

#include <QTest>

using altrata::test::contrastRatio;
using altrata::ui::statusColour;
using altrata::ui::StatusTone;

Q_DECLARE_METATYPE(StatusTone)

class TestStatusColours final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyTone_isReadableOnLightAndDarkWindows_data();
    void everyTone_isReadableOnLightAndDarkWindows();
    void dark_and_light_differ();
};

void TestStatusColours::everyTone_isReadableOnLightAndDarkWindows_data() {
    QTest::addColumn<StatusTone>("tone");
    QTest::addColumn<QPalette>("palette");
    const std::pair<const char *, StatusTone> tones[] = {
        {"success", StatusTone::Success}, {"warning", StatusTone::Warning}, {"error", StatusTone::Error}};
    for (const auto &[name, tone] : tones) {
        QTest::addRow("%s on light", name) << tone << altrata::test::lightPalette();
        QTest::addRow("%s on dark", name) << tone << altrata::test::darkPalette();
    }
}

void TestStatusColours::everyTone_isReadableOnLightAndDarkWindows() {
    QFETCH(StatusTone, tone);
    QFETCH(QPalette, palette);
    const QColor colour = statusColour(tone, palette);
    const double ratio = contrastRatio(colour, palette.color(QPalette::Window));
    QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: %2:1").arg(colour.name()).arg(ratio)));
}

void TestStatusColours::dark_and_light_differ() {
    for (StatusTone tone : {StatusTone::Success, StatusTone::Warning, StatusTone::Error})
        QVERIFY(statusColour(tone, altrata::test::lightPalette()) != statusColour(tone, altrata::test::darkPalette()));
}

QTEST_MAIN(TestStatusColours)
#include "tst_statuscolours.moc"

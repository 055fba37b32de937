#include "icons.h"

#include "uilogging.h"

#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace altrata::ui {

namespace {

QString resourcePath(const QString &name) {
    return QStringLiteral(":/icons/actions/%1.svg").arg(name);
}

bool isDark(const QPalette &palette) {
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QColor tintFor(const QString &name, QIcon::Mode mode, const QPalette &palette) {
    if (mode == QIcon::Disabled)
        return palette.color(QPalette::Disabled, QPalette::ButtonText);
    if (mode == QIcon::Selected)
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    // Semantic colours, lighter on a dark background so that they keep their contrast.
    if (name == QLatin1String("error"))
        return isDark(palette) ? QColor(0xff, 0x7b, 0x72) : QColor(0xc6, 0x28, 0x28);
    if (name == QLatin1String("warning"))
        return isDark(palette) ? QColor(0xf2, 0xb8, 0x4b) : QColor(0xa8, 0x5d, 0x00);
    return palette.color(QPalette::Active, QPalette::ButtonText);
}

// Draws the monochrome SVG at the exact device size asked for and recolours it: no scaled bitmaps, so
// it is sharp at 100 %, 150 % and 200 %.
class TintedSvgIconEngine final : public QIconEngine {
public:
    TintedSvgIconEngine(QString name, QByteArray svg)
        : m_name(std::move(name))
        , m_svg(std::move(svg)) {}

    QIconEngine *clone() const override { return new TintedSvgIconEngine(m_name, m_svg); }
    QString key() const override { return QStringLiteral("altrata-tinted-svg"); }
    QString iconName() override { return m_name; }
    bool isNull() override { return m_svg.isEmpty(); }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, devicePixmap((QSizeF(rect.size()) * scale).toSize(), mode, scale));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override { return devicePixmap(size, mode, 1.0); }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override {
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
        return devicePixmap(size, mode, scale); // QIcon::pixmap() passes the size in device pixels already
#else
        return devicePixmap((QSizeF(size) * scale).toSize(), mode, scale);
#endif
    }

private:
    QPixmap devicePixmap(const QSize &deviceSize, QIcon::Mode mode, qreal scale) const {
        if (deviceSize.isEmpty())
            return {};
        const QColor color = tintFor(m_name, mode, QGuiApplication::palette());
        const QString cacheKey = QStringLiteral("altrata-icon:%1:%2x%3:%4")
                                     .arg(m_name)
                                     .arg(deviceSize.width())
                                     .arg(deviceSize.height())
                                     .arg(color.rgba(), 8, 16, QLatin1Char('0'));
        QPixmap pixmap;
        if (!QPixmapCache::find(cacheKey, &pixmap)) {
            pixmap = QPixmap::fromImage(render(deviceSize, color));
            QPixmapCache::insert(cacheKey, pixmap);
        }
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    QImage render(const QSize &deviceSize, const QColor &color) const {
        QImage image(deviceSize, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QSvgRenderer renderer(m_svg);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        // Keep the square artwork square and centred in a non-square request.
        const int side = qMin(deviceSize.width(), deviceSize.height());
        renderer.render(&painter,
                        QRectF((deviceSize.width() - side) / 2.0, (deviceSize.height() - side) / 2.0, side, side));
        // SourceIn keeps the artwork's coverage (its antialiased edges) and replaces its colour.
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(image.rect(), color);
        return image;
    }

    QString m_name;
    QByteArray m_svg;
};

} // namespace

QStringList actionIconNames() {
    return {QStringLiteral("run"),         QStringLiteral("cancel"),       QStringLiteral("prettify"),
            QStringLiteral("new-tab"),     QStringLiteral("open"),         QStringLiteral("save"),
            QStringLiteral("credentials"), QStringLiteral("token"),        QStringLiteral("sandbox"),
            QStringLiteral("expand-all"),  QStringLiteral("collapse-all"), QStringLiteral("copy"),
            QStringLiteral("warning"),     QStringLiteral("error")};
}

QIcon actionIcon(const QString &name) {
    QFile file(resourcePath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcUi) << "No icon named" << name;
        return {};
    }
    return QIcon(new TintedSvgIconEngine(name, file.readAll()));
}

QIcon applicationIcon() {
    QIcon icon;
    QSvgRenderer renderer(QStringLiteral(":/icons/io.altrataexplorer.explorer.svg"));
    if (!renderer.isValid())
        return icon;
    for (const int side : {16, 24, 32, 48, 64, 128, 256}) {
        QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(QPixmap::fromImage(image));
    }
    return icon;
}

} // namespace altrata::ui

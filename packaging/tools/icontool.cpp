// Renders the application icon (one SVG, packaging/linux/icons) into the
// formats each platform wants, so that no PNG, .ico or .icns is drawn by hand:
//
//   icontool png  SVG SIZE OUT.png          one hicolor size (run at build time on Linux)
//   icontool ico  SVG OUT.ico               Windows icon, PNG-compressed entries
//   icontool icns SVG OUT.icns              macOS icon, PNG-compressed entries
//
// The .ico and .icns are committed (packaging/windows, packaging/macos) because the
// Windows and macOS builds need them before any tool of ours could run; regenerate
// them with the commands in packaging/README.md ("The icon") after changing the SVG.
#include <QBuffer>
#include <QByteArray>
#include <QFile>
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QtEndian>
#include <cstdio>
#include <utility>
#include <vector>

namespace {

QByteArray renderPng(QSvgRenderer &renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

void appendBigEndian32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void appendLittleEndian16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void appendLittleEndian32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

// ICONDIR + ICONDIRENTRY records, then the PNG streams (accepted by Windows since Vista).
QByteArray makeIco(QSvgRenderer &renderer)
{
    const int sizes[] = {16, 20, 24, 32, 40, 48, 64, 256};
    std::vector<QByteArray> images;
    for (int size : sizes)
        images.push_back(renderPng(renderer, size));
    QByteArray out;
    appendLittleEndian16(out, 0); // reserved
    appendLittleEndian16(out, 1); // type: icon
    appendLittleEndian16(out, quint16(images.size()));
    quint32 offset = 6 + 16 * quint32(images.size());
    for (size_t i = 0; i < images.size(); ++i) {
        const int size = sizes[i];
        out.append(char(size >= 256 ? 0 : size)); // 0 means 256
        out.append(char(size >= 256 ? 0 : size));
        out.append(char(0)); // no palette
        out.append(char(0)); // reserved
        appendLittleEndian16(out, 1);  // colour planes
        appendLittleEndian16(out, 32); // bits per pixel
        appendLittleEndian32(out, quint32(images[i].size()));
        appendLittleEndian32(out, offset);
        offset += quint32(images[i].size());
    }
    for (const QByteArray &image : images)
        out.append(image);
    return out;
}

// 'icns' header, then one (type, length, PNG) record per size; the @2x types reuse
// the pixels of the next size up. 1024 px is left out to keep the committed file small.
QByteArray makeIcns(QSvgRenderer &renderer)
{
    const std::pair<const char *, int> types[] = {
        {"icp4", 16}, {"icp5", 32}, {"ic11", 32}, {"icp6", 64}, {"ic12", 64},
        {"ic07", 128}, {"ic08", 256}, {"ic13", 256}, {"ic09", 512}, {"ic14", 512},
    };
    QByteArray body;
    for (const auto &[type, size] : types) {
        const QByteArray png = renderPng(renderer, size);
        body.append(type, 4);
        appendBigEndian32(body, quint32(png.size() + 8));
        body.append(png);
    }
    QByteArray out("icns");
    appendBigEndian32(out, quint32(body.size() + 8));
    out.append(body);
    return out;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        std::fprintf(stderr, "icontool: cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

int usage()
{
    std::fprintf(stderr, "usage: icontool png SVG SIZE OUT.png | ico SVG OUT.ico | icns SVG OUT.icns\n");
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    // A build step: the SVG has no text, so no fonts and no platform plugin (nor a
    // display) are needed; QPainter on a QImage works with a core application.
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() < 3)
        return usage();
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "icontool: %s is not a valid SVG\n", qPrintable(args.at(1)));
        return 1;
    }
    const QString mode = args.at(0);
    if (mode == QLatin1String("png") && args.size() == 4) {
        bool ok = false;
        const int size = args.at(2).toInt(&ok);
        if (!ok || size < 1 || size > 4096)
            return usage();
        return writeFile(args.at(3), renderPng(renderer, size)) ? 0 : 1;
    }
    if (mode == QLatin1String("ico") && args.size() == 3)
        return writeFile(args.at(2), makeIco(renderer)) ? 0 : 1;
    if (mode == QLatin1String("icns") && args.size() == 3)
        return writeFile(args.at(2), makeIcns(renderer)) ? 0 : 1;
    return usage();
}

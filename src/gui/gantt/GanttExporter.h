#pragma once

#include "render/gantt/GanttDocument.h"
#include "render/gantt/GanttStyle.h"

#include <QSize>
#include <optional>

class QPainter;
class QPrinter;

namespace OutageDesk {

// Draws a Gantt document to PNG, SVG, PDF or a printer through the same GanttChart
// as the screen, with every row fitted to the page. The GUI's File ▸ Export chart
// and `outagedesk gantt` both come here.
class GanttExporter
{
public:
    enum class Format { Png, Svg, Pdf };
    static constexpr int kMinSide = 200;
    static constexpr int kMaxSide = 10000;

    // By the file's extension (case-insensitive); nullopt for anything else.
    static std::optional<Format> formatForPath(const QString &path);
    // "1600x900" → QSize; nullopt if malformed or outside [kMinSide, kMaxSide].
    static std::optional<QSize> parseSize(const QString &text);

    // `size` is in pixels for PNG and SVG and in points for PDF. Writes atomically:
    // on failure the file is left as it was and `error` says why.
    static bool exportToFile(const GanttDocument &document, const QString &path, const QSize &size,
                             const GanttStyle &style, QString *error);
    // Renders into `target` of an open painter, laid out at `size`.
    static void render(const GanttDocument &document, QPainter *painter, const QRectF &target, const QSize &size,
                       const GanttStyle &style);
    static bool print(const GanttDocument &document, QPrinter *printer, const GanttStyle &style);
};

} // namespace OutageDesk

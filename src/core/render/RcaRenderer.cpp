#include "render/RcaRenderer.h"

#include "i18n/PublicLocale.h"
#include "model/Incident.h"
#include "render/GeneratedSections.h"
#include "render/HtmlSanitizer.h"
#include "render/MarkdownRenderer.h"
#include "render/gantt/IncidentChartPainter.h"
#include "render/gantt/IncidentChartSvg.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QUrl>

namespace OutageDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RcaRenderer", text);
}

bool startsWithHeading(const QString &text)
{
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        return trimmed.startsWith(QLatin1String("# "));
    }
    return false;
}

} // namespace

RcaRenderer::RcaRenderer(RenderContext context)
    : m_context(std::move(context))
{
}

QString RcaRenderer::markdown(const Incident &incident) const
{
    const QString text = incident.rca ? incident.rca->text : QString();
    // Without RCA text the export still says what happened: the incident's facts.
    QString expanded = text.trimmed().isEmpty() ? GeneratedSections::facts(incident, m_context)
                                                : GeneratedSections::expand(text, incident, m_context);
    if (!startsWithHeading(expanded))
        expanded.prepend(QStringLiteral("# ") + MarkdownRenderer::escapeInline(incident.title) + QStringLiteral("\n\n"));
    if (!expanded.endsWith(QLatin1Char('\n')))
        expanded += QLatin1Char('\n');
    return expanded;
}

QString RcaRenderer::htmlFragment(const Incident &incident) const
{
    return MarkdownRenderer::toHtml(markdown(incident));
}

QStringList RcaRenderer::htmlBlocks(const Incident &incident, MarkdownRenderer::HtmlBlockCache *cache) const
{
    return MarkdownRenderer::toHtmlBlocks(markdown(incident), cache);
}

QString RcaRenderer::bodyHtml(const Incident &incident, bool withChart) const
{
    QString body = htmlFragment(incident);
    if (withChart) {
        // The portal's chart: drawn from this incident alone, every text in it escaped
        // by our own SVG writer (QSvgGenerator writes its <title> unescaped, and an SVG
        // <title> is an HTML integration point). It goes right under the title.
        const QString svg = IncidentChartSvg(m_context, PublicLocale::ofRca(incident).language()).svg(incident);
        if (!svg.isEmpty())
            insertAfterTitle(body, QStringLiteral("<figure class=\"chart\">") + svg + QStringLiteral("</figure>\n"));
    }
    return body;
}

void RcaRenderer::insertAfterTitle(QString &body, const QString &html)
{
    const qsizetype titleEnd = body.indexOf(QLatin1String("</h1>"));
    if (titleEnd >= 0)
        body.insert(titleEnd + 5, QLatin1Char('\n') + html);
    else
        body.prepend(html);
}

QString RcaRenderer::styleSheet()
{
    return QStringLiteral(
        "body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10.5pt; line-height: 1.45; color: #1d1d1f; "
        "max-width: 52em; margin: 2em auto; padding: 0 1em; }\n"
        "h1 { font-size: 18pt; margin-bottom: 0.3em; }\n"
        "h2 { font-size: 14pt; margin-top: 1.4em; border-bottom: 1px solid #c8c8cc; }\n"
        "h3 { font-size: 12pt; }\n"
        "table { border-collapse: collapse; margin: 0.6em 0; }\n"
        "th, td { border: 1px solid #b8b8bd; padding: 3px 8px; text-align: left; vertical-align: top; }\n"
        "th { background: #eeeef1; }\n"
        "code, pre { font-family: 'DejaVu Sans Mono', monospace; font-size: 9.5pt; }\n"
        // Long lines wrap at the margin (the PDF would cut them off at the page's edge).
        "pre { background: #f4f4f6; padding: 6px; white-space: pre-wrap; overflow-wrap: anywhere; }\n"
        "blockquote { color: #55555a; border-left: 3px solid #c8c8cc; margin-left: 0; padding-left: 1em; }\n"
        ".meta { color: #55555a; font-size: 9pt; }\n");
}

QString RcaRenderer::standaloneHtml(const Incident &incident) const
{
    // In the RCA's language, like its generated sections: never the window's.
    // Polyglot markup (every element closed, no entity beyond XML's five), so that the
    // file also parses as XML: tests read it back with QXmlStreamReader.
    const PublicLocale locale = PublicLocale::ofRca(incident);
    const auto tr = [&locale](const char *text) { return locale.translate({"RcaRenderer"}, text); };
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\" dir=\"%2\">\n<head>\n<meta charset=\"utf-8\" />\n")
                .arg(HtmlSanitizer::escape(locale.language()), locale.isRightToLeft() ? QStringLiteral("rtl") : QStringLiteral("ltr"));
    html += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
    // No script may run and nothing may be fetched, even if something slipped through.
    html += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                           "style-src 'unsafe-inline'; img-src https: data:\" />\n");
    html += QStringLiteral("<title>") + HtmlSanitizer::escape(incident.title) + QStringLiteral("</title>\n");
    html += QStringLiteral("<style>\n") + styleSheet() + QStringLiteral("</style>\n</head>\n<body>\n<main>\n");
    html += bodyHtml(incident, true);
    if (incident.rca && incident.rca->state == RcaState::Approved && incident.rca->approvedAt.isValid()) {
        html += QStringLiteral("<p class=\"meta\">")
            + HtmlSanitizer::escape(tr("Approved by %1 on %2")
                                        .arg(incident.rca->approvedBy, locale.dateTime(incident.rca->approvedAt, QTimeZone::utc())))
            + QStringLiteral("</p>\n");
    }
    html += QStringLiteral("</main>\n</body>\n</html>\n");
    return html;
}

bool RcaRenderer::writePdf(const Incident &incident, const QString &path, QPageSize::PageSizeId pageSize,
                           QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return writePdf(incident, &file, pageSize, error) && file.flush();
}

QByteArray RcaRenderer::pdf(const Incident &incident, QPageSize::PageSizeId pageSize, QString *error) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!writePdf(incident, &buffer, pageSize, error))
        return {};
    buffer.close();
    return bytes;
}

bool RcaRenderer::writePdf(const Incident &incident, QIODevice *device, QPageSize::PageSizeId pageSize,
                           QString *error) const
{
    QPdfWriter writer(device);
    writer.setTitle(incident.title);
    writer.setCreator(QStringLiteral("Outage Desk"));
    writer.setPageSize(QPageSize(pageSize));
    writer.setPageMargins(QMarginsF(18, 18, 18, 22), QPageLayout::Millimeter);
    writer.setResolution(150);

    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("cannot start the PDF");
        return false;
    }
    const QRect page = painter.viewport();
    const qreal dotsPerPoint = writer.resolution() / 72.0;
    const int footerHeight = int(18 * dotsPerPoint);

    QTextDocument document;
    // The page is the measure here, no centred column as on screen; tables a little
    // denser, so that a row of full times fits the width of A4 and Letter.
    document.setDefaultStyleSheet(styleSheet()
                                  + QStringLiteral("body { max-width: none; margin: 0; padding: 0; }\n"
                                                   "th, td { font-size: 9pt; padding: 2px 5px; }\n"));
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10.5);
    // No ligatures: the text layer would say "ﬁ" for "fi", which search, copy and
    // screen readers get wrong.
    font.setStyleStrategy(QFont::PreferNoShaping);
    document.setDefaultFont(font);
    document.documentLayout()->setPaintDevice(&writer);
    QString body = bodyHtml(incident, false);
    // The same chart as the HTML export's, painted (QTextDocument cannot show SVG) at
    // twice its size so that it stays sharp in print.
    const QImage chart
        = IncidentChartPainter(m_context, PublicLocale::ofRca(incident).language()).image(incident, 2.0, GanttStyle::light());
    if (!chart.isNull()) {
        // A named resource of this document only: nothing is fetched.
        const QUrl name(QStringLiteral("outagedesk-chart.png"));
        document.addResource(QTextDocument::ImageResource, name, chart);
        // QTextDocument scales image sizes from 96 dpi to the device's: undo that.
        const int width = int(page.width() * 0.98 * 96.0 / writer.logicalDpiX());
        const int height = width * chart.height() / qMax(1, chart.width());
        insertAfterTitle(body, QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"></p>")
                                   .arg(name.toString())
                                   .arg(width)
                                   .arg(height));
    }
    // Page size and margin before the content: set after it, each would lay out again.
    document.setPageSize(QSizeF(page.width(), page.height() - footerHeight));
    document.setDocumentMargin(0);
    document.setHtml(QStringLiteral("<html><body>") + body + QStringLiteral("</body></html>"));
    // Code blocks arrive as non-breakable lines, which the page's edge would cut off:
    // they wrap like the rest (anywhere, if a token is longer than the line).
    {
        QTextBlockFormat breakable;
        breakable.setNonBreakableLines(false);
        QTextCursor cursor(&document);
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            if (!block.blockFormat().nonBreakableLines())
                continue;
            cursor.setPosition(block.position());
            cursor.mergeBlockFormat(breakable);
        }
    }
    // Keep the glyphs that laying out the pages shapes, for drawing them: by default a
    // block forgets them after layout and drawing shapes every line again (harfbuzz was
    // a third of the export).
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        block.layout()->setCacheEnabled(true);

    const int pageCount = document.pageCount();
    const PublicLocale locale = PublicLocale::ofRca(incident);
    const auto pageOf = [&locale](const char *text) { return locale.translate({"RcaRenderer"}, text); };
    QFont footerFont(font);
    footerFont.setPointSizeF(8.5);
    for (int index = 0; index < pageCount; ++index) {
        if (index > 0)
            writer.newPage();
        painter.save();
        const qreal top = index * document.pageSize().height();
        painter.translate(0, -top);
        const QRectF clip(0, top, page.width(), document.pageSize().height());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x5a));
        const QRect footer(0, page.height() - footerHeight + int(4 * dotsPerPoint), page.width(), footerHeight);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, incident.title);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                         pageOf(QT_TRANSLATE_NOOP("OutageDesk::RcaRenderer", "Page %1 of %2")).arg(index + 1).arg(pageCount));
    }
    if (!painter.end()) {
        if (error)
            *error = tr("cannot finish the PDF");
        return false;
    }
    return true;
}

} // namespace OutageDesk

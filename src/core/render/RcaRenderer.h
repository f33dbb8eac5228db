#pragma once

#include "render/MarkdownRenderer.h"
#include "render/RenderContext.h"

#include <QByteArray>
#include <QPageSize>
#include <QString>
#include <QStringList>

class QIODevice;

namespace OutageDesk {

struct Incident;

// Assembles an incident's RCA for readers: Markdown with the generated sections
// expanded, a safe HTML fragment (the preview), a standalone HTML file, and a PDF.
// Internal notes are never read here, so they cannot leak into any of them.
class RcaRenderer
{
public:
    explicit RcaRenderer(RenderContext context);

    // The RCA text with its markers replaced; the incident's title as a heading when
    // the text has none of its own.
    QString markdown(const Incident &incident) const;
    // The safe HTML body (no <html>, no styles): what the preview shows.
    QString htmlFragment(const Incident &incident) const;
    // htmlFragment() cut at its top-level blocks (MarkdownRenderer::toHtmlBlocks, with
    // its cache), for a preview that imports again only the blocks that changed.
    QStringList htmlBlocks(const Incident &incident, MarkdownRenderer::HtmlBlockCache *cache = nullptr) const;
    // One self-contained file: inline styles, no scripts, no external resources.
    QString standaloneHtml(const Incident &incident) const;
    // Paged PDF through QTextDocument (needs a QGuiApplication for fonts), with page
    // numbers "n / total" in the footer.
    bool writePdf(const Incident &incident, const QString &path, QPageSize::PageSizeId pageSize, QString *error) const;
    bool writePdf(const Incident &incident, QIODevice *device, QPageSize::PageSizeId pageSize, QString *error) const;
    QByteArray pdf(const Incident &incident, QPageSize::PageSizeId pageSize, QString *error) const;

    // The stylesheet shared by the standalone HTML, the PDF and the preview.
    static QString styleSheet();

private:
    QString bodyHtml(const Incident &incident, bool withChart) const;
    static void insertAfterTitle(QString &body, const QString &html);

    RenderContext m_context;
};

} // namespace OutageDesk

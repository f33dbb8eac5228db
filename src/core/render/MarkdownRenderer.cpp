#include "render/MarkdownRenderer.h"

#include "render/HtmlSanitizer.h"

#include <QByteArray>
#include <QList>

extern "C" {
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>
}

namespace OutageDesk {
namespace {

// Raw HTML is a feature of Markdown we do not offer: the text stays visible as typed.
void turnRawHtmlIntoText(cmark_node *root)
{
    QList<cmark_node *> htmlNodes;
    cmark_iter *iter = cmark_iter_new(root);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        if (event != CMARK_EVENT_ENTER)
            continue;
        cmark_node *node = cmark_iter_get_node(iter);
        const cmark_node_type type = cmark_node_get_type(node);
        if (type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE)
            htmlNodes << node;
    }
    cmark_iter_free(iter);

    for (cmark_node *node : std::as_const(htmlNodes)) {
        const char *literal = cmark_node_get_literal(node);
        QByteArray text(literal ? literal : "");
        cmark_node *textNode = cmark_node_new(CMARK_NODE_TEXT);
        if (cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK) {
            while (text.endsWith('\n'))
                text.chop(1);
            cmark_node_set_literal(textNode, text.constData());
            cmark_node *paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH);
            cmark_node_append_child(paragraph, textNode);
            cmark_node_insert_before(node, paragraph);
        } else {
            cmark_node_set_literal(textNode, text.constData());
            cmark_node_insert_before(node, textNode);
        }
        cmark_node_free(node);
    }
}

// The one parse every rendering shares: cmark-gfm in safe mode with our extensions,
// raw HTML already turned into text. The caller renders and frees.
struct ParsedMarkdown
{
    cmark_parser *parser = nullptr;
    cmark_node *root = nullptr;
    static constexpr int options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8;

    explicit ParsedMarkdown(const QString &markdown)
    {
        cmark_gfm_core_extensions_ensure_registered();
        // CMARK_OPT_DEFAULT is the safe mode: raw HTML omitted and dangerous URL schemes
        // emptied by cmark itself. CMARK_OPT_UNSAFE must never be added here.
        parser = cmark_parser_new(options);
        for (const char *name : {"table", "strikethrough", "autolink"}) {
            if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
                cmark_parser_attach_syntax_extension(parser, extension);
        }
        const QByteArray utf8 = markdown.toUtf8();
        cmark_parser_feed(parser, utf8.constData(), size_t(utf8.size()));
        root = cmark_parser_finish(parser);
        turnRawHtmlIntoText(root);
    }
    ~ParsedMarkdown()
    {
        cmark_node_free(root);
        cmark_parser_free(parser);
    }
    Q_DISABLE_COPY_MOVE(ParsedMarkdown)

    QByteArray renderHtml(cmark_node *node) const
    {
        char *rendered = cmark_render_html(node, options, cmark_parser_get_syntax_extensions(parser));
        QByteArray html(rendered);
        free(rendered);
        return html;
    }
};

} // namespace

QString MarkdownRenderer::toHtml(const QString &markdown)
{
    const ParsedMarkdown parsed(markdown);
    return HtmlSanitizer::sanitize(QString::fromUtf8(parsed.renderHtml(parsed.root)));
}

QStringList MarkdownRenderer::toHtmlBlocks(const QString &markdown, HtmlBlockCache *cache)
{
    const ParsedMarkdown parsed(markdown);
    QList<QByteArray> unsanitized;
    for (cmark_node *node = cmark_node_first_child(parsed.root); node; node = cmark_node_next(node))
        unsanitized << parsed.renderHtml(node);

    // An edit changes a run of blocks: the ones before and after it are byte for byte
    // what the sanitizer saw last time, so its output then is what it would give now.
    const qsizetype count = unsanitized.size();
    const qsizetype cachedCount = cache ? cache->unsanitized.size() : 0;
    qsizetype prefix = 0;
    while (prefix < count && prefix < cachedCount && unsanitized.at(prefix) == cache->unsanitized.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < count - prefix && suffix < cachedCount - prefix
           && unsanitized.at(count - 1 - suffix) == cache->unsanitized.at(cachedCount - 1 - suffix))
        ++suffix;
    QStringList blocks;
    blocks.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        if (i < prefix)
            blocks << cache->sanitized.at(i);
        else if (i >= count - suffix)
            blocks << cache->sanitized.at(cachedCount - count + i);
        else
            blocks << HtmlSanitizer::sanitize(QString::fromUtf8(unsanitized.at(i)));
    }
    if (cache) {
        cache->unsanitized = std::move(unsanitized);
        cache->sanitized = blocks;
    }
    return blocks;
}

QString MarkdownRenderer::escapeInline(const QString &text)
{
    // Always special inline; the block-starting characters (# - + . ) only matter at
    // the start, where they could open a heading or a list inside a list item.
    static const QString inlineSpecial = QStringLiteral("\\`*_[]<>|~&");
    static const QString leadingSpecial = QStringLiteral("#-+=!");
    QString out;
    out.reserve(text.size() + 8);
    qsizetype leadingDigits = 0;
    while (leadingDigits < text.size() && text.at(leadingDigits).isDigit())
        ++leadingDigits;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t')) {
            out += QLatin1Char(' ');
            continue;
        }
        const bool atStart = i == 0 && leadingSpecial.contains(c);
        const bool listNumber = i == leadingDigits && i > 0 && (c == QLatin1Char('.') || c == QLatin1Char(')'));
        if (inlineSpecial.contains(c) || atStart || listNumber)
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

} // namespace OutageDesk

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace OutageDesk {

// Markdown → safe HTML fragment, the one path every rendering of user text takes
// (preview, exports, portal). cmark-gfm with the table, strikethrough and autolink
// extensions, in its safe mode (never CMARK_OPT_UNSAFE); raw HTML in the Markdown is
// turned into literal text before rendering, so a user who types "<b>" sees "<b>";
// then the HtmlSanitizer allow-list pass, which does not trust cmark either.
class MarkdownRenderer
{
public:
    static QString toHtml(const QString &markdown);
    // What toHtmlBlocks() keeps from one call to the next: the blocks as cmark-gfm
    // rendered them and as the sanitizer returned them.
    struct HtmlBlockCache
    {
        QList<QByteArray> unsanitized;
        QStringList sanitized;
    };
    // toHtml() cut at the top-level blocks (paragraph, heading, list, table, code…),
    // from one parse of the whole text, so references and fences resolve as in toHtml();
    // the concatenation shows the same. For a preview that replaces only what changed.
    // With a cache, blocks that come out of cmark-gfm as in the previous call, before
    // or after the edited ones, are not sanitized again.
    static QStringList toHtmlBlocks(const QString &markdown, HtmlBlockCache *cache = nullptr);
    // Escapes the characters Markdown would interpret, so that user data (instance
    // names, notes, owners) can be placed into generated Markdown as plain text.
    // Newlines become spaces: the result always stays on one line (table cells).
    static QString escapeInline(const QString &text);
};

} // namespace OutageDesk

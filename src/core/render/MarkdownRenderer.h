#pragma once

#include <QString>

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
    // Escapes the characters Markdown would interpret, so that user data (instance
    // names, notes, owners) can be placed into generated Markdown as plain text.
    // Newlines become spaces: the result always stays on one line (table cells).
    static QString escapeInline(const QString &text);
};

} // namespace OutageDesk

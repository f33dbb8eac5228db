#pragma once

#include <QString>

namespace OutageDesk {

// The allow-list pass every piece of HTML goes through before it reaches a preview,
// an export or the public portal. It keeps a small set of formatting tags with a few
// attributes each and re-emits them normalised; anything else (script, style, iframe,
// object, embed, form, event handlers, javascript:/vbscript:/data: URLs, comments,
// malformed tags) comes out as escaped text or is dropped, never active. The input is
// usually cmark-gfm output, but the pass does not rely on that: it is the boundary.
class HtmlSanitizer
{
public:
    static QString sanitize(const QString &html);
    // True for http, https, mailto and scheme-less (relative, fragment) URLs, after
    // decoding entities and dropping whitespace and control characters the way
    // browsers do.
    static bool isSafeUrl(const QString &url);
    // Decodes numeric character references and the named ones that matter for URLs.
    static QString decodeEntities(const QString &text);
    // Escapes &, <, >, " and ' for text and attribute values.
    static QString escape(const QString &text);
};

} // namespace OutageDesk

#pragma once

#include <QPalette>
#include <QSyntaxHighlighter>

namespace OutageDesk {

class SpellChecker;

// The one interface behind which the RCA editor's highlighting lives. Two
// implementations: KDE Syntax Highlighting's Markdown definition when the build
// found KF6SyntaxHighlighting (OUTAGEDESK_HAVE_KSYNTAXHIGHLIGHTING), and a built-in
// Markdown highlighter otherwise (Debian 12 packages no KF6). Both underline
// misspelt words on top of their colours.
class RcaHighlighter
{
public:
    virtual ~RcaHighlighter() = default;

    virtual QSyntaxHighlighter *highlighter() = 0;
    // nullptr or an invalid checker: no underlines.
    virtual void setSpellChecker(const SpellChecker *spelling) = 0;
    // Picks the light or dark theme from the palette's lightness (as hotspot does).
    virtual void setPalette(const QPalette &palette) = 0;

    // Takes ownership through the document (the highlighter is a child of it).
    static RcaHighlighter *create(QTextDocument *document, const QPalette &palette);
    // "KDE Syntax Highlighting" or "built-in", for the About box and the README.
    static QString backendName();
    static bool isDark(const QPalette &palette);
};

} // namespace OutageDesk

#include "gui/rca/RcaHighlighter.h"

#include "gui/rca/KdeMarkdownHighlighter.h"
#include "gui/rca/MarkdownHighlighter.h"
#include "outagedesk/config.h"

#include <QCoreApplication>

namespace OutageDesk {

RcaHighlighter *RcaHighlighter::create(QTextDocument *document, const QPalette &palette)
{
#if OUTAGEDESK_HAVE_KSYNTAXHIGHLIGHTING
    return new KdeMarkdownHighlighter(document, palette);
#else
    return new MarkdownHighlighter(document, palette);
#endif
}

QString RcaHighlighter::backendName()
{
#if OUTAGEDESK_HAVE_KSYNTAXHIGHLIGHTING
    return QStringLiteral("KDE Syntax Highlighting");
#else
    return QCoreApplication::translate("RcaHighlighter", "built-in Markdown highlighter");
#endif
}

bool RcaHighlighter::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace OutageDesk

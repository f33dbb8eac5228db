#include "cli/TerminalText.h"

namespace OutageDesk {
namespace {

// C0 (U+0000–U+001F), DEL and C1 (U+0080–U+009F): terminals act on all of them (C1
// U+009B is a CSI by itself on many).
bool isControl(char16_t c, TerminalText::Layout layout)
{
    if (layout == TerminalText::Layout::Lines && (c == u'\n' || c == u'\t'))
        return false;
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

} // namespace

bool TerminalText::needsEscaping(const QString &text, Layout layout)
{
    for (const QChar c : text) {
        if (isControl(c.unicode(), layout))
            return true;
    }
    return false;
}

QString TerminalText::escaped(const QString &text, Layout layout)
{
    if (!needsEscaping(text, layout))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (!isControl(c, layout)) {
            out += qc;
            continue;
        }
        switch (c) {
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        case u'\b':
            out += QLatin1String("\\b");
            break;
        case u'\f':
            out += QLatin1String("\\f");
            break;
        default:
            out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
            break;
        }
    }
    return out;
}

} // namespace OutageDesk

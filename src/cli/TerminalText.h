#pragma once

#include <QString>

namespace OutageDesk {

// Text for a terminal, with its control characters written out visibly (\r, \u001b): a
// title or a file name holding a carriage return, an escape sequence or an OSC sequence
// (ESC ] 0 ; … BEL sets the window title) would otherwise fake lines, recolour the
// screen or rename the window of whoever runs the command. The escapes are JSON's, so
// JSON printed through here stays JSON with the same strings.
class TerminalText
{
public:
    enum class Layout {
        OneLine, // everything escaped, line breaks and tabs too: a message, a field
        Lines    // line breaks and tabs kept: a document
    };

    static QString escaped(const QString &text, Layout layout = Layout::OneLine);
    // Whether escaped() would change `text`.
    static bool needsEscaping(const QString &text, Layout layout = Layout::OneLine);
};

} // namespace OutageDesk

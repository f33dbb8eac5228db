#pragma once

#include "gui/rca/RcaHighlighter.h"

#include <QTextCharFormat>

namespace OutageDesk {

// The built-in Markdown highlighter: headings, emphasis, code (fenced and inline),
// links, lists, block quotes and our generated-section markers. Line-local rules
// plus one block state (inside a code fence), so a keystroke re-highlights one
// block unless it opens or closes a fence.
class MarkdownHighlighter : public QSyntaxHighlighter, public RcaHighlighter
{
    Q_OBJECT

public:
    explicit MarkdownHighlighter(QTextDocument *document, const QPalette &palette);

    QSyntaxHighlighter *highlighter() override { return this; }
    void setSpellChecker(const SpellChecker *spelling) override;
    void setPalette(const QPalette &palette) override;

protected:
    void highlightBlock(const QString &text) override;

private:
    enum BlockState { Normal = 0, InFence = 1 };
    QTextCharFormat m_heading, m_emphasis, m_strong, m_code, m_link, m_listMarker, m_quote, m_marker, m_fence;
    const SpellChecker *m_spelling = nullptr;
};

} // namespace OutageDesk

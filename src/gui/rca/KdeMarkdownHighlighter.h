#pragma once

#include "outagedesk/config.h"

#if OUTAGEDESK_HAVE_KSYNTAXHIGHLIGHTING

#include "gui/rca/RcaHighlighter.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>

namespace KSyntaxHighlighting {
class Repository;
}

namespace OutageDesk {

// KDE Syntax Highlighting's Markdown definition, with the theme chosen from the
// palette, plus our spelling underlines.
class KdeMarkdownHighlighter : public KSyntaxHighlighting::SyntaxHighlighter, public RcaHighlighter
{
    Q_OBJECT

public:
    KdeMarkdownHighlighter(QTextDocument *document, const QPalette &palette);

    QSyntaxHighlighter *highlighter() override { return this; }
    void setSpellChecker(const SpellChecker *spelling) override;
    void setPalette(const QPalette &palette) override;

    static KSyntaxHighlighting::Repository &repository();

protected:
    void highlightBlock(const QString &text) override;

private:
    const SpellChecker *m_spelling = nullptr;
};

} // namespace OutageDesk

#endif

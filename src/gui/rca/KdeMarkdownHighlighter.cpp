#include "gui/rca/KdeMarkdownHighlighter.h"

#if OUTAGEDESK_HAVE_KSYNTAXHIGHLIGHTING

#include "gui/rca/SpellingUnderline.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

namespace OutageDesk {

KSyntaxHighlighting::Repository &KdeMarkdownHighlighter::repository()
{
    // Loading the definitions costs tens of milliseconds: once per process.
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

KdeMarkdownHighlighter::KdeMarkdownHighlighter(QTextDocument *document, const QPalette &palette)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
{
    setDefinition(repository().definitionForName(QStringLiteral("Markdown")));
    setPalette(palette);
}

void KdeMarkdownHighlighter::setPalette(const QPalette &palette)
{
    setTheme(repository().defaultTheme(isDark(palette) ? KSyntaxHighlighting::Repository::DarkTheme
                                                       : KSyntaxHighlighting::Repository::LightTheme));
    rehighlight();
}

void KdeMarkdownHighlighter::setSpellChecker(const SpellChecker *spelling)
{
    m_spelling = spelling;
    rehighlight();
}

void KdeMarkdownHighlighter::highlightBlock(const QString &text)
{
    KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
    forEachMisspelling(text, m_spelling, [this](int start, int length) {
        for (int i = start; i < start + length; ++i) {
            QTextCharFormat f = format(i);
            f.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
            f.setUnderlineColor(QColor(0xd0, 0x20, 0x20));
            setFormat(i, 1, f);
        }
    });
}

} // namespace OutageDesk

#endif

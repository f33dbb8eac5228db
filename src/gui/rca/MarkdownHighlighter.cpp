#include "gui/rca/MarkdownHighlighter.h"

#include "gui/rca/SpellingUnderline.h"

#include <QFont>
#include <QRegularExpression>

namespace OutageDesk {

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document)
{
    setPalette(palette);
}

void MarkdownHighlighter::setPalette(const QPalette &palette)
{
    const bool dark = isDark(palette);
    // Colours picked to keep at least 4.5:1 contrast on the palette's base colour.
    const QColor heading = dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x4f, 0xa0);
    const QColor code = dark ? QColor(0xe6, 0xb4, 0x73) : QColor(0x8a, 0x4b, 0x08);
    const QColor link = dark ? QColor(0x7f, 0xd1, 0xc7) : QColor(0x00, 0x6d, 0x6d);
    const QColor muted = dark ? QColor(0xa0, 0xa0, 0xa8) : QColor(0x60, 0x60, 0x68);
    const QColor marker = dark ? QColor(0xc5, 0x9b, 0xf0) : QColor(0x6a, 0x2c, 0xa8);

    m_heading = QTextCharFormat();
    m_heading.setForeground(heading);
    m_heading.setFontWeight(QFont::Bold);
    m_emphasis = QTextCharFormat();
    m_emphasis.setFontItalic(true);
    m_strong = QTextCharFormat();
    m_strong.setFontWeight(QFont::Bold);
    m_code = QTextCharFormat();
    m_code.setForeground(code);
    m_code.setFontFamilies({QStringLiteral("monospace")});
    m_fence = m_code;
    m_link = QTextCharFormat();
    m_link.setForeground(link);
    m_link.setFontUnderline(true);
    m_listMarker = QTextCharFormat();
    m_listMarker.setForeground(heading);
    m_listMarker.setFontWeight(QFont::Bold);
    m_quote = QTextCharFormat();
    m_quote.setForeground(muted);
    m_quote.setFontItalic(true);
    m_marker = QTextCharFormat();
    m_marker.setForeground(marker);
    m_marker.setBackground(dark ? QColor(0x33, 0x2a, 0x44) : QColor(0xf1, 0xe8, 0xfb));
    rehighlight();
}

void MarkdownHighlighter::setSpellChecker(const SpellChecker *spelling)
{
    m_spelling = spelling;
    rehighlight();
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression fence(QStringLiteral("^\\s{0,3}(```|~~~)"));
    static const QRegularExpression heading(QStringLiteral("^\\s{0,3}#{1,6}(\\s|$)"));
    static const QRegularExpression listMarker(QStringLiteral("^\\s*([-*+]|\\d{1,9}[.)])\\s"));
    static const QRegularExpression quote(QStringLiteral("^\\s{0,3}>"));
    static const QRegularExpression marker(QStringLiteral("<!--\\s*outagedesk:[^>]*-->"));
    static const QRegularExpression strong(QStringLiteral("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"));
    static const QRegularExpression emphasis(QStringLiteral("(?<![*_\\w])([*_])(?=\\S)(.+?)(?<=\\S)\\1(?![*_\\w])"));
    static const QRegularExpression inlineCode(QStringLiteral("`[^`]+`"));
    static const QRegularExpression link(QStringLiteral("\\[[^\\]]*\\]\\([^)]*\\)|<https?://[^>]+>|\\bhttps?://\\S+"));

    const bool wasInFence = previousBlockState() == InFence;
    if (fence.match(text).hasMatch()) {
        setFormat(0, int(text.size()), m_fence);
        setCurrentBlockState(wasInFence ? Normal : InFence);
        return;
    }
    setCurrentBlockState(wasInFence ? InFence : Normal);
    if (wasInFence) {
        setFormat(0, int(text.size()), m_code);
        return;
    }
    if (heading.match(text).hasMatch()) {
        setFormat(0, int(text.size()), m_heading);
    } else if (quote.match(text).hasMatch()) {
        setFormat(0, int(text.size()), m_quote);
    } else {
        const auto list = listMarker.match(text);
        if (list.hasMatch())
            setFormat(int(list.capturedStart(1)), int(list.capturedLength(1)), m_listMarker);
    }
    auto apply = [&](const QRegularExpression &re, const QTextCharFormat &fmt) {
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            QTextCharFormat merged = format(int(m.capturedStart()));
            merged.merge(fmt);
            setFormat(int(m.capturedStart()), int(m.capturedLength()), merged);
        }
    };
    apply(strong, m_strong);
    apply(emphasis, m_emphasis);
    apply(link, m_link);
    apply(inlineCode, m_code);
    apply(marker, m_marker);

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

#pragma once

#include <QPlainTextEdit>

namespace OutageDesk {

class RcaHighlighter;
class SpellChecker;

// The RCA's text area: QPlainTextEdit (its per-block layout keeps highlighting
// linear; QTextEdit's is quadratic on long documents) with line numbers, the
// current line highlighted, soft wrap, Markdown shortcuts and spelling on
// right-click.
class RcaTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit RcaTextEdit(QWidget *parent = nullptr);
    ~RcaTextEdit() override;

    RcaHighlighter *highlighter() const { return m_highlighter; }
    void setSpellChecker(SpellChecker *spelling);
    SpellChecker *spellChecker() const { return m_spelling; }

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);
    // Puts the cursor at the start of a 1-based line (and column) and shows it.
    void goToLine(int line, int column = 0);

    // Markdown shortcuts: wrap the selection (or the word under the cursor), or
    // prefix the current lines. Each is one undoable edit.
    void toggleBold();
    void toggleItalic();
    void makeHeading();
    void makeList();
    void insertLink();

    // Tab in a list item indents the item under the one above it (Shift+Tab takes it
    // back out), as Markdown editors do. Elsewhere Tab inserts spaces up to the next
    // multiple of four, except in front of a line's text, where four spaces would turn
    // a heading or paragraph into a code block (there it does nothing; in a fenced
    // code block it indents); or, if the user chose so, Tab moves to the next field.
    // Shift+Tab outside list items moves to the previous field: the way out by keyboard.
    void setTabMovesFocus(bool moves) { m_tabMovesFocus = moves; }
    bool tabMovesFocus() const { return m_tabMovesFocus; }

    // The context menu for a position, with spelling suggestions when the word
    // there is misspelt. Public so that tests can check it without a popup.
    QMenu *createContextMenu(const QPoint &position);

Q_SIGNALS:
    void wordAddedToDictionary(const QString &word);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateLineNumberAreaWidth();
    void updateLineNumberArea(const QRect &rect, int dy);
    void highlightCurrentLine();
    void wrapSelection(const QString &marker);
    void prefixLines(const QString &prefix);
    bool indentListItems(bool deeper);
    bool insertTabSpaces();

    QWidget *m_lineNumberArea;
    RcaHighlighter *m_highlighter;
    SpellChecker *m_spelling = nullptr;
    bool m_tabMovesFocus = false;
};

} // namespace OutageDesk

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

    // The context menu for a position, with spelling suggestions when the word
    // there is misspelt. Public so that tests can check it without a popup.
    QMenu *createContextMenu(const QPoint &position);

Q_SIGNALS:
    void wordAddedToDictionary(const QString &word);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateLineNumberAreaWidth();
    void updateLineNumberArea(const QRect &rect, int dy);
    void highlightCurrentLine();
    void wrapSelection(const QString &marker);
    void prefixLines(const QString &prefix);

    QWidget *m_lineNumberArea;
    RcaHighlighter *m_highlighter;
    SpellChecker *m_spelling = nullptr;
};

} // namespace OutageDesk

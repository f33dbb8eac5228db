#include "gui/rca/RcaTextEdit.h"

#include "analysis/RcaTextLinter.h"
#include "analysis/SpellChecker.h"
#include "gui/rca/RcaHighlighter.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QRegularExpression>
#include <QTextBlock>

namespace OutageDesk {
namespace {

class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(RcaTextEdit *editor)
        : QWidget(editor)
        , m_editor(editor)
    {
    }
    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    RcaTextEdit *m_editor;
};

constexpr int kTabWidth = 4;

// A Markdown list item: indentation, a bullet or a number, then at least one space.
struct ListItem
{
    int indent = -1;  // -1: not a list item
    int content = 0;  // the column its text starts at: where a nested item goes
};

ListItem listItemOf(const QString &line)
{
    static const QRegularExpression item(QStringLiteral("^( *)([-*+]|\\d{1,9}[.)])( +|$)"));
    const QRegularExpressionMatch match = item.match(line);
    if (!match.hasMatch())
        return {};
    return {int(match.capturedLength(1)), int(match.capturedLength(0)) + (match.capturedLength(3) == 0 ? 1 : 0)};
}

bool isFence(const QString &line)
{
    const QString trimmed = line.trimmed();
    return trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"));
}

// Whether `block` lies inside a fenced code block.
bool insideFence(const QTextBlock &block)
{
    bool inside = false;
    for (QTextBlock b = block.document()->firstBlock(); b.isValid() && b != block; b = b.next()) {
        if (isFence(b.text()))
            inside = !inside;
    }
    return inside;
}

} // namespace

RcaTextEdit::RcaTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_lineNumberArea(new LineNumberArea(this))
{
    setObjectName(QStringLiteral("rcaTextEdit"));
    setLineWrapMode(QPlainTextEdit::WidgetWidth); // soft wrap: Markdown paragraphs are long lines
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabChangesFocus(false);
    m_highlighter = RcaHighlighter::create(document(), palette());

    connect(this, &QPlainTextEdit::blockCountChanged, this, &RcaTextEdit::updateLineNumberAreaWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &RcaTextEdit::updateLineNumberArea);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &RcaTextEdit::highlightCurrentLine);
    updateLineNumberAreaWidth();
    highlightCurrentLine();
}

RcaTextEdit::~RcaTextEdit() = default;

void RcaTextEdit::setSpellChecker(SpellChecker *spelling)
{
    m_spelling = spelling;
    m_highlighter->setSpellChecker(spelling);
}

int RcaTextEdit::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = qMax(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    return 10 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * qMax(3, digits);
}

void RcaTextEdit::updateLineNumberAreaWidth()
{
    // viewport margins follow the layout direction: numbers sit on the leading side.
    if (layoutDirection() == Qt::RightToLeft)
        setViewportMargins(0, 0, lineNumberAreaWidth(), 0);
    else
        setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void RcaTextEdit::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy)
        m_lineNumberArea->scroll(0, dy);
    else
        m_lineNumberArea->update(0, rect.y(), m_lineNumberArea->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateLineNumberAreaWidth();
}

void RcaTextEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    const int width = lineNumberAreaWidth();
    if (layoutDirection() == Qt::RightToLeft)
        m_lineNumberArea->setGeometry(QRect(cr.right() - width + 1, cr.top(), width, cr.height()));
    else
        m_lineNumberArea->setGeometry(QRect(cr.left(), cr.top(), width, cr.height()));
}

void RcaTextEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setPalette(palette());
        highlightCurrentLine();
    } else if (event->type() == QEvent::LayoutDirectionChange) {
        updateLineNumberAreaWidth();
        resizeEvent(nullptr);
    }
}

void RcaTextEdit::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers others = event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
    const bool tab = event->key() == Qt::Key_Tab && !(event->modifiers() & Qt::ShiftModifier) && !others;
    const bool backtab = (event->key() == Qt::Key_Backtab || (event->key() == Qt::Key_Tab && (event->modifiers() & Qt::ShiftModifier)))
        && !others;
    if (!tab && !backtab) {
        QPlainTextEdit::keyPressEvent(event);
        return;
    }
    event->accept();
    if (isReadOnly() || indentListItems(tab))
        return;
    if (backtab || m_tabMovesFocus) {
        // QPlainTextEdit's own focusNextPrevChild() refuses while it takes Tab.
        QWidget::focusNextPrevChild(tab);
        return;
    }
    insertTabSpaces();
}

bool RcaTextEdit::indentListItems(bool deeper)
{
    QTextCursor cursor = textCursor();
    QTextBlock block = document()->findBlock(cursor.selectionStart());
    const QTextBlock last = document()->findBlock(cursor.selectionEnd());
    if (listItemOf(block.text()).indent < 0)
        return false;
    cursor.beginEditBlock();
    for (; block.isValid(); block = block.next()) {
        const ListItem item = listItemOf(block.text());
        if (item.indent >= 0) {
            // The item above at the same depth (deeper) or above it (shallower) decides
            // where this one goes, so that it nests under it in every Markdown renderer.
            int target = deeper ? -1 : 0;
            for (QTextBlock above = block.previous(); above.isValid(); above = above.previous()) {
                const QString text = above.text();
                const ListItem other = listItemOf(text);
                if (other.indent < 0) {
                    if (text.trimmed().isEmpty() || text.startsWith(QLatin1Char(' ')))
                        continue; // a gap or a continuation inside the list
                    break;        // the list ends above
                }
                if (deeper && other.indent == item.indent) {
                    target = other.content;
                    break;
                }
                if (deeper && other.indent < item.indent)
                    break; // first child: nothing to nest under
                if (!deeper && other.indent < item.indent) {
                    target = other.indent;
                    break;
                }
            }
            if (deeper && target > item.indent) {
                QTextCursor(block).insertText(QString(target - item.indent, QLatin1Char(' ')));
            } else if (!deeper && item.indent > 0) {
                QTextCursor line(block);
                line.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor, item.indent - target);
                line.removeSelectedText();
            }
        }
        if (block == last)
            break;
    }
    cursor.endEditBlock();
    return true;
}

bool RcaTextEdit::insertTabSpaces()
{
    QTextCursor cursor = textCursor();
    const QTextBlock block = cursor.block();
    const int column = cursor.positionInBlock();
    const QString text = block.text();
    const bool inFrontOfText = text.left(column).trimmed().isEmpty() && !text.mid(column).trimmed().isEmpty();
    if (inFrontOfText && !insideFence(block))
        return false; // would make this line an indented code block
    cursor.insertText(QString(kTabWidth - column % kTabWidth, QLatin1Char(' ')));
    setTextCursor(cursor);
    return true;
}

void RcaTextEdit::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumberArea);
    const QPalette pal = palette();
    painter.fillRect(event->rect(), pal.color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int current = textCursor().blockNumber();
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            QFont font = painter.font();
            font.setBold(block.blockNumber() == current);
            painter.setFont(font);
            painter.setPen(block.blockNumber() == current ? pal.color(QPalette::Text) : pal.color(QPalette::PlaceholderText));
            painter.drawText(0, top, m_lineNumberArea->width() - 5, fontMetrics().height(), Qt::AlignRight,
                             QString::number(block.blockNumber() + 1));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

void RcaTextEdit::highlightCurrentLine()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (!isReadOnly()) {
        QTextEdit::ExtraSelection selection;
        const QColor base = palette().color(QPalette::Base);
        const QColor highlight = palette().color(QPalette::Highlight);
        // A faint mix of the selection colour, so selected text still reads.
        selection.format.setBackground(QColor((base.red() * 9 + highlight.red()) / 10, (base.green() * 9 + highlight.green()) / 10,
                                              (base.blue() * 9 + highlight.blue()) / 10));
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selection.cursor = textCursor();
        selection.cursor.clearSelection();
        selections.append(selection);
    }
    setExtraSelections(selections);
    m_lineNumberArea->update();
}

void RcaTextEdit::goToLine(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(qMax(0, line - 1));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    if (column > 0)
        cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, qMin(column - 1, block.length() - 1));
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

void RcaTextEdit::wrapSelection(const QString &marker)
{
    QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        cursor.select(QTextCursor::WordUnderCursor);
    const QString selected = cursor.selectedText();
    cursor.beginEditBlock();
    if (selected.size() >= 2 * marker.size() && selected.startsWith(marker) && selected.endsWith(marker)) {
        cursor.insertText(selected.mid(marker.size(), selected.size() - 2 * marker.size()));
    } else if (selected.isEmpty()) {
        cursor.insertText(marker + marker);
        cursor.movePosition(QTextCursor::Left, QTextCursor::MoveAnchor, int(marker.size()));
    } else {
        cursor.insertText(marker + selected + marker);
    }
    cursor.endEditBlock();
    setTextCursor(cursor);
}

void RcaTextEdit::prefixLines(const QString &prefix)
{
    QTextCursor cursor = textCursor();
    const int start = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    QTextBlock block = document()->findBlock(start);
    const QTextBlock last = document()->findBlock(end);
    cursor.beginEditBlock();
    while (block.isValid()) {
        QTextCursor line(block);
        if (!block.text().startsWith(prefix))
            line.insertText(prefix);
        if (block == last)
            break;
        block = block.next();
    }
    cursor.endEditBlock();
}

void RcaTextEdit::toggleBold()
{
    wrapSelection(QStringLiteral("**"));
}

void RcaTextEdit::toggleItalic()
{
    wrapSelection(QStringLiteral("_"));
}

void RcaTextEdit::makeHeading()
{
    // Repeated use deepens the heading: "## " → "### ", up to level 6.
    QTextCursor cursor = textCursor();
    QTextBlock block = cursor.block();
    QTextCursor line(block);
    const QString text = block.text();
    int level = 0;
    while (level < text.size() && text.at(level) == QLatin1Char('#'))
        ++level;
    line.beginEditBlock();
    if (level == 0)
        line.insertText(QStringLiteral("## "));
    else if (level < 6)
        line.insertText(QStringLiteral("#"));
    line.endEditBlock();
}

void RcaTextEdit::makeList()
{
    prefixLines(QStringLiteral("- "));
}

void RcaTextEdit::insertLink()
{
    QTextCursor cursor = textCursor();
    const QString label = cursor.hasSelection() ? cursor.selectedText() : tr("link text");
    cursor.beginEditBlock();
    cursor.insertText(QStringLiteral("[%1](https://)").arg(label));
    cursor.endEditBlock();
    // Leave the cursor inside the parentheses, ready for the address.
    cursor.movePosition(QTextCursor::Left);
    setTextCursor(cursor);
}

QMenu *RcaTextEdit::createContextMenu(const QPoint &position)
{
    QMenu *menu = createStandardContextMenu(position);
    if (!m_spelling || !m_spelling->isValid())
        return menu;
    QTextCursor cursor = cursorForPosition(position);
    const QTextBlock block = cursor.block();
    const int column = cursor.positionInBlock();
    const auto words = RcaTextLinter::proseWordsOfLine(block.text(), block.blockNumber() + 1);
    for (const auto &word : words) {
        const int start = word.column - 1;
        if (column < start || column > start + word.text.size() || m_spelling->isCorrect(word.text))
            continue;
        QAction *first = menu->actions().value(0);
        const QStringList suggestions = m_spelling->suggestions(word.text, 6);
        const int blockStart = block.position();
        for (const QString &suggestion : suggestions) {
            auto *action = new QAction(suggestion, menu);
            QFont bold = action->font();
            bold.setBold(true);
            action->setFont(bold);
            connect(action, &QAction::triggered, this, [this, blockStart, start, word, suggestion] {
                QTextCursor replace(document());
                replace.setPosition(blockStart + start);
                replace.setPosition(blockStart + start + int(word.text.size()), QTextCursor::KeepAnchor);
                if (replace.selectedText() == word.text)
                    replace.insertText(suggestion);
            });
            menu->insertAction(first, action);
        }
        if (suggestions.isEmpty()) {
            auto *none = new QAction(tr("No suggestions"), menu);
            none->setEnabled(false);
            menu->insertAction(first, none);
        }
        auto *add = new QAction(tr("Add \"%1\" to Dictionary").arg(word.text), menu);
        add->setObjectName(QStringLiteral("addToDictionary"));
        connect(add, &QAction::triggered, this, [this, word] {
            m_spelling->addToPersonalDictionary(word.text);
            m_highlighter->setSpellChecker(m_spelling); // re-highlights
            Q_EMIT wordAddedToDictionary(word.text);
        });
        menu->insertAction(first, add);
        menu->insertSeparator(first);
        break;
    }
    return menu;
}

void RcaTextEdit::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createContextMenu(event->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

} // namespace OutageDesk

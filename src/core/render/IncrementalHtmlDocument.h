#pragma once

#include <QList>
#include <QPointer>
#include <QStringList>
#include <limits>

class QTextCursor;
class QTextDocument;

namespace OutageDesk {

// Keeps a QTextDocument showing a list of HTML blocks (MarkdownRenderer::toHtmlBlocks)
// and, on each update, imports again only the blocks that differ from the previous
// list. On a long RCA, importing and laying out the whole HTML costs ten times the
// Markdown rendering, while a keystroke changes one block: the rest of the document,
// its layout and the view's scroll position stay as they are.
//
// The document reads the same as QTextDocument::setHtml() of the joined blocks. What
// makes that hold: every block after the first is imported with a paragraph break in
// front (QTextCursor::insertHtml would run a lone paragraph into the one before it);
// a block holding a table, or ending in an empty element (an empty code block), is
// kept together with the block after it, which the importer pours into the paragraph
// left open; and the document's first paragraph gets the format of the first one
// imported. Known exception: a rule right after something ending empty (a code block,
// a heading, a table's last cell) can come out differently, as Qt's importer treats a
// rule differently in a whole document and in a fragment (the whole document can even
// lose it into that empty cell).
class IncrementalHtmlDocument
{
public:
    // Fills `document` with `blocks` from scratch (its default style sheet applies) and
    // follows it from then on.
    void rebuild(QTextDocument *document, const QStringList &blocks);
    // Brings the followed document to `blocks`, replacing only what changed. Returns
    // false, changing nothing, when there is no document, when its length shows that
    // something else changed it, or when more than `importLimit` units would be
    // imported (a shown document lays a change out at once, a new one a screenful
    // first): the caller rebuilds.
    bool update(const QStringList &blocks, int importLimit = std::numeric_limits<int>::max());

    QTextDocument *document() const { return m_document; }
    // Of the last rebuild or update: how many units were imported (0 when nothing
    // changed). A unit is a block, or a table with the block after it. A rebuild
    // imports units in pieces of 32, and the first edit in a piece imports it whole
    // again, unit by unit: later edits there import only their own unit.
    int importedUnitCount() const { return m_imported; }

private:
    static QStringList unitsOf(const QStringList &blocks);
    // Inserts one unit at the cursor and returns how many characters it took.
    static int insertUnit(QTextCursor &cursor, const QString &html, bool atStart);
    int documentLength() const;

    // A run of units imported together, and the characters they took in the document.
    struct Piece
    {
        int units = 0;
        int length = 0;
    };
    static constexpr qsizetype kUnitsPerRebuildPiece = 32;

    QPointer<QTextDocument> m_document;
    QStringList m_units;
    QList<Piece> m_pieces; // in document order, covering m_units
    int m_imported = 0;
};

} // namespace OutageDesk

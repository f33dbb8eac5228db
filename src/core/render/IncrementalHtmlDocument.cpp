#include "render/IncrementalHtmlDocument.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>

namespace OutageDesk {

void IncrementalHtmlDocument::rebuild(QTextDocument *document, const QStringList &blocks)
{
    m_document = document;
    m_units = unitsOf(blocks);
    m_pieces.clear();
    m_imported = int(m_units.size());
    if (!m_document)
        return;
    m_document->clear();
    // Imported in pieces of many units: each import has a fixed cost, and imported
    // together, units read as imported one by one. An edit later re-imports the
    // piece it falls in, unit by unit.
    QTextCursor cursor(m_document);
    cursor.beginEditBlock();
    int position = 0;
    for (qsizetype first = 0; first < m_units.size(); first += kUnitsPerRebuildPiece) {
        const qsizetype count = qMin(kUnitsPerRebuildPiece, m_units.size() - first);
        cursor.setPosition(position);
        const int length = insertUnit(cursor, m_units.mid(first, count).join(QString()), first == 0);
        m_pieces << Piece{int(count), length};
        position += length;
    }
    cursor.endEditBlock();
}

bool IncrementalHtmlDocument::update(const QStringList &blocks, int importLimit)
{
    m_imported = 0;
    int known = 0;
    for (const Piece &piece : std::as_const(m_pieces))
        known += piece.length;
    if (!m_document || documentLength() != known)
        return false;

    const QStringList units = unitsOf(blocks);
    const qsizetype oldCount = m_units.size();
    const qsizetype newCount = units.size();
    qsizetype prefix = 0;
    while (prefix < oldCount && prefix < newCount && m_units.at(prefix) == units.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < oldCount - prefix && suffix < newCount - prefix
           && m_units.at(oldCount - 1 - suffix) == units.at(newCount - 1 - suffix))
        ++suffix;
    if (prefix == oldCount && prefix == newCount)
        return true;
    if (newCount == 0) {
        m_document->clear();
        m_units.clear();
        m_pieces.clear();
        return true;
    }

    // Only whole pieces are replaced: back to the start of the piece holding the
    // first changed unit.
    qsizetype firstPiece = 0;
    qsizetype kept = 0;
    int start = 0;
    while (firstPiece < m_pieces.size() && kept + m_pieces.at(firstPiece).units <= prefix) {
        kept += m_pieces.at(firstPiece).units;
        start += m_pieces.at(firstPiece).length;
        ++firstPiece;
    }
    // Removing a range merges what it held into the paragraph in front of it, which
    // keeps its format; but when that paragraph is empty (a rule, the end of a code
    // block) Qt drops it instead and keeps the next one. So the range starts after a
    // paragraph with text in it, or at the very start.
    while (firstPiece > 0 && m_document->findBlock(start).length() == 1) {
        --firstPiece;
        kept -= m_pieces.at(firstPiece).units;
        start -= m_pieces.at(firstPiece).length;
    }
    prefix = kept;
    // At the start, the document's first paragraph is emptied, never removed: the first
    // unit is imported again into it, to give it its format.
    if (prefix == 0 && oldCount > 0)
        suffix = qMin(suffix, qMin(oldCount, newCount) - 1);
    // And whole pieces after the change.
    qsizetype endPiece = m_pieces.size();
    kept = 0;
    while (endPiece > firstPiece && kept + m_pieces.at(endPiece - 1).units <= suffix)
        kept += m_pieces.at(--endPiece).units;
    suffix = kept;
    if (newCount - prefix - suffix > importLimit)
        return false;
    int removed = 0;
    for (qsizetype i = firstPiece; i < endPiece; ++i)
        removed += m_pieces.at(i).length;

    QTextCursor cursor(m_document);
    // One edit block: the layout hears of one change and lays out that range once.
    cursor.beginEditBlock();
    if (removed > 0) {
        cursor.setPosition(start);
        cursor.setPosition(start + removed, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
    }
    QList<Piece> pieces;
    int position = start;
    for (qsizetype i = prefix; i < newCount - suffix; ++i) {
        cursor.setPosition(position);
        const int length = insertUnit(cursor, units.at(i), i == 0);
        pieces << Piece{1, length};
        position += length;
    }
    cursor.endEditBlock();

    m_units = units;
    m_pieces.remove(firstPiece, endPiece - firstPiece);
    for (qsizetype i = 0; i < pieces.size(); ++i)
        m_pieces.insert(firstPiece + i, pieces.at(i));
    m_imported = int(pieces.size());
    return true;
}

QStringList IncrementalHtmlDocument::unitsOf(const QStringList &blocks)
{
    // After a table, Qt keeps a paragraph of its own, and the importer puts what comes
    // next into it. Imported apart, the next block would get a new paragraph and leave
    // that one empty, a blank line under every table: so a table travels with the block
    // after it. (Sanitized HTML has "<table" only as a tag: text comes out as "&lt;".)
    //
    // Likewise a block that ends in an element with nothing in it (an empty code block,
    // heading, list item or quote): the importer pours the next block into the empty
    // paragraph it left, so the two travel together too.
    static const QRegularExpression endsEmpty(
        QStringLiteral("<(\\w+)[^>]*>\\s*</\\1>(\\s*</(ul|ol|li|pre|blockquote)>)*\\s*$"));
    QStringList units;
    QString pending;
    for (const QString &block : blocks) {
        pending += block;
        if (block.contains(QLatin1String("<table")) || endsEmpty.match(block).hasMatch())
            continue;
        pending = pending.trimmed();
        if (!pending.isEmpty())
            units << pending;
        pending.clear();
    }
    pending = pending.trimmed();
    if (!pending.isEmpty())
        units << pending;
    return units;
}

int IncrementalHtmlDocument::insertUnit(QTextCursor &cursor, const QString &html, bool atStart)
{
    QTextDocument *document = cursor.document();
    const int before = document->characterCount();
    if (atStart) {
        // Copied whole to the start, the unit's first paragraph takes over the document's
        // first one, format included (as in setHtml).
        QTextDocument unit;
        unit.setUndoRedoEnabled(false);
        unit.setDefaultFont(document->defaultFont());
        unit.setDefaultStyleSheet(document->defaultStyleSheet());
        unit.setHtml(html);
        cursor.insertFragment(QTextDocumentFragment(&unit));
        // Except when that paragraph is empty (a rule): the copy then starts with the
        // break after it and leaves the format behind.
        const QTextBlock first = unit.begin();
        if (first.text().isEmpty() && !first.textList()) {
            QTextCursor start(document);
            start.setBlockFormat(first.blockFormat());
            start.setBlockCharFormat(first.charFormat());
        }
    } else {
        // insertHtml() runs the first paragraph it brings into the one at the cursor,
        // dropping its format. Behind a throwaway paragraph "x", the unit starts with a
        // paragraph break (or a table) carrying that format; the "x" lands at the end of
        // the paragraph in front, and goes.
        const int position = cursor.position();
        // At 0 (behind an empty first paragraph, a rule), the copy would also give the
        // throwaway paragraph's format to the document's first one.
        const QTextBlock first = document->begin();
        const QTextBlockFormat firstFormat = first.blockFormat();
        const QTextCharFormat firstCharFormat = first.charFormat();
        cursor.insertHtml(QStringLiteral("<p>x</p>") + html);
        cursor.setPosition(position);
        cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        if (position == 0) {
            cursor.setBlockFormat(firstFormat);
            cursor.setBlockCharFormat(firstCharFormat);
        }
    }
    return document->characterCount() - before;
}

int IncrementalHtmlDocument::documentLength() const
{
    // Without the paragraph separator every document ends with.
    return m_document->characterCount() - 1;
}

} // namespace OutageDesk

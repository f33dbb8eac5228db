#include "render/IncrementalHtmlDocument.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <numeric>

namespace OutageDesk {

void IncrementalHtmlDocument::rebuild(QTextDocument *document, const QStringList &blocks)
{
    m_document = document;
    m_units.clear();
    m_lengths.clear();
    if (m_document)
        m_document->clear();
    update(blocks);
}

bool IncrementalHtmlDocument::update(const QStringList &blocks, int importLimit)
{
    m_imported = 0;
    const qsizetype known = std::accumulate(m_lengths.cbegin(), m_lengths.cend(), qsizetype(0));
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
        m_lengths.clear();
        return true;
    }

    // Removing a range merges what it held into the paragraph in front of it, which
    // keeps its format; but when that paragraph is empty (a rule, the end of a code
    // block) Qt drops it instead and keeps the next one. So the range starts after a
    // paragraph with text in it, or at the very start.
    int start = std::accumulate(m_lengths.cbegin(), m_lengths.cbegin() + prefix, 0);
    while (prefix > 0 && m_document->findBlock(start).length() == 1)
        start -= m_lengths.at(--prefix);
    // At the start, the document's first paragraph is emptied, never removed: the first
    // unit is imported again into it, to give it its format.
    if (prefix == 0 && oldCount > 0)
        suffix = qMin(suffix, qMin(oldCount, newCount) - 1);
    if (newCount - prefix - suffix > importLimit)
        return false;
    const int removed = std::accumulate(m_lengths.cbegin() + prefix, m_lengths.cend() - suffix, 0);
    QList<int> lengths;
    lengths.reserve(newCount - prefix - suffix);

    QTextCursor cursor(m_document);
    // One edit block: the layout hears of one change and lays out that range once.
    cursor.beginEditBlock();
    if (removed > 0) {
        cursor.setPosition(start);
        cursor.setPosition(start + removed, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
    }
    int position = start;
    for (qsizetype i = prefix; i < newCount - suffix; ++i) {
        cursor.setPosition(position);
        const int length = insertUnit(cursor, units.at(i), position == 0);
        lengths << length;
        position += length;
    }
    cursor.endEditBlock();

    m_units = units;
    m_lengths.remove(prefix, oldCount - prefix - suffix);
    for (qsizetype i = 0; i < lengths.size(); ++i)
        m_lengths.insert(prefix + i, lengths.at(i));
    m_imported = int(lengths.size());
    return true;
}

QStringList IncrementalHtmlDocument::unitsOf(const QStringList &blocks)
{
    // After a table, Qt keeps a paragraph of its own, and the importer puts what comes
    // next into it. Imported apart, the next block would get a new paragraph and leave
    // that one empty, a blank line under every table: so a table travels with the block
    // after it. (Sanitized HTML has "<table" only as a tag: text comes out as "&lt;".)
    QStringList units;
    QString pending;
    for (const QString &block : blocks) {
        pending += block;
        if (block.contains(QLatin1String("<table")))
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
    } else {
        // insertHtml() runs the first paragraph it brings into the one at the cursor,
        // dropping its format. Behind a throwaway paragraph "x", the unit starts with a
        // paragraph break (or a table) carrying that format; the "x" lands at the end of
        // the paragraph in front, and goes.
        const int position = cursor.position();
        cursor.insertHtml(QStringLiteral("<p>x</p>") + html);
        cursor.setPosition(position);
        cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
    }
    return document->characterCount() - before;
}

int IncrementalHtmlDocument::documentLength() const
{
    // Without the paragraph separator every document ends with.
    return m_document->characterCount() - 1;
}

} // namespace OutageDesk

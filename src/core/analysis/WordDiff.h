#pragma once

#include <QList>
#include <QString>

namespace OutageDesk {

// A word-level diff of two RCA texts, for the history panel.
//
// Our own small LCS rather than a library: Debian 12 packages no C++ diff library
// with word granularity that fits a Qt build (dtl and diff-match-patch-cpp are not
// packaged; libgit2 diffs lines), and RCA texts are small. Common leading and
// trailing tokens are trimmed first; when the changed middle is still too large for
// the quadratic table, it is reported as one replacement rather than stalling the UI.
class WordDiff
{
public:
    struct Segment
    {
        enum class Kind { Equal, Removed, Inserted };
        Kind kind = Kind::Equal;
        QString text; // words with the whitespace that follows them

        friend bool operator==(const Segment &a, const Segment &b) { return a.kind == b.kind && a.text == b.text; }
    };

    static QList<Segment> diff(const QString &before, const QString &after);
    // Escaped HTML with <del> and <ins>, newlines kept as <br>; an anchor named
    // "first-change" before the first difference.
    static QString toHtml(const QList<Segment> &segments);
    static int changedWordCount(const QList<Segment> &segments);

    // Tokens: a word or a run of punctuation, each with its trailing whitespace.
    static QStringList tokenize(const QString &text);

    static constexpr qint64 kMaxTableCells = 16'000'000;
};

} // namespace OutageDesk

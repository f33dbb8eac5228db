#include "analysis/WordDiff.h"

#include "render/HtmlSanitizer.h"

#include <QStringList>
#include <vector>

namespace OutageDesk {
namespace {

void append(QList<WordDiff::Segment> &segments, WordDiff::Segment::Kind kind, const QString &token)
{
    if (!segments.isEmpty() && segments.last().kind == kind)
        segments.last().text += token;
    else
        segments.append({kind, token});
}

// Tokens compare without their trailing whitespace, so re-wrapping a line does not
// mark its words as changed.
QString core(const QString &token)
{
    qsizetype end = token.size();
    while (end > 0 && token.at(end - 1).isSpace())
        --end;
    return token.left(end);
}

} // namespace

QStringList WordDiff::tokenize(const QString &text)
{
    QStringList tokens;
    const qsizetype n = text.size();
    qsizetype i = 0;
    // Leading whitespace belongs to a token of its own.
    if (i < n && text.at(i).isSpace()) {
        while (i < n && text.at(i).isSpace())
            ++i;
        tokens << text.left(i);
    }
    while (i < n) {
        const qsizetype start = i;
        if (text.at(i).isLetterOrNumber()) {
            while (i < n && (text.at(i).isLetterOrNumber() || text.at(i) == QLatin1Char('\'')))
                ++i;
        } else {
            ++i; // one punctuation character per token: "(", "**" as two
        }
        while (i < n && text.at(i).isSpace())
            ++i;
        tokens << text.mid(start, i - start);
    }
    return tokens;
}

QList<WordDiff::Segment> WordDiff::diff(const QString &before, const QString &after)
{
    const QStringList a = tokenize(before);
    const QStringList b = tokenize(after);
    QStringList ca, cb;
    ca.reserve(a.size());
    cb.reserve(b.size());
    for (const QString &t : a)
        ca << core(t);
    for (const QString &t : b)
        cb << core(t);

    QList<Segment> segments;
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && ca.at(prefix) == cb.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && ca.at(a.size() - 1 - suffix) == cb.at(b.size() - 1 - suffix))
        ++suffix;
    for (qsizetype i = 0; i < prefix; ++i)
        append(segments, Segment::Kind::Equal, b.at(i));

    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;
    if (n > 0 || m > 0) {
        if (n == 0 || m == 0 || qint64(n + 1) * qint64(m + 1) > kMaxTableCells) {
            for (qsizetype i = 0; i < n; ++i)
                append(segments, Segment::Kind::Removed, a.at(prefix + i));
            for (qsizetype j = 0; j < m; ++j)
                append(segments, Segment::Kind::Inserted, b.at(prefix + j));
        } else {
            // lcs[i][j] = length of the LCS of a[i..] and b[j..] (middle parts only).
            std::vector<quint32> lcs(size_t((n + 1) * (m + 1)), 0);
            auto at = [&](qsizetype i, qsizetype j) -> quint32 & { return lcs[size_t(i * (m + 1) + j)]; };
            for (qsizetype i = n - 1; i >= 0; --i) {
                for (qsizetype j = m - 1; j >= 0; --j) {
                    at(i, j) = ca.at(prefix + i) == cb.at(prefix + j) ? at(i + 1, j + 1) + 1
                                                                      : std::max(at(i + 1, j), at(i, j + 1));
                }
            }
            qsizetype i = 0, j = 0;
            while (i < n && j < m) {
                if (ca.at(prefix + i) == cb.at(prefix + j)) {
                    append(segments, Segment::Kind::Equal, b.at(prefix + j));
                    ++i;
                    ++j;
                } else if (at(i + 1, j) >= at(i, j + 1)) {
                    append(segments, Segment::Kind::Removed, a.at(prefix + i++));
                } else {
                    append(segments, Segment::Kind::Inserted, b.at(prefix + j++));
                }
            }
            while (i < n)
                append(segments, Segment::Kind::Removed, a.at(prefix + i++));
            while (j < m)
                append(segments, Segment::Kind::Inserted, b.at(prefix + j++));
        }
    }
    for (qsizetype k = b.size() - suffix; k < b.size(); ++k)
        append(segments, Segment::Kind::Equal, b.at(k));
    return segments;
}

QString WordDiff::toHtml(const QList<Segment> &segments)
{
    QString html;
    bool firstChange = true;
    for (const Segment &s : segments) {
        if (firstChange && s.kind != Segment::Kind::Equal) {
            html += QStringLiteral("<a name=\"first-change\"></a>"); // so a view can scroll there
            firstChange = false;
        }
        QString text = HtmlSanitizer::escape(s.text);
        text.replace(QLatin1Char('\n'), QLatin1String("<br>"));
        switch (s.kind) {
        case Segment::Kind::Equal:
            html += text;
            break;
        case Segment::Kind::Removed:
            html += QStringLiteral("<del style=\"background:#f8d0d0;color:#7a1010\">") + text + QStringLiteral("</del>");
            break;
        case Segment::Kind::Inserted:
            html += QStringLiteral("<ins style=\"background:#cdeccd;color:#0d5a0d\">") + text + QStringLiteral("</ins>");
            break;
        }
    }
    return html;
}

int WordDiff::changedWordCount(const QList<Segment> &segments)
{
    int count = 0;
    for (const Segment &s : segments) {
        if (s.kind != Segment::Kind::Equal)
            count += int(tokenize(s.text).size());
    }
    return count;
}

} // namespace OutageDesk

#include "analysis/RcaTextLinter.h"

#include "analysis/SpellChecker.h"
#include "model/Incident.h"
#include "render/GeneratedSections.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <climits>

namespace OutageDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RcaTextLinter", text);
}

LintFinding finding(LintFinding::Level level, const char *code, const QString &message, int line = 0, int column = 0)
{
    LintFinding f;
    f.level = level;
    f.code = QString::fromLatin1(code);
    f.message = message;
    f.line = line;
    f.column = column;
    return f;
}

struct Heading
{
    int line = 0;
    int level = 0;
    QString title;
};

bool isFence(QStringView trimmed)
{
    return trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"));
}

// ATX headings only: the template and the seed use them, and setext headings
// ("Title\n=====") are rare in documents written in this editor.
bool parseHeading(QStringView line, Heading *heading)
{
    const QStringView trimmed = line.trimmed();
    int level = 0;
    while (level < trimmed.size() && trimmed.at(level) == QLatin1Char('#'))
        ++level;
    if (level == 0 || level > 6 || (level < trimmed.size() && trimmed.at(level) != QLatin1Char(' ')))
        return false;
    QStringView title = trimmed.mid(level).trimmed();
    while (title.endsWith(QLatin1Char('#')))
        title.chop(1);
    heading->level = level;
    heading->title = title.trimmed().toString();
    return true;
}

QString normalizedTitle(const QString &title)
{
    return title.simplified().toCaseFolded().remove(QLatin1Char('*')).remove(QLatin1Char('_'));
}

} // namespace

QStringList RcaTextLinter::requiredSections()
{
    return {QStringLiteral("Event Timeline"), QStringLiteral("Root Cause Analysis"),
            QStringLiteral("Technical Action Items and Preventive Measures"), QStringLiteral("Customer Communication"),
            QStringLiteral("Publication History")};
}

QList<RcaTextLinter::Word> RcaTextLinter::proseWordsOfLine(QStringView line, int lineNumber)
{
    // Blank out what is not prose (code spans, URLs, link targets, HTML comments),
    // keeping the columns of the rest.
    static const QRegularExpression notProse(
        QStringLiteral("`[^`]*`|<!--.*?-->|\\]\\([^)]*\\)|<[^>\\s]+>|\\b(?:https?|mailto|ftp):[^\\s)]+|www\\.[^\\s)]+|\\S+@\\S+\\.\\S+"));
    static const QRegularExpression wordPattern(QStringLiteral("[\\p{L}][\\p{L}\\p{M}'\\x{2019}]*"));
    QString prose = line.toString();
    const bool mayHaveNonProse = line.contains(QLatin1Char('`')) || line.contains(QLatin1Char('<'))
        || line.contains(QLatin1Char(']')) || line.contains(QLatin1Char(':')) || line.contains(QLatin1Char('@'))
        || line.contains(QLatin1String("www."));
    auto it = mayHaveNonProse ? notProse.globalMatch(prose) : QRegularExpressionMatchIterator();
    QList<QPair<qsizetype, qsizetype>> spans;
    while (mayHaveNonProse && it.hasNext()) {
        const auto m = it.next();
        spans.append({m.capturedStart(), m.capturedLength()});
    }
    for (const auto &[start, length] : std::as_const(spans))
        prose.replace(start, length, QString(length, QLatin1Char(' ')));

    QList<Word> words;
    auto wordIt = wordPattern.globalMatch(prose);
    while (wordIt.hasNext()) {
        const auto m = wordIt.next();
        QString word = m.captured();
        while (word.endsWith(QLatin1Char('\'')) || word.endsWith(QChar(0x2019)))
            word.chop(1);
        const qsizetype end = m.capturedEnd();
        // Words glued to digits or underscores (EU01, snake_case) are identifiers.
        if (end < prose.size() && (prose.at(end).isDigit() || prose.at(end) == QLatin1Char('_')))
            continue;
        if (m.capturedStart() > 0 && (prose.at(m.capturedStart() - 1).isDigit() || prose.at(m.capturedStart() - 1) == QLatin1Char('_')))
            continue;
        if (!SpellChecker::isCheckable(word))
            continue;
        words.append({lineNumber, int(m.capturedStart()) + 1, word});
    }
    return words;
}

QList<RcaTextLinter::Word> RcaTextLinter::proseWords(const QString &text)
{
    QList<Word> words;
    bool inFence = false;
    int lineNumber = 0;
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        ++lineNumber;
        if (isFence(line.trimmed())) {
            inFence = !inFence;
            continue;
        }
        if (!inFence)
            words << proseWordsOfLine(line, lineNumber);
    }
    return words;
}

QList<LintFinding> RcaTextLinter::checkText(const QString &text, const SpellChecker *spelling)
{
    QList<LintFinding> findings;
    static const QRegularExpression placeholder(QStringLiteral("\\b(TODO|TBD|XXX|FIXME)\\b|\\?\\?\\?"));
    static const QRegularExpression dataStatement(
        QStringLiteral("\\bdata\\b.*\\b(impact|affect|lost|loss|expos|compromis|corrupt|access)|"
                       "\\b(impact|affect|lost|loss|expos|compromis|corrupt)\\w*\\b.*\\bdata\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression securityStatement(QStringLiteral("\\b(security\\s+breach|breach(es|ed)?)\\b"),
                                                      QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression anyMarker(QStringLiteral("<!--\\s*outagedesk:([^\\s>]*)\\s*-->"));

    const QStringList required = requiredSections();
    QList<Heading> headings;
    QHash<QString, int> markerLines; // marker → line of its own
    bool hasDataStatement = false;
    bool hasSecurityStatement = false;
    bool inFence = false;
    const QList<QStringView> lines = QStringView(text).split(QLatin1Char('\n'));
    // Lines with content that is not a heading: whether a section is empty.
    QList<bool> hasContent(lines.size() + 1, false);

    for (int i = 0; i < lines.size(); ++i) {
        const int lineNumber = i + 1;
        const QStringView line = lines.at(i);
        const QStringView trimmed = line.trimmed();
        if (isFence(trimmed)) {
            inFence = !inFence;
            hasContent[lineNumber] = true;
            continue;
        }
        // Cheap substring tests first: the regular expressions run on few lines.
        const bool mayHavePlaceholder = line.contains(QLatin1String("TODO")) || line.contains(QLatin1String("TBD"))
            || line.contains(QLatin1String("XXX")) || line.contains(QLatin1String("FIXME"))
            || line.contains(QLatin1String("???"));
        auto ph = mayHavePlaceholder ? placeholder.globalMatch(line) : QRegularExpressionMatchIterator();
        while (mayHavePlaceholder && ph.hasNext()) {
            const auto m = ph.next();
            findings << finding(LintFinding::Level::Error, "rca-placeholder",
                                tr("line %1: placeholder \"%2\" left in the text").arg(lineNumber).arg(m.captured()),
                                lineNumber, int(m.capturedStart()) + 1);
        }
        if (inFence) {
            hasContent[lineNumber] = !trimmed.isEmpty();
            continue;
        }
        Heading heading;
        if (parseHeading(line, &heading)) {
            heading.line = lineNumber;
            headings << heading;
            continue;
        }
        hasContent[lineNumber] = !trimmed.isEmpty();
        const bool mayHaveMarker = line.contains(QLatin1String("<!--"));
        auto markers = mayHaveMarker ? anyMarker.globalMatch(line) : QRegularExpressionMatchIterator();
        while (mayHaveMarker && markers.hasNext()) {
            const auto m = markers.next();
            const QString marker = m.captured();
            if (!GeneratedSections::markers().contains(marker)) {
                findings << finding(LintFinding::Level::Warning, "rca-marker-unknown",
                                    tr("line %1: unknown generated-section marker %2").arg(lineNumber).arg(marker),
                                    lineNumber, int(m.capturedStart()) + 1);
            } else if (trimmed != marker) {
                findings << finding(LintFinding::Level::Warning, "rca-marker-inline",
                                    tr("line %1: %2 must stand on a line of its own to be replaced").arg(lineNumber).arg(marker),
                                    lineNumber, int(m.capturedStart()) + 1);
            } else if (!markerLines.contains(marker)) {
                markerLines.insert(marker, lineNumber);
            }
        }
        if (!hasDataStatement && line.contains(QLatin1String("data"), Qt::CaseInsensitive)
            && dataStatement.match(line).hasMatch())
            hasDataStatement = true;
        if (!hasSecurityStatement && line.contains(QLatin1String("breach"), Qt::CaseInsensitive)
            && securityStatement.match(line).hasMatch())
            hasSecurityStatement = true;
    }

    // Required sections: present, and with something under them.
    QHash<QString, int> sectionLines;
    for (int h = 0; h < headings.size(); ++h) {
        const Heading &heading = headings.at(h);
        const QString key = normalizedTitle(heading.title);
        for (const QString &name : required) {
            if (key != normalizedTitle(name) || sectionLines.contains(name))
                continue;
            sectionLines.insert(name, heading.line);
            int end = lines.size() + 1;
            for (int next = h + 1; next < headings.size(); ++next) {
                if (headings.at(next).level <= heading.level) {
                    end = headings.at(next).line;
                    break;
                }
            }
            bool content = false;
            for (int l = heading.line + 1; l < end && !content; ++l)
                content = hasContent.at(l);
            if (!content)
                findings << finding(LintFinding::Level::Error, "rca-section-empty",
                                    tr("line %1: section \"%2\" is empty").arg(heading.line).arg(name), heading.line);
        }
    }
    for (const QString &name : required) {
        if (!sectionLines.contains(name))
            findings << finding(LintFinding::Level::Error, "rca-section-missing",
                                tr("required section \"%1\" is missing").arg(name));
    }

    const QList<QPair<QString, QString>> markerHomes{
        {GeneratedSections::timelineMarker(), required.at(0)},
        {GeneratedSections::actionItemsMarker(), required.at(2)},
        {GeneratedSections::publicationsMarker(), required.at(4)}};
    for (const auto &[marker, section] : markerHomes) {
        if (!markerLines.contains(marker))
            findings << finding(LintFinding::Level::Warning, "rca-marker-missing",
                                tr("%1 is missing: the section \"%2\" will not show the recorded data").arg(marker, section),
                                sectionLines.value(section, 0));
    }

    if (!hasDataStatement)
        findings << finding(LintFinding::Level::Warning, "rca-no-data-impact-statement",
                            tr("the text does not say whether customer data was affected"),
                            sectionLines.value(required.at(1), 0));
    if (!hasSecurityStatement)
        findings << finding(LintFinding::Level::Warning, "rca-no-security-statement",
                            tr("the text does not say whether a security breach was found"),
                            sectionLines.value(required.at(1), 0));

    if (spelling && spelling->isValid()) {
        const QList<Word> words = proseWords(text);
        for (const Word &word : words) {
            if (!spelling->isCorrect(word.text))
                findings << finding(LintFinding::Level::Info, "rca-spelling",
                                    tr("line %1: \"%2\" may be misspelt").arg(word.line).arg(word.text), word.line,
                                    word.column);
        }
    }
    std::stable_sort(findings.begin(), findings.end(), [](const LintFinding &a, const LintFinding &b) {
        return (a.line == 0 ? INT_MAX : a.line) < (b.line == 0 ? INT_MAX : b.line);
    });
    return findings;
}

QList<LintFinding> RcaTextLinter::check(const Incident &incident, const SpellChecker *spelling)
{
    if (!incident.rca || incident.rca->text.trimmed().isEmpty()) {
        // Normal while an incident is being handled; a resolved one owes its customers the RCA.
        const auto level = incident.status == IncidentStatus::Resolved ? LintFinding::Level::Warning : LintFinding::Level::Info;
        return {finding(level, "rca-missing", tr("the incident has no RCA text yet"))};
    }
    QList<LintFinding> findings = checkText(incident.rca->text, spelling);
    // Open action items need someone and a date, or they are wishes. Point at the
    // generated list, which is where a reader meets them.
    int itemsLine = 0;
    const QList<QStringView> lines = QStringView(incident.rca->text).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size() && itemsLine == 0; ++i) {
        if (lines.at(i).trimmed() == GeneratedSections::actionItemsMarker())
            itemsLine = i + 1;
    }
    for (int i = 0; i < incident.actionItems.size(); ++i) {
        const ActionItem &item = incident.actionItems.at(i);
        if (item.done)
            continue;
        if (item.owner.trimmed().isEmpty())
            findings << finding(LintFinding::Level::Warning, "action-item-no-owner",
                                tr("action item \"%1\" has no owner").arg(item.title), itemsLine);
        if (!item.due.isValid())
            findings << finding(LintFinding::Level::Warning, "action-item-no-due",
                                tr("action item \"%1\" has no due date").arg(item.title), itemsLine);
    }
    return findings;
}

} // namespace OutageDesk

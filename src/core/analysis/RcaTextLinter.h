#pragma once

#include "analysis/LintFinding.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace OutageDesk {

struct Incident;
class SpellChecker;

// The writing checks of the RCA text: what a reviewer would otherwise catch (or
// miss) by hand. Each finding carries its 1-based line so the editor's lint panel
// can jump there; `outagedesk lint` prints them with the data checks of Linter.
class RcaTextLinter
{
public:
    // The five sections every RCA needs, in the order of the seed document.
    static QStringList requiredSections();

    // `spelling` may be null or invalid: then no spelling findings.
    static QList<LintFinding> check(const Incident &incident, const SpellChecker *spelling = nullptr);
    static QList<LintFinding> checkText(const QString &text, const SpellChecker *spelling = nullptr);

    struct Word
    {
        int line = 0;   // 1-based
        int column = 0; // 1-based, in UTF-16 code units
        QString text;
    };
    // The words worth spell-checking: outside code, URLs, link targets and markers.
    static QList<Word> proseWords(const QString &text);
    // The same for one line known to lie outside fenced code (the highlighter's view).
    static QList<Word> proseWordsOfLine(QStringView line, int lineNumber);
};

} // namespace OutageDesk

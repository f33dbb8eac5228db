#pragma once

#include <QCoreApplication>
#include <QString>

namespace OutageDesk {

// One finding of `outagedesk lint` and of the editor's lint panel:
// "error|warning|info: CODE: message".
struct LintFinding
{
    enum class Level { Error, Warning, Info };

    Level level = Level::Warning;
    QString code;    // stable, kebab-case: scripts match on it
    QString message; // translated, says what and where
    int line = 0;    // 1-based line in the RCA text; 0 when the finding is not about the text
    int column = 0;  // 1-based; 0 = whole line
    int windowIndex = -1; // the window concerned, when there is one
    // What an acceptance of this finding is tied to (AmPmSlip::subject for a
    // window); empty when the finding cannot be accepted, only fixed.
    QString subject;
    // Someone looked and accepted it (LintAcceptances): it no longer holds up approval.
    QString acceptedBy;

    bool isAccepted() const { return !acceptedBy.isEmpty(); }
    // An error nobody has accepted: approval waits for it.
    bool blocksApproval() const { return level == Level::Error && !isAccepted(); }

    QString levelName() const
    {
        switch (level) {
        case Level::Error:
            return QStringLiteral("error");
        case Level::Warning:
            return QStringLiteral("warning");
        case Level::Info:
            return QStringLiteral("info");
        }
        return {};
    }
    QString toLine() const
    {
        const QString text = QStringLiteral("%1: %2: %3").arg(levelName(), code, message);
        return isAccepted() ? text + QCoreApplication::translate("LintFinding", " (accepted by %1)").arg(acceptedBy) : text;
    }
};

} // namespace OutageDesk

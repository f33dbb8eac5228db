#pragma once

#include "model/Incident.h"
#include "storage/Workspace.h"

#include <QTextStream>
#include <memory>
#include <optional>

namespace OutageDesk {

// What a subcommand gets: the streams and the workspace named by --db.
class CommandContext
{
public:
    CommandContext(QString workspacePath, QTextStream &out, QTextStream &err);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    QString workspacePath() const { return m_workspacePath; }

    // Opens the workspace (once). On failure prints the reason on stderr and
    // returns nullptr; the caller exits with ExitIoFailure.
    Workspace *workspace(Workspace::Mode mode = Workspace::Mode::ReadWrite);
    // For commands that only read: read-only when the file exists and is current (so
    // it works while the app holds the workspace open), else created or upgraded.
    Workspace *workspaceForReading();
    bool hasWorkspace() const { return m_workspace && m_workspace->isOpen(); }
    // Whether SQLite finds the open workspace intact (a quick check, whatever its size:
    // before anything is published from it). Otherwise prints what is damaged and how to
    // recover; the caller exits with ExitIoFailure.
    bool intact(Workspace *workspace);
    // Prints "outagedesk: <message>" on stderr.
    void error(const QString &message);
    // The incident an ID or unique prefix names; otherwise prints "<command>: <why>"
    // and returns nothing (the caller exits with ExitUsage).
    std::optional<Incident> incident(Workspace *workspace, const QString &idOrPrefix, const QString &command);

private:
    QString m_workspacePath;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace OutageDesk

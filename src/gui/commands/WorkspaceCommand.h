#pragma once

#include <QString>
#include <QUndoCommand>
#include <functional>

namespace OutageDesk {

class Workspace;

// Base of every undoable edit: it writes through the repositories (each in a
// transaction) and never touches a widget; views follow the Workspace change
// signals. EditHistory applies a command once before pushing it, so a refused
// edit never reaches the stack; the push itself then skips the first redo().
class WorkspaceCommand : public QUndoCommand
{
public:
    using ErrorReporter = std::function<void(const QString &message)>;

    WorkspaceCommand(Workspace *workspace, const QString &text);

    void redo() final;
    void undo() final;

    bool applyForward(QString *error) { return apply(true, error); }
    void skipNextRedo() { m_skipNextRedo = true; }
    void setErrorReporter(ErrorReporter reporter) { m_reportError = std::move(reporter); }

protected:
    // forward = redo; returns false with a translated message when storage refused.
    virtual bool apply(bool forward, QString *error) = 0;
    Workspace *workspace() const { return m_workspace; }

private:
    Workspace *m_workspace;
    ErrorReporter m_reportError;
    bool m_skipNextRedo = false;
};

} // namespace OutageDesk

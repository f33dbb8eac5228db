#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class BuildPortalDialog;
}

class QPushButton;

namespace OutageDesk {

class Workspace;

// Workspace ▸ Build Portal… (form ui/BuildPortalDialog.ui): the window's
// `outagedesk portal build`, through the same core call (PortalBuild). The
// language, title and URL start as those of the workspace's first static portal.
class BuildPortalDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BuildPortalDialog(Workspace *workspace, QWidget *parent = nullptr);
    ~BuildPortalDialog() override;

    void setFolder(const QString &folder);
    QString result() const;

public Q_SLOTS:
    // Builds into the folder; the dialog stays open and says what was written.
    bool build();

private:
    void setResult(const QString &text, bool error);

    std::unique_ptr<Ui::BuildPortalDialog> m_ui;
    Workspace *m_workspace;
    QPushButton *m_buildButton;
};

} // namespace OutageDesk

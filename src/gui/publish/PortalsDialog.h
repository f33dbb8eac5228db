#pragma once

#include "publish/Portal.h"

#include <QDialog>
#include <memory>

namespace Ui {
class PortalsDialog;
}

namespace OutageDesk {

class CredentialStore;
class PortalListModel;
class Workspace;

// Settings ▸ Portals (form ui/PortalsDialog.ui): adds, edits and removes publishing
// targets. The secret goes to the system keychain; when there is none, the dialog
// says so and saves nothing half-way.
class PortalsDialog : public QDialog
{
    Q_OBJECT

public:
    PortalsDialog(Workspace *workspace, CredentialStore *credentials, QWidget *parent = nullptr);
    ~PortalsDialog() override;

    QString message() const;

public Q_SLOTS:
    void newPortal();
    bool save();
    bool removeCurrent();

private:
    void showPortal(const Portal &portal);
    Portal portalFromForm() const;
    void updateKindFields();
    void setMessage(const QString &text, bool error);

    std::unique_ptr<Ui::PortalsDialog> m_ui;
    Workspace *m_workspace;
    CredentialStore *m_credentials;
    PortalListModel *m_model;
    qint64 m_currentId = 0;
};

} // namespace OutageDesk

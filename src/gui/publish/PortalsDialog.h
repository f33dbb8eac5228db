#pragma once

#include "publish/ConnectionCheck.h"
#include "publish/Portal.h"

#include <QDialog>
#include <memory>

class QNetworkAccessManager;

namespace Ui {
class PortalsDialog;
}

namespace OutageDesk {

class CredentialStore;
class PortalListModel;
class Workspace;

// Settings ▸ Portals (form ui/PortalsDialog.ui): adds, edits, tests and removes
// publishing targets. The secret goes to the system keychain; when there is none,
// the dialog says what to install, saves nothing half-way, and offers to keep the
// secret nowhere (asked for at each publish). Test Connection asks the portal
// whether the settings in the form work (ConnectionCheck), changing nothing on it.
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
    ConnectionCheck::Result testConnection();
    // Saves the portal in "ask at each publish" mode (offered when there is no keychain).
    void askInstead();

private:
    void showPortal(const Portal &portal);
    Portal portalFromForm() const;
    bool validate(const Portal &portal);
    void updateSecretField();
    void updateKindFields();
    void setMessage(const QString &text, bool error);

    std::unique_ptr<Ui::PortalsDialog> m_ui;
    Workspace *m_workspace;
    CredentialStore *m_credentials;
    PortalListModel *m_model;
    qint64 m_currentId = 0;
    bool m_savedWithKeychainSecret = false;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace OutageDesk

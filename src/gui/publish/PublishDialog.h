#pragma once

#include "publish/Portal.h"

#include <QDialog>
#include <QUuid>
#include <memory>

namespace Ui {
class PublishDialog;
}

namespace OutageDesk {

class CredentialStore;
class Workspace;

// Shows exactly what a publication sends (the rendered page, whether the RCA is
// in or left out, whether subscribers are notified) before anything leaves the
// machine, and asks again when subscribers would be notified.
class PublishDialog : public QDialog
{
    Q_OBJECT

public:
    // With `credentials`, "Add Portal…" opens the Portals dialog from here (there may
    // be no portal yet); without, the button is hidden.
    PublishDialog(Workspace *workspace, const QUuid &incident, QWidget *parent = nullptr,
                  CredentialStore *credentials = nullptr);
    ~PublishDialog() override;

    QString portalName() const;
    QString note() const;
    bool notifySubscribers() const;
    QString previewHtml() const { return m_previewHtml; }
    QString summary() const;
    bool rcaLeftOut() const { return m_rcaLeftOut; }

    void accept() override;

public Q_SLOTS:
    // The Portals dialog; afterwards the portal added last is chosen.
    void addPortal();

    // Set by tests: skip the second question (it is a modal message box).
    void setConfirmNotifications(bool ask) { m_confirm = ask; }

private:
    void updatePreview();
    void loadPortals(const QString &choose);

    std::unique_ptr<Ui::PublishDialog> m_ui;
    Workspace *m_workspace;
    QUuid m_incident;
    CredentialStore *m_credentials;
    QList<Portal> m_portals;
    QString m_previewHtml;
    bool m_rcaLeftOut = false;
    bool m_confirm = true;
};

} // namespace OutageDesk

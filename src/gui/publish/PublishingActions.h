#pragma once

#include <QObject>
#include <QPointer>
#include <QUuid>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QWidget;

namespace OutageDesk {

class CredentialStore;
class OutboxWorker;
class Publisher;
class Workspace;

// Everything publishing adds to the main window, kept apart so that the window
// needs only a few lines: the Publish, Portals, Outbox, Build Portal and Copy RCA
// actions and the status bar's "offline — N waiting". It follows the window's current workspace: a
// publisher and an outbox worker live as long as that workspace.
class PublishingActions : public QObject
{
    Q_OBJECT

public:
    PublishingActions(std::function<Workspace *()> workspace, std::function<QUuid()> currentIncident, QWidget *window);
    ~PublishingActions() override;

    QAction *publishAction() const { return m_publishAction; }
    QAction *portalsAction() const { return m_portalsAction; }
    QAction *outboxAction() const { return m_outboxAction; }
    QAction *buildPortalAction() const { return m_buildPortalAction; }
    QAction *copyRcaMarkdownAction() const { return m_copyMarkdownAction; }
    QAction *copyRcaHtmlAction() const { return m_copyHtmlAction; }
    QLabel *statusWidget() const { return m_status; }

    // Tests and other keychains: replaces the system keychain.
    void setCredentialStore(CredentialStore *store);
    Publisher *publisher();
    OutboxWorker *worker();

public Q_SLOTS:
    void publishCurrent();
    void showPortals();
    void showOutbox();
    void showBuildPortal();
    void copyRcaAsMarkdown();
    void copyRcaAsHtml();
    void updateActions();

Q_SIGNALS:
    void message(const QString &text);

private:
    bool bind();
    void updateStatus(int waiting, bool online);

    std::function<Workspace *()> m_workspace;
    std::function<QUuid()> m_currentIncident;
    QWidget *m_window;
    std::unique_ptr<CredentialStore> m_keychain;
    CredentialStore *m_credentials;
    QPointer<Workspace> m_bound;
    Publisher *m_publisher = nullptr;
    OutboxWorker *m_worker = nullptr;
    QAction *m_publishAction;
    QAction *m_portalsAction;
    QAction *m_outboxAction;
    QAction *m_buildPortalAction;
    QAction *m_copyMarkdownAction;
    QAction *m_copyHtmlAction;
    QLabel *m_status;
    bool m_busy = false;
    // The secret typed for the publication under way (portals that ask each time);
    // it never outlives that attempt.
    std::optional<QString> m_typedSecret;
    bool m_userWaiting = false; // a publish or the outbox is open: asking is expected
};

} // namespace OutageDesk

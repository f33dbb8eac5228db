#include "gui/publish/PublishingActions.h"

#include "gui/publish/BuildPortalDialog.h"
#include "gui/publish/RcaClipboard.h"
#include "gui/publish/SecretQuestion.h"
#include "publish/KeychainCredentialStore.h"
#include "gui/publish/OutboxDialog.h"
#include "publish/OutboxWorker.h"
#include "gui/publish/PortalsDialog.h"
#include "gui/publish/PublishDialog.h"
#include "publish/PortalRepository.h"
#include "publish/Publisher.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QTimer>

namespace OutageDesk {

PublishingActions::PublishingActions(std::function<Workspace *()> workspace, std::function<QUuid()> currentIncident,
                                     QWidget *window)
    : QObject(window)
    , m_workspace(std::move(workspace))
    , m_currentIncident(std::move(currentIncident))
    , m_window(window)
    , m_keychain(std::make_unique<KeychainCredentialStore>())
    , m_credentials(m_keychain.get())
{
    m_publishAction = new QAction(tr("&Publish…"), this);
    m_publishAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_publishAction->setStatusTip(tr("Publish the incident to a status portal, after a preview"));
    connect(m_publishAction, &QAction::triggered, this, &PublishingActions::publishCurrent);
    m_portalsAction = new QAction(tr("P&ortals…"), this);
    connect(m_portalsAction, &QAction::triggered, this, &PublishingActions::showPortals);
    m_outboxAction = new QAction(tr("Out&box…"), this);
    connect(m_outboxAction, &QAction::triggered, this, &PublishingActions::showOutbox);
    m_buildPortalAction = new QAction(tr("&Build Portal…"), this);
    m_buildPortalAction->setStatusTip(tr("Write the workspace as a static status portal into a folder"));
    connect(m_buildPortalAction, &QAction::triggered, this, &PublishingActions::showBuildPortal);
    m_copyMarkdownAction = new QAction(tr("Copy RCA as &Markdown"), this);
    connect(m_copyMarkdownAction, &QAction::triggered, this, &PublishingActions::copyRcaAsMarkdown);
    m_copyHtmlAction = new QAction(tr("Copy RCA as &HTML"), this);
    connect(m_copyHtmlAction, &QAction::triggered, this, &PublishingActions::copyRcaAsHtml);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("outboxStatus"));
    m_status->hide();
    // After the window has opened its workspace: take up jobs left from last time.
    QTimer::singleShot(0, this, [this] {
        bind();
        updateActions();
    });
}

PublishingActions::~PublishingActions() = default;

void PublishingActions::setCredentialStore(CredentialStore *store)
{
    m_credentials = store;
    delete m_worker;
    delete m_publisher;
    m_worker = nullptr;
    m_publisher = nullptr;
    m_bound.clear();
}

bool PublishingActions::bind()
{
    Workspace *workspace = m_workspace ? m_workspace() : nullptr;
    if (workspace && workspace == m_bound && m_publisher)
        return true;
    delete m_worker;
    delete m_publisher;
    m_worker = nullptr;
    m_publisher = nullptr;
    m_bound = workspace;
    if (!workspace || !workspace->isOpen() || workspace->isReadOnly()) {
        updateStatus(0, true);
        return false;
    }
    m_publisher = new Publisher(workspace, m_credentials, this);
    // A portal without a keychain secret: the secret typed for this publication, or
    // asked for when the user retries from the outbox; a background retry gets none
    // (no dialog out of nowhere) and the job waits for the user.
    m_publisher->setSecretPrompt([this](const Portal &portal) -> std::optional<QString> {
        if (auto typed = std::exchange(m_typedSecret, std::nullopt))
            return typed;
        if (!m_userWaiting)
            return std::nullopt;
        return SecretQuestion::ask(m_window, portal, SecretQuestion::Purpose::Publish);
    });
    m_worker = new OutboxWorker(m_publisher, this);
    connect(m_worker, &OutboxWorker::stateChanged, this, &PublishingActions::updateStatus);
    // The workspace may go (another one opened): drop what was bound to it first.
    connect(workspace, &QObject::destroyed, this, [this] {
        delete m_worker;
        delete m_publisher;
        m_worker = nullptr;
        m_publisher = nullptr;
        updateStatus(0, true);
        QTimer::singleShot(0, this, [this] { bind(); });
    });
    m_worker->start();
    return true;
}

Publisher *PublishingActions::publisher()
{
    bind();
    return m_publisher;
}

OutboxWorker *PublishingActions::worker()
{
    bind();
    return m_worker;
}

void PublishingActions::updateActions()
{
    const bool ready = !m_busy && m_workspace && m_workspace() && m_workspace()->isOpen();
    m_publishAction->setEnabled(ready);
    m_portalsAction->setEnabled(ready);
    m_outboxAction->setEnabled(ready);
    m_buildPortalAction->setEnabled(ready);
    m_copyMarkdownAction->setEnabled(ready);
    m_copyHtmlAction->setEnabled(ready);
}

void PublishingActions::updateStatus(int waiting, bool online)
{
    if (waiting == 0) {
        m_status->hide();
        return;
    }
    m_status->setText(online ? tr("%n publication(s) waiting", nullptr, waiting)
                             : tr("offline — %n waiting", nullptr, waiting));
    m_status->setToolTip(tr("Open Workspace ▸ Outbox to see why and to retry."));
    m_status->show();
}

void PublishingActions::publishCurrent()
{
    if (m_busy || !bind())
        return;
    const QUuid incident = m_currentIncident ? m_currentIncident() : QUuid();
    if (incident.isNull()) {
        Q_EMIT message(tr("Select the incident to publish first."));
        return;
    }
    PublishDialog dialog(m_bound, incident, m_window, m_credentials);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Asked before anything is queued: cancelling the question publishes nothing.
    const auto portal = PortalRepository(m_bound).portal(dialog.portalName());
    if (portal && portal->askSecretEachPublish) {
        m_typedSecret = SecretQuestion::ask(m_window, *portal, SecretQuestion::Purpose::Publish);
        if (!m_typedSecret) {
            Q_EMIT message(tr("Not published: portal %1 needs its secret.").arg(portal->name));
            return;
        }
    }
    const QScopedValueRollback<bool> waiting(m_userWaiting, true);
    QScopedValueRollback<bool> busy(m_busy, true);
    updateActions();
    QString error;
    const auto job = m_publisher->enqueue({incident, dialog.portalName(), dialog.note(), dialog.notifySubscribers()}, &error);
    if (!job) {
        QMessageBox::warning(m_window, tr("Publish"), error);
        return;
    }
    QApplication::setOverrideCursor(Qt::BusyCursor);
    const OutboxJob result = m_publisher->attempt(*job);
    m_typedSecret.reset(); // used or not, it is gone after this publication
    QApplication::restoreOverrideCursor();
    m_busy = false;
    updateActions();
    switch (result.state) {
    case OutboxState::Done:
        Q_EMIT message(tr("Published to %1.").arg(result.portalName));
        break;
    case OutboxState::Failed:
        QMessageBox::warning(m_window, tr("Publish"),
                             tr("%1 refused the publication:\n%2\n\nIt stays in the outbox; fix the portal under "
                                "Workspace ▸ Portals, then retry it from the outbox.").arg(result.portalName, result.lastError));
        break;
    default:
        Q_EMIT message(tr("Queued: %1 — it goes out by itself when %2 is reachable.").arg(result.lastError, result.portalName));
        break;
    }
    if (m_worker)
        m_worker->runNow();
}

void PublishingActions::showPortals()
{
    if (!bind())
        return;
    PortalsDialog dialog(m_bound, m_credentials, m_window);
    dialog.exec();
}

void PublishingActions::showBuildPortal()
{
    Workspace *workspace = m_workspace ? m_workspace() : nullptr;
    if (!workspace || !workspace->isOpen())
        return;
    // Reading is all it does: a read-only workspace can be built too.
    BuildPortalDialog dialog(workspace, m_window);
    dialog.exec();
}

void PublishingActions::copyRcaAsMarkdown()
{
    QString error;
    if (RcaClipboard::copy(m_workspace ? m_workspace() : nullptr, m_currentIncident ? m_currentIncident() : QUuid(),
                           RcaClipboard::Format::Markdown, &error))
        Q_EMIT message(tr("The RCA is on the clipboard as Markdown."));
    else
        Q_EMIT message(error);
}

void PublishingActions::copyRcaAsHtml()
{
    QString error;
    if (RcaClipboard::copy(m_workspace ? m_workspace() : nullptr, m_currentIncident ? m_currentIncident() : QUuid(),
                           RcaClipboard::Format::Html, &error))
        Q_EMIT message(tr("The RCA is on the clipboard as HTML."));
    else
        Q_EMIT message(error);
}

void PublishingActions::showOutbox()
{
    if (!bind())
        return;
    // Retry Now is the user at the desk: a portal that asks for its secret may ask.
    const QScopedValueRollback<bool> waiting(m_userWaiting, true);
    OutboxDialog dialog(m_bound, m_worker, m_window);
    dialog.exec();
}

} // namespace OutageDesk

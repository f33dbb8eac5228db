#include "gui/publish/PublishingActions.h"

#include "publish/KeychainCredentialStore.h"
#include "gui/publish/OutboxDialog.h"
#include "publish/OutboxWorker.h"
#include "gui/publish/PortalsDialog.h"
#include "gui/publish/PublishDialog.h"
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
    PublishDialog dialog(m_bound, incident, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
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

void PublishingActions::showOutbox()
{
    if (!bind())
        return;
    OutboxDialog dialog(m_bound, m_worker, m_window);
    dialog.exec();
}

} // namespace OutageDesk

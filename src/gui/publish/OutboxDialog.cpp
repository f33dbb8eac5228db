#include "gui/publish/OutboxDialog.h"

#include "ui_OutboxDialog.h"

#include "publish/OutboxRepository.h"
#include "gui/publish/OutboxTableModel.h"
#include "publish/OutboxWorker.h"
#include "time/Clock.h"

#include <QHeaderView>
#include <QPushButton>

namespace OutageDesk {

OutboxDialog::OutboxDialog(Workspace *workspace, OutboxWorker *worker, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OutboxDialog>())
    , m_workspace(workspace)
    , m_worker(worker)
    , m_model(new OutboxTableModel(this))
{
    m_ui->setupUi(this);
    m_model->setWorkspace(workspace);
    m_ui->outboxView->setModel(m_model);
    m_ui->outboxView->horizontalHeader()->setStretchLastSection(true);
    m_ui->outboxView->verticalHeader()->hide();
    m_ui->outboxView->resizeColumnsToContents();
    connect(m_ui->retryButton, &QPushButton::clicked, this, &OutboxDialog::retry);
    connect(m_ui->cancelJobButton, &QPushButton::clicked, this, &OutboxDialog::cancelSelected);
    connect(m_ui->outboxView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OutboxDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutboxDialog::updateButtons);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_worker)
        connect(m_worker, &OutboxWorker::stateChanged, m_model, &OutboxTableModel::reload);
    updateButtons();
    m_ui->messageLabel->setText(m_model->rowCount() == 0 ? tr("Nothing is waiting: every publication went out.") : QString());
}

OutboxDialog::~OutboxDialog() = default;

void OutboxDialog::updateButtons()
{
    m_ui->retryButton->setEnabled(m_model->rowCount() > 0);
    // Only what has not started going out can be withdrawn ("sending" may already
    // have reached the portal); core refuses the rest anyway.
    const QModelIndex current = m_ui->outboxView->currentIndex();
    const OutboxState state = current.isValid() ? m_model->job(current.row()).state : OutboxState::Done;
    m_ui->cancelJobButton->setEnabled(state == OutboxState::Queued || state == OutboxState::Failed);
}

bool OutboxDialog::cancelSelected()
{
    const QModelIndex current = m_ui->outboxView->currentIndex();
    if (!current.isValid())
        return false;
    const OutboxJob job = m_model->job(current.row());
    const QString title = m_model->index(current.row(), OutboxTableModel::IncidentColumn).data().toString();
    QString error;
    const bool cancelled = OutboxRepository(m_workspace).cancel(job.id, &error);
    m_model->reload();
    m_ui->outboxView->resizeColumnsToContents();
    m_ui->messageLabel->setText(cancelled ? tr("The publication of “%1” to %2 is cancelled; nothing was sent.").arg(title, job.portalName)
                                          : error);
    if (cancelled && m_worker)
        m_worker->refresh(); // the status bar's count
    return cancelled;
}

void OutboxDialog::retry()
{
    QString error;
    if (!OutboxRepository(m_workspace).makeAllDue(Clock::now(), &error)) {
        m_ui->messageLabel->setText(error);
        return;
    }
    m_ui->retryButton->setEnabled(false);
    if (m_worker)
        m_worker->runNow();
    m_model->reload();
    const int left = m_model->rowCount();
    m_ui->messageLabel->setText(left == 0 ? tr("Everything went out.")
                                          : tr("%n publication(s) still waiting; see the reasons above.", nullptr, left));
    m_ui->outboxView->resizeColumnsToContents();
}

} // namespace OutageDesk

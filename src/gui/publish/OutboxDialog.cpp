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
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_worker)
        connect(m_worker, &OutboxWorker::stateChanged, m_model, &OutboxTableModel::reload);
    m_ui->retryButton->setEnabled(m_model->rowCount() > 0);
    m_ui->messageLabel->setText(m_model->rowCount() == 0 ? tr("Nothing is waiting: every publication went out.") : QString());
}

OutboxDialog::~OutboxDialog() = default;

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
    m_ui->retryButton->setEnabled(left > 0);
    m_ui->messageLabel->setText(left == 0 ? tr("Everything went out.")
                                          : tr("%n publication(s) still waiting; see the reasons above.", nullptr, left));
    m_ui->outboxView->resizeColumnsToContents();
}

} // namespace OutageDesk

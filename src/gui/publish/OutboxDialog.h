#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class OutboxDialog;
}

namespace OutageDesk {

class OutboxTableModel;
class OutboxWorker;
class Workspace;

// The publications still waiting or failed, with their reason, a retry button and
// a cancel button for one that has not started going out.
class OutboxDialog : public QDialog
{
    Q_OBJECT

public:
    OutboxDialog(Workspace *workspace, OutboxWorker *worker, QWidget *parent = nullptr);
    ~OutboxDialog() override;

    OutboxTableModel *model() const { return m_model; }

public Q_SLOTS:
    void retry();
    // Withdraws the selected publication if it has not started going out.
    bool cancelSelected();

private:
    void updateButtons();

    std::unique_ptr<Ui::OutboxDialog> m_ui;
    Workspace *m_workspace;
    OutboxWorker *m_worker;
    OutboxTableModel *m_model;
};

} // namespace OutageDesk

#pragma once

#include "analysis/LintFinding.h"

#include <QDialog>
#include <QList>
#include <memory>

class QPushButton;

namespace Ui {
class ApproveDialog;
}

namespace OutageDesk {

// The review step (form ui/ApproveDialog.ui). It says who approves — the user's
// own name from Preferences, never a free-text field — and refuses up front when
// that name is empty. It lists the lint errors still open (RcaReview::openErrors):
// approval waits until each is fixed, or ticked as looked at and accepted, which
// is then recorded with the approval.
class ApproveDialog : public QDialog
{
    Q_OBJECT

public:
    ApproveDialog(const QString &approver, const QList<LintFinding> &openErrors, QWidget *parent = nullptr);
    ~ApproveDialog() override;

    QString approver() const { return m_approver; }
    // The open errors ticked as accepted.
    QList<LintFinding> acceptedFindings() const;
    QPushButton *approveButton() const { return m_approveButton; }

private:
    void updateApproveButton();

    std::unique_ptr<Ui::ApproveDialog> ui;
    QString m_approver;
    QList<LintFinding> m_openErrors;
    QPushButton *m_approveButton = nullptr;
};

} // namespace OutageDesk

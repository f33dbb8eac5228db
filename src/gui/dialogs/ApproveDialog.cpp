#include "gui/dialogs/ApproveDialog.h"

#include "ui_ApproveDialog.h"

#include <QPushButton>

namespace OutageDesk {

ApproveDialog::ApproveDialog(const QString &approver, const QList<LintFinding> &openErrors, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ApproveDialog>())
    , m_approver(approver.trimmed())
    , m_openErrors(openErrors)
{
    ui->setupUi(this);
    m_approveButton = ui->buttonBox->addButton(tr("&Approve"), QDialogButtonBox::AcceptRole);
    m_approveButton->setObjectName(QStringLiteral("approveButton"));
    connect(m_approveButton, &QPushButton::clicked, this, &QDialog::accept);

    if (m_approver.isEmpty()) {
        ui->approverLabel->setText(tr("<b>Your name is not set.</b> An approval records who gave it: set your name "
                                      "in Preferences ▸ Preferences… and approve again."));
    } else {
        ui->approverLabel->setText(tr("Approved by <b>%1</b> (your name in Preferences).").arg(m_approver.toHtmlEscaped()));
    }
    if (m_openErrors.isEmpty()) {
        ui->errorsLabel->setText(tr("The checks found no open error."));
        ui->errorsList->hide();
    } else {
        ui->errorsLabel->setText(tr("The checks found %n open error(s). Fix them first, or tick each one you looked at "
                                    "and accept as it is; the acceptance is kept in the RCA history.",
                                    nullptr, int(m_openErrors.size())));
        for (const LintFinding &f : std::as_const(m_openErrors)) {
            auto *item = new QListWidgetItem(QStringLiteral("%1: %2").arg(f.code, f.message), ui->errorsList);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            item->setToolTip(tr("Tick to accept: you looked at it and it is right as it is."));
        }
        connect(ui->errorsList, &QListWidget::itemChanged, this, &ApproveDialog::updateApproveButton);
    }
    updateApproveButton();
}

ApproveDialog::~ApproveDialog() = default;

QList<LintFinding> ApproveDialog::acceptedFindings() const
{
    QList<LintFinding> result;
    for (int i = 0; i < ui->errorsList->count() && i < m_openErrors.size(); ++i) {
        if (ui->errorsList->item(i)->checkState() == Qt::Checked)
            result << m_openErrors.at(i);
    }
    return result;
}

void ApproveDialog::updateApproveButton()
{
    m_approveButton->setEnabled(!m_approver.isEmpty() && acceptedFindings().size() == m_openErrors.size());
}

} // namespace OutageDesk

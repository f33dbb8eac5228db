#include "gui/dialogs/CustomersDialog.h"

#include "ui_CustomersDialog.h"

#include "exchange/CustomerImporter.h"
#include "gui/models/CustomersTableModel.h"
#include "storage/CatalogRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>

namespace OutageDesk {

CustomersDialog::CustomersDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::CustomersDialog>())
    , m_workspace(workspace)
    , m_model(new CustomersTableModel(this))
{
    ui->setupUi(this);
    ui->stateFilter->addItem(tr("All customers"), int(CustomersTableModel::StateFilter::All));
    ui->stateFilter->addItem(tr("Subscribed"), int(CustomersTableModel::StateFilter::Subscribed));
    ui->stateFilter->addItem(tr("Unsubscribed"), int(CustomersTableModel::StateFilter::Unsubscribed));
    m_model->setWorkspace(workspace);
    ui->customersView->setModel(m_model);
    ui->customersView->verticalHeader()->hide();
    ui->customersView->horizontalHeader()->setStretchLastSection(true);
    ui->customersView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    refreshTargets();
    connect(ui->stateFilter, &QComboBox::currentIndexChanged, this, &CustomersDialog::applyFilter);
    connect(ui->targetFilter, &QComboBox::currentIndexChanged, this, &CustomersDialog::applyFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomersDialog::updateCount);
    connect(ui->importButton, &QPushButton::clicked, this, &CustomersDialog::chooseAndImport);
    connect(ui->unsubscribeButton, &QPushButton::clicked, this, &CustomersDialog::unsubscribeSelected);
    connect(ui->resubscribeButton, &QPushButton::clicked, this, &CustomersDialog::resubscribeSelected);
    connect(ui->removeButton, &QPushButton::clicked, this, &CustomersDialog::removeSelected);
    updateCount();
}

CustomersDialog::~CustomersDialog() = default;

QString CustomersDialog::message() const
{
    return ui->messageLabel->text();
}

void CustomersDialog::refreshTargets()
{
    ui->targetFilter->clear();
    ui->targetFilter->addItem(tr("Anything"), QString());
    const CatalogRepository catalog(m_workspace);
    for (const DataCenter &dc : catalog.dataCenters())
        ui->targetFilter->addItem(tr("%1 (data center)").arg(dc.code), dc.code);
    for (const Instance &instance : catalog.instances())
        ui->targetFilter->addItem(instance.name, instance.name);
}

void CustomersDialog::applyFilter()
{
    m_model->setFilter(CustomersTableModel::StateFilter(ui->stateFilter->currentData().toInt()),
                       ui->targetFilter->currentData().toString());
}

void CustomersDialog::updateCount()
{
    ui->countLabel->setText(tr("%1 of %n customer(s) shown", nullptr, m_model->totalCount()).arg(m_model->rowCount()));
}

void CustomersDialog::chooseAndImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Customers"), QDir::homePath(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool CustomersDialog::importFile(const QString &path)
{
    CustomerImporter::Summary summary;
    ImportError error;
    if (!CustomerImporter::importFile(m_workspace, path, &summary, &error))
        return refuse(tr("Nothing was imported. %1").arg(error.toString()));
    m_model->reload();
    confirm(tr("%1: %2 customers added, %3 updated.")
                .arg(QDir::toNativeSeparators(path))
                .arg(summary.created)
                .arg(summary.updated));
    return true;
}

QStringList CustomersDialog::selectedEmails() const
{
    QStringList emails;
    const auto rows = ui->customersView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        emails << index.data(CustomersTableModel::EmailRole).toString();
    return emails;
}

bool CustomersDialog::setUnsubscribed(bool unsubscribed)
{
    const QStringList emails = selectedEmails();
    if (emails.isEmpty())
        return refuse(tr("Select the customers first."));
    QString error;
    CustomerRepository repository(m_workspace);
    const bool ok = m_workspace->transaction(
        [&](QString *err) {
            for (const QString &email : emails) {
                if (!repository.setUnsubscribed(email, unsubscribed, err))
                    return false;
            }
            return true;
        },
        &error);
    m_model->reload();
    if (!ok)
        return refuse(error);
    confirm(unsubscribed ? tr("%n customer(s) unsubscribed: they keep their record and are sent nothing more.", nullptr,
                              int(emails.size()))
                         : tr("%n customer(s) subscribed again.", nullptr, int(emails.size())));
    return true;
}

bool CustomersDialog::unsubscribeSelected()
{
    return setUnsubscribed(true);
}

bool CustomersDialog::resubscribeSelected()
{
    return setUnsubscribed(false);
}

bool CustomersDialog::removeSelected()
{
    const QStringList emails = selectedEmails();
    if (emails.isEmpty())
        return refuse(tr("Select the customers first."));
    QString error;
    CustomerRepository repository(m_workspace);
    const bool ok = m_workspace->transaction(
        [&](QString *err) {
            for (const QString &email : emails) {
                if (!repository.remove(email, err))
                    return false;
            }
            return true;
        },
        &error);
    m_model->reload();
    if (!ok)
        return refuse(error);
    confirm(tr("%n customer(s) removed.", nullptr, int(emails.size())));
    return true;
}

bool CustomersDialog::refuse(const QString &message)
{
    m_refused = true;
    ui->messageLabel->setText(message);
    // Red on every palette, and bold, so a refusal is not read as a confirmation.
    ui->messageLabel->setStyleSheet(QStringLiteral("QLabel { color: #d03030; font-weight: bold; }"));
    return false;
}

void CustomersDialog::confirm(const QString &message)
{
    m_refused = false;
    ui->messageLabel->setText(message);
    ui->messageLabel->setStyleSheet(QString());
}

} // namespace OutageDesk

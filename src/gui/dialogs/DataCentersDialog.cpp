#include "gui/dialogs/DataCentersDialog.h"

#include "ui_DataCentersDialog.h"

#include "gui/commands/EditHistory.h"
#include "gui/models/DataCentersTableModel.h"
#include "gui/models/InstancesTableModel.h"
#include "gui/models/ModelRoles.h"
#include "storage/Workspace.h"

#include <QHeaderView>
#include <QRegularExpression>

namespace OutageDesk {

DataCentersDialog::DataCentersDialog(EditHistory *history, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::DataCentersDialog>())
    , m_history(history)
    , m_dataCenters(new DataCentersTableModel(this))
    , m_instances(new InstancesTableModel(this))
{
    ui->setupUi(this);
    m_dataCenters->setWorkspace(history->workspace());
    m_instances->setWorkspace(history->workspace());
    ui->dataCentersView->setModel(m_dataCenters);
    ui->instancesView->setModel(m_instances);
    for (QTableView *view : {ui->dataCentersView, ui->instancesView}) {
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    }
    connect(ui->dataCentersView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DataCentersDialog::fillDataCenterForm);
    connect(ui->instancesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DataCentersDialog::fillInstanceForm);
    connect(m_dataCenters, &QAbstractItemModel::modelReset, this, &DataCentersDialog::refreshDataCenterChoices);
    connect(ui->addDataCenterButton, &QPushButton::clicked, this, &DataCentersDialog::addDataCenter);
    connect(ui->updateDataCenterButton, &QPushButton::clicked, this, &DataCentersDialog::updateDataCenter);
    connect(ui->removeDataCenterButton, &QPushButton::clicked, this, &DataCentersDialog::removeDataCenter);
    connect(ui->addInstanceButton, &QPushButton::clicked, this, &DataCentersDialog::addInstance);
    connect(ui->updateInstanceButton, &QPushButton::clicked, this, &DataCentersDialog::updateInstance);
    connect(ui->removeInstanceButton, &QPushButton::clicked, this, &DataCentersDialog::removeInstance);
    refreshDataCenterChoices();
}

DataCentersDialog::~DataCentersDialog() = default;

QString DataCentersDialog::checkDataCenter(const DataCenter &dc, const QList<DataCenter> &existing)
{
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    if (!codePattern.match(dc.code).hasMatch())
        return tr("The code \"%1\" is not usable: use 1 to 32 letters, digits, \"-\" or \"_\" (e.g. EU).").arg(dc.code);
    for (const DataCenter &other : existing) {
        if (other.id != dc.id && other.code.compare(dc.code, Qt::CaseInsensitive) == 0)
            return tr("There is already a data center with the code %1 (%2).").arg(other.code, other.name);
    }
    if (dc.name.trimmed().isEmpty())
        return tr("Give the data center a name, e.g. \"Europe Data Center\".");
    if (!dc.hasValidZone())
        return tr("\"%1\" is not a known IANA time zone. Pick one from the list, e.g. Europe/Amsterdam.").arg(dc.timeZone);
    return {};
}

QString DataCentersDialog::checkInstance(const Instance &instance, const QList<Instance> &existing,
                                         const QList<DataCenter> &dataCenters)
{
    if (instance.name.trimmed().isEmpty())
        return tr("Give the instance a name, e.g. \"Primo MT EU01\".");
    for (const Instance &other : existing) {
        if (other.id != instance.id && other.name.compare(instance.name, Qt::CaseInsensitive) == 0)
            return tr("There is already an instance named %1.").arg(other.name);
    }
    const bool knownDataCenter = std::any_of(dataCenters.cbegin(), dataCenters.cend(),
                                             [&](const DataCenter &dc) { return dc.code == instance.dataCenter; });
    if (!knownDataCenter)
        return tr("Choose the data center that hosts the instance (add the data center first).");
    return {};
}

QString DataCentersDialog::message() const
{
    return ui->messageLabel->text();
}

bool DataCentersDialog::refuse(const QString &message)
{
    m_refused = true;
    ui->messageLabel->setText(message);
    // Red on every palette, and bold, so a refusal is not read as a confirmation.
    ui->messageLabel->setStyleSheet(QStringLiteral("QLabel { color: #d03030; font-weight: bold; }"));
    return false;
}

void DataCentersDialog::confirm(const QString &message)
{
    m_refused = false;
    ui->messageLabel->setText(message);
    ui->messageLabel->setStyleSheet(QString());
}

DataCenter DataCentersDialog::dataCenterFromForm() const
{
    DataCenter dc;
    dc.code = ui->codeEdit->text().trimmed();
    dc.name = ui->nameEdit->text().trimmed();
    dc.timeZone = ui->zonePicker->zoneId();
    return dc;
}

Instance DataCentersDialog::instanceFromForm() const
{
    Instance instance;
    instance.name = ui->instanceNameEdit->text().trimmed();
    instance.product = ui->productEdit->text().trimmed();
    instance.dataCenter = ui->instanceDataCenterCombo->currentData().toString();
    return instance;
}

qint64 DataCentersDialog::selectedDataCenterId() const
{
    const QModelIndex current = ui->dataCentersView->currentIndex();
    return current.isValid() ? current.data(ModelRoles::CatalogIdRole).toLongLong() : 0;
}

qint64 DataCentersDialog::selectedInstanceId() const
{
    const QModelIndex current = ui->instancesView->currentIndex();
    return current.isValid() ? current.data(ModelRoles::CatalogIdRole).toLongLong() : 0;
}

void DataCentersDialog::fillDataCenterForm()
{
    const int row = ui->dataCentersView->currentIndex().row();
    if (row < 0 || row >= m_dataCenters->dataCenters().size())
        return;
    const DataCenter &dc = m_dataCenters->dataCenters().at(row);
    ui->codeEdit->setText(dc.code);
    ui->nameEdit->setText(dc.name);
    ui->zonePicker->setZoneId(dc.timeZone);
}

void DataCentersDialog::fillInstanceForm()
{
    const int row = ui->instancesView->currentIndex().row();
    if (row < 0 || row >= m_instances->instances().size())
        return;
    const Instance &instance = m_instances->instances().at(row);
    ui->instanceNameEdit->setText(instance.name);
    ui->productEdit->setText(instance.product);
    ui->instanceDataCenterCombo->setCurrentIndex(ui->instanceDataCenterCombo->findData(instance.dataCenter));
}

void DataCentersDialog::refreshDataCenterChoices()
{
    const QString current = ui->instanceDataCenterCombo->currentData().toString();
    ui->instanceDataCenterCombo->clear();
    for (const DataCenter &dc : m_dataCenters->dataCenters())
        ui->instanceDataCenterCombo->addItem(tr("%1 (%2)").arg(dc.code, dc.name), dc.code);
    ui->instanceDataCenterCombo->setCurrentIndex(std::max(ui->instanceDataCenterCombo->findData(current), 0));
}

bool DataCentersDialog::apply(const QList<DataCenter> &dataCenters, const QList<Instance> &instances,
                              const QString &description)
{
    QString error;
    const EditCatalogCommand::Catalog before{m_dataCenters->dataCenters(), m_instances->instances()};
    if (!m_history->editCatalog(before, {dataCenters, instances}, description, &error))
        return refuse(error);
    confirm(description);
    return true;
}

bool DataCentersDialog::addDataCenter()
{
    const DataCenter dc = dataCenterFromForm();
    const QString problem = checkDataCenter(dc, m_dataCenters->dataCenters());
    if (!problem.isEmpty())
        return refuse(problem);
    QList<DataCenter> after = m_dataCenters->dataCenters();
    after << dc;
    if (!apply(after, m_instances->instances(), tr("Add data center %1").arg(dc.code)))
        return false;
    ui->dataCentersView->setCurrentIndex(m_dataCenters->index(m_dataCenters->rowOfCode(dc.code), 0));
    return true;
}

bool DataCentersDialog::updateDataCenter()
{
    const qint64 id = selectedDataCenterId();
    if (id == 0)
        return refuse(tr("Select the data center to update first."));
    DataCenter dc = dataCenterFromForm();
    dc.id = id;
    const QString problem = checkDataCenter(dc, m_dataCenters->dataCenters());
    if (!problem.isEmpty())
        return refuse(problem);
    QList<DataCenter> after = m_dataCenters->dataCenters();
    QList<Instance> instances = m_instances->instances();
    for (DataCenter &existing : after) {
        if (existing.id != id)
            continue;
        // Instances name their data center by code: a new code moves them along.
        for (Instance &instance : instances) {
            if (instance.dataCenter == existing.code)
                instance.dataCenter = dc.code;
        }
        existing = dc;
    }
    return apply(after, instances, tr("Edit data center %1").arg(dc.code));
}

bool DataCentersDialog::removeDataCenter()
{
    const qint64 id = selectedDataCenterId();
    if (id == 0)
        return refuse(tr("Select the data center to remove first."));
    QList<DataCenter> after = m_dataCenters->dataCenters();
    QString code;
    for (int i = 0; i < after.size(); ++i) {
        if (after.at(i).id == id)
            code = after.takeAt(i).code;
    }
    int hosted = 0;
    for (const Instance &instance : m_instances->instances())
        hosted += instance.dataCenter == code ? 1 : 0;
    if (hosted > 0)
        return refuse(tr("Cannot remove data center %1: it still hosts %n instance(s). Remove them or move them "
                         "to another data center first.", nullptr, hosted)
                          .arg(code));
    return apply(after, m_instances->instances(), tr("Remove data center %1").arg(code));
}

bool DataCentersDialog::addInstance()
{
    const Instance instance = instanceFromForm();
    const QString problem = checkInstance(instance, m_instances->instances(), m_dataCenters->dataCenters());
    if (!problem.isEmpty())
        return refuse(problem);
    QList<Instance> after = m_instances->instances();
    after << instance;
    if (!apply(m_dataCenters->dataCenters(), after, tr("Add instance %1").arg(instance.name)))
        return false;
    ui->instancesView->setCurrentIndex(m_instances->index(m_instances->rowOfName(instance.name), 0));
    return true;
}

bool DataCentersDialog::updateInstance()
{
    const qint64 id = selectedInstanceId();
    if (id == 0)
        return refuse(tr("Select the instance to update first."));
    Instance instance = instanceFromForm();
    instance.id = id;
    const QString problem = checkInstance(instance, m_instances->instances(), m_dataCenters->dataCenters());
    if (!problem.isEmpty())
        return refuse(problem);
    QList<Instance> after = m_instances->instances();
    for (Instance &existing : after) {
        if (existing.id == id)
            existing = instance;
    }
    return apply(m_dataCenters->dataCenters(), after, tr("Edit instance %1").arg(instance.name));
}

bool DataCentersDialog::removeInstance()
{
    const qint64 id = selectedInstanceId();
    if (id == 0)
        return refuse(tr("Select the instance to remove first."));
    QList<Instance> after = m_instances->instances();
    QString name;
    for (int i = 0; i < after.size(); ++i) {
        if (after.at(i).id == id)
            name = after.takeAt(i).name;
    }
    QString error;
    const EditCatalogCommand::Catalog before{m_dataCenters->dataCenters(), m_instances->instances()};
    if (!m_history->editCatalog(before, {m_dataCenters->dataCenters(), after}, tr("Remove instance %1").arg(name), &error))
        return refuse(tr("Cannot remove instance %1: %2.").arg(name, error));
    confirm(tr("Removed instance %1.").arg(name));
    return true;
}

} // namespace OutageDesk

#pragma once

#include "model/DataCenter.h"
#include "model/Instance.h"

#include <QDialog>
#include <memory>

namespace Ui {
class DataCentersDialog;
}

namespace OutageDesk {

class DataCentersTableModel;
class EditHistory;
class InstancesTableModel;

// Adds, edits and removes data centers and instances (form ui/DataCentersDialog.ui).
// Each change is one undoable catalog edit; a refused one (duplicate code, unknown
// zone, an instance that still has windows) is explained in the dialog itself.
class DataCentersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DataCentersDialog(EditHistory *history, QWidget *parent = nullptr);
    ~DataCentersDialog() override;

    // What is wrong with `dc` among `existing` (which may hold it, matched by id); empty if nothing.
    static QString checkDataCenter(const DataCenter &dc, const QList<DataCenter> &existing);
    static QString checkInstance(const Instance &instance, const QList<Instance> &existing,
                                 const QList<DataCenter> &dataCenters);

    QString message() const; // the last refusal or confirmation shown
    bool lastActionRefused() const { return m_refused; }

public Q_SLOTS:
    bool addDataCenter();
    bool updateDataCenter();
    bool removeDataCenter();
    bool addInstance();
    bool updateInstance();
    bool removeInstance();

private:
    DataCenter dataCenterFromForm() const;
    Instance instanceFromForm() const;
    qint64 selectedDataCenterId() const;
    qint64 selectedInstanceId() const;
    void fillDataCenterForm();
    void fillInstanceForm();
    void refreshDataCenterChoices();
    bool apply(const QList<DataCenter> &dataCenters, const QList<Instance> &instances, const QString &description);
    bool refuse(const QString &message);
    void confirm(const QString &message);

    std::unique_ptr<Ui::DataCentersDialog> ui;
    EditHistory *m_history;
    DataCentersTableModel *m_dataCenters;
    InstancesTableModel *m_instances;
    bool m_refused = false;
};

} // namespace OutageDesk

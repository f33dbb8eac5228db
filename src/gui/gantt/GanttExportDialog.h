#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class GanttExportDialog;
}

namespace OutageDesk {

// Asks where to export the Gantt chart and at what size; the format follows the
// file's extension, as on the command line.
class GanttExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GanttExportDialog(QWidget *parent = nullptr);
    ~GanttExportDialog() override;

    QString path() const;
    QSize chartSize() const;

private:
    void browse();
    void validate();

    std::unique_ptr<Ui::GanttExportDialog> m_ui;
};

} // namespace OutageDesk

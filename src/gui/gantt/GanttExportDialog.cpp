#include "gui/gantt/GanttExportDialog.h"

#include "gui/gantt/GanttExporter.h"
#include "ui_GanttExportDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QPushButton>
#include <QStandardPaths>

namespace OutageDesk {

GanttExportDialog::GanttExportDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::GanttExportDialog>())
{
    m_ui->setupUi(this);
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    m_ui->pathEdit->setText(QDir(pictures).filePath(QStringLiteral("outage-gantt.png")));
    connect(m_ui->browseButton, &QPushButton::clicked, this, &GanttExportDialog::browse);
    connect(m_ui->pathEdit, &QLineEdit::textChanged, this, &GanttExportDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    validate();
}

GanttExportDialog::~GanttExportDialog() = default;

QString GanttExportDialog::path() const
{
    return m_ui->pathEdit->text().trimmed();
}

QSize GanttExportDialog::chartSize() const
{
    return QSize(m_ui->widthSpin->value(), m_ui->heightSpin->value());
}

void GanttExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export chart"), path(), tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (!chosen.isEmpty())
        m_ui->pathEdit->setText(chosen);
}

void GanttExportDialog::validate()
{
    const bool known = GanttExporter::formatForPath(path()).has_value();
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(known);
    m_ui->pathEdit->setToolTip(known ? QString() : tr("The file name must end in .png, .svg or .pdf."));
}

} // namespace OutageDesk

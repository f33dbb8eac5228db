#include "gui/publish/BuildPortalDialog.h"

#include "ui_BuildPortalDialog.h"

#include "publish/PortalBuild.h"
#include "publish/PortalRepository.h"
#include "time/Clock.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QPushButton>

namespace OutageDesk {

BuildPortalDialog::BuildPortalDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BuildPortalDialog>())
    , m_workspace(workspace)
{
    m_ui->setupUi(this);
    // The languages the portal pages are written in, each named in itself: the
    // choice is the customers' language, not the window's.
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_ui->languageCombo->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_ui->languageCombo->addItem(QStringLiteral("עברית"), QStringLiteral("he"));
    for (const Portal &portal : PortalRepository(workspace).portals()) {
        if (portal.kind != PortalKind::WebDav)
            continue;
        const int language = m_ui->languageCombo->findData(portal.language);
        if (language >= 0)
            m_ui->languageCombo->setCurrentIndex(language);
        m_ui->titleEdit->setText(portal.title);
        m_ui->urlEdit->setText(portal.url);
        break;
    }
    m_buildButton = m_ui->buttonBox->addButton(tr("&Build"), QDialogButtonBox::ActionRole);
    m_buildButton->setObjectName(QStringLiteral("buildButton"));
    m_buildButton->setDefault(true);
    m_buildButton->setEnabled(false);
    connect(m_buildButton, &QPushButton::clicked, this, &BuildPortalDialog::build);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->folderEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_buildButton->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Portal Folder"), m_ui->folderEdit->text());
        if (!folder.isEmpty())
            setFolder(folder);
    });
}

BuildPortalDialog::~BuildPortalDialog() = default;

void BuildPortalDialog::setFolder(const QString &folder)
{
    m_ui->folderEdit->setText(QDir::toNativeSeparators(folder));
}

QString BuildPortalDialog::result() const
{
    return m_ui->resultLabel->text();
}

void BuildPortalDialog::setResult(const QString &text, bool error)
{
    m_ui->resultLabel->setText(text);
    QFont font = m_ui->resultLabel->font();
    font.setBold(error);
    m_ui->resultLabel->setFont(font);
}

bool BuildPortalDialog::build()
{
    const QString folder = QDir::fromNativeSeparators(m_ui->folderEdit->text().trimmed());
    if (folder.isEmpty()) {
        setResult(tr("Choose the folder to write the portal to."), true);
        return false;
    }
    PortalBuild::Options options;
    options.language = m_ui->languageCombo->currentData().toString();
    options.title = m_ui->titleEdit->text().trimmed();
    options.baseUrl = m_ui->urlEdit->text().trimmed();
    QApplication::setOverrideCursor(Qt::BusyCursor);
    const PortalBuild::Result built = PortalBuild::write(m_workspace, folder, options, Clock::now());
    QApplication::restoreOverrideCursor();
    if (!built.ok) {
        setResult(built.error, true);
        return false;
    }
    setResult(tr("%n file(s) written to %1", nullptr, built.fileCount).arg(QDir::toNativeSeparators(folder)) + QLatin1Char(' ')
                  + tr("(%n incident(s)); open index.html there to look at it.", nullptr, built.incidentCount),
              false);
    return true;
}

} // namespace OutageDesk

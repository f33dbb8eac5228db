#include "gui/publish/PortalsDialog.h"

#include "ui_PortalsDialog.h"

#include "gui/publish/SecretQuestion.h"
#include "publish/CredentialStore.h"
#include "gui/publish/PortalListModel.h"
#include "publish/PortalRepository.h"
#include "storage/CatalogRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QUrl>

namespace OutageDesk {

PortalsDialog::PortalsDialog(Workspace *workspace, CredentialStore *credentials, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PortalsDialog>())
    , m_workspace(workspace)
    , m_credentials(credentials)
    , m_model(new PortalListModel(this))
{
    m_ui->setupUi(this);
    m_ui->kindCombo->addItem(tr("Static status portal (WebDAV)"), QVariant::fromValue(int(PortalKind::WebDav)));
    m_ui->kindCombo->addItem(tr("Atlassian Statuspage"), QVariant::fromValue(int(PortalKind::Statuspage)));
    m_ui->kindCombo->addItem(tr("Webhook"), QVariant::fromValue(int(PortalKind::Webhook)));
    m_ui->componentTable->setHorizontalHeaderLabels({tr("Instance"), tr("Statuspage component id")});
    m_ui->componentTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->componentTable->verticalHeader()->hide();
    m_model->setWorkspace(workspace);
    m_ui->portalList->setModel(m_model);

    connect(m_ui->portalList->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        if (index.isValid())
            showPortal(m_model->portal(index.row()));
    });
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &PortalsDialog::updateKindFields);
    connect(m_ui->addButton, &QPushButton::clicked, this, &PortalsDialog::newPortal);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &PortalsDialog::removeCurrent);
    connect(m_ui->caBrowseButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA Certificate"), QString(),
                                                          tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_ui->caFileEdit->setText(file);
    });
    connect(m_ui->buttonBox->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &PortalsDialog::save);
    connect(m_ui->testButton, &QPushButton::clicked, this, &PortalsDialog::testConnection);
    connect(m_ui->askInsteadButton, &QPushButton::clicked, this, &PortalsDialog::askInstead);
    connect(m_ui->askSecretCheck, &QCheckBox::toggled, this, &PortalsDialog::updateSecretField);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (m_model->rowCount() > 0)
        m_ui->portalList->setCurrentIndex(m_model->index(0));
    else
        newPortal();
}

PortalsDialog::~PortalsDialog() = default;

QString PortalsDialog::message() const
{
    return m_ui->messageLabel->text();
}

void PortalsDialog::setMessage(const QString &text, bool error)
{
    m_ui->messageLabel->setText(text);
    QFont font = m_ui->messageLabel->font();
    font.setBold(error);
    m_ui->messageLabel->setFont(font);
}

void PortalsDialog::newPortal()
{
    m_ui->portalList->clearSelection();
    Portal blank;
    showPortal(blank);
    m_ui->nameEdit->setFocus();
}

void PortalsDialog::showPortal(const Portal &portal)
{
    m_currentId = portal.id;
    m_ui->nameEdit->setText(portal.name);
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(portal.kind)));
    m_ui->urlEdit->setText(portal.url);
    m_ui->userEdit->setText(portal.user);
    m_ui->secretEdit->clear();
    m_savedWithKeychainSecret = portal.id && !portal.askSecretEachPublish;
    {
        const QSignalBlocker blocker(m_ui->askSecretCheck);
        m_ui->askSecretCheck->setChecked(portal.askSecretEachPublish);
    }
    updateSecretField();
    m_ui->askInsteadButton->hide();
    m_ui->pageIdEdit->setText(portal.pageId);
    m_ui->caFileEdit->setText(portal.caFile);
    m_ui->languageEdit->setText(portal.language);
    m_ui->titleEdit->setText(portal.title);
    m_ui->timeoutSpin->setValue(std::max(1, portal.transferTimeoutMs / 1000));
    const auto instances = CatalogRepository(m_workspace).instances();
    m_ui->componentTable->setRowCount(int(instances.size()));
    for (int row = 0; row < instances.size(); ++row) {
        auto *name = new QTableWidgetItem(instances.at(row).name);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_ui->componentTable->setItem(row, 0, name);
        m_ui->componentTable->setItem(row, 1, new QTableWidgetItem(portal.componentMap.value(instances.at(row).name)));
    }
    m_ui->removeButton->setEnabled(portal.id != 0);
    updateKindFields();
    setMessage({}, false);
}

void PortalsDialog::updateSecretField()
{
    // Asked at each publish: nothing to type here, and nothing typed is kept.
    const bool ask = m_ui->askSecretCheck->isChecked();
    if (ask)
        m_ui->secretEdit->clear();
    m_ui->secretEdit->setEnabled(!ask);
    m_ui->secretEdit->setPlaceholderText(ask ? tr("asked for at each publish")
                                         : m_savedWithKeychainSecret ? tr("unchanged (kept in the keychain)")
                                                                     : tr("password or API key"));
}

void PortalsDialog::updateKindFields()
{
    const auto kind = PortalKind(m_ui->kindCombo->currentData().toInt());
    const bool statuspage = kind == PortalKind::Statuspage;
    m_ui->pageIdEdit->setEnabled(statuspage);
    m_ui->componentTable->setEnabled(statuspage);
    m_ui->userEdit->setEnabled(kind == PortalKind::WebDav);
    m_ui->languageEdit->setEnabled(kind == PortalKind::WebDav);
    m_ui->titleEdit->setEnabled(kind == PortalKind::WebDav);
    m_ui->urlEdit->setPlaceholderText(statuspage ? QStringLiteral("https://api.statuspage.io")
                                      : kind == PortalKind::Webhook ? QStringLiteral("https://hooks.example.com/outagedesk")
                                                                    : QStringLiteral("https://status.example.com/dav/"));
}

Portal PortalsDialog::portalFromForm() const
{
    Portal p;
    p.id = m_currentId;
    p.name = m_ui->nameEdit->text().trimmed();
    p.kind = PortalKind(m_ui->kindCombo->currentData().toInt());
    p.url = m_ui->urlEdit->text().trimmed();
    p.user = m_ui->userEdit->text().trimmed();
    p.pageId = m_ui->pageIdEdit->text().trimmed();
    p.caFile = m_ui->caFileEdit->text().trimmed();
    p.language = m_ui->languageEdit->text().trimmed().isEmpty() ? QStringLiteral("en") : m_ui->languageEdit->text().trimmed();
    p.title = m_ui->titleEdit->text().trimmed();
    p.transferTimeoutMs = m_ui->timeoutSpin->value() * 1000;
    p.askSecretEachPublish = m_ui->askSecretCheck->isChecked();
    for (int row = 0; row < m_ui->componentTable->rowCount(); ++row) {
        const auto *id = m_ui->componentTable->item(row, 1);
        if (id && !id->text().trimmed().isEmpty())
            p.componentMap.insert(m_ui->componentTable->item(row, 0)->text(), id->text().trimmed());
    }
    return p;
}

bool PortalsDialog::validate(const Portal &portal)
{
    if (!PortalRepository::isValidName(portal.name)) {
        setMessage(tr("Give the portal a name: letters, digits, '.', '_' and '-'."), true);
        return false;
    }
    const QUrl url(portal.url, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        setMessage(tr("The URL must start with https:// (or http:// on a trusted network)."), true);
        return false;
    }
    if (portal.kind == PortalKind::Statuspage && portal.pageId.isEmpty()) {
        setMessage(tr("A Statuspage portal needs its page id."), true);
        return false;
    }
    return true;
}

bool PortalsDialog::save()
{
    Portal portal = portalFromForm();
    if (!validate(portal))
        return false;
    m_ui->askInsteadButton->hide();
    const QString secret = portal.askSecretEachPublish ? QString() : m_ui->secretEdit->text();
    const bool secretOptional = portal.kind == PortalKind::WebDav && portal.user.isEmpty();
    QString error;
    const auto previous = portal.id ? PortalRepository(m_workspace).portal(portal.id) : std::nullopt;
    // The keychain holds a secret for the portal only when it was saved with one.
    const bool hadKeychainSecret = previous && !previous->askSecretEachPublish;
    if (!portal.askSecretEachPublish && !hadKeychainSecret && secret.isEmpty() && !secretOptional) {
        setMessage(tr("Type the portal's secret (password or API key); it is stored in the system keychain."), true);
        return false;
    }
    if (!portal.askSecretEachPublish && (!secret.isEmpty() || (hadKeychainSecret && previous->name != portal.name))) {
        // A renamed portal takes its secret along under the new name.
        QString value = secret;
        if (value.isEmpty()) {
            const auto old = m_credentials->read(previous->name, &error);
            if (!old) {
                setMessage(error, true);
                return false;
            }
            value = *old;
        }
        if (!m_credentials->write(portal.name, value, &error)) {
            setMessage(error, true);
            // No Secret Service at all: the one way on from here is to keep the
            // secret nowhere, so offer exactly that (nothing was saved).
            m_ui->askInsteadButton->setVisible(m_credentials->lastFailureWasUnavailable());
            return false;
        }
    }
    if (!PortalRepository(m_workspace).save(portal, &error)) {
        setMessage(error, true);
        return false;
    }
    // A secret no longer used stays nowhere: renamed away, or now asked for each time.
    if (hadKeychainSecret && (previous->name != portal.name || portal.askSecretEachPublish))
        m_credentials->remove(previous->name, &error);
    m_model->reload();
    m_ui->portalList->setCurrentIndex(m_model->index(m_model->rowOf(portal.name)));
    setMessage(portal.askSecretEachPublish ? tr("Portal %1 saved; its secret is asked for at each publish and kept nowhere.").arg(portal.name)
                                           : tr("Portal %1 saved.").arg(portal.name),
               false);
    return true;
}

void PortalsDialog::askInstead()
{
    m_ui->askSecretCheck->setChecked(true);
    save();
}

ConnectionCheck::Result PortalsDialog::testConnection()
{
    ConnectionCheck::Result result;
    const Portal portal = portalFromForm();
    if (!validate(portal)) {
        result.message = message();
        return result;
    }
    // The secret typed in the form, else the one kept for the saved portal (asked
    // for now when it asks at each publish): what a publish would use.
    std::optional<QString> secret = m_ui->secretEdit->text();
    const auto saved = portal.id ? PortalRepository(m_workspace).portal(portal.id) : std::nullopt;
    const bool needsSecret = !(portal.kind == PortalKind::WebDav && portal.user.isEmpty());
    if (secret->isEmpty() && needsSecret) {
        if (portal.askSecretEachPublish) {
            secret = SecretQuestion::ask(this, portal, SecretQuestion::Purpose::Test);
        } else if (saved && !saved->askSecretEachPublish) {
            QString error;
            secret = m_credentials->read(saved->name, &error);
            if (!secret) {
                setMessage(error, true);
                result.message = error;
                return result;
            }
        } else {
            secret.reset();
        }
        if (!secret) {
            result.message = tr("Type the portal's secret to test with.");
            setMessage(result.message, true);
            return result;
        }
    }
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    setMessage(tr("Asking %1…").arg(portal.url), false);
    m_ui->testButton->setEnabled(false);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    result = ConnectionCheck::run(m_network, portal, secret.value_or(QString()));
    QApplication::restoreOverrideCursor();
    m_ui->testButton->setEnabled(true);
    setMessage(result.message, !result.isSuccess());
    return result;
}

bool PortalsDialog::removeCurrent()
{
    const auto portal = PortalRepository(m_workspace).portal(m_currentId);
    if (!portal)
        return false;
    if (QMessageBox::question(this, tr("Remove Portal"),
                              tr("Remove portal %1 and its secret? Publications waiting for it are dropped.").arg(portal->name))
        != QMessageBox::Yes)
        return false;
    QString error;
    m_credentials->remove(portal->name, &error);
    if (!PortalRepository(m_workspace).remove(portal->id, &error)) {
        setMessage(error, true);
        return false;
    }
    m_model->reload();
    newPortal();
    setMessage(tr("Portal %1 removed.").arg(portal->name), false);
    return true;
}

} // namespace OutageDesk

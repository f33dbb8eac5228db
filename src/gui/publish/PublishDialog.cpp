#include "gui/publish/PublishDialog.h"

#include "ui_PublishDialog.h"

#include "gui/publish/PortalsDialog.h"
#include "analysis/IncidentChecks.h"
#include "storage/IncidentRepository.h"

#include "publish/PortalRepository.h"
#include "publish/PortalSiteBuilder.h"
#include "time/Clock.h"

#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSvgRenderer>
#include <QTextBrowser>

namespace OutageDesk {
namespace {

// QTextBrowser knows no inline SVG: it would show the chart's title, description and
// labels as one run-on paragraph. In the preview the chart becomes a picture drawn
// by QSvgRenderer from the very SVG that is published; the rest stays as it goes out.
QString withChartAsPicture(const QString &html, QTextBrowser *browser)
{
    const qsizetype start = html.indexOf(QLatin1String("<svg"));
    const qsizetype end = start < 0 ? -1 : html.indexOf(QLatin1String("</svg>"), start);
    if (end < 0)
        return html;
    QString svg = html.mid(start, end + 6 - start);
    // Standalone SVG needs its namespace; the chart's text and axes take the text colour.
    svg.replace(0, 4, QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" color=\"%1\"")
                          .arg(browser->palette().color(QPalette::Text).name()));
    QSvgRenderer renderer(svg.toUtf8());
    QString picture;
    const QSizeF size = renderer.viewBoxF().size();
    if (renderer.isValid() && !size.isEmpty()) {
        const qreal ratio = browser->devicePixelRatioF();
        QImage image((size * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            renderer.render(&painter, QRectF(QPointF(0, 0), size));
        }
        const QUrl url(QStringLiteral("outagedesk-preview:gantt.png"));
        browser->document()->addResource(QTextDocument::ImageResource, url, image);
        picture = QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"></p>")
                      .arg(url.toString())
                      .arg(qRound(size.width()))
                      .arg(qRound(size.height()));
    }
    return html.left(start) + picture + html.mid(end + 6);
}

} // namespace

PublishDialog::PublishDialog(Workspace *workspace, const QUuid &incident, QWidget *parent, CredentialStore *credentials)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PublishDialog>())
    , m_workspace(workspace)
    , m_incident(incident)
    , m_credentials(credentials)
{
    m_ui->setupUi(this);
    auto *publish = m_ui->buttonBox->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole);
    publish->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PublishDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->addPortalButton->setVisible(m_credentials != nullptr);
    connect(m_ui->addPortalButton, &QPushButton::clicked, this, &PublishDialog::addPortal);
    {
        const QSignalBlocker blocker(m_ui->noteEdit);
        m_ui->noteEdit->setText(tr("Published"));
    }
    loadPortals({});
    connect(m_ui->portalCombo, &QComboBox::currentIndexChanged, this, &PublishDialog::updatePreview);
    connect(m_ui->notifyCheck, &QCheckBox::toggled, this, &PublishDialog::updatePreview);
    connect(m_ui->noteEdit, &QLineEdit::textChanged, this, &PublishDialog::updatePreview);
    updatePreview();
}

void PublishDialog::loadPortals(const QString &choose)
{
    {
        const QSignalBlocker blocker(m_ui->portalCombo);
        m_ui->portalCombo->clear();
        m_portals = PortalRepository(m_workspace).portals();
        for (const auto &p : std::as_const(m_portals))
            m_ui->portalCombo->addItem(QStringLiteral("%1 (%2)").arg(p.name, toWireName(p.kind)), p.name);
        const int chosen = m_ui->portalCombo->findData(choose);
        if (chosen >= 0)
            m_ui->portalCombo->setCurrentIndex(chosen);
    }
    for (QAbstractButton *button : m_ui->buttonBox->buttons()) {
        if (m_ui->buttonBox->buttonRole(button) == QDialogButtonBox::AcceptRole) {
            button->setEnabled(!m_portals.isEmpty());
            if (auto *push = qobject_cast<QPushButton *>(button))
                push->setDefault(!m_portals.isEmpty());
        }
    }
    // With no portal yet, the way to one is the obvious next step.
    m_ui->addPortalButton->setDefault(m_portals.isEmpty() && m_credentials);
}

void PublishDialog::addPortal()
{
    if (!m_credentials)
        return;
    QStringList before;
    for (const auto &p : std::as_const(m_portals))
        before << p.name;
    PortalsDialog dialog(m_workspace, m_credentials, this);
    if (m_portals.isEmpty())
        dialog.newPortal();
    dialog.exec();
    QString choose = portalName();
    for (const auto &p : PortalRepository(m_workspace).portals()) {
        if (!before.contains(p.name))
            choose = p.name;
    }
    loadPortals(choose);
    updatePreview();
}

PublishDialog::~PublishDialog() = default;

QString PublishDialog::portalName() const
{
    return m_ui->portalCombo->currentData().toString();
}

QString PublishDialog::note() const
{
    return m_ui->noteEdit->text().trimmed();
}

bool PublishDialog::notifySubscribers() const
{
    return m_ui->notifyCheck->isEnabled() && m_ui->notifyCheck->isChecked();
}

QString PublishDialog::summary() const
{
    return m_ui->summaryLabel->text() + QLatin1Char('\n') + m_ui->rcaLabel->text();
}

void PublishDialog::updatePreview()
{
    const int index = m_ui->portalCombo->currentIndex();
    if (index < 0) {
        m_ui->summaryLabel->setText(m_credentials ? tr("There is no portal yet: add one with Add Portal….")
                                                  : tr("There is no portal yet: add one under Workspace ▸ Portals."));
        m_ui->rcaLabel->clear();
        m_ui->preview->clear();
        return;
    }
    const Portal portal = m_portals.at(index);
    m_ui->notifyCheck->setEnabled(portal.canNotifySubscribers());
    if (!portal.canNotifySubscribers())
        m_ui->notifyCheck->setChecked(false);

    const QDateTime now = Clock::now();
    PortalSiteInput input = PortalSiteBuilder::inputFromWorkspace(m_workspace, now, {m_incident});
    input.title = portal.title;
    input.language = portal.language;
    input.hourClock = portal.hourClock;
    if (input.incidents.isEmpty())
        return;
    Incident &incident = input.incidents.first();
    m_rcaLeftOut = incident.rca && incident.rca->state != RcaState::Approved;
    incident.publications << Publication{now, note(), portal.name};
    const PortalSite site = PortalSiteBuilder().build(input);
    m_previewHtml = QString::fromUtf8(site.files.value(PortalSiteBuilder::incidentPath(incident)));
    m_ui->preview->setHtml(withChartAsPicture(m_previewHtml, m_ui->preview));

    QString where;
    switch (portal.kind) {
    case PortalKind::WebDav:
        where = tr("The status portal at %1 is regenerated; only changed files are uploaded.").arg(portal.url);
        break;
    case PortalKind::Statuspage:
        where = tr("Statuspage page %1: the incident, its new status updates and, if approved, the RCA as postmortem.")
                    .arg(portal.pageId);
        break;
    case PortalKind::Webhook:
        where = tr("A signed POST to %1 with the incident (no internal notes) and this page.").arg(portal.url);
        break;
    }
    const QString notify = notifySubscribers() ? tr("Subscribers ARE notified.") : tr("Subscribers are not notified.");
    m_ui->summaryLabel->setText(where + QLatin1Char(' ') + notify);
    if (m_rcaLeftOut)
        m_ui->rcaLabel->setText(tr("The RCA is not approved and is left out; the status updates are published."));
    else if (incident.rca)
        m_ui->rcaLabel->setText(tr("The approved RCA is included."));
    else
        m_ui->rcaLabel->setText(tr("There is no RCA yet; the status updates are published."));

    // What the checks still say goes out with it: listed before anything is sent.
    if (const auto stored = IncidentRepository(m_workspace).load(m_incident)) {
        QStringList open;
        for (const LintFinding &f : IncidentChecks::run(m_workspace, *stored)) {
            if (f.level != LintFinding::Level::Info && !f.isAccepted())
                open << QStringLiteral("• %1: %2").arg(f.code, f.message);
        }
        if (!open.isEmpty()) {
            m_ui->rcaLabel->setText(m_ui->rcaLabel->text() + QLatin1Char('\n')
                                    + tr("Open warnings in the checks (%n):", nullptr, int(open.size()))
                                    + QLatin1Char('\n') + open.join(QLatin1Char('\n')));
        }
    }
}

void PublishDialog::accept()
{
    if (portalName().isEmpty())
        return;
    if (notifySubscribers() && m_confirm) {
        const auto answer = QMessageBox::warning(
            this, tr("Notify Subscribers"),
            tr("Everyone subscribed to %1 will be notified now. Publish and notify?").arg(portalName()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    QDialog::accept();
}

} // namespace OutageDesk

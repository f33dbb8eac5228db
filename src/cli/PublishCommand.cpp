#include "cli/PublishCommand.h"

#include "cli/CommandContext.h"
#include "cli/ExitCode.h"
#include "cli/SecretPrompt.h"
#include "i18n/PublicLocale.h"
#include "publish/KeychainCredentialStore.h"
#include "publish/PortalRepository.h"
#include "publish/Publisher.h"
#include "storage/IncidentRepository.h"

#include <QCoreApplication>

namespace OutageDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PublishCommand", text);
}

} // namespace

QString PublishCommand::summary() const
{
    return tr("publish an incident, its updates and its approved RCA to a portal (exit 3 when queued)");
}

void PublishCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("ID"), tr("the incident's UUID or a unique prefix of at least 8 characters"));
    parser.addOption({QStringLiteral("portal"), tr("the portal to publish to"), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("note"), tr("the Publication History note"), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("notify"), tr("let the portal notify its subscribers (statuspage)")});
}

int PublishCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    const QStringList ids = parser.positionalArguments();
    const QString portalName = parser.value(QStringLiteral("portal"));
    if (ids.size() != 1 || portalName.isEmpty()) {
        context.error(tr("publish: use “publish ID --portal NAME [--note TEXT]”"));
        return ExitUsage;
    }
    Workspace *workspace = context.workspace();
    if (!workspace || !context.intact(workspace))
        return ExitIoFailure;
    QString error;
    const auto incident = context.incident(workspace, ids.first(), QStringLiteral("publish"));
    if (!incident)
        return ExitUsage;
    if (!PortalRepository(workspace).portal(portalName)) {
        context.error(tr("publish: no portal named “%1” (see outagedesk portal list)").arg(portalName));
        return ExitUsage;
    }

    KeychainCredentialStore keychain;
    Publisher publisher(workspace, &keychain);
    publisher.setSecretPrompt([](const Portal &portal) { return SecretPrompt::forPortal(portal.name); });
    Publisher::Request request;
    request.incident = incident->uuid;
    request.portalName = portalName;
    // The note is a line of the RCA's Publication History: the default is in the RCA's language.
    request.note = parser.isSet(QStringLiteral("note"))
        ? parser.value(QStringLiteral("note"))
        : PublicLocale::ofRca(*incident).translate({"OutageDesk::PublishCommand"},
                                                    QT_TRANSLATE_NOOP("OutageDesk::PublishCommand", "Published"));
    request.notifySubscribers = parser.isSet(QStringLiteral("notify"));
    bool rcaLeftOut = false;
    const auto job = publisher.enqueue(request, &error, &rcaLeftOut);
    if (!job) {
        context.error(QStringLiteral("publish: ") + error);
        return ExitIoFailure;
    }
    if (rcaLeftOut)
        context.error(tr("publish: the RCA of this incident is not approved and was left out; its status updates are published"));

    const OutboxJob result = publisher.attempt(*job);
    for (const QString &warning : result.warnings)
        context.error(tr("publish: warning: %1").arg(warning));
    switch (result.state) {
    case OutboxState::Done:
        context.out() << tr("Published %1 to %2.").arg(incident->uuidString(), portalName) << Qt::endl;
        return ExitSuccess;
    case OutboxState::Failed:
        context.error(tr("publish: %1").arg(result.lastError));
        context.error(tr("publish: the publication stays in the outbox (job %1); fix the portal, then run "
                         "“outagedesk outbox retry”").arg(result.id));
        return ExitQueued;
    default:
        context.error(tr("publish: queued in the outbox (job %1), will retry: %2").arg(result.id).arg(result.lastError));
        return ExitQueued;
    }
}

} // namespace OutageDesk

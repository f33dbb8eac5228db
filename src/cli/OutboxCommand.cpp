#include "cli/OutboxCommand.h"

#include "cli/CommandContext.h"
#include "cli/ExitCode.h"
#include "cli/SecretPrompt.h"
#include "cli/TerminalText.h"
#include "publish/KeychainCredentialStore.h"
#include "publish/OutboxRepository.h"
#include "publish/Publisher.h"
#include "time/Clock.h"
#include "time/Rfc3339.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace OutageDesk {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("OutboxCommand", text, disambiguation, n);
}

QJsonValue stamp(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(Rfc3339::formatUtc(t)) : QJsonValue();
}

} // namespace

QString OutboxCommand::summary() const
{
    return tr("list queued publications (--json); “outbox retry” sends them now; “outbox cancel ID” withdraws one");
}

void OutboxCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("retry"), tr("send every waiting or failed publication now"), QStringLiteral("[retry]"));
    parser.addPositionalArgument(QStringLiteral("cancel"), tr("withdraw the waiting or failed publication ID"), QStringLiteral("[cancel ID]"));
    parser.addOption({QStringLiteral("json"), tr("print JSON")});
    parser.addOption({QStringLiteral("all"), tr("include finished publications")});
}

int OutboxCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() == 2 && args.first() == QLatin1String("cancel")) {
        bool ok = false;
        const qint64 id = args.at(1).toLongLong(&ok);
        if (!ok || id <= 0) {
            context.error(tr("outbox cancel: “%1” is not a publication id (see “outbox”)").arg(TerminalText::escaped(args.at(1))));
            return ExitUsage;
        }
        Workspace *workspace = context.workspace();
        if (!workspace)
            return ExitIoFailure;
        QString error;
        if (!OutboxRepository(workspace).cancel(id, &error)) {
            context.error(QStringLiteral("outbox cancel: ") + error);
            return ExitUsage;
        }
        context.out() << tr("publication %1 cancelled; nothing was sent").arg(id) << Qt::endl;
        return ExitSuccess;
    }
    if (args.size() > 1 || (args.size() == 1 && args.first() != QLatin1String("retry"))) {
        context.error(tr("outbox: use “outbox [--json]”, “outbox retry” or “outbox cancel ID”"));
        return ExitUsage;
    }
    if (args.isEmpty()) {
        Workspace *workspace = context.workspaceForReading();
        if (!workspace)
            return ExitIoFailure;
        const auto jobs = OutboxRepository(workspace).jobs(parser.isSet(QStringLiteral("all")));
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const auto &job : jobs) {
                array.append(QJsonObject{
                    {QStringLiteral("id"), job.id},
                    {QStringLiteral("incident"), job.incidentUuid.toString(QUuid::WithoutBraces)},
                    {QStringLiteral("portal"), job.portalName},
                    {QStringLiteral("state"), toWireName(job.state)},
                    {QStringLiteral("note"), job.note},
                    {QStringLiteral("notifySubscribers"), job.notifySubscribers},
                    {QStringLiteral("attempts"), job.attempts},
                    {QStringLiteral("nextAttempt"), job.state == OutboxState::Done || job.state == OutboxState::Failed
                                                        ? QJsonValue() : stamp(job.nextAttemptAt)},
                    {QStringLiteral("lastError"), job.lastError},
                    {QStringLiteral("remoteId"), job.remoteId.isEmpty() ? QJsonValue() : QJsonValue(job.remoteId)},
                    {QStringLiteral("createdAt"), stamp(job.createdAt)},
                    {QStringLiteral("completedAt"), stamp(job.completedAt)},
                });
            }
            context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        } else {
            for (const auto &job : jobs) {
                context.out() << job.id << '\t' << toWireName(job.state) << '\t' << job.portalName << '\t'
                              << job.incidentUuid.toString(QUuid::WithoutBraces) << '\t' << job.attempts << '\t'
                              << (job.state == OutboxState::Queued ? Rfc3339::formatUtc(job.nextAttemptAt) : QStringLiteral("-"))
                              << '\t' << TerminalText::escaped(job.lastError) << Qt::endl;
            }
        }
        return ExitSuccess;
    }

    Workspace *workspace = context.workspace();
    if (!workspace || !context.intact(workspace))
        return ExitIoFailure;
    QString error;
    if (!OutboxRepository(workspace).makeAllDue(Clock::now(), &error)) {
        context.error(QStringLiteral("outbox retry: ") + error);
        return ExitIoFailure;
    }
    KeychainCredentialStore keychain;
    Publisher publisher(workspace, &keychain);
    publisher.setSecretPrompt([](const Portal &portal) { return SecretPrompt::forPortal(portal.name); });
    const auto summary = publisher.runDue();
    context.out() << tr("%n published", nullptr, summary.published) << ", "
                  << tr("%n waiting", nullptr, summary.waiting) << ", " << tr("%n failed", nullptr, summary.failed)
                  << Qt::endl;
    for (const QString &message : summary.messages)
        context.error(QStringLiteral("outbox retry: ") + message);
    return summary.waiting + summary.failed > 0 ? ExitQueued : ExitSuccess;
}

} // namespace OutageDesk

#include "cli/PortalCommand.h"

#include "cli/CommandContext.h"
#include "cli/ExitCode.h"
#include "cli/SecretPrompt.h"
#include "cli/TerminalText.h"
#include "i18n/Translator.h"
#include "publish/KeychainCredentialStore.h"
#include "publish/PortalRepository.h"
#include "publish/PortalSiteBuilder.h"
#include "time/Clock.h"

#include <QCoreApplication>
#include <QUrl>

namespace OutageDesk {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("PortalCommand", text, disambiguation, n);
}

// --language and --time-format, checked: a portal speaks one of the shipped
// languages, and a typo must not publish a page in the English fallback.
bool readPortalLanguage(const QCommandLineParser &parser, const QString &command, QString *language, HourClock *clock,
                        CommandContext &context)
{
    if (parser.isSet(QStringLiteral("language"))) {
        const QString value = parser.value(QStringLiteral("language"));
        if (!Translator::availableLanguages().contains(value)) {
            context.error(tr("%1: --language must be one of %2, not “%3”")
                              .arg(command, Translator::availableLanguages().join(QStringLiteral(", ")), TerminalText::escaped(value)));
            return false;
        }
        *language = value;
    }
    if (parser.isSet(QStringLiteral("time-format"))) {
        const auto value = hourClockFromWireName(parser.value(QStringLiteral("time-format")));
        if (!value) {
            context.error(tr("%1: --time-format must be 12h or 24h, not “%2”").arg(command, TerminalText::escaped(parser.value(QStringLiteral("time-format")))));
            return false;
        }
        *clock = *value;
    }
    return true;
}

int add(const QCommandLineParser &parser, const QString &name, CommandContext &context)
{
    const auto kind = portalKindFromWireName(parser.value(QStringLiteral("kind")));
    if (!kind) {
        context.error(tr("portal add: --kind must be webdav, statuspage or webhook"));
        return ExitUsage;
    }
    Portal portal;
    portal.name = name;
    portal.kind = *kind;
    portal.url = parser.value(QStringLiteral("url"));
    const QUrl url(portal.url, QUrl::StrictMode);
    if (portal.url.isEmpty() && *kind != PortalKind::Statuspage) {
        context.error(tr("portal add: --url is required"));
        return ExitUsage;
    }
    if (!portal.url.isEmpty() && (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))) {
        context.error(tr("portal add: --url must be an http or https URL, not “%1”").arg(portal.url));
        return ExitUsage;
    }
    if (*kind == PortalKind::Statuspage && portal.url.isEmpty())
        portal.url = QStringLiteral("https://api.statuspage.io");
    portal.user = parser.value(QStringLiteral("user"));
    portal.pageId = parser.value(QStringLiteral("page-id"));
    if (*kind == PortalKind::Statuspage && portal.pageId.isEmpty()) {
        context.error(tr("portal add: a statuspage portal needs --page-id"));
        return ExitUsage;
    }
    portal.caFile = parser.value(QStringLiteral("ca-file"));
    portal.title = parser.value(QStringLiteral("title"));
    HourClock unsaved = HourClock::TwentyFourHour;
    if (!readPortalLanguage(parser, QStringLiteral("portal add"), &portal.language, &unsaved, context))
        return ExitUsage;
    if (parser.isSet(QStringLiteral("timeout-ms"))) {
        bool ok = false;
        portal.transferTimeoutMs = parser.value(QStringLiteral("timeout-ms")).toInt(&ok);
        if (!ok || portal.transferTimeoutMs < 100) {
            context.error(tr("portal add: --timeout-ms must be a number of milliseconds, at least 100"));
            return ExitUsage;
        }
    }
    const QStringList components = parser.values(QStringLiteral("component"));
    for (const QString &mapping : components) {
        const int eq = mapping.lastIndexOf(QLatin1Char('='));
        if (eq <= 0 || eq == mapping.size() - 1) {
            context.error(tr("portal add: --component takes INSTANCE=COMPONENT_ID, not “%1”").arg(mapping));
            return ExitUsage;
        }
        portal.componentMap.insert(mapping.left(eq), mapping.mid(eq + 1));
    }
    if (!PortalRepository::isValidName(name)) {
        context.error(tr("portal add: “%1” is not a valid portal name (letters, digits, '.', '_' and '-')").arg(name));
        return ExitUsage;
    }

    portal.askSecretEachPublish = parser.isSet(QStringLiteral("ask-secret"));
    // Asked at each publish: nothing to read now, nothing for the keychain.
    QString secret = portal.askSecretEachPublish ? QString() : qEnvironmentVariable("OUTAGEDESK_PORTAL_SECRET");
    const bool secretOptional = portal.askSecretEachPublish || (*kind == PortalKind::WebDav && portal.user.isEmpty());
    if (secret.isEmpty() && !secretOptional)
        secret = SecretPrompt::ask(tr("Secret for portal %1 (password or API key): ").arg(name));
    if (secret.isEmpty() && !secretOptional) {
        context.error(tr("portal add: no secret given (set OUTAGEDESK_PORTAL_SECRET or type it when asked)"));
        return ExitUsage;
    }

    Workspace *workspace = context.workspace();
    if (!workspace)
        return ExitIoFailure;
    PortalRepository portals(workspace);
    if (const auto existing = portals.portal(name))
        portal.id = existing->id; // adding again replaces the settings
    // The secret first: a portal that exists without its secret would fail every job.
    if (!secret.isEmpty()) {
        KeychainCredentialStore keychain;
        QString error;
        if (!keychain.write(name, secret, &error)) {
            context.error(QStringLiteral("portal add: ") + error);
            return ExitIoFailure;
        }
    }
    QString error;
    if (!portals.save(portal, &error)) {
        context.error(QStringLiteral("portal add: ") + error);
        return ExitIoFailure;
    }
    if (portal.askSecretEachPublish) {
        // A secret kept from an earlier "portal add" of the same name is not used any more.
        KeychainCredentialStore keychain;
        keychain.remove(name, &error);
        context.out() << tr("Portal %1 (%2) saved; its secret is asked for at each publish and kept nowhere.")
                             .arg(name, toWireName(portal.kind))
                      << Qt::endl;
        return ExitSuccess;
    }
    context.out() << tr("Portal %1 (%2) saved; its secret is in the system keychain.").arg(name, toWireName(portal.kind))
                  << Qt::endl;
    return ExitSuccess;
}

int list(CommandContext &context)
{
    Workspace *workspace = context.workspaceForReading();
    if (!workspace)
        return ExitIoFailure;
    const auto portals = PortalRepository(workspace).portals();
    for (const auto &p : portals)
        context.out() << p.name << '\t' << toWireName(p.kind) << '\t' << p.url << Qt::endl;
    return ExitSuccess;
}

int remove(const QString &name, CommandContext &context)
{
    Workspace *workspace = context.workspace();
    if (!workspace)
        return ExitIoFailure;
    PortalRepository portals(workspace);
    const auto portal = portals.portal(name);
    if (!portal) {
        context.error(tr("portal remove: no portal named “%1”").arg(name));
        return ExitUsage;
    }
    QString error;
    KeychainCredentialStore keychain;
    if (!keychain.remove(name, &error))
        context.error(QStringLiteral("portal remove: ") + error);
    if (!portals.remove(portal->id, &error)) {
        context.error(QStringLiteral("portal remove: ") + error);
        return ExitIoFailure;
    }
    return ExitSuccess;
}

int build(const QCommandLineParser &parser, CommandContext &context)
{
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        context.error(tr("portal build: --out DIR is required"));
        return ExitUsage;
    }
    QString language = QStringLiteral("en");
    HourClock clock = HourClock::TwentyFourHour;
    if (!readPortalLanguage(parser, QStringLiteral("portal build"), &language, &clock, context))
        return ExitUsage;
    Workspace *workspace = context.workspaceForReading();
    if (!workspace || !context.intact(workspace))
        return ExitIoFailure;
    PortalSiteInput input = PortalSiteBuilder::inputFromWorkspace(workspace, Clock::now());
    input.title = parser.value(QStringLiteral("title"));
    input.language = language;
    input.hourClock = clock;
    input.baseUrl = parser.value(QStringLiteral("url"));
    if (!input.baseUrl.isEmpty() && !input.baseUrl.endsWith(QLatin1Char('/')))
        input.baseUrl += QLatin1Char('/');
    const PortalSite site = PortalSiteBuilder().build(input);
    QString error;
    if (!site.writeTo(out, &error)) {
        context.error(QStringLiteral("portal build: ") + error);
        return ExitIoFailure;
    }
    context.out() << tr("%n file(s) written to %1", nullptr, int(site.files.size() + 1)).arg(TerminalText::escaped(out))
                  << Qt::endl;
    // The feed and the JSON files need absolute links to be read anywhere but on the site itself.
    if (input.baseUrl.isEmpty())
        context.out() << tr("No --url given: the links in feed.atom and the JSON files are relative to the site.")
                      << Qt::endl;
    return ExitSuccess;
}

} // namespace

QString PortalCommand::summary() const
{
    return tr("publishing targets: portal add NAME --kind webdav|statuspage|webhook --url URL; portal list; "
              "portal remove NAME; portal build --out DIR");
}

void PortalCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("add, list, remove or build"));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("the portal's name (add, remove)"), QStringLiteral("[NAME]"));
    parser.addOption({QStringLiteral("kind"), tr("webdav, statuspage or webhook"), QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("url"), tr("WebDAV folder, Statuspage API base or webhook endpoint; for build, the "
                                               "site's public URL"), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("user"), tr("WebDAV user"), QStringLiteral("U")});
    parser.addOption({QStringLiteral("page-id"), tr("Statuspage page id"), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("ca-file"), tr("PEM file of a private CA to trust for this portal"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("component"), tr("map an instance to a Statuspage component (repeatable)"),
                      QStringLiteral("INSTANCE=ID")});
    parser.addOption({QStringLiteral("language"), tr("the language of every page the portal shows (en, de, fr, he; default en)"),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("time-format"), tr("the portal's clock: 24h (default) or 12h"), QStringLiteral("12h|24h")});
    parser.addOption({QStringLiteral("title"), tr("the portal's heading"), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("timeout-ms"), tr("transfer timeout per request (default 30000)"), QStringLiteral("MS")});
    parser.addOption({QStringLiteral("out"), tr("build: the folder to write the site to"), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("ask-secret"), tr("add: keep the secret nowhere; ask for it at each publish (for a "
                                                      "desk without a keychain)")});
}

int PortalCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action == QLatin1String("add") && args.size() == 2)
        return add(parser, args.at(1), context);
    if (action == QLatin1String("remove") && args.size() == 2)
        return remove(args.at(1), context);
    if (action == QLatin1String("list") && args.size() == 1)
        return list(context);
    if (action == QLatin1String("build") && args.size() == 1)
        return build(parser, context);
    context.error(tr("portal: use “portal add NAME --kind … --url …”, “portal list”, “portal remove NAME” or "
                     "“portal build --out DIR”"));
    return ExitUsage;
}

} // namespace OutageDesk

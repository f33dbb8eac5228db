#include "mail/NotificationMail.h"

#include "exchange/EmailAddress.h"
#include "i18n/DisplayNames.h"
#include "i18n/Translator.h"
#include "publish/PublicRendering.h"
#include "render/HtmlSanitizer.h"
#include "time/TimeFormat.h"

#include <QLocale>

namespace OutageDesk {
namespace {

// A mail speaks the customer's language: every message through translateIn. Called
// as tr("…") inside NotificationMail's functions, so that lupdate files the messages
// under OutageDesk::NotificationMail.
struct Words
{
    QString language;
    QString operator()(const char *text) const
    {
        return Translator::translateIn(language, {"NotificationMail", "OutageDesk::NotificationMail"}, text);
    }
};

const QUuid kMessageIdNamespace = QUuid::fromString(QStringLiteral("3c1f6f55-9f0e-4f1d-8a7b-5d2e9c0a6b41"));

QString esc(const QString &text)
{
    return HtmlSanitizer::escape(text);
}

} // namespace

QString NotificationMail::updateKey(const StatusUpdate &update)
{
    return QStringLiteral("update:%1").arg(update.at.toMSecsSinceEpoch());
}

QString NotificationMail::messageId(const Incident &incident, const QString &updateKey, const Customer &customer,
                                    const QString &fromAddress)
{
    const QByteArray name = (incident.uuidString() + QLatin1Char('/') + updateKey + QLatin1Char('/')
                             + customer.uuid.toString(QUuid::WithoutBraces))
                                .toUtf8();
    QString domain = EmailAddress::domainOf(fromAddress);
    if (domain.startsWith(QLatin1Char('[')))
        domain = QStringLiteral("status.invalid");
    return QUuid::createUuidV5(kMessageIdNamespace, name).toString(QUuid::WithoutBraces) + QLatin1Char('@') + domain;
}

QString NotificationMail::incidentPageUrl(const QString &portalUrl, const Incident &incident)
{
    if (portalUrl.isEmpty())
        return {};
    QString base = portalUrl;
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    return base + QStringLiteral("incidents/%1.html").arg(incident.uuidString());
}

QList<OutageWindow> NotificationMail::windowsFor(const Incident &incident, const Customer &customer, const Catalog &catalog)
{
    QList<OutageWindow> result;
    for (const OutageWindow &w : incident.windows) {
        const auto dc = catalog.constFind(w.instance);
        if (customer.subscribesToEverything() || customer.subscriptions.contains(w.instance)
            || (dc != catalog.cend() && customer.subscriptions.contains(dc->code)))
            result << w;
    }
    return result;
}

MailMessage NotificationMail::forUpdate(const Incident &incident, int updateIndex, const Customer &customer,
                                        const Sender &sender, const Catalog &catalog, const QDateTime &now)
{
    const Words tr{customer.language};
    const StatusUpdate &update = incident.updates.at(updateIndex);
    const QList<OutageWindow> windows = windowsFor(incident, customer, catalog);
    // The update's time in the zone of the first data center concerned, UTC without one.
    QTimeZone updateZone = QTimeZone::utc();
    if (!windows.isEmpty()) {
        const auto dc = catalog.constFind(windows.first().instance);
        if (dc != catalog.cend() && dc->hasValidZone())
            updateZone = dc->zone();
    }

    MailMessage mail;
    mail.fromName = sender.title.isEmpty() ? tr("Status notifications") : sender.title;
    mail.fromAddress = sender.fromAddress;
    mail.replyTo = sender.replyTo;
    mail.toName = customer.name;
    mail.toAddress = customer.email;
    mail.language = customer.language;
    mail.date = now;
    // The "[Status]" tag stays as the contract writes it, in every language: it is
    // what customers' mail filters match.
    mail.subject = QStringLiteral("[Status] %1 \u2014 %2").arg(incident.title, DisplayNames::status(update.status, customer.language));
    const QString key = updateKey(update);
    mail.messageId = messageId(incident, key, customer, sender.fromAddress);
    mail.listId = QStringLiteral("%1 <%2.status.%3>")
                      .arg(mail.fromName, sender.portalName, EmailAddress::domainOf(sender.fromAddress));
    mail.listUnsubscribe = QStringLiteral("mailto:%1?subject=unsubscribe")
                               .arg(sender.replyTo.isEmpty() ? sender.fromAddress : sender.replyTo);

    const QString when = TimeFormat::dateTime(update.at, updateZone);
    const QString statusName = DisplayNames::status(update.status, customer.language);
    const QString currentStatus = DisplayNames::status(incident.status, customer.language);
    const QString page = incidentPageUrl(sender.portalUrl, incident);

    struct Row
    {
        QString instance;
        QString dataCenter;
        QString start;
        QString end;
        QString impact;
    };
    QList<Row> rows;
    for (const OutageWindow &w : windows) {
        const auto dc = catalog.constFind(w.instance);
        const QTimeZone zone = dc != catalog.cend() && dc->hasValidZone() ? dc->zone() : QTimeZone::utc();
        rows << Row{w.instance, dc != catalog.cend() ? dc->name : QString(), TimeFormat::dateTime(w.start, zone),
                    w.isOngoing() ? tr("ongoing") : TimeFormat::dateTime(w.end, zone),
                    DisplayNames::impact(w.impact, customer.language)};
    }

    // Plain text: the update's Markdown as written reads well as it is.
    QString text;
    text += incident.title + QStringLiteral("\n\n");
    text += tr("Update of %1 (%2):").arg(when, statusName) + QStringLiteral("\n");
    text += update.message.trimmed() + QStringLiteral("\n\n");
    if (!rows.isEmpty()) {
        text += tr("Affected:") + QLatin1Char('\n');
        for (const Row &r : rows) {
            text += QStringLiteral("- %1%2: %3 \u2013 %4 (%5)\n")
                        .arg(r.instance, r.dataCenter.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.dataCenter),
                             r.start, r.end, r.impact);
        }
        text += QLatin1Char('\n');
    }
    text += tr("Current status: %1").arg(currentStatus) + QLatin1Char('\n');
    if (!page.isEmpty())
        text += tr("Details: %1").arg(page) + QLatin1Char('\n');
    text += QStringLiteral("\n-- \n")
        + tr("You receive this because you are registered for status notifications. To unsubscribe, reply "
                     "with \"unsubscribe\" or write to %1.")
              .arg(sender.replyTo.isEmpty() ? sender.fromAddress : sender.replyTo)
        + QLatin1Char('\n');
    mail.textBody = text;

    // HTML: built from escaped text and the update's Markdown rendered as the portal
    // renders it, then the whole fragment through the portal's sanitiser once more.
    QString body;
    body += QStringLiteral("<h1>%1</h1>").arg(esc(incident.title));
    body += QStringLiteral("<p><strong>%1</strong></p>").arg(esc(tr("Update of %1 (%2):").arg(when, statusName)));
    body += PublicRendering::markdownToHtml(update.message);
    if (!rows.isEmpty()) {
        body += QStringLiteral("<h2>%1</h2><table><thead><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr></thead><tbody>")
                    .arg(esc(tr("Affected:")), esc(tr("Instance")), esc(tr("Start")),
                         esc(tr("End")), esc(tr("Impact")));
        for (const Row &r : rows) {
            body += QStringLiteral("<tr><td>%1%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                        .arg(esc(r.instance), r.dataCenter.isEmpty() ? QString() : esc(QStringLiteral(" (%1)").arg(r.dataCenter)),
                             esc(r.start), esc(r.end), esc(r.impact));
        }
        body += QStringLiteral("</tbody></table>");
    }
    body += QStringLiteral("<p>%1</p>").arg(esc(tr("Current status: %1").arg(currentStatus)));
    if (!page.isEmpty() && HtmlSanitizer::isSafeUrl(page))
        body += QStringLiteral("<p><a href=\"%1\">%2</a></p>").arg(esc(page), esc(tr("See the incident on the status portal")));
    body += QStringLiteral("<hr><p>%1</p>")
                .arg(esc(tr("You receive this because you are registered for status notifications. To "
                                    "unsubscribe, reply with \"unsubscribe\" or write to %1.")
                             .arg(sender.replyTo.isEmpty() ? sender.fromAddress : sender.replyTo)));
    const bool rtl = QLocale(customer.language).textDirection() == Qt::RightToLeft;
    mail.htmlBody = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\" dir=\"%2\"><head><meta charset=\"utf-8\"><title>%3</title></head>"
                                   "<body>\n%4\n</body></html>\n")
                        .arg(esc(customer.language), rtl ? QStringLiteral("rtl") : QStringLiteral("ltr"), esc(mail.subject),
                             HtmlSanitizer::sanitize(body));
    return mail;
}

} // namespace OutageDesk

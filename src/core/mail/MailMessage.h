#pragma once

#include <QDateTime>
#include <QString>

namespace OutageDesk {

// One e-mail as the desk sends it: who from and to, the subject, the same content as
// plain text and as (sanitised) HTML, and the list headers. Text from users (titles,
// names) may be anything here: MimeComposer keeps control characters out of headers.
struct MailMessage
{
    QString fromName;
    QString fromAddress;
    QString replyTo;   // empty: none
    QString toName;
    QString toAddress;
    QString subject;
    QString language;  // Content-Language, e.g. "de"
    QString textBody;  // UTF-8 plain text
    QString htmlBody;  // a whole HTML document, already sanitised
    QString messageId; // without angle brackets: "…@domain"
    QString listId;    // "Status notifications <portal.status.example.com>"
    QString listUnsubscribe; // "mailto:…"
    QDateTime date;
};

} // namespace OutageDesk

#pragma once

#include "mail/MailMessage.h"

#include <QByteArray>
#include <QString>

namespace OutageDesk {

// MailMessage → RFC 5322 / MIME bytes with GMime 3: multipart/alternative (text,
// then HTML), UTF-8 bodies in quoted-printable or base64 as GMime finds best, RFC 2047
// encoded words for non-ASCII header text, CRLF line ends as SMTP carries them.
// Every header value is built from text with control characters (CR, LF, TAB, NUL,
// ESC, …) replaced by spaces, so no user text can end a header or add one.
class MimeComposer
{
public:
    // Empty with `error` set when an address is not an addr-spec.
    static QByteArray compose(const MailMessage &message, QString *error);
    // `text` with every control character replaced by a space and runs of spaces
    // folded: what a header may carry of user text.
    static QString headerText(const QString &text);
};

} // namespace OutageDesk

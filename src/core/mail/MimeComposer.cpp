#include "mail/MimeComposer.h"

#include "exchange/EmailAddress.h"

#include <QCoreApplication>
#include <mutex>

#include <gmime/gmime.h>

namespace OutageDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MimeComposer", text);
}

void initGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

// GObject references released at the end of the scope.
template<typename T>
struct Ref
{
    T *p;
    explicit Ref(T *pointer)
        : p(pointer)
    {
    }
    ~Ref()
    {
        if (p)
            g_object_unref(p);
    }
    Ref(const Ref &) = delete;
    Ref &operator=(const Ref &) = delete;
    operator T *() const { return p; }
};

GMimeTextPart *textPart(const char *subtype, const QString &text)
{
    GMimeTextPart *part = g_mime_text_part_new_with_subtype(subtype);
    const QByteArray utf8 = text.toUtf8();
    g_mime_text_part_set_text(part, utf8.constData()); // sets charset=utf-8 when needed
    g_mime_text_part_set_charset(part, "utf-8");
    // 7bit-safe on the wire: the relay may not offer 8BITMIME.
    g_mime_part_set_content_encoding(GMIME_PART(part),
                                     g_mime_part_get_best_content_encoding(GMIME_PART(part), GMIME_ENCODING_CONSTRAINT_7BIT));
    return part;
}

} // namespace

QString MimeComposer::headerText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool lastSpace = false;
    for (const QChar c : text) {
        const bool space = c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line
            || c.category() == QChar::Separator_Paragraph || c.isSpace();
        if (space) {
            if (!lastSpace)
                out += QLatin1Char(' ');
            lastSpace = true;
        } else {
            out += c;
            lastSpace = false;
        }
    }
    // Text that looks like an RFC 2047 encoded word ("=?utf-8?q?=0D=0A…?=") would be
    // decoded by the reader into whatever it encodes, control characters included: a
    // word joiner after the '=' makes it plain text, which GMime then encodes itself.
    out.replace(QStringLiteral("=?"), QStringLiteral("=\u2060?"));
    return out.trimmed();
}

QByteArray MimeComposer::compose(const MailMessage &message, QString *error)
{
    for (const QString &address : {message.fromAddress, message.toAddress}) {
        if (!EmailAddress::isValid(address)) {
            *error = tr("“%1” is not an e-mail address").arg(headerText(address));
            return {};
        }
    }
    if (!message.replyTo.isEmpty() && !EmailAddress::isValid(message.replyTo)) {
        *error = tr("“%1” is not an e-mail address").arg(headerText(message.replyTo));
        return {};
    }
    initGMime();

    Ref<GMimeMessage> mime(g_mime_message_new(TRUE));
    GMimeObject *object = GMIME_OBJECT(mime.p);
    const auto u8 = [](const QString &s) { return headerText(s).toUtf8(); };
    g_mime_message_add_mailbox(mime, GMIME_ADDRESS_TYPE_FROM, u8(message.fromName).constData(),
                               message.fromAddress.toUtf8().constData());
    g_mime_message_add_mailbox(mime, GMIME_ADDRESS_TYPE_TO, u8(message.toName).constData(),
                               message.toAddress.toUtf8().constData());
    if (!message.replyTo.isEmpty())
        g_mime_message_add_mailbox(mime, GMIME_ADDRESS_TYPE_REPLY_TO, nullptr, message.replyTo.toUtf8().constData());
    g_mime_message_set_subject(mime, u8(message.subject).constData(), "utf-8");
    {
        GDateTime *date = g_date_time_new_from_unix_utc(message.date.toSecsSinceEpoch());
        g_mime_message_set_date(mime, date);
        g_date_time_unref(date);
    }
    // The Message-ID, List-Id and List-Unsubscribe values are ours (ASCII, no user
    // text but the portal's name, which is [A-Za-z0-9._-]); headerText() all the same.
    g_mime_message_set_message_id(mime, u8(message.messageId).constData());
    if (!message.listId.isEmpty())
        g_mime_object_set_header(object, "List-Id", u8(message.listId).constData(), "utf-8");
    if (!message.listUnsubscribe.isEmpty())
        g_mime_object_set_header(object, "List-Unsubscribe",
                                 (QByteArray("<") + u8(message.listUnsubscribe) + '>').constData(), nullptr);
    g_mime_object_set_header(object, "Auto-Submitted", "auto-generated", nullptr);
    if (!message.language.isEmpty())
        g_mime_object_set_header(object, "Content-Language", u8(message.language).constData(), nullptr);

    Ref<GMimeMultipart> alternative(g_mime_multipart_new_with_subtype("alternative"));
    Ref<GMimeTextPart> plain(textPart("plain", message.textBody));
    Ref<GMimeTextPart> html(textPart("html", message.htmlBody));
    g_mime_multipart_add(alternative, GMIME_OBJECT(plain.p));
    g_mime_multipart_add(alternative, GMIME_OBJECT(html.p));
    g_mime_message_set_mime_part(mime, GMIME_OBJECT(alternative.p));

    GMimeFormatOptions *options = g_mime_format_options_new();
    g_mime_format_options_set_newline_format(options, GMIME_NEWLINE_FORMAT_DOS);
    Ref<GMimeStream> stream(g_mime_stream_mem_new());
    const ssize_t written = g_mime_object_write_to_stream(object, options, stream);
    g_mime_format_options_free(options);
    if (written < 0) {
        *error = tr("the message could not be composed");
        return {};
    }
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.p));
    QByteArray result(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
    // GMime 3.2 writes the multipart's Content-Type line with a bare LF even in DOS
    // newline format; SMTP wants CRLF everywhere. The bodies are 7-bit encoded, so
    // every LF is a line end.
    result.replace("\r\n", "\n").replace('\n', "\r\n");
    return result;
}

} // namespace OutageDesk

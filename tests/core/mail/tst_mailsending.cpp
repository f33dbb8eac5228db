#include "PortalSiteChecks.h"
#include "SmtpFixture.h"

#include "i18n/DisplayNames.h"
#include "mail/MimeComposer.h"
#include "mail/NotificationMail.h"
#include "mail/SmtpTransport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace OutageDesk;

// Notification mails composed with GMime, handed to a real SMTP server on loopback
// (aiosmtpd with STARTTLS from a CA made for the run, and AUTH) by libcurl, and read
// back with a real MIME parser (Python's email package, in the fixture).
class TestMailSending : public QObject
{
    Q_OBJECT

    SmtpFixture m_relay;

    static NotificationMail::Catalog catalog()
    {
        return {{"Primo MT EU01", DataCenter{1, "EU", "Europe Data Center", "Europe/Amsterdam"}},
                {"Leganto NA01", DataCenter{2, "NA", "North America", "America/Chicago"}}};
    }

    static Incident incident(const QString &title = QString::fromUtf8("Primo MT EU01 nicht erreichbar — München"),
                             const QString &update = QStringLiteral("Primo MT EU01 is **unavailable**. We are investigating."))
    {
        Incident i;
        i.uuid = QUuid::fromString(QStringLiteral("6f1c2a4e-0b7d-4c55-9a3e-2e51c0d7b101"));
        i.title = title;
        i.status = IncidentStatus::Monitoring;
        i.internalNotes = QStringLiteral("INTERNAL: the failover script was never tested");
        i.windows << OutageWindow{"Primo MT EU01", QDateTime::fromString("2016-11-14T13:56:00Z", Qt::ISODate),
                                  QDateTime::fromString("2016-11-14T14:36:00Z", Qt::ISODate), Impact::Outage}
                  << OutageWindow{"Leganto NA01", QDateTime::fromString("2016-11-14T15:00:00Z", Qt::ISODate), QDateTime(),
                                  Impact::Degraded};
        i.updates << StatusUpdate{QDateTime::fromString("2016-11-14T14:05:00Z", Qt::ISODate), IncidentStatus::Investigating, update};
        RcaDocument rca;
        rca.text = QStringLiteral("UNAPPROVED RCA TEXT");
        i.rca = rca;
        return i;
    }

    static Customer customer(const QString &email, const QString &language, const QStringList &subscriptions = {"EU"},
                             const QString &name = QStringLiteral("Central Library IT"))
    {
        Customer c;
        c.uuid = QUuid::createUuidV5(QUuid(), email);
        c.email = email;
        c.name = name;
        c.language = language;
        c.subscriptions = subscriptions;
        return c;
    }

    static NotificationMail::Sender sender()
    {
        return {"status-mail", "Example Cloud Status", "status@cloud.example", "support@cloud.example",
                "https://status.cloud.example/"};
    }

    SmtpTransport::Settings settings() const
    {
        SmtpTransport::Settings s;
        s.url = m_relay.url();
        s.user = m_relay.user();
        s.password = m_relay.password();
        s.caFile = m_relay.caFile();
        s.envelopeFrom = QStringLiteral("status@cloud.example");
        s.timeoutMs = 10000;
        return s;
    }

    static QByteArray compose(const Incident &i, const Customer &c)
    {
        QString error;
        const QByteArray bytes = MimeComposer::compose(
            NotificationMail::forUpdate(i, 0, c, sender(), catalog(), QDateTime::fromString("2016-11-14T14:06:00Z", Qt::ISODate)),
            &error);
        if (bytes.isEmpty())
            qWarning("compose: %s", qPrintable(error));
        return bytes;
    }

    static QStringList headerValues(const QJsonObject &mail, const char *name, const char *which = "headers")
    {
        QStringList values;
        for (const QJsonValue &h : mail.value("message").toObject().value(QLatin1String(which)).toArray()) {
            if (h.toArray().at(0).toString().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                values << h.toArray().at(1).toString();
        }
        return values;
    }

    static QJsonObject part(const QJsonObject &mail, const char *type)
    {
        for (const QJsonValue &p : mail.value("message").toObject().value("parts").toArray()) {
            if (p.toObject().value("content_type").toString() == QLatin1String(type))
                return p.toObject();
        }
        return {};
    }

    // Every raw header line is printable ASCII: no CR, LF (but folding), TAB-less controls, 8-bit.
    static QString headerProblems(const QByteArray &raw)
    {
        const qsizetype end = raw.indexOf("\r\n\r\n");
        if (end < 0)
            return QStringLiteral("no end of header");
        const QByteArray head = raw.left(end + 2).chopped(1); // each line with its CR
        for (const QByteArray &line : head.split('\n')) {
            if (!line.endsWith('\r'))
                return QStringLiteral("bare LF in header: ") + QString::fromLatin1(line);
            for (const char c : line.chopped(1)) {
                if ((uchar(c) < 0x20 && c != '\t') || uchar(c) >= 0x7f)
                    return QStringLiteral("control or 8-bit character in header line: ") + QString::fromLatin1(line.toPercentEncoding());
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString missing = SmtpFixture::missingReason();
        if (!missing.isEmpty())
            QSKIP(qPrintable(missing));
    }

    void init()
    {
        QString error;
        m_relay.clearReceived();
        QVERIFY2(m_relay.start({}, &error), qPrintable(error));
    }

    void cleanup() { m_relay.stop(); }

    void startTlsAndAuth_eachCustomerOneWellFormedMailInTheirLanguage()
    {
        const Incident i = incident();
        const QList<Customer> customers{customer("it-desk@library.example", "en"),
                                        customer("bib@uni.example", "de", {"Primo MT EU01"}, QString::fromUtf8("Universitätsbibliothek")),
                                        customer("ops@hospital.example", "he", {"*"}, QString::fromUtf8("בית חולים"))};
        {
            SmtpTransport transport(settings());
            for (const Customer &c : customers) {
                const auto result = transport.send(c.email, compose(i, c));
                QVERIFY2(result.kind == SmtpTransport::Result::Accepted, qPrintable(result.reason));
                QCOMPARE(result.code, 250);
            }
        }
        const QList<QJsonObject> mails = m_relay.received();
        QCOMPARE(mails.size(), 3);
        for (int n = 0; n < mails.size(); ++n) {
            const QJsonObject &mail = mails.at(n);
            const Customer &c = customers.at(n);
            QCOMPARE(mail.value("rcpt_tos").toArray(), QJsonArray{c.email});
            QCOMPARE(mail.value("mail_from").toString(), QStringLiteral("status@cloud.example"));
            QVERIFY(mail.value("tls").toBool());
            QVERIFY(mail.value("authenticated").toBool());
            QCOMPARE(mail.value("message").toObject().value("defects").toArray(), QJsonArray());
            QCOMPARE(headerProblems(m_relay.rawMessage(n)), QString());

            const QString status = DisplayNames::status(IncidentStatus::Investigating, c.language);
            QCOMPARE(headerValues(mail, "Subject"), QStringList{QStringLiteral("[Status] ") + i.title + QStringLiteral(" \u2014 ") + status});
            QVERIFY2(headerValues(mail, "Subject", "raw_headers").value(0).contains("=?"), "non-ASCII subject RFC 2047-encoded");
            QCOMPARE(headerValues(mail, "Message-ID"),
                     QStringList{QLatin1Char('<') + NotificationMail::messageId(i, NotificationMail::updateKey(i.updates.at(0)), c,
                                                                               "status@cloud.example")
                                 + QLatin1Char('>')});
            QCOMPARE(headerValues(mail, "Auto-Submitted"), QStringList{"auto-generated"});
            QCOMPARE(headerValues(mail, "List-Id"), QStringList{"Example Cloud Status <status-mail.status.cloud.example>"});
            QCOMPARE(headerValues(mail, "List-Unsubscribe"), QStringList{"<mailto:support@cloud.example?subject=unsubscribe>"});
            QCOMPARE(headerValues(mail, "Reply-To"), QStringList{"support@cloud.example"});
            QVERIFY2(headerValues(mail, "To").value(0).contains(c.email), qPrintable(headerValues(mail, "To").value(0)));
            QVERIFY2(headerValues(mail, "To").value(0).contains(c.name), qPrintable(headerValues(mail, "To").value(0)));
            QCOMPARE(headerValues(mail, "Content-Language"), QStringList{c.language});
            QVERIFY(headerValues(mail, "Content-Type").value(0).startsWith("multipart/alternative"));

            const QJsonObject text = part(mail, "text/plain");
            const QJsonObject html = part(mail, "text/html");
            QCOMPARE(text.value("charset").toString(), QStringLiteral("utf-8"));
            QCOMPARE(html.value("charset").toString(), QStringLiteral("utf-8"));
            for (const QJsonObject &p : {text, html}) {
                const QString content = p.value("content").toString();
                QVERIFY(QStringList({"quoted-printable", "base64", "7bit"}).contains(p.value("transfer_encoding").toString()));
                // The window in Europe/Amsterdam with its zone; the update's time too.
                QVERIFY2(content.contains("2016-11-14 14:56 CET"), qPrintable(content));
                QVERIFY2(content.contains("2016-11-14 15:36 CET"), qPrintable(content));
                QVERIFY2(content.contains("2016-11-14 15:05 CET"), qPrintable(content));
                QVERIFY(content.contains(DisplayNames::status(IncidentStatus::Monitoring, c.language))); // current status
                QVERIFY(content.contains("https://status.cloud.example/incidents/6f1c2a4e-0b7d-4c55-9a3e-2e51c0d7b101.html"));
                QVERIFY(!content.contains("INTERNAL"));
                QVERIFY(!content.contains("UNAPPROVED"));
                // The NA window only for the customer subscribed to everything, in Chicago's zone.
                QCOMPARE(content.contains("Leganto NA01"), c.subscribesToEverything());
                if (c.subscribesToEverything())
                    QVERIFY2(content.contains("2016-11-14 09:00 CST"), qPrintable(content));
            }
            QVERIFY(html.value("content").toString().contains("<strong>unavailable</strong>"));
            QCOMPARE(PortalSiteChecks::activeContentIn(html.value("content").toString().toUtf8()), QStringList());
            if (c.language == QLatin1String("he"))
                QVERIFY(html.value("content").toString().contains("dir=\"rtl\""));
        }
        // In the customer's language, not the process's: the German mail's words differ.
        QVERIFY(part(mails.at(0), "text/plain").value("content").toString()
                != part(mails.at(1), "text/plain").value("content").toString());
    }

    void messageId_stablePerIncidentUpdateRecipient()
    {
        const Incident i = incident();
        const QString key = NotificationMail::updateKey(i.updates.at(0));
        const Customer a = customer("a@x.example", "en");
        const Customer b = customer("b@x.example", "en");
        const QString id = NotificationMail::messageId(i, key, a, "status@cloud.example");
        QCOMPARE(NotificationMail::messageId(incident("Another title"), key, a, "status@cloud.example"), id);
        QVERIFY(NotificationMail::messageId(i, key, b, "status@cloud.example") != id);
        QVERIFY(NotificationMail::messageId(i, "update:1", a, "status@cloud.example") != id);
        QVERIFY(id.endsWith("@cloud.example"));
    }

    void hostileInput_neverReachesHeadersOrActiveHtml_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("update");
        QTest::newRow("CRLF Bcc in title") << "Outage\r\nBcc: victim@evil.example" << "IT" << "Down.";
        QTest::newRow("LF header in title") << "Outage\nSubject: spoofed\n\nbody" << "IT" << "Down.";
        QTest::newRow("CRLF Bcc in name") << "Outage" << "Evil\r\nBcc: victim@evil.example" << "Down.";
        QTest::newRow("quote and angle in name") << "Outage" << "\"Boss\" <boss@evil.example>, x@evil.example" << "Down.";
        QTest::newRow("escape sequence") << "Outage \x1b[31mred\x1b[0m" << "\x1b]0;owned\x07" << "Down.";
        QTest::newRow("NUL and DEL") << QString::fromLatin1("Out\0age\x7f", 9) << "IT" << "Down.";
        QTest::newRow("encoded word smuggling") << "=?utf-8?q?=0D=0ABcc:_victim@evil.example?=" << "IT" << "Down.";
        QTest::newRow("script tag") << "<script>alert(1)</script>" << "<b>x</b>" << "<script>alert(1)</script>";
        QTest::newRow("img onerror") << "Outage" << "IT" << "<img src=x onerror=alert(1)>";
        QTest::newRow("javascript link") << "Outage" << "IT" << "[click](javascript:alert(1))";
        QTest::newRow("javascript entity") << "Outage" << "IT" << "[click](&#106;avascript:alert(1))";
        QTest::newRow("data url") << "Outage" << "IT" << "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)";
        QTest::newRow("iframe") << "Outage" << "IT" << "<iframe src=\"https://evil.example\"></iframe>";
        QTest::newRow("attribute breakout") << "\" onmouseover=\"alert(1)" << "IT" << "\" onmouseover=\"alert(1)";
        QTest::newRow("form") << "Outage" << "IT" << "<form action=https://evil.example><input name=p></form>";
    }

    void hostileInput_neverReachesHeadersOrActiveHtml()
    {
        QFETCH(QString, title);
        QFETCH(QString, name);
        QFETCH(QString, update);
        const Incident i = incident(title, update);
        const Customer c = customer("it-desk@library.example", "en", {"EU"}, name);
        {
            SmtpTransport transport(settings());
            const auto result = transport.send(c.email, compose(i, c));
            QVERIFY2(result.kind == SmtpTransport::Result::Accepted, qPrintable(result.reason));
        }
        const QList<QJsonObject> mails = m_relay.received();
        QCOMPARE(mails.size(), 1);
        const QJsonObject &mail = mails.first();
        QCOMPARE(mail.value("rcpt_tos").toArray(), QJsonArray{c.email});
        QCOMPARE(headerProblems(m_relay.rawMessage(0)), QString());
        QCOMPARE(headerValues(mail, "Bcc"), QStringList());
        QCOMPARE(headerValues(mail, "Subject").size(), 1);
        QCOMPARE(headerValues(mail, "To").size(), 1);
        QCOMPARE(headerValues(mail, "Cc"), QStringList());
        for (const QString &value : headerValues(mail, "Subject") + headerValues(mail, "To")) {
            for (const QChar ch : value)
                QVERIFY2(ch.category() != QChar::Other_Control, qPrintable(value));
        }
        QVERIFY2(!headerValues(mail, "To").value(0).contains("evil.example>") || name.contains("<boss"), "");
        QCOMPARE(mail.value("message").toObject().value("defects").toArray(), QJsonArray());
        const QString html = part(mail, "text/html").value("content").toString();
        QCOMPARE(PortalSiteChecks::activeContentIn(html.toUtf8()), QStringList());
    }

    void recipientRefused550_othersStillDelivered()
    {
        QString error;
        SmtpFixture::Options options;
        options.refuse = {"gone@library.example"};
        QVERIFY2(m_relay.start(options, &error), qPrintable(error));
        const Incident i = incident();
        SmtpTransport transport(settings());
        QList<SmtpTransport::Result> results;
        for (const char *address : {"a@library.example", "gone@library.example", "c@library.example"})
            results << transport.send(QLatin1String(address), compose(i, customer(QLatin1String(address), "en")));
        QCOMPARE(results.at(0).kind, SmtpTransport::Result::Accepted);
        QCOMPARE(results.at(1).kind, SmtpTransport::Result::Refused);
        QCOMPARE(results.at(1).code, 550);
        QVERIFY2(results.at(1).reason.contains("Recipient address rejected"), qPrintable(results.at(1).reason));
        QCOMPARE(results.at(2).kind, SmtpTransport::Result::Accepted);
        const QList<QJsonObject> mails = m_relay.received();
        QCOMPARE(mails.size(), 2);
        QCOMPARE(mails.at(1).value("rcpt_tos").toArray(), QJsonArray{"c@library.example"});
    }

    void tempfail451_deferred_thenAccepted()
    {
        QString error;
        SmtpFixture::Options options;
        options.tempfail = 1;
        QVERIFY2(m_relay.start(options, &error), qPrintable(error));
        SmtpTransport transport(settings());
        const QByteArray mail = compose(incident(), customer("a@library.example", "en"));
        const auto first = transport.send("a@library.example", mail);
        QCOMPARE(first.kind, SmtpTransport::Result::Deferred);
        QCOMPARE(first.code, 451);
        QCOMPARE(transport.send("a@library.example", mail).kind, SmtpTransport::Result::Accepted);
        QCOMPARE(m_relay.received().size(), 1);
    }

    void droppedAfterData_connectionFailed_thenReconnects()
    {
        QString error;
        SmtpFixture::Options options;
        options.dropAfterData = 1;
        QVERIFY2(m_relay.start(options, &error), qPrintable(error));
        SmtpTransport transport(settings());
        const QByteArray mail = compose(incident(), customer("a@library.example", "en"));
        const auto first = transport.send("a@library.example", mail);
        QCOMPARE(first.kind, SmtpTransport::Result::ConnectionFailed);
        QCOMPARE(m_relay.received().size(), 0);
        const auto second = transport.send("a@library.example", mail);
        QVERIFY2(second.kind == SmtpTransport::Result::Accepted, qPrintable(second.reason));
        QCOMPARE(m_relay.received().size(), 1);
    }

    void unknownCa_refusedWithTheReason()
    {
        SmtpTransport::Settings s = settings();
        s.caFile.clear(); // the system's CAs only: the relay's private CA is unknown
        SmtpTransport transport(s);
        const auto result = transport.send("a@library.example", compose(incident(), customer("a@library.example", "en")));
        QCOMPARE(result.kind, SmtpTransport::Result::ConnectionFailed);
        QVERIFY2(result.reason.contains("certificate", Qt::CaseInsensitive), qPrintable(result.reason));
        QCOMPARE(m_relay.received().size(), 0);
    }

    void implicitTls_smtps()
    {
        QString error;
        SmtpFixture::Options options;
        options.smtps = true;
        QVERIFY2(m_relay.start(options, &error), qPrintable(error));
        QVERIFY(m_relay.url().startsWith("smtps://"));
        SmtpTransport transport(settings());
        const auto result = transport.send("a@library.example", compose(incident(), customer("a@library.example", "en")));
        QVERIFY2(result.kind == SmtpTransport::Result::Accepted, qPrintable(result.reason));
        QVERIFY(m_relay.received().value(0).value("tls").toBool());
    }

    void wrongPassword_connectionFailed()
    {
        SmtpTransport::Settings s = settings();
        s.password = QStringLiteral("wrong");
        SmtpTransport transport(s);
        const auto result = transport.send("a@library.example", compose(incident(), customer("a@library.example", "en")));
        QCOMPARE(result.kind, SmtpTransport::Result::ConnectionFailed);
        QVERIFY2(result.reason.contains("535") || result.reason.contains("Login", Qt::CaseInsensitive), qPrintable(result.reason));
        QCOMPARE(m_relay.received().size(), 0);
    }

    void relayDown_connectionFailed()
    {
        const SmtpTransport::Settings s = settings();
        m_relay.stop();
        SmtpTransport transport(s);
        const auto result = transport.send("a@library.example", compose(incident(), customer("a@library.example", "en")));
        QCOMPARE(result.kind, SmtpTransport::Result::ConnectionFailed);
        QVERIFY(!result.reason.isEmpty());
    }

    void checkSettings_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("from");
        QTest::addColumn<bool>("ok");
        QTest::newRow("smtp") << "smtp://relay.example:587" << "status@x.example" << true;
        QTest::newRow("smtps") << "smtps://relay.example:465" << "status@x.example" << true;
        QTest::newRow("http") << "https://relay.example/" << "status@x.example" << false;
        QTest::newRow("no host") << "smtp://:25" << "status@x.example" << false;
        QTest::newRow("path") << "smtp://relay.example:25/x" << "status@x.example" << false;
        QTest::newRow("bad from") << "smtp://relay.example:25" << "Status <status@x.example>" << false;
    }

    void checkSettings()
    {
        QFETCH(QString, url);
        QFETCH(QString, from);
        QFETCH(bool, ok);
        SmtpTransport::Settings s;
        s.url = url;
        s.envelopeFrom = from;
        QCOMPARE(SmtpTransport::checkSettings(s).isEmpty(), ok);
    }
};

QTEST_GUILESS_MAIN(TestMailSending)
#include "tst_mailsending.moc"

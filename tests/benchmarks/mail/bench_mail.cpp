#include "SmtpFixture.h"

#include "mail/MimeComposer.h"
#include "mail/NotificationMail.h"
#include "mail/SmtpTransport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace OutageDesk;

// 10,000 customers subscribed to one data center, one update: every mail composed
// (GMime) and handed to a real local relay (aiosmtpd, STARTTLS, AUTH) over one
// connection (libcurl). Target: all of them in at most 20 s. The floor is the relay
// itself: a plain Python smtplib client pushes the same bytes to the same server, and
// the ratio of our time to its time is printed.
class BenchMail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tenThousandCustomers_oneUpdate()
    {
        const QString missing = SmtpFixture::missingReason();
        if (!missing.isEmpty())
            QSKIP(qPrintable(missing));
        const int count = qMax(1, int(10000 * qEnvironmentVariable("OUTAGEDESK_BENCH_SCALE", QStringLiteral("1")).toDouble()));
        SmtpFixture relay;
        SmtpFixture::Options options;
        options.rawOnly = true;
        QString error;
        QVERIFY2(relay.start(options, &error), qPrintable(error));

        Incident incident;
        incident.uuid = QUuid::createUuid();
        incident.title = QString::fromUtf8("Primo MT EU01 nicht erreichbar — Störung");
        incident.status = IncidentStatus::Investigating;
        incident.windows << OutageWindow{"Primo MT EU01", QDateTime::fromString("2016-11-14T13:56:00Z", Qt::ISODate), QDateTime(),
                                         Impact::Outage};
        incident.updates << StatusUpdate{QDateTime::fromString("2016-11-14T14:05:00Z", Qt::ISODate),
                                         IncidentStatus::Investigating, "Primo MT EU01 is unavailable. We are investigating."};
        const NotificationMail::Catalog catalog{{"Primo MT EU01", DataCenter{1, "EU", "Europe Data Center", "Europe/Amsterdam"}}};
        const NotificationMail::Sender sender{"status", "Example Cloud Status", "status@cloud.example", "", "https://status.cloud.example/"};
        const QStringList languages{"en", "de", "fr", "he"};

        QElapsedTimer timer;
        timer.start();
        QList<QPair<QString, QByteArray>> mails;
        mails.reserve(count);
        for (int n = 0; n < count; ++n) {
            Customer c;
            c.uuid = QUuid::createUuid();
            c.email = QStringLiteral("customer%1@library%2.example").arg(n).arg(n % 97);
            c.name = QStringLiteral("Library %1").arg(n);
            c.language = languages.at(n % languages.size());
            c.subscriptions = {"EU"};
            mails << qMakePair(c.email, MimeComposer::compose(NotificationMail::forUpdate(incident, 0, c, sender, catalog,
                                                                                          QDateTime::currentDateTimeUtc()),
                                                              &error));
            QVERIFY(!mails.last().second.isEmpty());
        }
        const qint64 composeMs = timer.elapsed();

        timer.restart();
        {
            SmtpTransport::Settings s;
            s.url = relay.url();
            s.user = relay.user();
            s.password = relay.password();
            s.caFile = relay.caFile();
            s.envelopeFrom = "status@cloud.example";
            SmtpTransport transport(s);
            for (const auto &mail : std::as_const(mails)) {
                const auto result = transport.send(mail.first, mail.second);
                QVERIFY2(result.kind == SmtpTransport::Result::Accepted, qPrintable(result.reason));
            }
        }
        const qint64 sendMs = timer.elapsed();
        QCOMPARE(int(QDir(relay.mailDir()).entryList({"*.eml"}, QDir::Files).size()), count);
        const double total = (composeMs + sendMs) / 1000.0;
        qInfo("%d mails: composed in %.2f s, handed to the relay in %.2f s; %.0f mails/s overall (target: all in <= 20 s)",
              count, composeMs / 1000.0, sendMs / 1000.0, count / total);

        // The floor: the same bytes through Python's smtplib, same server, same connection setup.
        QTemporaryDir folder;
        QFile recipients(folder.filePath("recipients.txt"));
        QVERIFY(recipients.open(QIODevice::WriteOnly));
        for (int n = 0; n < mails.size(); ++n) {
            QFile f(folder.filePath(QStringLiteral("%1.eml").arg(n, 6, 10, QLatin1Char('0'))));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(mails.at(n).second);
            recipients.write(mails.at(n).first.toUtf8() + '\n');
        }
        recipients.close();
        relay.clearReceived();
        QProcess client;
        client.start("/usr/bin/python3", {QStringLiteral(OUTAGEDESK_SMTPLIB_PUSH), "127.0.0.1", QString::number(relay.port()),
                                          relay.caFile(), relay.user(), relay.password(), "status@cloud.example", folder.path()});
        QVERIFY(client.waitForFinished(600000));
        QCOMPARE(client.exitCode(), 0);
        const double floorSeconds = client.readAllStandardOutput().trimmed().toDouble();
        QCOMPARE(int(QDir(relay.mailDir()).entryList({"*.eml"}, QDir::Files).size()), count);
        qInfo("plain smtplib client: %.2f s for the same %d mails (%.0f mails/s); ours sending %.2fx its time, "
              "%.2fx with composing",
              floorSeconds, count, count / floorSeconds, sendMs / 1000.0 / floorSeconds, total / floorSeconds);
        QVERIFY2(total <= 20.0 || count < 10000, "all mails handed to the relay within 20 s");
    }
};

QTEST_GUILESS_MAIN(BenchMail)
#include "bench_mail.moc"

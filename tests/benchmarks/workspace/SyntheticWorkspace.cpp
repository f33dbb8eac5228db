#include "SyntheticWorkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>
#include <QUuid>

namespace {

const char *const kZones[] = {"Europe/Amsterdam", "America/Chicago", "Australia/Sydney", "Asia/Kolkata",
                              "Asia/Singapore", "America/New_York", "Europe/London", "Asia/Tokyo",
                              "America/Sao_Paulo", "Africa/Johannesburg", "Australia/Lord_Howe", "Asia/Jerusalem"};

const char *const kVocabulary[] = {
    "load", "balancer", "proxy", "requests", "database", "replica", "failover", "timeout", "certificate",
    "storage", "array", "latency", "queue", "worker", "deployment", "rollback", "network", "switch",
    "firmware", "memory", "leak", "cache", "index", "search", "login", "session", "token", "customers",
    "monitoring", "alert", "engineers", "mitigation", "traffic", "attack", "filter", "upstream", "provider",
    "maintenance", "window", "restart", "capacity", "throttling", "disk", "volume", "cluster", "node",
    "kernel", "patch", "schedule", "region", "backup", "restore", "integrity", "encryption", "the", "and",
    "was", "were", "after", "before", "during", "because", "which", "service", "instance", "response"};

// Real text has a long tail of rare words: a Zipf-like pick from 20,000 made-up words,
// with the operations vocabulary above mixed in, gives searches a realistic selectivity.
const QStringList &lexicon()
{
    static const QStringList words = [] {
        const char *const syllables[] = {"ka", "lo", "mi", "ne", "ru", "sta", "vor", "pel", "dri", "qua", "zen", "bo",
                                         "tri", "gal", "fen", "mor", "sil", "tak", "ur", "ex"};
        QStringList w;
        QRandomGenerator rng(7);
        for (int i = 0; i < 20000; ++i) {
            QString word;
            const int n = 2 + rng.bounded(3);
            for (int k = 0; k < n; ++k)
                word += QString::fromLatin1(syllables[rng.bounded(int(std::size(syllables)))]);
            w << word;
        }
        return w;
    }();
    return words;
}

QString sentence(QRandomGenerator &rng, int words)
{
    QStringList parts;
    for (int i = 0; i < words; ++i) {
        if (rng.bounded(4) == 0) {
            parts << QString::fromLatin1(kVocabulary[rng.bounded(int(std::size(kVocabulary)))]);
        } else {
            const double u = rng.generateDouble();
            parts << lexicon().at(int(u * u * u * (lexicon().size() - 1)));
        }
    }
    QString s = parts.join(QLatin1Char(' '));
    s[0] = s[0].toUpper();
    return s + QLatin1Char('.');
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")) + QLatin1Char('Z');
}

} // namespace

QByteArray SyntheticWorkspace::generate(const Size &size, const QDateTime &from, const QDateTime &to, quint32 seed)
{
    QRandomGenerator rng(seed);
    QJsonArray dcs;
    for (int d = 0; d < size.dataCenters; ++d) {
        dcs << QJsonObject{{QStringLiteral("code"), QStringLiteral("DC%1").arg(d, 2, 10, QLatin1Char('0'))},
                           {QStringLiteral("name"), QStringLiteral("Data center %1").arg(d)},
                           {QStringLiteral("timeZone"), QString::fromLatin1(kZones[d % int(std::size(kZones))])}};
    }
    QJsonArray instances;
    for (int i = 0; i < size.instances; ++i) {
        instances << QJsonObject{{QStringLiteral("name"), QStringLiteral("Instance %1").arg(i, 3, 10, QLatin1Char('0'))},
                                 {QStringLiteral("product"), i % 2 ? QStringLiteral("Primo") : QStringLiteral("Alma")},
                                 {QStringLiteral("dataCenter"), QStringLiteral("DC%1").arg(i % size.dataCenters, 2, 10, QLatin1Char('0'))}};
    }
    const qint64 fromMs = from.toMSecsSinceEpoch();
    const qint64 spanMs = to.toMSecsSinceEpoch() - fromMs;
    QJsonArray incidents;
    int windowsLeft = size.windows;
    for (int n = 0; n < size.incidents; ++n) {
        const int windowCount = std::max(1, windowsLeft / std::max(1, size.incidents - n));
        windowsLeft -= windowCount;
        const qint64 start = fromMs + qint64(rng.generateDouble() * double(spanMs - 86400000LL));
        const QString instance = QStringLiteral("Instance %1").arg(rng.bounded(size.instances), 3, 10, QLatin1Char('0'));
        QJsonArray windows;
        qint64 t = start;
        for (int w = 0; w < windowCount; ++w) {
            const qint64 length = (5 + rng.bounded(90)) * 60000LL;
            windows << QJsonObject{{QStringLiteral("instance"), instance},
                                   {QStringLiteral("start"), isoUtc(t)},
                                   {QStringLiteral("end"), isoUtc(t + length)},
                                   {QStringLiteral("impact"), rng.bounded(10) < 7 ? QStringLiteral("outage")
                                                                                  : QStringLiteral("degraded")}};
            t += length + (10 + rng.bounded(120)) * 60000LL;
        }
        QStringList rca{QStringLiteral("# Incident %1").arg(n), QString(), QStringLiteral("## Event Timeline"), QString(),
                        QStringLiteral("<!-- outagedesk:timeline -->"), QString(), QStringLiteral("## Root Cause Analysis"), QString()};
        for (int words = 0; words < size.rcaWords; words += 15)
            rca << sentence(rng, 15);
        incidents << QJsonObject{{QStringLiteral("id"), QUuid::fromRfc4122(QByteArray::number(n).rightJustified(16, '0')).toString(QUuid::WithoutBraces)},
                                 {QStringLiteral("title"), QStringLiteral("%1 %2 on %3").arg(sentence(rng, 3).chopped(1)).arg(n).arg(instance)},
                                 {QStringLiteral("severity"), QStringList{QStringLiteral("none"), QStringLiteral("minor"), QStringLiteral("major"),
                                                                          QStringLiteral("critical")}.at(rng.bounded(4))},
                                 {QStringLiteral("status"), QStringLiteral("resolved")},
                                 {QStringLiteral("windows"), windows},
                                 {QStringLiteral("updates"), QJsonArray{QJsonObject{{QStringLiteral("at"), isoUtc(start + 600000)},
                                                                                    {QStringLiteral("status"), QStringLiteral("investigating")},
                                                                                    {QStringLiteral("message"), sentence(rng, 12)}}}},
                                 {QStringLiteral("rca"), QJsonObject{{QStringLiteral("format"), QStringLiteral("markdown")},
                                                                     {QStringLiteral("text"), rca.join(QLatin1Char('\n'))}}}};
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("outagedesk.incidents")},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("dataCenters"), dcs},
                                     {QStringLiteral("instances"), instances},
                                     {QStringLiteral("incidents"), incidents}})
        .toJson(QJsonDocument::Compact);
}

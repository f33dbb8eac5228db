#include "TestPaths.h"
#include "exchange/IncidentExporter.h"
#include "exchange/IncidentImporter.h"
#include "storage/CatalogRepository.h"
#include "storage/IncidentRepository.h"
#include "storage/Workspace.h"
#include "time/Rfc3339.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace OutageDesk;

namespace {

const QString kExample = TestPaths::fixture(QStringLiteral("primo-eu01-2016-11.json"));

QJsonObject example()
{
    QFile f(kExample);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QDateTime fixedNow()
{
    return Rfc3339::parse(QStringLiteral("2026-11-23T12:00:00Z"));
}

// The file is refused at `path` with a message containing `fragment`.
void checkRefusal(const QByteArray &json, const QString &path, const QString &fragment, ImportBatch *batch)
{
    ImportError error;
    QVERIFY(!IncidentImporter::parse(json, fixedNow(), batch, &error));
    QCOMPARE(error.path, path);
    QVERIFY2(error.message.contains(fragment), qPrintable(error.message));
}

// Edits one value at a JSON path like "incidents[0].windows[4].end"; a null
// `value` with remove=true deletes the member.
void setPath(QJsonValue &node, QStringList parts, const QJsonValue &value, bool remove)
{
    const QString head = parts.takeFirst();
    const int bracket = head.indexOf(QLatin1Char('['));
    if (bracket >= 0) {
        const QString key = head.left(bracket);
        const int index = head.mid(bracket + 1, head.size() - bracket - 2).toInt();
        QJsonObject o = node.toObject();
        QJsonArray a = o.value(key).toArray();
        QJsonValue child = a.at(index);
        if (parts.isEmpty())
            if (remove)
                a.removeAt(index);
            else
                a.replace(index, value);
        else {
            setPath(child, parts, value, remove);
            a.replace(index, child);
        }
        o.insert(key, a);
        node = o;
        return;
    }
    QJsonObject o = node.toObject();
    if (parts.isEmpty()) {
        if (remove)
            o.remove(head);
        else
            o.insert(head, value);
    } else {
        QJsonValue child = o.value(head);
        setPath(child, parts, value, remove);
        o.insert(head, child);
    }
    node = o;
}

QByteArray mutated(const QString &path, const QJsonValue &value, bool remove = false)
{
    QJsonValue root = example();
    setPath(root, path.split(QLatin1Char('.')), value, remove);
    return QJsonDocument(root.toObject()).toJson();
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

// Enough incidents for the importer to convert them on several threads, each a
// copy of the example's with an id of its own.
constexpr int kManyIncidents = 300;

QString manyId(int index)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(index, 12, 10, QLatin1Char('0'));
}

QJsonObject manyIncidents(int count = kManyIncidents)
{
    QJsonObject root = example();
    const QJsonObject incident = root.value(QStringLiteral("incidents")).toArray().first().toObject();
    QJsonArray incidents;
    for (int i = 0; i < count; ++i) {
        QJsonObject copy = incident;
        copy.insert(QStringLiteral("id"), manyId(i));
        incidents.append(copy);
    }
    root.insert(QStringLiteral("incidents"), incidents);
    return root;
}

void editIncident(QJsonObject &root, int index, const std::function<void(QJsonObject &)> &edit)
{
    QJsonArray incidents = root.value(QStringLiteral("incidents")).toArray();
    QJsonObject incident = incidents.at(index).toObject();
    edit(incident);
    incidents.replace(index, incident);
    root.insert(QStringLiteral("incidents"), incidents);
}

void removeTitle(QJsonObject &root, int index)
{
    editIncident(root, index, [](QJsonObject &incident) { incident.remove(QStringLiteral("title")); });
}

void endBeforeStart(QJsonObject &root, int index)
{
    editIncident(root, index, [](QJsonObject &incident) {
        QJsonArray windows = incident.value(QStringLiteral("windows")).toArray();
        QJsonObject window = windows.at(1).toObject();
        window.insert(QStringLiteral("end"), QStringLiteral("2016-11-01T00:00:00Z"));
        windows.replace(1, window);
        incident.insert(QStringLiteral("windows"), windows);
    });
}

void reuseId(QJsonObject &root, int index, int of)
{
    editIncident(root, index, [of](QJsonObject &incident) { incident.insert(QStringLiteral("id"), manyId(of)); });
}

// Instants where zones are odd: around each zone's first transitions before 1980 (local
// mean time, with offsets such as -00:44:30 in seconds), in the middle of that era, and
// at both ends of the supported years, in UTC and in the zone.
QList<QDateTime> edgeInstants(const QTimeZone &zone)
{
    const QDateTime first(QDate(1, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime last(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
    QList<QDateTime> instants{first, first.addMSecs(1), first.addSecs(2 * 86400), last, last.addMSecs(-1),
                              last.addSecs(-2 * 86400), QDateTime(QDate(1850, 6, 1), QTime(12, 0, 0, 250), Qt::UTC)};
    for (const QDateTime &local : {QDateTime(QDate(1, 1, 1), QTime(0, 0), zone), QDateTime(QDate(1, 1, 1), QTime(23, 0), zone),
                                   QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), zone),
                                   QDateTime(QDate(9999, 12, 31), QTime(1, 0), zone)}) {
        if (local.isValid())
            instants << local.toUTC();
    }
    const auto transitions = zone.transitions(QDateTime(QDate(1800, 1, 1), QTime(0, 0), Qt::UTC),
                                              QDateTime(QDate(1980, 1, 1), QTime(0, 0), Qt::UTC));
    for (qsizetype i = 0; i < qMin<qsizetype>(3, transitions.size()); ++i) {
        const QDateTime at = transitions.at(i).atUtc;
        instants << at.addSecs(-1800) << at.addMSecs(-1) << at << at.addMSecs(1500);
    }
    return instants;
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void example_parses()
    {
        QFile f(kExample);
        QVERIFY(f.open(QIODevice::ReadOnly));
        ImportBatch batch;
        ImportError error;
        QVERIFY2(IncidentImporter::parse(f.readAll(), fixedNow(), &batch, &error), qPrintable(error.toString()));
        QCOMPARE(batch.dataCenters.size(), 1);
        QCOMPARE(batch.incidents.size(), 1);
        const Incident &incident = batch.incidents.first();
        QCOMPARE(incident.windows.size(), 5);
        QCOMPARE(Rfc3339::formatUtc(incident.windows.first().start), QStringLiteral("2016-11-14T13:56:00Z"));
        QCOMPARE(incident.rca->state, RcaState::Approved);
        QCOMPARE(incident.dataImpact, std::optional<bool>(false));
        QCOMPARE(incident.actionItems.at(1).due, QDate(2016, 12, 1));
    }

    void refusal_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("fragment");

        QTest::newRow("malformed json") << QByteArray("{\n  \"format\": \"outagedesk.incidents\",\n  \"version\": 1,\n  oops\n}")
                                        << "" << "malformed JSON at line 4";
        QTest::newRow("not an object") << QByteArray("[1, 2]") << "" << "JSON object";
        QTest::newRow("wrong format") << mutated(QStringLiteral("format"), QStringLiteral("statuspage.incidents"))
                                      << "format" << "not an Outage Desk incident file";
        QTest::newRow("newer version") << mutated(QStringLiteral("version"), 2) << "version" << "unsupported version 2";
        QTest::newRow("version as string") << mutated(QStringLiteral("version"), QStringLiteral("1")) << "version"
                                           << "expected a number, found a string";
        QTest::newRow("missing incidents") << mutated(QStringLiteral("incidents"), QJsonValue(), true) << "incidents"
                                           << "required field is missing";
        QTest::newRow("missing title") << mutated(QStringLiteral("incidents[0].title"), QJsonValue(), true)
                                       << "incidents[0].title" << "required field is missing";
        QTest::newRow("blank title") << mutated(QStringLiteral("incidents[0].title"), QStringLiteral("   "))
                                     << "incidents[0].title" << "1 to 300 characters";
        QTest::newRow("title too long") << mutated(QStringLiteral("incidents[0].title"), QString(301, QLatin1Char('x')))
                                        << "incidents[0].title" << "1 to 300 characters";
        QTest::newRow("title wrong type") << mutated(QStringLiteral("incidents[0].title"), 42) << "incidents[0].title"
                                          << "expected a string, found a number";
        QTest::newRow("unknown severity") << mutated(QStringLiteral("incidents[0].severity"), QStringLiteral("catastrophic"))
                                          << "incidents[0].severity" << "unknown value \"catastrophic\"";
        QTest::newRow("unknown status") << mutated(QStringLiteral("incidents[0].status"), QStringLiteral("fixed"))
                                        << "incidents[0].status" << "unknown value \"fixed\"";
        QTest::newRow("unknown impact") << mutated(QStringLiteral("incidents[0].windows[2].impact"), QStringLiteral("down"))
                                        << "incidents[0].windows[2].impact" << "unknown value \"down\"";
        QTest::newRow("dataImpact as string") << mutated(QStringLiteral("incidents[0].dataImpact"), QStringLiteral("no"))
                                              << "incidents[0].dataImpact" << "expected a boolean";
        QTest::newRow("bad uuid") << mutated(QStringLiteral("incidents[0].id"), QStringLiteral("incident-1"))
                                  << "incidents[0].id" << "not a UUID";
        QTest::newRow("unknown zone") << mutated(QStringLiteral("dataCenters[0].timeZone"), QStringLiteral("Amsterdam time zone"))
                                      << "dataCenters[0].timeZone" << "unknown IANA time zone";
        QTest::newRow("zone abbreviation") << mutated(QStringLiteral("dataCenters[0].timeZone"), QStringLiteral("CETX"))
                                           << "dataCenters[0].timeZone" << "unknown IANA time zone";
        QTest::newRow("bad code") << mutated(QStringLiteral("dataCenters[0].code"), QStringLiteral("E U"))
                                  << "dataCenters[0].code" << "not a valid data center code";
        QTest::newRow("undeclared data center") << mutated(QStringLiteral("instances[0].dataCenter"), QStringLiteral("APAC"))
                                                << "instances[0].dataCenter" << "\"APAC\" is not declared";
        QTest::newRow("undeclared instance") << mutated(QStringLiteral("incidents[0].windows[3].instance"), QStringLiteral("Primo MT EU02"))
                                             << "incidents[0].windows[3].instance" << "\"Primo MT EU02\" is not declared";
        QTest::newRow("timestamp without offset") << mutated(QStringLiteral("incidents[0].windows[0].start"), QStringLiteral("2016-11-14T14:56:00"))
                                                  << "incidents[0].windows[0].start" << "no UTC offset";
        QTest::newRow("timestamp with zone name") << mutated(QStringLiteral("incidents[0].windows[0].start"), QStringLiteral("2016-11-14 2:56 PM Amsterdam"))
                                                  << "incidents[0].windows[0].start" << "not an RFC 3339 timestamp";
        QTest::newRow("update at invalid date") << mutated(QStringLiteral("incidents[0].updates[1].at"), QStringLiteral("2016-11-31T14:40:00Z"))
                                                << "incidents[0].updates[1].at" << "out-of-range";
        // The seed's slip: "7:56 PM until 8:11 AM" on the same day ends eleven hours before it starts.
        QTest::newRow("end before start") << mutated(QStringLiteral("incidents[0].windows[4].end"), QStringLiteral("2016-11-16T08:11:00+01:00"))
                                          << "incidents[0].windows[4].end" << "before or when it starts";
        QTest::newRow("end equals start") << mutated(QStringLiteral("incidents[0].windows[4].end"), QStringLiteral("2016-11-16T19:56:00+01:00"))
                                          << "incidents[0].windows[4].end" << "before or when it starts";
        QTest::newRow("outage in the future") << mutated(QStringLiteral("incidents[0].windows[0]"),
                                                      QJsonObject{{"instance", "Primo MT EU01"}, {"start", "2027-01-01T00:00:00Z"}})
                                              << "incidents[0].windows[0].start" << "cannot start in the future";
        QTest::newRow("bad due date") << mutated(QStringLiteral("incidents[0].actionItems[0].due"), QStringLiteral("15/12/2016"))
                                      << "incidents[0].actionItems[0].due" << "not a date";
        QTest::newRow("action item without done") << mutated(QStringLiteral("incidents[0].actionItems[0].done"), QJsonValue(), true)
                                                  << "incidents[0].actionItems[0].done" << "required field is missing";
        QTest::newRow("rca format") << mutated(QStringLiteral("incidents[0].rca.format"), QStringLiteral("html"))
                                    << "incidents[0].rca.format" << "expected: markdown";
        QTest::newRow("rca state") << mutated(QStringLiteral("incidents[0].rca.state"), QStringLiteral("published"))
                                   << "incidents[0].rca.state" << "unknown value \"published\"";
        QTest::newRow("window not an object") << mutated(QStringLiteral("incidents[0].windows[1]"), QStringLiteral("14:56-15:36"))
                                              << "incidents[0].windows[1]" << "expected an object";
        // Patterns match the whole string: "$" alone also matches before a final newline.
        QTest::newRow("code with a final newline") << mutated(QStringLiteral("dataCenters[0].code"), QStringLiteral("EU\n"))
                                                   << "dataCenters[0].code" << "not a valid data center code";
        QTest::newRow("uuid with a final newline")
            << mutated(QStringLiteral("incidents[0].id"), QStringLiteral("6f1c2a4e-0b7d-4c55-9a3e-2e51c0d7b101\n"))
            << "incidents[0].id" << "not a UUID";
        QTest::newRow("uuid in braces") << mutated(QStringLiteral("incidents[0].id"), QStringLiteral("{6f1c2a4e-0b7d-4c55-9a3e-2e51c0d7b101}"))
                                        << "incidents[0].id" << "not a UUID";
        QTest::newRow("due date with a final newline") << mutated(QStringLiteral("incidents[0].actionItems[0].due"), QStringLiteral("2016-12-15\n"))
                                                       << "incidents[0].actionItems[0].due" << "not a date";
        QTest::newRow("timestamp with a final newline")
            << mutated(QStringLiteral("incidents[0].windows[0].start"), QStringLiteral("2016-11-14T13:56:00Z\n"))
            << "incidents[0].windows[0].start" << "not an RFC 3339 timestamp";
        // The workspace would make up a random id for it: a second import, a second incident.
        QTest::newRow("all-zero uuid") << mutated(QStringLiteral("incidents[0].id"), QStringLiteral("00000000-0000-0000-0000-000000000000"))
                                       << "incidents[0].id" << "all-zero UUID";
        QTest::newRow("zero-width title") << mutated(QStringLiteral("incidents[0].title"), QString::fromUtf8("\u200b\u200c\u200d\u2060\ufeff"))
                                          << "incidents[0].title" << "only control or zero-width characters";
        QTest::newRow("control-character title") << mutated(QStringLiteral("incidents[0].title"), QStringLiteral("\x1b\x07\r\x7f\x9b"))
                                                 << "incidents[0].title" << "only control or zero-width characters";
        QTest::newRow("direction marks as a title") << mutated(QStringLiteral("incidents[0].title"), QString::fromUtf8("\u200e\u202e \u200f"))
                                                    << "incidents[0].title" << "only control or zero-width characters";
        QTest::newRow("zero-width data center name") << mutated(QStringLiteral("dataCenters[0].name"), QString::fromUtf8("\u200b"))
                                                     << "dataCenters[0].name" << "the name is empty";
        QTest::newRow("zero-width instance name") << mutated(QStringLiteral("instances[0].name"), QString::fromUtf8("\u2060\t"))
                                                  << "instances[0].name" << "the name is empty";
        QTest::newRow("zero-width action item") << mutated(QStringLiteral("incidents[0].actionItems[0].title"), QString::fromUtf8("\u200b"))
                                                << "incidents[0].actionItems[0].title" << "the title is empty";
        // RFC 3339 has four-digit years; Qt writes year 10000 as "10000" and the year before 1 as "-0001".
        QTest::newRow("year 10000 in UTC") << mutated(QStringLiteral("incidents[0].updates[0].at"), QStringLiteral("9999-12-31T22:00:00-05:00"))
                                           << "incidents[0].updates[0].at" << "outside the supported years 0001 to 9999";
        QTest::newRow("year 0 in UTC") << mutated(QStringLiteral("incidents[0].publications[0].at"), QStringLiteral("0001-01-01T00:30:00+01:00"))
                                       << "incidents[0].publications[0].at" << "outside the supported years 0001 to 9999";
        QTest::newRow("year 10000 in the zone")
            << mutated(QStringLiteral("incidents[0].windows[0]"),
                       QJsonObject{{"instance", "Primo MT EU01"}, {"start", "9999-12-31T23:30:00Z"}, {"impact", "maintenance"}})
            << "incidents[0].windows[0].start" << "outside the supported years 0001 to 9999 in the data center's time zone Europe/Amsterdam";
        QTest::newRow("end in year 10000 in the zone")
            << mutated(QStringLiteral("incidents[0].windows[0]"),
                       QJsonObject{{"instance", "Primo MT EU01"}, {"start", "9999-12-31T22:30:00Z"}, {"end", "9999-12-31T23:30:00Z"},
                                   {"impact", "maintenance"}})
            << "incidents[0].windows[0].end" << "Europe/Amsterdam";
        QTest::newRow("publication without note") << mutated(QStringLiteral("incidents[0].publications[0].note"), QJsonValue(), true)
                                                  << "incidents[0].publications[0].note" << "required field is missing";
    }

    void refusal()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, fragment);
        ImportBatch batch;
        checkRefusal(json, path, fragment, &batch);
    }

    // The incidents of a large file are converted on several threads: whatever the
    // runs, the refusal reported is the first in file order, and a duplicate id is
    // reported where it occurs the second time.
    void manyIncidents_refusalIsTheFirstInFileOrder_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("fragment");

        const int last = kManyIncidents - 1;
        const auto row = [](const char *name, QJsonObject root, int at, const QString &field, const char *fragment) {
            QTest::newRow(name) << QJsonDocument(root).toJson(QJsonDocument::Compact)
                                << QStringLiteral("incidents[%1].%2").arg(at).arg(field) << QString::fromLatin1(fragment);
        };
        QJsonObject root = manyIncidents();
        removeTitle(root, 5);
        removeTitle(root, last - 5);
        row("refused early and late", root, 5, QStringLiteral("title"), "required field is missing");

        root = manyIncidents();
        endBeforeStart(root, last - 5);
        removeTitle(root, 7);
        row("refused late, then early", root, 7, QStringLiteral("title"), "required field is missing");

        root = manyIncidents();
        endBeforeStart(root, last - 5);
        row("refused late only", root, last - 5, QStringLiteral("windows[1].end"), "before or when it starts");

        root = manyIncidents();
        removeTitle(root, kManyIncidents / 2);
        row("refused halfway", root, kManyIncidents / 2, QStringLiteral("title"), "required field is missing");

        root = manyIncidents();
        reuseId(root, last - 5, 3);
        row("id of an early incident again late", root, last - 5, QStringLiteral("id"), "appears twice");

        root = manyIncidents();
        reuseId(root, 3, last - 5);
        row("id of a late incident early", root, last - 5, QStringLiteral("id"), "appears twice");

        root = manyIncidents();
        reuseId(root, last - 10, 3);
        removeTitle(root, last - 5);
        row("id again, then a refusal", root, last - 10, QStringLiteral("id"), "appears twice");

        root = manyIncidents();
        removeTitle(root, last - 10);
        reuseId(root, last - 5, 3);
        row("a refusal, then an id again", root, last - 10, QStringLiteral("title"), "required field is missing");

        root = manyIncidents();
        reuseId(root, 10, 2);
        removeTitle(root, last - 5);
        row("id again early, refused late", root, 10, QStringLiteral("id"), "appears twice");

        root = manyIncidents();
        removeTitle(root, 9);
        reuseId(root, last - 5, 2);
        row("refused early, id again late", root, 9, QStringLiteral("title"), "required field is missing");
    }

    void manyIncidents_refusalIsTheFirstInFileOrder()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, fragment);
        ImportBatch batch;
        checkRefusal(json, path, fragment, &batch);
        if (QTest::currentTestFailed())
            return;
        // As when read one by one: the incidents before the refused one.
        const qsizetype refused = path.section(QLatin1Char('['), 1).section(QLatin1Char(']'), 0, 0).toLongLong();
        QCOMPARE(batch.incidents.size(), refused);
        QCOMPARE(batch.incidentHadId.size(), refused);
    }

    void manyIncidents_keepFileOrder()
    {
        QJsonObject root = manyIncidents();
        editIncident(root, 17, [](QJsonObject &incident) { incident.remove(QStringLiteral("id")); });
        ImportBatch batch;
        ImportError error;
        QVERIFY2(IncidentImporter::parse(QJsonDocument(root).toJson(), fixedNow(), &batch, &error), qPrintable(error.toString()));
        QCOMPARE(batch.incidents.size(), kManyIncidents);
        QCOMPARE(batch.incidentHadId.size(), kManyIncidents);
        for (int i = 0; i < kManyIncidents; ++i) {
            QCOMPARE(batch.incidentHadId.at(i), i != 17);
            if (i != 17)
                QCOMPARE(batch.incidents.at(i).uuidString(), manyId(i));
            QCOMPARE(batch.incidents.at(i).windows.size(), 5);
        }
        QVERIFY(!batch.incidents.at(17).uuid.isNull());
    }

    void maintenance_mayBeAnnouncedAhead()
    {
        QJsonValue root = example();
        setPath(root, {QStringLiteral("incidents[0]"), QStringLiteral("windows[0]"), QStringLiteral("start")},
                QStringLiteral("2027-01-01T00:00:00Z"), false);
        setPath(root, {QStringLiteral("incidents[0]"), QStringLiteral("windows[0]"), QStringLiteral("end")},
                QStringLiteral("2027-01-01T02:00:00Z"), false);
        setPath(root, {QStringLiteral("incidents[0]"), QStringLiteral("windows[0]"), QStringLiteral("impact")},
                QStringLiteral("maintenance"), false);
        ImportBatch batch;
        ImportError error;
        QVERIFY2(IncidentImporter::parse(QJsonDocument(root.toObject()).toJson(), fixedNow(), &batch, &error),
                 qPrintable(error.toString()));
    }

    void ongoingWindow_isNullOrAbsentEnd()
    {
        ImportBatch batch;
        ImportError error;
        QVERIFY(IncidentImporter::parse(mutated(QStringLiteral("incidents[0].windows[4].end"), QJsonValue()), fixedNow(), &batch, &error));
        QVERIFY(batch.incidents.first().windows.at(4).isOngoing());
        QVERIFY(IncidentImporter::parse(mutated(QStringLiteral("incidents[0].windows[4].end"), QJsonValue(), true), fixedNow(), &batch, &error));
        QVERIFY(batch.incidents.first().windows.at(4).isOngoing());
    }

    void reimport_updatesInsteadOfDuplicating()
    {
        QTemporaryDir dir;
        Workspace ws;
        QVERIFY(ws.open(dir.filePath(QStringLiteral("ws.sqlite"))));
        ImportSummary summary;
        ImportError error;
        QVERIFY(IncidentImporter::importFile(&ws, kExample, fixedNow(), &summary, &error));
        QCOMPARE(summary.created, 1);
        QVERIFY(IncidentImporter::importFile(&ws, kExample, fixedNow(), &summary, &error));
        QCOMPARE(summary.created, 0);
        QCOMPARE(summary.updated, 1);
        QCOMPARE(IncidentRepository(&ws).count({}), 1);
    }

    // The importer finds existing incidents either by reading all of the workspace's
    // (when it holds no more than the file) or one look-up each (when it holds more).
    void reimport_partlyKnown_data()
    {
        QTest::addColumn<int>("before");  // incidents 0 … before-1 are imported first
        QTest::addColumn<int>("from");    // then the file with from … to-1
        QTest::addColumn<int>("to");
        QTest::newRow("empty workspace") << 0 << 0 << 40;
        QTest::newRow("workspace smaller than the file") << 10 << 5 << 40;
        QTest::newRow("workspace as large as the file") << 20 << 10 << 30;
        QTest::newRow("workspace larger than the file") << 40 << 35 << 45;
        QTest::newRow("file entirely known") << 40 << 10 << 20;
    }

    void reimport_partlyKnown()
    {
        QFETCH(int, before);
        QFETCH(int, from);
        QFETCH(int, to);
        const auto slice = [](int first, int end, const QString &title) {
            QJsonObject root = manyIncidents();
            QJsonArray all = root.value(QStringLiteral("incidents")).toArray();
            QJsonArray part;
            for (int i = first; i < end; ++i) {
                QJsonObject incident = all.at(i).toObject();
                incident.insert(QStringLiteral("title"), title.arg(i));
                part.append(incident);
            }
            root.insert(QStringLiteral("incidents"), part);
            return QJsonDocument(root).toJson();
        };
        QTemporaryDir dir;
        Workspace ws;
        QVERIFY(ws.open(dir.filePath(QStringLiteral("ws.sqlite"))));
        ImportBatch batch;
        ImportSummary summary;
        ImportError error;
        if (before > 0) {
            QVERIFY(IncidentImporter::parse(slice(0, before, QStringLiteral("first %1")), fixedNow(), &batch, &error));
            QVERIFY2(IncidentImporter::apply(&ws, std::move(batch), &summary, &error), qPrintable(error.toString()));
        }
        QVERIFY(IncidentImporter::parse(slice(from, to, QStringLiteral("second %1")), fixedNow(), &batch, &error));
        QVERIFY2(IncidentImporter::apply(&ws, std::move(batch), &summary, &error), qPrintable(error.toString()));
        const int known = std::max(0, std::min(before, to) - from);
        QCOMPARE(summary.updated, known);
        QCOMPARE(summary.created, to - from - known);
        IncidentRepository repo(&ws);
        QCOMPARE(repo.count({}), std::max(before, to));
        for (int i = 0; i < std::max(before, to); ++i) {
            const auto incident = repo.load(QUuid::fromString(manyId(i)));
            QVERIFY2(incident, qPrintable(manyId(i)));
            QCOMPARE(incident->title, (i >= from && i < to ? QStringLiteral("second %1") : QStringLiteral("first %1")).arg(i));
            QCOMPARE(incident->windows.size(), 5); // written once, not appended to
        }
    }

    void progress_countsUpToTheIndex()
    {
        QTemporaryDir dir;
        Workspace ws;
        QVERIFY(ws.open(dir.filePath(QStringLiteral("ws.sqlite"))));
        ImportBatch batch;
        ImportSummary summary;
        ImportError error;
        QVERIFY(IncidentImporter::parse(QJsonDocument(manyIncidents()).toJson(), fixedNow(), &batch, &error));
        QList<qsizetype> seen;
        QVERIFY(IncidentImporter::apply(&ws, std::move(batch), &summary, &error, [&](qsizetype done, qsizetype total) {
            if (total != kManyIncidents)
                seen << -1;
            seen << done;
            return true;
        }));
        QCOMPARE(seen, (QList<qsizetype>{0, 256, kManyIncidents}));
    }

    // Cancelling leaves the workspace's content as it was, whenever it happens (the
    // file's header may differ: the bulk write's journal mode comes and goes).
    void cancel_writesNothing_data()
    {
        QTest::addColumn<qsizetype>("at");
        QTest::newRow("before the first incident") << qsizetype(0);
        QTest::newRow("after some") << qsizetype(256);
        QTest::newRow("before the search index") << qsizetype(kManyIncidents);
    }

    void cancel_writesNothing()
    {
        QFETCH(qsizetype, at);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        Workspace ws;
        QVERIFY(ws.open(path));
        ImportSummary summary;
        ImportError error;
        QVERIFY(IncidentImporter::importFile(&ws, kExample, fixedNow(), &summary, &error));
        const QByteArray before = IncidentExporter::exportAll(&ws);
        ImportBatch batch;
        QVERIFY(IncidentImporter::parse(QJsonDocument(manyIncidents()).toJson(), fixedNow(), &batch, &error));
        QVERIFY(!IncidentImporter::apply(&ws, std::move(batch), &summary, &error,
                                         [at](qsizetype done, qsizetype) { return done < at; }));
        QCOMPARE(error.message, QStringLiteral("the import was cancelled; nothing was written"));
        QCOMPARE(summary.created, 0);
        QCOMPARE(IncidentRepository(&ws).count({}), 1);
        QCOMPARE(IncidentExporter::exportAll(&ws), before);
    }

    // A large import into an empty workspace builds the indexes after the rows: they
    // must be there afterwards exactly as the schema made them, also when it is cancelled.
    void indexes_areAsTheSchemaMadeThem_data()
    {
        QTest::addColumn<int>("incidents");
        QTest::addColumn<bool>("cancel");
        QTest::newRow("small import") << 10 << false;
        QTest::newRow("large import") << 1200 << false;
        QTest::newRow("large import, cancelled before the search index") << 1200 << true;
    }

    void indexes_areAsTheSchemaMadeThem()
    {
        QFETCH(int, incidents);
        QFETCH(bool, cancel);
        QTemporaryDir dir;
        Workspace ws;
        QVERIFY(ws.open(dir.filePath(QStringLiteral("ws.sqlite"))));
        const auto indexes = [&ws] {
            QStringList all;
            QSqlQuery q(ws.database());
            q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"));
            while (q.next())
                all << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
            return all;
        };
        const QStringList before = indexes();
        QVERIFY(before.size() > 5);
        ImportBatch batch;
        ImportSummary summary;
        ImportError error;
        QVERIFY(IncidentImporter::parse(QJsonDocument(manyIncidents(incidents)).toJson(), fixedNow(), &batch, &error));
        QCOMPARE(IncidentImporter::apply(&ws, std::move(batch), &summary, &error,
                                         [&](qsizetype done, qsizetype total) { return !cancel || done < total; }),
                 !cancel);
        QCOMPARE(indexes(), before);
        QCOMPARE(IncidentRepository(&ws).count({}), cancel ? 0 : incidents);
        // The list's order comes from its index, the Gantt's windows from theirs.
        QSqlQuery plan(ws.database());
        QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM outage_windows WHERE start_ms < 0")));
        QString steps;
        while (plan.next())
            steps += plan.value(3).toString();
        QVERIFY2(steps.contains(QLatin1String("outage_windows_start")), qPrintable(steps));
    }

    void import_notifiesOneResetAfterCommit()
    {
        QTemporaryDir dir;
        Workspace ws;
        QVERIFY(ws.open(dir.filePath(QStringLiteral("ws.sqlite"))));
        QSignalSpy changed(&ws, &Workspace::incidentChanged);
        QSignalSpy reset(&ws, &Workspace::reset);
        QSignalSpy catalog(&ws, &Workspace::catalogChanged);
        ImportSummary summary;
        ImportError error;
        QVERIFY2(IncidentImporter::importFile(&ws, kExample, fixedNow(), &summary, &error), qPrintable(error.toString()));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(reset.count(), 1);
        QVERIFY(catalog.count() > 0);
        // Outside a bulk write, saves still notify one by one.
        auto incident = IncidentRepository(&ws).loadAll().first();
        incident.title += QStringLiteral(" (edited)");
        QString message;
        QVERIFY(IncidentRepository(&ws).save(incident, &message));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(reset.count(), 1);
    }

    void roundTrip_isLossless()
    {
        QTemporaryDir dir;
        Workspace ws;
        QVERIFY(ws.open(dir.filePath(QStringLiteral("a.sqlite"))));
        ImportSummary summary;
        ImportError error;
        QVERIFY(IncidentImporter::importFile(&ws, kExample, fixedNow(), &summary, &error));
        const QByteArray exported = IncidentExporter::exportAll(&ws);

        // The export says the same as the example, value for value.
        QCOMPARE(QJsonDocument::fromJson(exported).object(), example());

        Workspace second;
        QVERIFY(second.open(dir.filePath(QStringLiteral("b.sqlite"))));
        ImportBatch batch;
        QVERIFY(IncidentImporter::parse(exported, fixedNow(), &batch, &error));
        QVERIFY(IncidentImporter::apply(&second, batch, &summary, &error));
        const auto a = IncidentRepository(&ws).loadAll();
        const auto b = IncidentRepository(&second).loadAll();
        QCOMPARE(a.size(), 1);
        QCOMPARE(b.size(), 1);
        QVERIFY(a.first().sameContentAs(b.first()));
        QCOMPARE(IncidentExporter::exportAll(&second), exported);
    }

    // What export writes, import reads back, in every zone: where the offset has seconds
    // the instant is written in UTC (an RFC 3339 offset has none); what no file can hold
    // (a year outside 0001–9999 where it is written) is refused on import instead.
    void edgeInstants_roundTripInEveryZone()
    {
        QList<DataCenter> dataCenters;
        QList<Instance> instances;
        Incident incident;
        incident.uuid = QUuid::fromString(QStringLiteral("6f1c2a4e-0b7d-4c55-9a3e-2e51c0d7b1ff"));
        incident.title = QStringLiteral("Edges of time");
        int inUtcForSeconds = 0;
        int unwritable = 0;
        const auto ids = QTimeZone::availableTimeZoneIds();
        QVERIFY(ids.size() > 300);
        for (const QByteArray &id : ids) {
            const QTimeZone zone(id);
            const QString code = QStringLiteral("Z%1").arg(dataCenters.size());
            dataCenters << DataCenter{0, code, QString::fromUtf8(id), QString::fromUtf8(id)};
            instances << Instance{0, code + QStringLiteral(" instance"), QString(), code};
            for (const QDateTime &instant : edgeInstants(zone)) {
                const QString text = Rfc3339::formatInZone(instant, zone);
                const QDateTime back = Rfc3339::parse(text);
                const bool writable = Rfc3339::isWritable(instant, zone);
                QVERIFY2((back.isValid() && back.toMSecsSinceEpoch() == instant.toMSecsSinceEpoch()) == writable,
                         qPrintable(QString::fromUtf8(id) + QLatin1Char(' ') + text));
                if (!writable) {
                    ++unwritable;
                    continue;
                }
                if (instant.toTimeZone(zone).offsetFromUtc() % 60 != 0) {
                    ++inUtcForSeconds;
                    QVERIFY2(text.endsWith(QLatin1Char('Z')), qPrintable(text));
                }
                incident.windows << OutageWindow{instances.last().name, instant, QDateTime(), Impact::Maintenance};
            }
        }
        QVERIFY2(inUtcForSeconds > 300, qPrintable(QString::number(inUtcForSeconds)));
        QVERIFY(unwritable > 0);

        const QByteArray exported = QJsonDocument(IncidentExporter::toJson(dataCenters, instances, {incident})).toJson();
        ImportBatch batch;
        ImportError error;
        QVERIFY2(IncidentImporter::parse(exported, fixedNow(), &batch, &error), qPrintable(error.toString()));
        QCOMPARE(batch.incidents.size(), 1);
        const QList<OutageWindow> &windows = batch.incidents.first().windows;
        QCOMPARE(windows.size(), incident.windows.size());
        for (qsizetype i = 0; i < windows.size(); ++i)
            QCOMPARE(windows.at(i).start.toMSecsSinceEpoch(), incident.windows.at(i).start.toMSecsSinceEpoch());
        // And written again, the same file.
        QCOMPARE(QJsonDocument(IncidentExporter::toJson(batch.dataCenters, batch.instances, batch.incidents)).toJson(), exported);
    }

    void conflictingZone_leavesWorkspaceUnchanged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        {
            Workspace ws;
            QVERIFY(ws.open(path));
            ImportSummary summary;
            ImportError error;
            QVERIFY(IncidentImporter::importFile(&ws, kExample, fixedNow(), &summary, &error));
        }
        const QByteArray before = fileHash(path);
        QJsonValue root = example();
        setPath(root, {QStringLiteral("dataCenters[0]"), QStringLiteral("timeZone")}, QStringLiteral("Europe/London"), false);
        setPath(root, {QStringLiteral("incidents[0]"), QStringLiteral("title")}, QStringLiteral("Changed title"), false);
        {
            Workspace ws;
            QVERIFY(ws.open(path));
            ImportBatch batch;
            ImportError error;
            QVERIFY(IncidentImporter::parse(QJsonDocument(root.toObject()).toJson(), fixedNow(), &batch, &error));
            ImportSummary summary;
            QVERIFY(!IncidentImporter::apply(&ws, batch, &summary, &error));
            QCOMPARE(error.path, QStringLiteral("dataCenters[0].timeZone"));
            QVERIFY(error.message.contains(QStringLiteral("Europe/Amsterdam")));
            QCOMPARE(IncidentRepository(&ws).loadAll().first().title, example()
                                                                         .value(QStringLiteral("incidents")).toArray().first()
                                                                         .toObject().value(QStringLiteral("title")).toString());
        }
        QCOMPARE(fileHash(path), before);
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"

#include "TestPaths.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The RCA's command-line side, on the real binary: approve, export md/html/pdf.
class TestCliRca : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void approve_recordsWhoAndWhen();
    void approve_openSlipRefusedUntilAccepted();
    void approve_usageErrors_data();
    void approve_usageErrors();
    void exportMarkdown_expandsMarkersWithoutInternalNotes();
    void exportHtml_isStandaloneAndSafe();
    void exportPdf_containsTheTimeline_data();
    void exportPdf_containsTheTimeline();
    void exportPdf_needsOutputFile();
    void exportHtmlAndPdf_showOnlyTheIncidentsOwnWindows();
    void exportWithoutRcaText_carriesTheFacts_data();
    void exportWithoutRcaText_carriesTheFacts();
    void lint_printsTextFindings();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result run(const QStringList &arguments, const QString &platform = {});
    // Imports a second incident ("B": no RCA text) into the same data center and hours.
    void importIncidentB();
    // The fixture as a draft, with `from` replaced by `to` in its JSON text; imported.
    bool importDraft(const QByteArray &from = {}, const QByteArray &to = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

namespace {
const QString kId = QStringLiteral("6f1c2a4e");
}

void TestCliRca::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCliRca::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("w.sqlite"));
    const Result imported = run({QStringLiteral("import"), TestPaths::fixture(QStringLiteral("primo-eu01-2016-11.json"))});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
}

TestCliRca::Result TestCliRca::run(const QStringList &arguments, const QString &platform)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!platform.isEmpty())
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    environment.insert(QStringLiteral("OUTAGEDESK_NOW"), QStringLiteral("2016-11-22T10:00:00Z"));
    environment.insert(QStringLiteral("HOME"), m_dir->path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    environment.remove(QStringLiteral("DISPLAY"));
    process.setProcessEnvironment(environment);
    process.start(TestPaths::binary(), QStringList{QStringLiteral("--db"), m_db} + arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

void TestCliRca::approve_recordsWhoAndWhen()
{
    const Result approved = run({QStringLiteral("approve"), kId, QStringLiteral("--by"), QStringLiteral("Dana Reviewer")});
    // The sample is approved already: approving twice is refused, nothing changes.
    QCOMPARE(approved.exitCode, 2);
    QVERIFY(approved.err.contains("already approved"));

    // Back to draft by an import of an edited text, then approve.
    QFile fixture(TestPaths::fixture(QStringLiteral("primo-eu01-2016-11.json")));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(fixture.readAll()).object();
    QJsonArray incidents = root.value(QStringLiteral("incidents")).toArray();
    QJsonObject incident = incidents.first().toObject();
    QJsonObject rca = incident.value(QStringLiteral("rca")).toObject();
    rca.insert(QStringLiteral("state"), QStringLiteral("draft"));
    rca.remove(QStringLiteral("approvedBy"));
    rca.remove(QStringLiteral("approvedAt"));
    incident.insert(QStringLiteral("rca"), rca);
    incidents.replace(0, incident);
    root.insert(QStringLiteral("incidents"), incidents);
    QFile draft(m_dir->filePath(QStringLiteral("draft.json")));
    QVERIFY(draft.open(QIODevice::WriteOnly));
    draft.write(QJsonDocument(root).toJson());
    draft.close();
    QCOMPARE(run({QStringLiteral("import"), draft.fileName()}).exitCode, 0);

    const Result second = run({QStringLiteral("approve"), kId, QStringLiteral("--by"), QStringLiteral("Dana Reviewer")});
    QVERIFY2(second.exitCode == 0, second.err.constData());
    const Result exported = run({QStringLiteral("export"), kId, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(exported.exitCode, 0);
    const QJsonObject exportedRca = QJsonDocument::fromJson(exported.out)
                                        .object()
                                        .value(QStringLiteral("incidents"))
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value(QStringLiteral("rca"))
                                        .toObject();
    QCOMPARE(exportedRca.value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
    QCOMPARE(exportedRca.value(QStringLiteral("approvedBy")).toString(), QStringLiteral("Dana Reviewer"));
    QCOMPARE(exportedRca.value(QStringLiteral("approvedAt")).toString(), QStringLiteral("2016-11-22T10:00:00Z"));
}

bool TestCliRca::importDraft(const QByteArray &from, const QByteArray &to)
{
    QFile fixture(TestPaths::fixture(QStringLiteral("primo-eu01-2016-11.json")));
    if (!fixture.open(QIODevice::ReadOnly))
        return false;
    QByteArray content = fixture.readAll();
    content.replace("\"state\": \"approved\"", "\"state\": \"draft\"");
    if (!from.isEmpty()) {
        if (!content.contains(from))
            return false;
        content.replace(from, to);
    }
    QJsonObject root = QJsonDocument::fromJson(content).object();
    QJsonArray incidents = root.value(QStringLiteral("incidents")).toArray();
    QJsonObject incident = incidents.first().toObject();
    QJsonObject rca = incident.value(QStringLiteral("rca")).toObject();
    rca.remove(QStringLiteral("approvedBy"));
    rca.remove(QStringLiteral("approvedAt"));
    incident.insert(QStringLiteral("rca"), rca);
    incidents.replace(0, incident);
    root.insert(QStringLiteral("incidents"), incidents);
    QFile draft(m_dir->filePath(QStringLiteral("draft.json")));
    if (!draft.open(QIODevice::WriteOnly))
        return false;
    draft.write(QJsonDocument(root).toJson());
    draft.close();
    return run({QStringLiteral("import"), draft.fileName()}).exitCode == 0;
}

void TestCliRca::approve_openSlipRefusedUntilAccepted()
{
    // The evening window typed as ending at 08:11 the next morning: an AM/PM slip.
    QVERIFY(importDraft("\"end\": \"2016-11-16T20:11:00+01:00\"", "\"end\": \"2016-11-17T08:11:00+01:00\""));
    auto state = [this] {
        const Result exported = run({QStringLiteral("export"), kId, QStringLiteral("--format"), QStringLiteral("json")});
        return QJsonDocument::fromJson(exported.out)
            .object()
            .value(QStringLiteral("incidents"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("rca"))
            .toObject()
            .value(QStringLiteral("state"))
            .toString();
    };

    // Refused, naming the open error, and nothing written.
    const Result refused = run({QStringLiteral("approve"), kId, QStringLiteral("--by"), QStringLiteral("Dana Reviewer")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("approve: error: window-ampm-slip: "), refused.err.constData());
    QVERIFY2(refused.err.contains("20:11"), refused.err.constData()); // the end meant
    QVERIFY2(refused.err.contains("1 open lint error"), refused.err.constData());
    QVERIFY(refused.err.contains("--accept CODE"));
    QCOMPARE(state(), QStringLiteral("draft"));

    // Accepting a code that has no open error is a usage error (a typo accepts nothing).
    const Result typo = run({QStringLiteral("approve"), kId, QStringLiteral("--by"), QStringLiteral("Dana Reviewer"),
                             QStringLiteral("--accept"), QStringLiteral("window-am-pm-slip")});
    QCOMPARE(typo.exitCode, 2);
    QVERIFY2(typo.err.contains("window-am-pm-slip: no open lint error"), typo.err.constData());
    QCOMPARE(typo.err.trimmed().count('\n'), 0);
    QCOMPARE(state(), QStringLiteral("draft"));

    // Someone looked and accepts it: approved, and lint says who accepted it.
    const Result accepted = run({QStringLiteral("approve"), kId, QStringLiteral("--by"), QStringLiteral("Dana Reviewer"),
                                 QStringLiteral("--accept"), QStringLiteral("window-ampm-slip")});
    QVERIFY2(accepted.exitCode == 0, accepted.err.constData());
    QCOMPARE(state(), QStringLiteral("approved"));
    const Result lint = run({QStringLiteral("lint"), kId});
    QVERIFY2(lint.out.contains("error: window-ampm-slip: ") && lint.out.contains("(accepted by Dana Reviewer)"),
             lint.out.constData());
}

void TestCliRca::approve_usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no --by") << QStringList{QStringLiteral("approve"), kId} << 2;
    QTest::newRow("empty --by") << QStringList{QStringLiteral("approve"), kId, QStringLiteral("--by"), QStringLiteral(" ")} << 2;
    QTest::newRow("no id") << QStringList{QStringLiteral("approve"), QStringLiteral("--by"), QStringLiteral("X")} << 2;
    QTest::newRow("unknown id") << QStringList{QStringLiteral("approve"), QStringLiteral("00000000"), QStringLiteral("--by"), QStringLiteral("X")} << 2;
}

void TestCliRca::approve_usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY(!result.err.trimmed().isEmpty());
    QCOMPARE(result.err.trimmed().count('\n'), 0); // one clear line
}

void TestCliRca::exportMarkdown_expandsMarkersWithoutInternalNotes()
{
    const Result md = run({QStringLiteral("export"), kId, QStringLiteral("--format"), QStringLiteral("md")});
    QVERIFY2(md.exitCode == 0, md.err.constData());
    const QString text = QString::fromUtf8(md.out);
    QVERIFY(text.contains(QLatin1String("| Primo MT EU01 | 19:56 CET | 20:11 CET | 15 min | Outage |")));
    QVERIFY(text.contains(QLatin1String("| 2016-11-21 10:00 CET | Initial publication |")));
    QVERIFY(text.contains(QLatin1String("| Review the multi\\-layered") ) || text.contains(QLatin1String("| Review the multi-layered")));
    QVERIFY(!text.contains(QLatin1String("outagedesk:")));
    QVERIFY(!text.contains(QLatin1String("Do not publish")));
}

void TestCliRca::exportHtml_isStandaloneAndSafe()
{
    const QString path = m_dir->filePath(QStringLiteral("rca.html"));
    const Result html = run({QStringLiteral("export"), kId, QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-o"), path});
    QVERIFY2(html.exitCode == 0, html.err.constData());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(text.contains(QLatin1String("<style>")));
    QVERIFY(!text.contains(QLatin1String("<script"), Qt::CaseInsensitive));
    QVERIFY(!text.contains(QLatin1String("<link"), Qt::CaseInsensitive));
    QVERIFY(text.contains(QLatin1String("<td>14:56 CET</td>")));
    QVERIFY(!text.contains(QLatin1String("Do not publish")));
    // The outage chart, inline, under the title.
    QVERIFY(text.indexOf(QLatin1String("<figure class=\"chart\"><svg")) > text.indexOf(QLatin1String("</h1>")));
}

void TestCliRca::exportPdf_containsTheTimeline_data()
{
    QTest::addColumn<QString>("pageSize");
    QTest::addColumn<QString>("paperName");
    QTest::newRow("default A4") << QString() << QStringLiteral("(A4)");
    QTest::newRow("letter") << QStringLiteral("letter") << QStringLiteral("(letter)");
}

void TestCliRca::exportPdf_containsTheTimeline()
{
    QFETCH(QString, pageSize);
    QFETCH(QString, paperName);
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString path = m_dir->filePath(QStringLiteral("rca.pdf"));
    QStringList arguments{QStringLiteral("export"), kId, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), path};
    if (!pageSize.isEmpty())
        arguments << QStringLiteral("--page-size") << pageSize;
    const Result pdf = run(arguments);
    QVERIFY2(pdf.exitCode == 0, pdf.err.constData());
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    for (const char *time : {"14:56 CET", "15:36 CET", "10:56 CET", "12:20 CET", "19:56 CET", "20:11 CET"})
        QVERIFY2(text.contains(QLatin1String(time)), time);
    QVERIFY(text.contains(QLatin1String("Page 1 of")));
    QVERIFY(!text.contains(QLatin1String("Do not publish")));
    QProcess pdfinfo;
    pdfinfo.start(QStringLiteral("pdfinfo"), {path});
    QVERIFY(pdfinfo.waitForFinished(30000));
    QVERIFY(QString::fromUtf8(pdfinfo.readAllStandardOutput()).contains(paperName));
    QProcess pdfimages;
    pdfimages.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    QVERIFY(pdfimages.waitForFinished(30000));
    QVERIFY2(pdfimages.readAllStandardOutput().trimmed().split('\n').size() >= 3, "the chart is in the PDF");
}

namespace {
const QString kIdB = QStringLiteral("0b7d4c55");
QString pdfToText(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    pdftotext.waitForFinished(30000);
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}
} // namespace

void TestCliRca::importIncidentB()
{
    const QByteArray json = R"({
  "format": "outagedesk.incidents", "version": 1,
  "dataCenters": [{"code": "EU", "name": "Europe Data Center", "timeZone": "Europe/Amsterdam"}],
  "instances": [{"name": "Primo MT EU01", "product": "Primo", "dataCenter": "EU"},
                {"name": "Alma EU02", "product": "Alma", "dataCenter": "EU"}],
  "incidents": [{
    "id": "0b7d4c55-6f1c-4a2e-9a3e-2e51c0d7b102",
    "title": "Unannounced Alma EU02 slowness",
    "severity": "minor", "status": "identified",
    "windows": [
      {"instance": "Alma EU02", "start": "2016-11-15T10:30:00+01:00", "end": "2016-11-15T12:00:00+01:00", "impact": "degraded"},
      {"instance": "Primo MT EU01", "start": "2016-11-14T16:00:00+01:00", "end": "2016-11-14T16:45:00+01:00", "impact": "maintenance"}
    ],
    "updates": [{"at": "2016-11-15T09:40:00Z", "status": "identified", "message": "Alma EU02 answers slowly; the cause is known."}],
    "internalNotes": "B-SECRET-NOTE"
  }]
})";
    const QString path = m_dir->filePath(QStringLiteral("b.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();
    const Result imported = run({QStringLiteral("import"), path});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
}

void TestCliRca::exportHtmlAndPdf_showOnlyTheIncidentsOwnWindows()
{
    importIncidentB();
    // With the minimal platform and no display, as on a server.
    const QString html = m_dir->filePath(QStringLiteral("a.html"));
    const Result exported = run({QStringLiteral("export"), kId, QStringLiteral("--format"), QStringLiteral("html"),
                                 QStringLiteral("-o"), html}, QStringLiteral("minimal"));
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QVERIFY2(exported.err.isEmpty(), exported.err.constData());
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    // A's five outage windows in the chart, in the data center's zone; nothing of B.
    QCOMPARE(text.count(QLatin1String("class=\"bar o\"")), 5);
    QVERIFY(!text.contains(QLatin1String("class=\"bar d\"")));
    QVERIFY(!text.contains(QLatin1String("class=\"bar m\"")));
    QVERIFY(text.contains(QLatin1String("Times in Europe/Amsterdam (CET)")));
    for (const char *ofB : {"Alma EU02", "Unannounced", "B-SECRET-NOTE", "16:45"})
        QVERIFY2(!text.contains(QLatin1String(ofB)), ofB);

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString pdf = m_dir->filePath(QStringLiteral("a.pdf"));
    const Result pdfExport = run({QStringLiteral("export"), kId, QStringLiteral("--format"), QStringLiteral("pdf"),
                                  QStringLiteral("-o"), pdf}, QStringLiteral("minimal"));
    QVERIFY2(pdfExport.exitCode == 0, pdfExport.err.constData());
    const QString pdfText = pdfToText(pdf);
    QVERIFY2(pdfText.contains(QLatin1String("14:56 CET")), qPrintable(pdfText.left(1000)));
    for (const char *ofB : {"Alma EU02", "Unannounced", "B-SECRET-NOTE", "16:45"})
        QVERIFY2(!pdfText.contains(QLatin1String(ofB)), ofB);
}

void TestCliRca::exportWithoutRcaText_carriesTheFacts_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("md") << "md";
    QTest::newRow("html") << "html";
    QTest::newRow("pdf") << "pdf";
}

void TestCliRca::exportWithoutRcaText_carriesTheFacts()
{
    QFETCH(QString, format);
    importIncidentB();
    const QString path = m_dir->filePath(QStringLiteral("b.") + format);
    const Result exported = run({QStringLiteral("export"), kIdB, QStringLiteral("--format"), format, QStringLiteral("-o"), path},
                                QStringLiteral("minimal"));
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QString text;
    if (format == QLatin1String("pdf")) {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        text = pdfToText(path);
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        text = QString::fromUtf8(file.readAll());
    }
    // Times in the tables are kept on one line with no-break spaces.
    text.replace(QChar(0x00a0), QLatin1Char(' '));
    for (const char *fact : {"Unannounced Alma EU02 slowness", "Identified", "Minor", "Alma EU02", "Europe Data Center",
                             "2016-11-15 10:30 CET", "2016-11-15 12:00 CET", "1 h 30 min", "Degraded",
                             "2016-11-14 16:00 CET", "2016-11-14 16:45 CET", "45 min", "Maintenance",
                             "2016-11-15 10:40 CET", "the cause is known."})
        QVERIFY2(text.contains(QLatin1String(fact)), qPrintable(QStringLiteral("%1 missing in\n%2").arg(fact, text)));
    QVERIFY(!text.contains(QLatin1String("B-SECRET-NOTE")));
    QVERIFY(!text.contains(QLatin1String("14:56")));
}

void TestCliRca::exportPdf_needsOutputFile()
{
    const Result pdf = run({QStringLiteral("export"), kId, QStringLiteral("--format"), QStringLiteral("pdf")});
    QCOMPARE(pdf.exitCode, 2);
    QVERIFY(pdf.out.isEmpty());
    const Result badSize = run({QStringLiteral("export"), kId, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"),
                                m_dir->filePath(QStringLiteral("x.pdf")), QStringLiteral("--page-size"), QStringLiteral("a3")});
    QCOMPARE(badSize.exitCode, 2);
}

void TestCliRca::lint_printsTextFindings()
{
    const Result lint = run({QStringLiteral("lint"), kId});
    // The sample's text is complete: no rca-* errors. Spelling findings, if a
    // dictionary is installed, are info lines, never errors.
    QVERIFY(!lint.out.contains("error: rca-"));
    for (const QByteArray &line : lint.out.split('\n')) {
        if (!line.isEmpty())
            QVERIFY2(line.startsWith("error: ") || line.startsWith("warning: ") || line.startsWith("info: "), line.constData());
    }
}

QTEST_GUILESS_MAIN(TestCliRca)
#include "tst_cli_rca.moc"

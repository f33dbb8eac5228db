#include "TestPaths.h"
#include "storage/CatalogRepository.h"
#include "storage/IncidentRepository.h"
#include "storage/Workspace.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace OutageDesk;

// `outagedesk gantt` run as a user would: the real binary, a workspace in a
// temporary folder, the file it writes inspected afterwards.
class tst_CliGantt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesFileOfRequestedSize_data();
    void writesFileOfRequestedSize();
    void daylightSavingDay_labelsBothOffsets();
    void refusals_exitTwoAndWriteNothing_data();
    void refusals_exitTwoAndWriteNothing();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments) const;

    QTemporaryDir m_dir;
    QString m_db;
};

void tst_CliGantt::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("gantt.sqlite"));
    Workspace workspace;
    QVERIFY2(workspace.open(m_db), qPrintable(workspace.errorString()));
    QString error;
    CatalogRepository catalog(&workspace);
    DataCenter eu{0, QStringLiteral("EU"), QStringLiteral("Europe Data Center"), QStringLiteral("Europe/Amsterdam")};
    Instance primo{0, QStringLiteral("Primo MT EU01"), QStringLiteral("Primo"), QStringLiteral("EU")};
    QVERIFY2(catalog.saveDataCenter(eu, &error), qPrintable(error));
    QVERIFY2(catalog.saveInstance(primo, &error), qPrintable(error));
    Incident incident;
    incident.title = QStringLiteral("Primo MT EU01 service interruptions");
    incident.severity = Severity::Major;
    incident.status = IncidentStatus::Resolved;
    const auto at = [](const char *t) { return QDateTime::fromString(QString::fromLatin1(t), Qt::ISODate).toUTC(); };
    incident.windows << OutageWindow{primo.name, at("2016-11-14T14:56:00+01:00"), at("2016-11-14T15:36:00+01:00"), Impact::Outage}
                     << OutageWindow{primo.name, at("2016-11-15T10:56:00+01:00"), at("2016-11-15T11:14:00+01:00"), Impact::Outage};
    QVERIFY2(IncidentRepository(&workspace).save(incident, &error), qPrintable(error));
    workspace.close();
}

tst_CliGantt::Result tst_CliGantt::run(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("OUTAGEDESK_NOW"), QStringLiteral("2016-11-30T00:00:00Z"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
    process.setProcessEnvironment(env);
    process.start(TestPaths::binary(), QStringList{QStringLiteral("--db"), m_db} + arguments);
    Result result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void tst_CliGantt::writesFileOfRequestedSize_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QSize>("size");

    QTest::newRow("png default size") << "chart.png" << QStringList{} << QSize(1600, 900);
    QTest::newRow("png 800x400, utc") << "small.png" << QStringList{QStringLiteral("--size"), QStringLiteral("800x400"), QStringLiteral("--zone"), QStringLiteral("utc")} << QSize(800, 400);
    QTest::newRow("svg 1200x700, one data center") << "chart.svg" << QStringList{QStringLiteral("--size"), QStringLiteral("1200x700"), QStringLiteral("--data-center"), QStringLiteral("EU")} << QSize(1200, 700);
    QTest::newRow("pdf 842x595, IANA zone") << "chart.pdf" << QStringList{QStringLiteral("--size"), QStringLiteral("842x595"), QStringLiteral("--zone"), QStringLiteral("Asia/Kolkata")} << QSize(842, 595);
    QTest::newRow("upper-case extension") << "CHART.PNG" << QStringList{QStringLiteral("--size"), QStringLiteral("640x480")} << QSize(640, 480);
}

void tst_CliGantt::writesFileOfRequestedSize()
{
    QFETCH(QString, fileName);
    QFETCH(QStringList, extra);
    QFETCH(QSize, size);

    const QString path = m_dir.filePath(fileName);
    QFile::remove(path);
    const Result r = run(QStringList{QStringLiteral("gantt"), QStringLiteral("--from"), QStringLiteral("2016-11-14"),
                                     QStringLiteral("--to"), QStringLiteral("2016-11-17T00:00:00+01:00"),
                                     QStringLiteral("-o"), path}
                         + extra);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFileInfo::exists(path));

    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png")) {
        const QImage image(path);
        QCOMPARE(image.size(), size);
        // Something was drawn: the image is not a single colour.
        const QRgb corner = image.pixel(0, 0);
        bool varied = false;
        for (int y = 0; y < image.height() && !varied; y += 7)
            for (int x = 0; x < image.width() && !varied; x += 7)
                varied = image.pixel(x, y) != corner;
        QVERIFY(varied);
    } else if (suffix == QLatin1String("svg")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        while (!xml.atEnd() && !(xml.isStartElement() && xml.name() == QLatin1String("svg")))
            xml.readNext();
        QVERIFY(xml.isStartElement());
        QCOMPARE(xml.attributes().value(QLatin1String("width")).toString(), QStringLiteral("%1px").arg(size.width()));
        QCOMPARE(xml.attributes().value(QLatin1String("height")).toString(), QStringLiteral("%1px").arg(size.height()));
        QCOMPARE(xml.attributes().value(QLatin1String("viewBox")).toString(),
                 QStringLiteral("0 0 %1 %2").arg(size.width()).arg(size.height()));
        // The data center's zone on the axis: November in Amsterdam is CET.
        file.seek(0);
        const QString svg = QString::fromUtf8(file.readAll());
        QVERIFY(svg.contains(QStringLiteral(" CET")));
        QVERIFY(svg.contains(QStringLiteral("Europe/Amsterdam")));
        QVERIFY(!svg.contains(QStringLiteral(" UTC<")));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        if (pdfinfo.isEmpty())
            QSKIP("pdfinfo (poppler-utils) is not installed");
        QProcess info;
        info.start(pdfinfo, {path});
        QVERIFY(info.waitForFinished(30000));
        const QString text = QString::fromUtf8(info.readAllStandardOutput());
        const QRegularExpression pageSize(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts"));
        const QRegularExpressionMatch m = pageSize.match(text);
        QVERIFY2(m.hasMatch(), qPrintable(text));
        QCOMPARE(qRound(m.captured(1).toDouble()), size.width());
        QCOMPARE(qRound(m.captured(2).toDouble()), size.height());
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\b"))));
    }
}

void tst_CliGantt::daylightSavingDay_labelsBothOffsets()
{
    // 30 Oct 2016 in Amsterdam: 25 hours, summer time until 03:00 CEST, then CET.
    const QString path = m_dir.filePath(QStringLiteral("dst.svg"));
    const Result r = run({QStringLiteral("gantt"), QStringLiteral("--from"), QStringLiteral("2016-10-30T00:00:00+02:00"),
                          QStringLiteral("--to"), QStringLiteral("2016-10-31T00:00:00+01:00"), QStringLiteral("-o"), path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    QVERIFY(svg.contains(QStringLiteral(" CEST")));
    QVERIFY(svg.contains(QStringLiteral(" CET")));
}

void tst_CliGantt::refusals_exitTwoAndWriteNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("mentions");

    const auto args = [](const char *from, const char *to, QStringList extra) {
        return QStringList{QStringLiteral("gantt"), QStringLiteral("--from"), QString::fromLatin1(from),
                           QStringLiteral("--to"), QString::fromLatin1(to)}
            + extra;
    };
    QTest::newRow("reversed range") << args("2016-11-17", "2016-11-14", {}) << "r.png" << "--to";
    QTest::newRow("empty range") << args("2016-11-14", "2016-11-14", {}) << "e.png" << "--to";
    QTest::newRow("malformed from") << args("14/11/2016", "2016-11-17", {}) << "m.png" << "--from";
    QTest::newRow("wall time without offset") << args("2016-11-14T10:00:00", "2016-11-17", {}) << "w.png" << "--from";
    QTest::newRow("unknown zone") << args("2016-11-14", "2016-11-17", {QStringLiteral("--zone"), QStringLiteral("Mars/Olympus")}) << "z.png" << "Mars/Olympus";
    QTest::newRow("unknown data center") << args("2016-11-14", "2016-11-17", {QStringLiteral("--data-center"), QStringLiteral("XX")}) << "d.png" << "XX";
    QTest::newRow("size without x") << args("2016-11-14", "2016-11-17", {QStringLiteral("--size"), QStringLiteral("1600")}) << "s1.png" << "--size";
    QTest::newRow("size zero") << args("2016-11-14", "2016-11-17", {QStringLiteral("--size"), QStringLiteral("0x0")}) << "s2.png" << "--size";
    QTest::newRow("size huge") << args("2016-11-14", "2016-11-17", {QStringLiteral("--size"), QStringLiteral("99999x900")}) << "s3.png" << "--size";
    QTest::newRow("unknown extension") << args("2016-11-14", "2016-11-17", {}) << "chart.bmp" << "chart.bmp";
    QTest::newRow("no extension") << args("2016-11-14", "2016-11-17", {}) << "chart" << "chart";
    QTest::newRow("missing -o") << args("2016-11-14", "2016-11-17", {}) << QString() << "-o";
    QTest::newRow("missing --to") << QStringList{QStringLiteral("gantt"), QStringLiteral("--from"), QStringLiteral("2016-11-14")} << "t.png" << "--to";
}

void tst_CliGantt::refusals_exitTwoAndWriteNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, fileName);
    QFETCH(QString, mentions);

    const QString path = fileName.isEmpty() ? QString() : m_dir.filePath(fileName);
    if (!path.isEmpty()) {
        QFile::remove(path);
        arguments << QStringLiteral("-o") << path;
    }
    const Result r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts).filter(QRegularExpression(QStringLiteral("^outagedesk")));
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.constFirst().contains(mentions), qPrintable(lines.constFirst()));
    if (!path.isEmpty())
        QVERIFY(!QFileInfo::exists(path));
}

QTEST_GUILESS_MAIN(tst_CliGantt)
#include "tst_cligantt.moc"

#include "model/Incident.h"
#include "render/RenderContext.h"
#include "render/gantt/IncidentChartSvg.h"

#include <QElapsedTimer>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <tuple>

using namespace OutageDesk;

namespace {

const QDateTime kNow(QDate(2016, 10, 30), QTime(6, 0), Qt::UTC);

QDateTime utc(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2016, month, day), QTime(hour, minute), Qt::UTC);
}

RenderContext catalog()
{
    const DataCenter ams{0, "AMS", "Amsterdam", "Europe/Amsterdam"};
    const DataCenter chi{0, "CHI", "Chicago", "America/Chicago"};
    RenderContext context;
    context.now = kNow;
    for (const char *name : {"Primo EU01", "Primo EU02", "<script>alert(1)</script>", "\"onload=alert(1) x=\"", "]]>"})
        context.dataCenterOfInstance.insert(QString::fromUtf8(name), ams);
    context.dataCenterOfInstance.insert("Alma NA01", chi);
    return context;
}

// What the SVG says, read back with an XML parser.
struct Parsed
{
    QString error;
    QStringList elements;
    QStringList attributeNames;
    QHash<QString, QString> rootAttributes;
    QHash<QString, QString> textOfId; // <title>/<desc> with an id
    QStringList rowLabels;
    QString zoneCaption;
    QStringList tickLabels;
    struct Rect
    {
        QString cls;
        double x = 0, width = 0;
    };
    QList<Rect> bars;
    QList<Rect> fades;
    QStringList windowTitles;       // <title> of each g.window
    QStringList ongoingWindowTitles; // of each g.window.ongoing
};

Parsed parse(const QString &svg)
{
    Parsed p;
    QXmlStreamReader reader(svg);
    QStringList stack;
    QStringList classStack;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QString name = reader.name().toString();
            const QString cls = reader.attributes().value("class").toString();
            p.elements << name;
            for (const auto &a : reader.attributes())
                p.attributeNames << a.qualifiedName().toString();
            if (stack.isEmpty()) {
                for (const auto &a : reader.attributes())
                    p.rootAttributes.insert(a.qualifiedName().toString(), a.value().toString());
            }
            const QString parentClass = classStack.isEmpty() ? QString() : classStack.constLast();
            if (name == "rect" && cls.startsWith("bar "))
                p.bars << Parsed::Rect{cls, reader.attributes().value("x").toDouble(), reader.attributes().value("width").toDouble()};
            if (name == "rect" && cls.startsWith("fade "))
                p.fades << Parsed::Rect{cls, reader.attributes().value("x").toDouble(), reader.attributes().value("width").toDouble()};
            stack << name;
            classStack << cls;
            if ((name == "title" || name == "desc") && reader.attributes().hasAttribute("id")) {
                const QString id = reader.attributes().value("id").toString();
                p.textOfId.insert(id, reader.readElementText());
                stack.removeLast();
                classStack.removeLast();
            } else if (name == "title" && parentClass.startsWith("window")) {
                const QString text = reader.readElementText();
                p.windowTitles << text;
                if (parentClass.contains("ongoing"))
                    p.ongoingWindowTitles << text;
                stack.removeLast();
                classStack.removeLast();
            } else if (name == "text") {
                const QString text = reader.readElementText(QXmlStreamReader::SkipChildElements);
                const QString group = classStack.size() >= 2 ? classStack.at(classStack.size() - 2) : QString();
                if (group == "rows")
                    p.rowLabels << text;
                else if (group == "ticks")
                    p.tickLabels << text;
                else if (cls == "zone")
                    p.zoneCaption = text;
                stack.removeLast();
                classStack.removeLast();
            }
        } else if (reader.isEndElement()) {
            stack.removeLast();
            classStack.removeLast();
        }
    }
    if (reader.hasError())
        p.error = QStringLiteral("%1 at %2:%3").arg(reader.errorString()).arg(reader.lineNumber()).arg(reader.columnNumber());
    return p;
}

} // namespace

Q_DECLARE_METATYPE(QList<OutageWindow>)

// One incident's Gantt chart as SVG text, for the status portal.
class TestIncidentChartSvg : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void svg_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QList<OutageWindow>>("windows");
        QTest::addColumn<QStringList>("rowLabels");
        QTest::addColumn<QString>("zoneCaption");
        QTest::addColumn<QStringList>("description"); // one line per window, by start

        // Clocks go back at 03:00 CEST = 01:00 UTC: two hours of instants, one on the wall.
        QTest::newRow("DST end, Amsterdam")
            << "Primo down over the clock change"
            << QList<OutageWindow>{{"Primo EU01", utc(10, 30, 0, 30), utc(10, 30, 2, 30), Impact::Outage}}
            << QStringList{"Amsterdam · Primo EU01"} << "Times in Europe/Amsterdam (CEST/CET)"
            << QStringList{"Amsterdam · Primo EU01: Outage from 2016-10-30 02:30 CEST to 2016-10-30 03:30 CET (2 h 00 min)."};
        QTest::newRow("ongoing window")
            << "Still degraded"
            << QList<OutageWindow>{{"Primo EU01", utc(10, 30, 4, 0), {}, Impact::Degraded}}
            << QStringList{"Amsterdam · Primo EU01"} << "Times in Europe/Amsterdam (CET)"
            << QStringList{"Amsterdam · Primo EU01: Degraded from 2016-10-30 05:00 CET, ongoing (2 h 00 min so far)."};
        QTest::newRow("several instances, one data center, overlapping")
            << "Two services"
            << QList<OutageWindow>{{"Primo EU02", utc(10, 29, 10, 0), utc(10, 29, 11, 0), Impact::Maintenance},
                                   {"Primo EU01", utc(10, 29, 9, 0), utc(10, 29, 10, 30), Impact::Outage},
                                   {"Primo EU01", utc(10, 29, 10, 0), utc(10, 29, 10, 15), Impact::Degraded}}
            << QStringList{"Amsterdam · Primo EU01", "Amsterdam · Primo EU02"} << "Times in Europe/Amsterdam (CEST)"
            << QStringList{"Amsterdam · Primo EU01: Outage from 2016-10-29 11:00 CEST to 2016-10-29 12:30 CEST (1 h 30 min).",
                           "Amsterdam · Primo EU01: Degraded from 2016-10-29 12:00 CEST to 2016-10-29 12:15 CEST (15 min).",
                           "Amsterdam · Primo EU02: Maintenance from 2016-10-29 12:00 CEST to 2016-10-29 13:00 CEST (1 h 00 min)."};
        QTest::newRow("two zones: UTC axis")
            << "Transatlantic"
            << QList<OutageWindow>{{"Alma NA01", utc(10, 29, 14, 0), utc(10, 29, 15, 0), Impact::Outage},
                                   {"Primo EU01", utc(10, 29, 13, 0), {}, Impact::Outage}}
            << QStringList{"Amsterdam · Primo EU01", "Chicago · Alma NA01"}
            << "Times in UTC: the affected services are in different time zones"
            << QStringList{"Amsterdam · Primo EU01: Outage from 2016-10-29 15:00 CEST, ongoing (17 h 00 min so far).",
                           "Chicago · Alma NA01: Outage from 2016-10-29 09:00 CDT to 2016-10-29 10:00 CDT (1 h 00 min)."};
        QTest::newRow("unknown instance: UTC, no data center")
            << "Somewhere"
            << QList<OutageWindow>{{"Not in the catalog", utc(10, 29, 14, 0), utc(10, 29, 15, 0), Impact::Outage}}
            << QStringList{"Not in the catalog"} << "Times in UTC"
            << QStringList{"Not in the catalog: Outage from 2016-10-29 14:00 UTC to 2016-10-29 15:00 UTC (1 h 00 min)."};
        QTest::newRow("hostile names")
            << "</title><script>alert(1)</script> \"onload=alert(2) ]]> <![CDATA[x]]> &amp; \x01"
            << QList<OutageWindow>{{"<script>alert(1)</script>", utc(10, 29, 14, 0), utc(10, 29, 15, 0), Impact::Outage},
                                   {"\"onload=alert(1) x=\"", utc(10, 29, 14, 30), utc(10, 29, 15, 0), Impact::Outage},
                                   {"]]>", utc(10, 29, 14, 45), utc(10, 29, 15, 0), Impact::Outage}}
            << QStringList{"Amsterdam · \"onload=alert(1) x=\"", "Amsterdam · <script>alert(1)</script>", "Amsterdam · ]]>"}
            << "Times in Europe/Amsterdam (CEST)"
            << QStringList{"Amsterdam · <script>alert(1)</script>: Outage from 2016-10-29 16:00 CEST to 2016-10-29 17:00 CEST (1 h 00 min).",
                           "Amsterdam · \"onload=alert(1) x=\": Outage from 2016-10-29 16:30 CEST to 2016-10-29 17:00 CEST (30 min).",
                           "Amsterdam · ]]>: Outage from 2016-10-29 16:45 CEST to 2016-10-29 17:00 CEST (15 min)."};
    }

    void svg()
    {
        QFETCH(QString, title);
        QFETCH(QList<OutageWindow>, windows);
        QFETCH(QStringList, rowLabels);
        QFETCH(QString, zoneCaption);
        QFETCH(QStringList, description);

        Incident incident;
        incident.uuid = QUuid::fromString(QStringLiteral("6f1c2a4e-0b7d-4c55-9a3e-2e51c0d7b101"));
        incident.title = title;
        incident.windows = windows;
        const QString svg = IncidentChartSvg(catalog(), "en").svg(incident);
        QVERIFY(svg.startsWith("<svg "));

        const Parsed p = parse(svg);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error + "\n" + svg));

        // Nothing active, nothing fetched.
        for (const QString &element : p.elements) {
            for (const char *forbidden : {"script", "foreignObject", "a", "image", "use", "style", "iframe", "animate", "set"})
                QVERIFY2(element.compare(QLatin1String(forbidden), Qt::CaseInsensitive) != 0, qPrintable(element));
        }
        for (const QString &attribute : p.attributeNames) {
            QVERIFY2(!attribute.startsWith("on", Qt::CaseInsensitive), qPrintable(attribute));
            QVERIFY2(!attribute.endsWith("href", Qt::CaseInsensitive), qPrintable(attribute));
            QVERIFY2(attribute != "style", qPrintable(attribute));
        }
        QVERIFY(!svg.contains("<script", Qt::CaseInsensitive));
        QVERIFY(!svg.contains("url(") && !svg.contains("http") && !svg.contains("<!["));

        // Accessible and scalable.
        QCOMPARE(p.rootAttributes.value("role"), "img");
        QCOMPARE(p.rootAttributes.value("width"), "100%");
        QVERIFY(p.rootAttributes.value("viewBox").startsWith("0 0 800 "));
        const QStringList labelledBy = p.rootAttributes.value("aria-labelledby").split(' ');
        QCOMPARE(labelledBy.size(), 2);
        QString expectedTitle = "Outage windows of " + title;
        expectedTitle.replace(QChar(1), QChar(' '));
        QCOMPARE(p.textOfId.value(labelledBy.at(0)), expectedTitle);
        QCOMPARE(p.textOfId.value(labelledBy.at(1)).split('\n'), description);

        QCOMPARE(p.rowLabels, rowLabels);
        QCOMPARE(p.zoneCaption, zoneCaption);
        QVERIFY(!p.tickLabels.isEmpty());

        // One bar per window, every bar's edges proportional to its instants (ongoing: to now).
        QCOMPARE(p.bars.size(), windows.size());
        QCOMPARE(p.windowTitles.size(), windows.size());
        QList<std::pair<qint64, double>> edges; // instant → x
        QList<OutageWindow> sorted = windows;
        // Bars come row by row (data center, instance): each is matched to its window by its title.
        for (int i = 0; i < p.windowTitles.size(); ++i) {
            const int line = int(description.indexOf(p.windowTitles.at(i)));
            QVERIFY2(line >= 0, qPrintable(p.windowTitles.at(i)));
        }
        // In the order of the description: by start, then as the rows go.
        std::sort(sorted.begin(), sorted.end(), [](const OutageWindow &a, const OutageWindow &b) {
            return std::tie(a.start, a.instance) < std::tie(b.start, b.instance);
        });
        for (int i = 0; i < p.bars.size(); ++i) {
            const OutageWindow &w = sorted.at(int(description.indexOf(p.windowTitles.at(i))));
            const qint64 end = w.isOngoing() ? kNow.toMSecsSinceEpoch() : w.end.toMSecsSinceEpoch();
            edges << std::make_pair(w.start.toMSecsSinceEpoch(), p.bars.at(i).x)
                  << std::make_pair(end, p.bars.at(i).x + p.bars.at(i).width);
            const char *cls = w.impact == Impact::Outage ? "bar o" : w.impact == Impact::Degraded ? "bar d" : "bar m";
            QCOMPARE(p.bars.at(i).cls, QString::fromLatin1(cls));
        }
        const auto [first, last] = std::minmax_element(edges.cbegin(), edges.cend());
        QVERIFY(last->first > first->first);
        const double pxPerMs = (last->second - first->second) / double(last->first - first->first);
        QVERIFY(pxPerMs > 0);
        for (const auto &[ms, x] : std::as_const(edges))
            QVERIFY2(std::abs(first->second + double(ms - first->first) * pxPerMs - x) < 0.03,
                     qPrintable(QStringLiteral("%1 ms at x=%2").arg(ms).arg(x)));

        // An ongoing window is marked: "ongoing" in its title and a fade beyond now.
        const int ongoing = int(std::count_if(windows.cbegin(), windows.cend(), [](const OutageWindow &w) { return w.isOngoing(); }));
        QCOMPARE(p.ongoingWindowTitles.size(), ongoing);
        for (const QString &t : p.ongoingWindowTitles)
            QVERIFY(t.contains("ongoing"));
        QCOMPARE(p.fades.size(), ongoing * 4);
        QCOMPARE(svg.contains("class=\"now\""), ongoing > 0);
    }

    void ticks_acrossDaylightSavingEnd_showBothAbbreviations()
    {
        Incident incident;
        incident.uuid = QUuid::createUuid();
        incident.windows = {{"Primo EU01", utc(10, 29, 20, 0), utc(10, 30, 4, 0), Impact::Outage}};
        const Parsed p = parse(IncidentChartSvg(catalog(), "en").svg(incident));
        QVERIFY(p.error.isEmpty());
        const QString labels = p.tickLabels.join('|');
        QVERIFY2(labels.contains("CEST") && labels.contains(" CET"), qPrintable(labels));
    }

    void axisZone_data()
    {
        QTest::addColumn<QStringList>("instances");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<bool>("mixed");
        QTest::newRow("one") << QStringList{"Primo EU01"} << "Europe/Amsterdam" << false;
        QTest::newRow("two, same data center") << QStringList{"Primo EU01", "Primo EU02"} << "Europe/Amsterdam" << false;
        QTest::newRow("two zones") << QStringList{"Primo EU01", "Alma NA01"} << "UTC" << true;
        QTest::newRow("unknown") << QStringList{"nowhere"} << "UTC" << false;
    }

    void axisZone()
    {
        QFETCH(QStringList, instances);
        QFETCH(QString, zone);
        QFETCH(bool, mixed);
        Incident incident;
        for (const QString &instance : instances)
            incident.windows << OutageWindow{instance, utc(10, 1, 0, 0), utc(10, 1, 1, 0), Impact::Outage};
        bool isMixed = !mixed;
        QCOMPARE(QString::fromUtf8(IncidentChartSvg(catalog()).axisZone(incident, &isMixed).id()), zone);
        QCOMPARE(isMixed, mixed);
    }

    void svg_noWindows_isEmpty()
    {
        Incident incident;
        incident.title = "Nothing drawn";
        QVERIFY(IncidentChartSvg(catalog()).svg(incident).isEmpty());
    }

    void svg_manyWindows_isQuick()
    {
        // The portal draws one chart per incident: 10,000 of them must cost little.
        Incident incident;
        incident.uuid = QUuid::createUuid();
        incident.title = "Typical";
        incident.windows = {{"Primo EU01", utc(10, 29, 14, 0), utc(10, 29, 14, 30), Impact::Outage},
                            {"Primo EU02", utc(10, 29, 14, 10), utc(10, 29, 14, 15), Impact::Degraded}};
        const IncidentChartSvg chart(catalog(), "en");
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 1000; ++i)
            QVERIFY(!chart.svg(incident).isEmpty());
        qInfo("1,000 charts of two windows: %lld ms", timer.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestIncidentChartSvg)
#include "tst_incidentchartsvg.moc"

#include "model/Incident.h"
#include "render/GeneratedSections.h"
#include "render/HtmlSanitizer.h"
#include "render/MarkdownRenderer.h"
#include "render/RcaRenderer.h"
#include "render/RenderContext.h"
#include "render/gantt/IncidentChartSvg.h"

#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QSet>
#include <QXmlStreamReader>

using namespace OutageDesk;

namespace {

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QLatin1String(text), Qt::ISODate).toUTC();
}

RenderContext amsterdamContext()
{
    RenderContext context;
    context.dataCenterOfInstance.insert(QStringLiteral("Primo MT EU01"),
                                        DataCenter{1, QStringLiteral("EU"), QStringLiteral("Europe Data Center"),
                                                   QStringLiteral("Europe/Amsterdam")});
    context.dataCenterOfInstance.insert(QStringLiteral("Alma NA02"),
                                        DataCenter{2, QStringLiteral("NA"), QStringLiteral("North America"),
                                                   QStringLiteral("America/Chicago")});
    context.now = utc("2016-11-16T20:00:00Z");
    return context;
}

Incident sampleIncident()
{
    Incident incident;
    incident.title = QStringLiteral("Primo MT EU01 service interruptions");
    incident.internalNotes = QStringLiteral("SECRET-INTERNAL-NOTE do not publish");
    incident.windows << OutageWindow{QStringLiteral("Primo MT EU01"), utc("2016-11-14T14:56:00+01:00"),
                                     utc("2016-11-14T15:36:00+01:00"), Impact::Outage}
                     << OutageWindow{QStringLiteral("Primo MT EU01"), utc("2016-11-15T10:56:00+01:00"),
                                     utc("2016-11-15T11:14:00+01:00"), Impact::Outage};
    incident.actionItems << ActionItem{QStringLiteral("Review protection"), QStringLiteral("Security team"),
                                       QDate(2016, 12, 15), false};
    incident.publications << Publication{utc("2016-11-21T09:00:00Z"), QStringLiteral("Initial publication"),
                                         QStringLiteral("status")};
    RcaDocument rca;
    rca.text = QStringLiteral("# Primo\n\n## Event Timeline\n\n<!-- outagedesk:timeline -->\n\n"
                              "## Technical Action Items and Preventive Measures\n\n<!-- outagedesk:action-items -->\n\n"
                              "## Publication History\n\n<!-- outagedesk:publications -->\n");
    incident.rca = rca;
    return incident;
}

// Anything that could run: a script element, an event handler attribute, a
// dangerous URL scheme in an attribute, an embedding element.
bool looksActive(const QString &html)
{
    static const QRegularExpression activeTag(
        QStringLiteral("<\\s*(script|iframe|object|embed|form|style|svg|math|base|meta|link|input|button|textarea)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression eventHandler(QStringLiteral("<[^>]*\\son[a-z]+\\s*="),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression urlAttribute(QStringLiteral("(href|src)\\s*=\\s*\"([^\"]*)\""),
                                                 QRegularExpression::CaseInsensitiveOption);
    // Quoted attribute values are inert text: look for handlers outside them.
    QString unquoted = html;
    unquoted.replace(QRegularExpression(QStringLiteral("\"[^\"]*\"")), QStringLiteral("\"\""));
    if (activeTag.match(html).hasMatch() || eventHandler.match(unquoted).hasMatch())
        return true;
    auto it = urlAttribute.globalMatch(html);
    while (it.hasNext()) {
        if (!HtmlSanitizer::isSafeUrl(it.next().captured(2)))
            return true;
    }
    return false;
}

QString pdfText(const QString &path, const QStringList &options = {})
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), options + QStringList{path, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(30000))
        return {};
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

// Markup in every field a user can type that reaches an export.
const QString kHostile = QStringLiteral(
    "</title><script>alert(1)</script><form action=\"https://evil.example/\"><input name=x>"
    "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\"><base href=\"https://evil.example/\">"
    "<a href=\"javascript:alert(2)\">x</a><img src=x onerror=alert(3)><svg onload=alert(4)>]]><![CDATA[ &amp; \"'");

RenderContext hostileContext()
{
    RenderContext context = amsterdamContext();
    context.dataCenterOfInstance.insert(kHostile, DataCenter{3, QStringLiteral("X"), kHostile, QStringLiteral("Europe/Amsterdam")});
    return context;
}

Incident hostileIncident()
{
    Incident incident = sampleIncident();
    incident.uuid = QUuid::fromString(QStringLiteral("6f1c2a4e-0b7d-4c55-9a3e-2e51c0d7b101"));
    incident.title = kHostile;
    incident.windows << OutageWindow{kHostile, utc("2016-11-14T15:00:00+01:00"), utc("2016-11-14T15:20:00+01:00"),
                                     Impact::Degraded};
    incident.updates << StatusUpdate{utc("2016-11-14T15:05:00+01:00"), IncidentStatus::Identified, kHostile};
    incident.actionItems << ActionItem{kHostile, kHostile, QDate(2016, 12, 1), false};
    incident.publications << Publication{utc("2016-11-21T10:00:00Z"), kHostile, kHostile};
    incident.rca->text += QStringLiteral("\n\n") + kHostile + QStringLiteral("\n\n[link](javascript:alert(5)) ")
        + QStringLiteral("<iframe src=\"https://evil.example/\"></iframe>\n\n```\n") + kHostile + QStringLiteral("\n```\n");
    incident.rca->state = RcaState::Approved;
    incident.rca->approvedBy = kHostile;
    incident.rca->approvedAt = utc("2016-11-21T09:00:00Z");
    return incident;
}

} // namespace

class TestRcaRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void hostileMarkdown_isNeverActive_data();
    void hostileMarkdown_isNeverActive();
    void htmlBlocks_joinedAreToHtml_data();
    void htmlBlocks_joinedAreToHtml();
    void htmlBlocks_cacheGivesWhatRenderingAgainGives();
    void hostileHtml_sanitizerNeutralises_data();
    void hostileHtml_sanitizerNeutralises();
    void safeUrls_data();
    void safeUrls();
    void rawHtml_isShownAsText();
    void gfmExtensions_render();
    void title_isEscaped();
    void timeline_groupsByDayWithZoneOnEveryTime();
    void timeline_dstChange_showsBothAbbreviationsAndInstantDuration();
    void timeline_ongoingWindow_isMarked();
    void timeline_userTextIsEscaped();
    void actionItems_andPublications_tables();
    void markerInsideCodeFence_isLeftAlone();
    void exports_neverContainInternalNotes();
    void chart_isThePortalsUnderTheTitle();
    void pdf_containsTimelineAndPageNumbers_data();
    void pdf_containsTimelineAndPageNumbers();
    void standaloneHtml_markupInEveryField_staysWithinTheAllowList();
    void withoutRcaText_exportsCarryTheFacts_data();
    void withoutRcaText_exportsCarryTheFacts();
    void pdf_longLinesWrapInsideTheMargin();
    void pdf_linesAtPageBreaks_appearOnce();
};

void TestRcaRenderer::hostileMarkdown_isNeverActive_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::newRow("script tag") << QStringLiteral("<script>alert(1)</script>");
    QTest::newRow("script tag inline") << QStringLiteral("hello <script>alert(1)</script> world");
    QTest::newRow("script upper case") << QStringLiteral("<SCRIPT SRC=//evil.example/x.js></SCRIPT>");
    QTest::newRow("img onerror") << QStringLiteral("<img src=x onerror=alert(1)>");
    QTest::newRow("img ONERROR") << QStringLiteral("<img src=x ONERROR=alert(1)>");
    QTest::newRow("img OnErRoR") << QStringLiteral("<img src=x OnErRoR=\"alert(1)\">");
    QTest::newRow("onmouseover inline") << QStringLiteral("text <a href=\"https://x.example\" onmouseover=\"alert(1)\">x</a>");
    QTest::newRow("javascript link") << QStringLiteral("[click](javascript:alert(1))");
    QTest::newRow("JavaScript link mixed case") << QStringLiteral("[click](JaVaScRiPt:alert(1))");
    QTest::newRow("javascript entity colon") << QStringLiteral("[click](javascript&colon;alert(1))");
    QTest::newRow("javascript numeric entity") << QStringLiteral("[click](&#106;avascript:alert(1))");
    QTest::newRow("javascript hex entity") << QStringLiteral("[click](&#x6A;avascript:alert(1))");
    QTest::newRow("javascript tab entity") << QStringLiteral("[click](java&#x09;script:alert(1))");
    QTest::newRow("javascript leading space") << QStringLiteral("[click](<  javascript:alert(1)>)");
    QTest::newRow("javascript reference link") << QStringLiteral("[click][x]\n\n[x]: javascript:alert(1)");
    QTest::newRow("vbscript") << QStringLiteral("[click](vbscript:msgbox(1))");
    QTest::newRow("data url link") << QStringLiteral("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)");
    QTest::newRow("data url image") << QStringLiteral("![x](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)");
    QTest::newRow("autolink javascript") << QStringLiteral("<javascript:alert(1)>");
    QTest::newRow("iframe") << QStringLiteral("<iframe src=\"https://evil.example\"></iframe>");
    QTest::newRow("object embed") << QStringLiteral("<object data=x></object><embed src=x>");
    QTest::newRow("form") << QStringLiteral("<form action=https://evil.example><input name=p></form>");
    QTest::newRow("style") << QStringLiteral("<style>body{display:none}</style>");
    QTest::newRow("svg onload") << QStringLiteral("<svg onload=alert(1)>");
    QTest::newRow("nested markup") << QStringLiteral("<scr<script>ipt>alert(1)</scr</script>ipt>");
    QTest::newRow("nested in emphasis") << QStringLiteral("**bold <img src=x onerror=alert(1)> bold**");
    QTest::newRow("in table cell") << QStringLiteral("| a |\n|---|\n| <script>alert(1)</script> |");
    QTest::newRow("malformed unterminated") << QStringLiteral("<img src=x onerror=alert(1)");
    QTest::newRow("malformed quotes") << QStringLiteral("<a href='javascript:alert(1)\">x</a>");
    QTest::newRow("comment trick") << QStringLiteral("<!--><script>alert(1)</script>-->");
    QTest::newRow("link title injection") << QStringLiteral("[x](https://ok.example \"a\\\" onclick=\\\"alert(1)\")");
}

void TestRcaRenderer::hostileMarkdown_isNeverActive()
{
    QFETCH(QString, markdown);
    const QString html = MarkdownRenderer::toHtml(markdown);
    QVERIFY2(!looksActive(html), qPrintable(html));
    // The preview's path, block by block, also when blocks come from its cache.
    MarkdownRenderer::HtmlBlockCache cache;
    MarkdownRenderer::toHtmlBlocks(QStringLiteral("Before.\n\n") + markdown + QStringLiteral("\n\nAfter.\n"), &cache);
    const QStringList blocks = MarkdownRenderer::toHtmlBlocks(
        QStringLiteral("Before, edited.\n\n") + markdown + QStringLiteral("\n\nAfter.\n"), &cache);
    for (const QString &block : blocks)
        QVERIFY2(!looksActive(block), qPrintable(block));
}

void TestRcaRenderer::htmlBlocks_joinedAreToHtml_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::newRow("empty") << QString();
    QTest::newRow("sections") << QStringLiteral("# T\n\nText **b**.\n\n## S\n\n- a\n- b\n\n> q\n\n---\n\n1. x\n");
    QTest::newRow("table and code") << QStringLiteral("| a | b |\n|---|---|\n| 1 | 2 |\n\n```\ncode\n```\n\nEnd.\n");
    QTest::newRow("reference defined below") << QStringLiteral("[x][r] here.\n\n## Later\n\n[r]: https://example.com\n");
    QTest::newRow("raw html block") << QStringLiteral("<div onclick=\"x()\">\nhello\n</div>\n\nText.\n");
    QTest::newRow("fence left open") << QStringLiteral("Text.\n\n```\n# not a heading\n");
}

// Cut from one parse, the blocks say what toHtml() says: references resolve across
// blocks and an open fence swallows what follows, as in the whole document.
void TestRcaRenderer::htmlBlocks_joinedAreToHtml()
{
    QFETCH(QString, markdown);
    QCOMPARE(MarkdownRenderer::toHtmlBlocks(markdown).join(QString()), MarkdownRenderer::toHtml(markdown));
}

void TestRcaRenderer::htmlBlocks_cacheGivesWhatRenderingAgainGives()
{
    const QStringList texts{QStringLiteral("# T\n\nA.\n\nB.\n\nC.\n"), QStringLiteral("# T\n\nA.\n\nB, edited.\n\nC.\n"),
                            QStringLiteral("# T\n\nNew.\n\nA.\n\nB, edited.\n\nC.\n"), QStringLiteral("# T\n\nC.\n"),
                            QStringLiteral("C.\n"), QString(), QStringLiteral("# T\n\n[l](javascript:x) A.\n\nC.\n")};
    MarkdownRenderer::HtmlBlockCache cache;
    for (const QString &text : texts)
        QCOMPARE(MarkdownRenderer::toHtmlBlocks(text, &cache), MarkdownRenderer::toHtmlBlocks(text));
}

void TestRcaRenderer::hostileHtml_sanitizerNeutralises_data()
{
    QTest::addColumn<QString>("html");
    QTest::newRow("script") << QStringLiteral("<p><script>alert(1)</script></p>");
    QTest::newRow("onclick any casing") << QStringLiteral("<p OnClIcK=\"alert(1)\">x</p><a onClick=alert(1)>y</a>");
    QTest::newRow("href javascript entities")
        << QStringLiteral("<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">x</a>");
    QTest::newRow("href javascript decimal no semicolon") << QStringLiteral("<a href=\"&#106&#97&#118&#97script:alert(1)\">x</a>");
    QTest::newRow("href newline in scheme") << QStringLiteral("<a href=\"java\nscript:alert(1)\">x</a>");
    QTest::newRow("href newline entity") << QStringLiteral("<a href=\"java&NewLine;script:alert(1)\">x</a>");
    QTest::newRow("href leading control") << QStringLiteral("<a href=\"\x01javascript:alert(1)\">x</a>");
    QTest::newRow("href unquoted") << QStringLiteral("<a href=javascript:alert(1)>x</a>");
    QTest::newRow("img src data") << QStringLiteral("<img src=\"data:image/png;base64,AAAA\">");
    QTest::newRow("iframe") << QStringLiteral("<iframe src=//evil></iframe>");
    QTest::newRow("unterminated tag") << QStringLiteral("<img src=x onerror=alert(1)");
    QTest::newRow("unterminated quote") << QStringLiteral("<a href=\"x onclick=alert(1)>y</a>");
    QTest::newRow("tag with slash attributes") << QStringLiteral("<img/src=x/onerror=alert(1)>");
    QTest::newRow("style attribute") << QStringLiteral("<p style=\"background:url(javascript:alert(1))\">x</p>");
}

void TestRcaRenderer::hostileHtml_sanitizerNeutralises()
{
    QFETCH(QString, html);
    const QString clean = HtmlSanitizer::sanitize(html);
    QVERIFY2(!looksActive(clean), qPrintable(clean));
    QVERIFY2(!clean.contains(QLatin1String("style=")), qPrintable(clean));
}

void TestRcaRenderer::safeUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("safe");
    QTest::newRow("https") << QStringLiteral("https://status.example/rca") << true;
    QTest::newRow("http upper") << QStringLiteral("HTTP://status.example") << true;
    QTest::newRow("mailto") << QStringLiteral("mailto:ops@example.com") << true;
    QTest::newRow("relative") << QStringLiteral("incidents/2016.html") << true;
    QTest::newRow("fragment") << QStringLiteral("#event-timeline") << true;
    QTest::newRow("colon in path") << QStringLiteral("a/b:c") << true;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
    QTest::newRow("javascript spaced") << QStringLiteral(" j a v a s c r i p t :alert(1)") << false;
    QTest::newRow("vbscript") << QStringLiteral("vbscript:x") << false;
    QTest::newRow("data") << QStringLiteral("data:text/html,x") << false;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::newRow("entity colon") << QStringLiteral("javascript&colon;x") << false;
}

void TestRcaRenderer::safeUrls()
{
    QFETCH(QString, url);
    QFETCH(bool, safe);
    QCOMPARE(HtmlSanitizer::isSafeUrl(url), safe);
}

void TestRcaRenderer::rawHtml_isShownAsText()
{
    const QString html = MarkdownRenderer::toHtml(QStringLiteral("Press <kbd>Ctrl</kbd> and <b>go</b>"));
    QVERIFY2(html.contains(QLatin1String("&lt;kbd&gt;Ctrl&lt;/kbd&gt;")), qPrintable(html));
    QVERIFY(!html.contains(QLatin1String("<b>")));
    const QString block = MarkdownRenderer::toHtml(QStringLiteral("<div onclick=\"x()\">\nhello\n</div>\n"));
    QVERIFY2(block.contains(QLatin1String("&lt;div")), qPrintable(block));
}

void TestRcaRenderer::gfmExtensions_render()
{
    const QString html = MarkdownRenderer::toHtml(
        QStringLiteral("| a | b |\n|:--|--:|\n| 1 | 2 |\n\n~~gone~~ and https://status.example/x and [ok](https://a.example)"));
    QVERIFY(html.contains(QLatin1String("<table>")));
    QVERIFY(html.contains(QLatin1String("<td align=\"right\">2</td>")));
    QVERIFY(html.contains(QLatin1String("<del>gone</del>")));
    QVERIFY(html.contains(QLatin1String("<a href=\"https://status.example/x\">")));
    QVERIFY(html.contains(QLatin1String("<a href=\"https://a.example\">ok</a>")));
}

void TestRcaRenderer::title_isEscaped()
{
    Incident incident = sampleIncident();
    incident.title = QStringLiteral("<script>alert('t')</script> & <b>x</b>");
    incident.rca->text = QStringLiteral("No heading of its own.");
    const RcaRenderer renderer(amsterdamContext());
    const QString html = renderer.standaloneHtml(incident);
    // The chart is inline SVG by design; what it may hold is checked element by element
    // in standaloneHtml_markupInEveryField_staysWithinTheAllowList.
    QString body = html.section(QLatin1String("</head>"), 1);
    body.remove(QRegularExpression(QStringLiteral("<figure class=\"chart\"><svg .*?</svg></figure>"),
                                   QRegularExpression::DotMatchesEverythingOption));
    QVERIFY(!body.contains(QLatin1String("<svg")));
    QVERIFY(!looksActive(body));
    QVERIFY2(html.contains(QLatin1String("<title>&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; &amp; &lt;b&gt;x&lt;/b&gt;</title>")),
             qPrintable(html));
    QVERIFY(!html.contains(QLatin1String("<script")));
}

void TestRcaRenderer::timeline_groupsByDayWithZoneOnEveryTime()
{
    Incident incident = sampleIncident();
    std::swap(incident.windows[0], incident.windows[1]); // stored out of order
    const QString md = GeneratedSections::timeline(incident, amsterdamContext());
    const qsizetype day14 = md.indexOf(QLatin1String("**2016-11-14 (Monday)**"));
    const qsizetype day15 = md.indexOf(QLatin1String("**2016-11-15 (Tuesday)**"));
    QVERIFY2(day14 >= 0 && day15 > day14, qPrintable(md));
    QVERIFY(md.contains(QLatin1String("| Primo MT EU01 | 14:56 CET | 15:36 CET | 40 min | Outage |")));
    QVERIFY(md.contains(QLatin1String("| Primo MT EU01 | 10:56 CET | 11:14 CET | 18 min | Outage |")));
}

void TestRcaRenderer::timeline_dstChange_showsBothAbbreviationsAndInstantDuration()
{
    Incident incident;
    incident.title = QStringLiteral("DST");
    // 2016-10-30: Amsterdam goes from CEST to CET at 03:00 CEST = 01:00 UTC.
    incident.windows << OutageWindow{QStringLiteral("Primo MT EU01"), utc("2016-10-30T00:30:00Z"),
                                     utc("2016-10-30T01:30:00Z"), Impact::Outage};
    // The same wall times 02:30 → 02:30 but one hour apart in instants.
    const QString md = GeneratedSections::timeline(incident, amsterdamContext());
    QVERIFY2(md.contains(QLatin1String("| 02:30 CEST | 02:30 CET | 1 h 00 min |")), qPrintable(md));

    // Spring forward: 2016-03-27 02:00 CET → 03:00 CEST (01:00 UTC).
    Incident spring;
    spring.windows << OutageWindow{QStringLiteral("Primo MT EU01"), utc("2016-03-27T00:45:00Z"),
                                   utc("2016-03-27T01:15:00Z"), Impact::Degraded};
    const QString md2 = GeneratedSections::timeline(spring, amsterdamContext());
    QVERIFY2(md2.contains(QLatin1String("| 01:45 CET | 03:15 CEST | 30 min | Degraded |")), qPrintable(md2));
}

void TestRcaRenderer::timeline_ongoingWindow_isMarked()
{
    Incident incident;
    incident.windows << OutageWindow{QStringLiteral("Alma NA02"), utc("2016-11-16T18:50:00Z"), QDateTime(), Impact::Outage};
    const QString md = GeneratedSections::timeline(incident, amsterdamContext()); // now = 20:00Z
    QVERIFY2(md.contains(QLatin1String("| Alma NA02 | 12:50 CST | ongoing | 1 h 10 min so far (ongoing) | Outage |")),
             qPrintable(md));
    // A window running past midnight shows the end's date too.
    Incident overnight;
    overnight.windows << OutageWindow{QStringLiteral("Primo MT EU01"), utc("2016-11-16T22:30:00Z"),
                                      utc("2016-11-17T00:10:00Z"), Impact::Outage};
    const QString md2 = GeneratedSections::timeline(overnight, amsterdamContext());
    QVERIFY2(md2.contains(QLatin1String("| 23:30 CET | 2016-11-17 01:10 CET | 1 h 40 min |")), qPrintable(md2));
}

void TestRcaRenderer::timeline_userTextIsEscaped()
{
    Incident incident;
    incident.windows << OutageWindow{QStringLiteral("<img src=x onerror=alert(1)>|x"), utc("2016-11-16T18:50:00Z"),
                                     utc("2016-11-16T19:00:00Z"), Impact::Outage};
    RenderContext context = amsterdamContext();
    const QString md = GeneratedSections::timeline(incident, context);
    QVERIFY2(md.contains(QLatin1String("00 UTC")), qPrintable(md)); // unknown instance: UTC
    const QString html = MarkdownRenderer::toHtml(md);
    QVERIFY(!looksActive(html));
    QVERIFY2(html.contains(QLatin1String("&lt;img src=x onerror=alert(1)&gt;|x")), qPrintable(html));
}

void TestRcaRenderer::actionItems_andPublications_tables()
{
    Incident incident = sampleIncident();
    incident.actionItems << ActionItem{QStringLiteral("Write runbook"), QString(), QDate(), true};
    const QString items = GeneratedSections::actionItems(incident);
    QVERIFY(items.contains(QLatin1String("| Review protection | Security team | 2016-12-15 | Open |")));
    QVERIFY2(items.contains(QStringLiteral("| Write runbook | — | — | Done |")), qPrintable(items));
    const QString pubs = GeneratedSections::publications(incident, amsterdamContext());
    QVERIFY2(pubs.contains(QLatin1String("| 2016-11-21 10:00 CET | Initial publication |")), qPrintable(pubs));
    Incident empty;
    QVERIFY(GeneratedSections::publications(empty, amsterdamContext()).contains(QLatin1String("Not published yet")));
}

void TestRcaRenderer::markerInsideCodeFence_isLeftAlone()
{
    const Incident incident = sampleIncident();
    const QString text = QStringLiteral("```\n<!-- outagedesk:timeline -->\n```\n<!-- outagedesk:timeline -->\n");
    const QString expanded = GeneratedSections::expand(text, incident, amsterdamContext());
    QCOMPARE(expanded.count(GeneratedSections::timelineMarker()), 1);
    QVERIFY(expanded.contains(QLatin1String("14:56 CET")));
}

void TestRcaRenderer::exports_neverContainInternalNotes()
{
    const Incident incident = sampleIncident();
    const RcaRenderer renderer(amsterdamContext());
    QVERIFY(!renderer.markdown(incident).contains(QLatin1String("SECRET-INTERNAL-NOTE")));
    QVERIFY(!renderer.standaloneHtml(incident).contains(QLatin1String("SECRET-INTERNAL-NOTE")));
    const QString md = renderer.markdown(incident);
    QVERIFY(md.contains(QLatin1String("14:56 CET")));
    for (const QString &marker : GeneratedSections::markers())
        QVERIFY(!md.contains(marker));
}

void TestRcaRenderer::chart_isThePortalsUnderTheTitle()
{
    const RcaRenderer renderer(amsterdamContext());
    const Incident incident = sampleIncident();
    const QString html = renderer.standaloneHtml(incident);
    const qsizetype figure = html.indexOf(QLatin1String("<figure class=\"chart\"><svg"));
    QVERIFY(figure > html.indexOf(QLatin1String("</h1>")));
    QVERIFY(figure < html.indexOf(QLatin1String("<h2>Event Timeline")));
    // The portal's chart, in the data center's zone as the tables are.
    QCOMPARE(html.mid(figure + 22, html.indexOf(QLatin1String("</figure>"), figure) - figure - 22),
             IncidentChartSvg(amsterdamContext()).svg(incident));
    QVERIFY(html.contains(QLatin1String("Times in Europe/Amsterdam (CET)")));
    // The preview fragment never carries the chart: it is for exports.
    QVERIFY(!renderer.htmlFragment(incident).contains(QLatin1String("<svg")));
}

void TestRcaRenderer::pdf_containsTimelineAndPageNumbers_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::newRow("A4") << int(QPageSize::A4);
    QTest::newRow("Letter") << int(QPageSize::Letter);
}

void TestRcaRenderer::pdf_containsTimelineAndPageNumbers()
{
    QFETCH(int, pageSize);
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Incident incident = sampleIncident();
    for (int i = 0; i < 120; ++i)
        incident.rca->text += QStringLiteral("\nParagraph %1 of a long analysis.\n").arg(i);
    const RcaRenderer renderer(amsterdamContext());
    const QString path = dir.filePath(QStringLiteral("rca.pdf"));
    QString error;
    QVERIFY2(renderer.writePdf(incident, path, QPageSize::PageSizeId(pageSize), &error), qPrintable(error));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(text.contains(QLatin1String("14:56 CET")), qPrintable(text.left(2000)));
    QVERIFY(text.contains(QLatin1String("Page 1 of ")));
    QVERIFY(text.contains(QLatin1String("Page 2 of ")));
    QVERIFY(!text.contains(QLatin1String("SECRET-INTERNAL-NOTE")));
    QProcess pdfinfo;
    pdfinfo.start(QStringLiteral("pdfinfo"), {path});
    QVERIFY(pdfinfo.waitForFinished(30000));
    const QString info = QString::fromUtf8(pdfinfo.readAllStandardOutput());
    QVERIFY2(info.contains(pageSize == QPageSize::A4 ? QLatin1String("(A4)") : QLatin1String("(letter)")), qPrintable(info));
}

void TestRcaRenderer::standaloneHtml_markupInEveryField_staysWithinTheAllowList()
{
    // The exported file is mailed around and hosted: whatever a field holds, it may
    // only ever contain these elements and attributes (its CSP is no excuse).
    static const QSet<QString> htmlElements{"html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "h4", "h5",
                                            "h6", "p", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "pre",
                                            "code", "em", "strong", "del", "blockquote", "a", "img", "br", "hr", "figure", "main"};
    static const QSet<QString> svgElements{"svg", "title", "desc", "g", "rect", "line", "text"};
    static const QSet<QString> attributes{"lang", "dir", "charset", "http-equiv", "content", "name", "class", "id", "href",
                                          "src", "alt", "title", "start", "align", "viewBox", "width", "height", "role", "aria-labelledby",
                                          "font-family", "font-size", "font-weight", "fill", "fill-opacity", "stroke",
                                          "stroke-opacity", "stroke-width", "stroke-dasharray", "text-anchor", "x", "y",
                                          "x1", "x2", "y1", "y2"};
    const RcaRenderer renderer(hostileContext());
    const Incident incident = hostileIncident();
    const QString html = renderer.standaloneHtml(incident);

    QXmlStreamReader reader(html);
    QStringList stack;
    int metas = 0;
    int styles = 0;
    int svgDepth = 0;
    QStringList texts;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QString name = reader.name().toString();
            const bool inSvg = svgDepth > 0 || name == QLatin1String("svg");
            QVERIFY2(inSvg ? svgElements.contains(name) : htmlElements.contains(name),
                     qPrintable(QStringLiteral("<%1> inside %2").arg(name, stack.join(QLatin1Char('/')))));
            for (const QXmlStreamAttribute &attribute : reader.attributes()) {
                const QString attributeName = attribute.qualifiedName().toString();
                QVERIFY2(attributes.contains(attributeName), qPrintable(name + QLatin1Char(' ') + attributeName));
                if (attributeName == QLatin1String("href") || attributeName == QLatin1String("src"))
                    QVERIFY2(HtmlSanitizer::isSafeUrl(attribute.value().toString()), qPrintable(attribute.value().toString()));
            }
            if (name == QLatin1String("meta")) {
                ++metas;
                QCOMPARE(stack, QStringList({"html", "head"}));
                const QString equiv = reader.attributes().value(QLatin1String("http-equiv")).toString();
                QVERIFY2(equiv.isEmpty() || equiv == QLatin1String("Content-Security-Policy"), qPrintable(equiv));
            }
            if (name == QLatin1String("style")) {
                ++styles;
                QCOMPARE(stack, QStringList({"html", "head"}));
            }
            if (name == QLatin1String("title") && !inSvg)
                QCOMPARE(stack, QStringList({"html", "head"}));
            if (inSvg)
                ++svgDepth;
            stack << name;
        } else if (reader.isEndElement()) {
            stack.removeLast();
            if (svgDepth > 0)
                --svgDepth;
        } else if (reader.isCharacters()) {
            texts << reader.text().toString();
        }
    }
    QVERIFY2(!reader.hasError(), qPrintable(QStringLiteral("%1 at %2:%3\n%4")
                                                .arg(reader.errorString())
                                                .arg(reader.lineNumber())
                                                .arg(reader.columnNumber())
                                                .arg(html)));
    QCOMPARE(metas, 3); // charset, viewport, the content security policy
    QCOMPARE(styles, 1);
    // The markup arrived as text, in the chart too (its <title> and the row of the hostile instance).
    const QString allText = texts.join(QString());
    QVERIFY(allText.contains(QLatin1String("<script>alert(1)</script>")));
    QVERIFY(html.contains(QLatin1String("<figure class=\"chart\"><svg")));
    QVERIFY(html.contains(QLatin1String("class=\"bar d\"")));
}

void TestRcaRenderer::withoutRcaText_exportsCarryTheFacts_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("withRcaDocument");
    QTest::newRow("md, no RCA") << "md" << false;
    QTest::newRow("md, empty RCA") << "md" << true;
    QTest::newRow("html") << "html" << false;
    QTest::newRow("pdf") << "pdf" << true;
}

void TestRcaRenderer::withoutRcaText_exportsCarryTheFacts()
{
    QFETCH(QString, format);
    QFETCH(bool, withRcaDocument);
    Incident incident = sampleIncident();
    incident.severity = Severity::Major;
    incident.status = IncidentStatus::Monitoring;
    incident.rca.reset();
    if (withRcaDocument)
        incident.rca = RcaDocument{QStringLiteral("  \n\n"), RcaState::Draft, {}, {}};
    incident.windows << OutageWindow{QStringLiteral("Alma NA02"), utc("2016-11-15T09:00:00-06:00"),
                                     utc("2016-11-15T09:45:00-06:00"), Impact::Degraded};
    incident.updates << StatusUpdate{utc("2016-11-14T15:05:00+01:00"), IncidentStatus::Investigating,
                                     QStringLiteral("We are looking\ninto it.")};
    const RcaRenderer renderer(amsterdamContext());
    QString text;
    if (format == QLatin1String("md")) {
        text = renderer.markdown(incident);
    } else if (format == QLatin1String("html")) {
        text = renderer.standaloneHtml(incident);
    } else {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("facts.pdf"));
        QString error;
        QVERIFY2(renderer.writePdf(incident, path, QPageSize::A4, &error), qPrintable(error));
        // In reading order, cell by cell; a time may wrap inside its cell.
        text = pdfText(path).simplified();
    }
    // Times in the tables are kept on one line with no-break spaces.
    text.replace(QChar(0x00a0), QLatin1Char(' '));
    for (const char *fact : {"Primo MT EU01 service interruptions", "Monitoring", "Major", "Europe Data Center",
                             "North America", "2016-11-14 14:56 CET", "2016-11-14 15:36 CET", "40 min",
                             "2016-11-15 10:56 CET", "2016-11-15 11:14 CET", "18 min", "2016-11-15 09:00 CST",
                             "2016-11-15 09:45 CST", "45 min", "Degraded", "2016-11-14 15:05 CET", "Investigating", "We are looking into it."})
        QVERIFY2(text.contains(QLatin1String(fact)), qPrintable(QStringLiteral("%1 missing in\n%2").arg(fact, text)));
    // The title once as the heading (HTML: also the document's and the chart's title; PDF: also every footer).
    if (format != QLatin1String("pdf"))
        QCOMPARE(text.count(QLatin1String("Primo MT EU01 service interruptions")), format == QLatin1String("html") ? 3 : 1);
    QVERIFY(!text.contains(QLatin1String("SECRET-INTERNAL-NOTE")));
}

void TestRcaRenderer::pdf_longLinesWrapInsideTheMargin()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    Incident incident = sampleIncident();
    QString longLine;
    for (int i = 0; i < 40; ++i)
        longLine += QStringLiteral("token%1=value;").arg(i);
    incident.rca->text += QStringLiteral("\n```\n") + longLine + QStringLiteral("END-OF-CODE\n```\n\n")
        + QStringLiteral("https://status.example.com/").repeated(12) + QStringLiteral("END-OF-URL\n");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wrap.pdf"));
    QString error;
    QVERIFY2(RcaRenderer(amsterdamContext()).writePdf(incident, path, QPageSize::A4, &error), qPrintable(error));
    // Every word inside the page, right margin included (18 mm = 51 pt on A4's 595 pt).
    const QString boxes = pdfText(path, {QStringLiteral("-bbox")});
    static const QRegularExpression word(QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"([0-9.]+)\"[^>]*>([^<]*)</word>"));
    int words = 0;
    for (auto it = word.globalMatch(boxes); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        ++words;
        QVERIFY2(m.captured(2).toDouble() <= 595.3 - 45, qPrintable(m.captured(3) + QLatin1Char(' ') + m.captured(2)));
    }
    QVERIFY(words > 50);
    // All of it is there, wrapped (the text layer breaks it into lines).
    const QString text = pdfText(path).remove(QRegularExpression(QStringLiteral("\\s")));
    QVERIFY(text.contains(longLine + QLatin1String("END-OF-CODE")));
    QVERIFY(text.contains(QStringLiteral("https://status.example.com/").repeated(12) + QLatin1String("END-OF-URL")));
}

void TestRcaRenderer::pdf_linesAtPageBreaks_appearOnce()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    Incident incident = sampleIncident();
    // Paragraphs, a long list and a long code block, so that page breaks fall inside each.
    for (int i = 0; i < 80; ++i)
        incident.rca->text += QStringLiteral("\nParagraph P%1X of a long analysis, which wraps over more than one line "
                                             "of the page so that a break may fall inside it.\n").arg(i);
    incident.rca->text += QLatin1Char('\n');
    for (int i = 0; i < 80; ++i)
        incident.rca->text += QStringLiteral("- Item L%1X\n").arg(i);
    incident.rca->text += QStringLiteral("\n```\n");
    for (int i = 0; i < 120; ++i)
        incident.rca->text += QStringLiteral("code line C%1X\n").arg(i);
    incident.rca->text += QStringLiteral("```\n");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pages.pdf"));
    QString error;
    QVERIFY2(RcaRenderer(amsterdamContext()).writePdf(incident, path, QPageSize::A4, &error), qPrintable(error));
    const QString text = pdfText(path);
    QVERIFY(text.contains(QLatin1String("Page 3 of")));
    QStringList twice;
    for (const auto &[prefix, count] : {std::pair{"P", 80}, std::pair{"L", 80}, std::pair{"C", 120}}) {
        for (int i = 0; i < count; ++i) {
            const QString marker = QStringLiteral("%1%2X").arg(QLatin1String(prefix)).arg(i);
            QVERIFY2(text.count(marker) >= 1, qPrintable(marker + QLatin1String(" is missing")));
            if (text.count(marker) > 1)
                twice << marker;
        }
    }
    // QTextLayout::draw() also draws the line just above its clip, so a paragraph that
    // continues on the next page puts its last line of the page before into that page's
    // text layer too (outside the visible area). Not fixed yet: see README, exports.
    QEXPECT_FAIL("", "a paragraph's line before a page break is in the next page's text layer too", Continue);
    QVERIFY2(twice.isEmpty(), qPrintable(twice.join(QLatin1Char(' '))));
}

QTEST_MAIN(TestRcaRenderer)
#include "tst_rcarenderer.moc"

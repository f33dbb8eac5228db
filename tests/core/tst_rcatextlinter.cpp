#include "analysis/RcaTextLinter.h"
#include "analysis/SpellChecker.h"
#include "model/Incident.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace OutageDesk;

namespace {

QString completeText()
{
    return QStringLiteral("# Storage outage\n"
                          "\n"
                          "## Event Timeline\n"
                          "\n"
                          "<!-- outagedesk:timeline -->\n"
                          "\n"
                          "## Root Cause Analysis\n"
                          "\n"
                          "A failed controller stopped the storage array.\n"
                          "No customer data was affected and no security breach was found.\n"
                          "\n"
                          "## Technical Action Items and Preventive Measures\n"
                          "\n"
                          "<!-- outagedesk:action-items -->\n"
                          "\n"
                          "## Customer Communication\n"
                          "\n"
                          "Updates were posted on the status portal.\n"
                          "\n"
                          "## Publication History\n"
                          "\n"
                          "<!-- outagedesk:publications -->\n");
}

QStringList codesOf(const QList<LintFinding> &findings)
{
    QStringList codes;
    for (const LintFinding &f : findings)
        codes << f.code;
    return codes;
}

const LintFinding *findingWithCode(const QList<LintFinding> &findings, const QString &code)
{
    for (const LintFinding &f : findings) {
        if (f.code == code)
            return &f;
    }
    return nullptr;
}

} // namespace

class TestRcaTextLinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void completeText_hasNoFindings();
    void textChecks_data();
    void textChecks();
    void placeholder_carriesLineAndColumn();
    void emptySection_pointsAtItsHeading();
    void markerInCodeFence_doesNotCount();
    void actionItems_withoutOwnerOrDue();
    void missingRca_isReportedByStatus();
    void spelling_flagsUnknownWordsOnly();
    void spelling_addToPersonalDictionary_persists();
    void proseWords_skipCodeUrlsAndIdentifiers();
    void checkable_skipsAcronymsButNotUncasedScripts_data();
    void checkable_skipsAcronymsButNotUncasedScripts();

private:
    QTemporaryDir m_home;
};

void TestRcaTextLinter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
    // The personal dictionary must not touch the user's own word list.
    qputenv("OUTAGEDESK_PERSONAL_DICTIONARY", m_home.filePath(QStringLiteral("words.txt")).toUtf8());
    QFile::remove(SpellChecker::personalDictionaryPath());
}

void TestRcaTextLinter::completeText_hasNoFindings()
{
    const QList<LintFinding> findings = RcaTextLinter::checkText(completeText());
    QVERIFY2(findings.isEmpty(), qPrintable(codesOf(findings).join(QLatin1Char(','))));
}

void TestRcaTextLinter::textChecks_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::newRow("TODO") << QStringLiteral("Updates were posted") << QStringLiteral("TODO updates were posted")
                          << QStringLiteral("rca-placeholder") << 18;
    QTest::newRow("TBD") << QStringLiteral("A failed controller") << QStringLiteral("TBD: a failed controller")
                         << QStringLiteral("rca-placeholder") << 9;
    QTest::newRow("XXX") << QStringLiteral("storage array.") << QStringLiteral("storage XXX array.")
                         << QStringLiteral("rca-placeholder") << 9;
    QTest::newRow("???") << QStringLiteral("storage array.") << QStringLiteral("storage array ???")
                         << QStringLiteral("rca-placeholder") << 9;
    QTest::newRow("section missing") << QStringLiteral("## Customer Communication\n") << QString()
                                     << QStringLiteral("rca-section-missing") << 0;
    QTest::newRow("section empty") << QStringLiteral("Updates were posted on the status portal.\n") << QString()
                                   << QStringLiteral("rca-section-empty") << 16;
    QTest::newRow("timeline marker missing") << QStringLiteral("<!-- outagedesk:timeline -->\n") << QStringLiteral("Times below.\n")
                                             << QStringLiteral("rca-marker-missing") << 3;
    QTest::newRow("marker not alone") << QStringLiteral("<!-- outagedesk:publications -->")
                                      << QStringLiteral("See <!-- outagedesk:publications -->")
                                      << QStringLiteral("rca-marker-inline") << 22;
    QTest::newRow("unknown marker") << QStringLiteral("Updates were posted") << QStringLiteral("<!-- outagedesk:timelines -->\nUpdates were posted")
                                    << QStringLiteral("rca-marker-unknown") << 18;
    QTest::newRow("no data statement") << QStringLiteral("No customer data was affected and no")
                                       << QStringLiteral("Nothing else happened and no")
                                       << QStringLiteral("rca-no-data-impact-statement") << 7;
    QTest::newRow("no security statement") << QStringLiteral(" and no security breach was found")
                                           << QStringLiteral(".") << QStringLiteral("rca-no-security-statement") << 7;
    QTest::newRow("lower-case todo is prose") << QStringLiteral("Updates were posted") << QStringLiteral("a todo list was posted")
                                              << QString() << 0;
}

void TestRcaTextLinter::textChecks()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, code);
    QFETCH(int, line);
    QString text = completeText();
    QVERIFY(text.contains(from));
    text.replace(from, to);
    const QList<LintFinding> findings = RcaTextLinter::checkText(text);
    if (code.isEmpty()) {
        QVERIFY2(findings.isEmpty(), qPrintable(codesOf(findings).join(QLatin1Char(','))));
        return;
    }
    const LintFinding *f = findingWithCode(findings, code);
    QVERIFY2(f, qPrintable(codesOf(findings).join(QLatin1Char(','))));
    QCOMPARE(f->line, line);
    QVERIFY(!f->message.isEmpty());
    QVERIFY(f->toLine().startsWith(f->levelName() + QStringLiteral(": ") + code + QStringLiteral(": ")));
}

void TestRcaTextLinter::placeholder_carriesLineAndColumn()
{
    const auto findings = RcaTextLinter::checkText(QStringLiteral("one\n  two TBD three\n"));
    const LintFinding *f = findingWithCode(findings, QStringLiteral("rca-placeholder"));
    QVERIFY(f);
    QCOMPARE(f->level, LintFinding::Level::Error);
    QCOMPARE(f->line, 2);
    QCOMPARE(f->column, 7);
}

void TestRcaTextLinter::emptySection_pointsAtItsHeading()
{
    QString text = completeText();
    // A sub-heading with content belongs to its section: not empty.
    text.replace(QStringLiteral("Updates were posted on the status portal.\n"),
                 QStringLiteral("### Portal\n\nUpdates were posted.\n"));
    QVERIFY(!findingWithCode(RcaTextLinter::checkText(text), QStringLiteral("rca-section-empty")));
}

void TestRcaTextLinter::markerInCodeFence_doesNotCount()
{
    QString text = completeText();
    text.replace(QStringLiteral("<!-- outagedesk:timeline -->\n"), QStringLiteral("```\n<!-- outagedesk:timeline -->\n```\n"));
    QVERIFY(findingWithCode(RcaTextLinter::checkText(text), QStringLiteral("rca-marker-missing")));
}

void TestRcaTextLinter::actionItems_withoutOwnerOrDue()
{
    Incident incident;
    incident.rca = RcaDocument{completeText(), RcaState::Draft, {}, {}, {}, {}};
    incident.actionItems << ActionItem{QStringLiteral("Replace controller"), QString(), QDate(2026, 1, 5), false}
                         << ActionItem{QStringLiteral("Add alarm"), QStringLiteral("Ops"), QDate(), false}
                         << ActionItem{QStringLiteral("Done already"), QString(), QDate(), true};
    const auto findings = RcaTextLinter::check(incident);
    QCOMPARE(codesOf(findings).count(QStringLiteral("action-item-no-owner")), 1);
    QCOMPARE(codesOf(findings).count(QStringLiteral("action-item-no-due")), 1);
    QCOMPARE(findingWithCode(findings, QStringLiteral("action-item-no-owner"))->line, 14); // the marker's line
    QVERIFY(findingWithCode(findings, QStringLiteral("action-item-no-owner"))->message.contains(QLatin1String("Replace controller")));
}

void TestRcaTextLinter::missingRca_isReportedByStatus()
{
    Incident incident;
    auto findings = RcaTextLinter::check(incident);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().code, QStringLiteral("rca-missing"));
    QCOMPARE(findings.first().level, LintFinding::Level::Info); // still being handled
    incident.status = IncidentStatus::Resolved;
    findings = RcaTextLinter::check(incident);
    QCOMPARE(findings.first().level, LintFinding::Level::Warning);
}

void TestRcaTextLinter::spelling_flagsUnknownWordsOnly()
{
    SpellChecker spelling(QStringLiteral("en_US"));
    if (!spelling.isValid())
        QSKIP("no en_US Hunspell dictionary installed (hunspell-en-us)");
    QString text = completeText();
    text.replace(QStringLiteral("A failed controller"), QStringLiteral("A faild controller in `contrllr` at https://exmple.invalid/x EU01"));
    const auto findings = RcaTextLinter::checkText(text, &spelling);
    QStringList words;
    for (const LintFinding &f : findings) {
        if (f.code == QLatin1String("rca-spelling")) {
            words << f.message;
            QCOMPARE(f.line, 9);
            QCOMPARE(f.column, 3);
        }
    }
    QCOMPARE(words.size(), 1);
    QVERIFY(words.first().contains(QLatin1String("faild")));
    QVERIFY(spelling.suggestions(QStringLiteral("faild")).contains(QStringLiteral("failed")));
}

void TestRcaTextLinter::spelling_addToPersonalDictionary_persists()
{
    {
        SpellChecker spelling(QStringLiteral("en_US"));
        if (!spelling.isValid())
            QSKIP("no en_US Hunspell dictionary installed (hunspell-en-us)");
        QVERIFY(!spelling.isCorrect(QStringLiteral("Zorbulant")));
        spelling.addToPersonalDictionary(QStringLiteral("Zorbulant"));
        QVERIFY(spelling.isCorrect(QStringLiteral("Zorbulant")));
    }
    QVERIFY(SpellChecker::personalDictionaryPath().startsWith(m_home.path()));
    SpellChecker again(QStringLiteral("en_US"));
    QVERIFY(again.isCorrect(QStringLiteral("Zorbulant")));
}

void TestRcaTextLinter::proseWords_skipCodeUrlsAndIdentifiers()
{
    const auto words = RcaTextLinter::proseWords(
        QStringLiteral("Call `fooBar` and see [the docs](https://x.example/abc) for EU01 and NASA's\n```\nnot prose\n```\nend"));
    QStringList texts;
    for (const auto &w : words)
        texts << w.text;
    QCOMPARE(texts, (QStringList{QStringLiteral("Call"), QStringLiteral("and"), QStringLiteral("see"), QStringLiteral("the"),
                                 QStringLiteral("docs"), QStringLiteral("for"), QStringLiteral("and"),
                                 QStringLiteral("NASA's"), QStringLiteral("end")}));
}

void TestRcaTextLinter::checkable_skipsAcronymsButNotUncasedScripts_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("checkable");
    QTest::newRow("word") << QStringLiteral("outage") << true;
    QTest::newRow("capitalised") << QStringLiteral("Outage") << true;
    QTest::newRow("acronym") << QStringLiteral("DNS") << false;
    QTest::newRow("digits") << QStringLiteral("EU01") << false;
    QTest::newRow("one letter") << QStringLiteral("a") << false;
    QTest::newRow("hebrew") << QString::fromUtf8("השירות") << true;
}

void TestRcaTextLinter::checkable_skipsAcronymsButNotUncasedScripts()
{
    QFETCH(QString, word);
    QFETCH(bool, checkable);
    QCOMPARE(SpellChecker::isCheckable(word), checkable);
}

QTEST_GUILESS_MAIN(TestRcaTextLinter)
#include "tst_rcatextlinter.moc"

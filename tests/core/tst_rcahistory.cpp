#include "analysis/WordDiff.h"
#include "model/RcaReview.h"
#include "publish/OutboxRepository.h"
#include "storage/CatalogRepository.h"
#include "storage/IncidentRepository.h"
#include "storage/RcaRevisionPolicy.h"
#include "storage/RcaRevisionRepository.h"
#include "storage/RcaStore.h"
#include "storage/Workspace.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace OutageDesk;

namespace {

QDateTime at(int minute, int second = 0)
{
    return QDateTime(QDate(2026, 3, 1), QTime(10, minute, second), Qt::UTC);
}

RcaRevision revision(RcaRevision::Reason reason, const QDateTime &when, const QString &text, RcaState state = RcaState::Draft)
{
    RcaRevision r;
    r.id = 1;
    r.reason = reason;
    r.at = when;
    r.text = text;
    r.state = state;
    return r;
}

QString render(const QList<WordDiff::Segment> &segments)
{
    QString out;
    for (const auto &s : segments) {
        switch (s.kind) {
        case WordDiff::Segment::Kind::Equal:
            out += s.text;
            break;
        case WordDiff::Segment::Kind::Removed:
            out += QStringLiteral("[-") + s.text + QLatin1Char(']');
            break;
        case WordDiff::Segment::Kind::Inserted:
            out += QStringLiteral("[+") + s.text + QLatin1Char(']');
            break;
        }
    }
    return out;
}

} // namespace

class TestRcaHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void review_transitions_data();
    void review_transitions();
    void review_editAfterApproval_returnsToDraft();
    void policy_data();
    void policy();
    void repository_throttlesTypingToOnePerMinute();
    void store_saveText_savesAndRecords();
    void store_approveThenEdit_recordsBothAndFallsBack();
    void store_unknownIncident_fails();
    void store_firstChangeOfImportedText_keepsItAsBaseline();
    void publication_alwaysKeepsTheTextAsPublished();
    void wordDiff_data();
    void wordDiff();
    void wordDiff_roundTripsBothSides();
    void wordDiff_htmlEscapesText();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    Incident m_incident;
};

void TestRcaHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = std::make_unique<Workspace>();
    QVERIFY2(m_workspace->open(m_dir->filePath(QStringLiteral("w.sqlite"))), qPrintable(m_workspace->errorString()));
    m_incident = Incident();
    m_incident.title = QStringLiteral("Storage outage");
    QString error;
    QVERIFY2(IncidentRepository(m_workspace.get()).save(m_incident, &error), qPrintable(error));
}

void TestRcaHistory::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

void TestRcaHistory::review_transitions_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<int>("to");
    const int draft = int(RcaState::Draft), review = int(RcaState::InReview), approved = int(RcaState::Approved);
    QTest::newRow("draft submit") << draft << QStringLiteral("submit") << true << review;
    QTest::newRow("review submit") << review << QStringLiteral("submit") << false << review;
    QTest::newRow("approved submit") << approved << QStringLiteral("submit") << false << approved;
    QTest::newRow("review approve") << review << QStringLiteral("approve") << true << approved;
    QTest::newRow("draft approve (CLI review step)") << draft << QStringLiteral("approve") << true << approved;
    QTest::newRow("approved approve") << approved << QStringLiteral("approve") << false << approved;
    QTest::newRow("review back") << review << QStringLiteral("back") << true << draft;
    QTest::newRow("approved back") << approved << QStringLiteral("back") << true << draft;
    QTest::newRow("draft back") << draft << QStringLiteral("back") << false << draft;
}

void TestRcaHistory::review_transitions()
{
    QFETCH(int, from);
    QFETCH(QString, action);
    QFETCH(bool, allowed);
    QFETCH(int, to);
    RcaDocument document{QStringLiteral("text"), RcaState(from), {}, {}};
    if (document.state == RcaState::Approved) {
        document.approvedBy = QStringLiteral("Earlier");
        document.approvedAt = at(0);
    }
    QString error;
    bool ok = false;
    if (action == QLatin1String("submit"))
        ok = RcaReview::submit(document, &error);
    else if (action == QLatin1String("approve"))
        ok = RcaReview::approve(document, QStringLiteral("Dana"), at(5), &error);
    else
        ok = RcaReview::returnToDraft(document, &error);
    QCOMPARE(ok, allowed);
    QCOMPARE(error.isEmpty(), allowed);
    QCOMPARE(int(document.state), to);
    if (allowed && document.state == RcaState::Approved) {
        QCOMPARE(document.approvedBy, QStringLiteral("Dana"));
        QCOMPARE(document.approvedAt, at(5));
    }
    if (document.state == RcaState::Draft) {
        QVERIFY(document.approvedBy.isEmpty());
        QVERIFY(!document.approvedAt.isValid());
    }
}

void TestRcaHistory::review_editAfterApproval_returnsToDraft()
{
    RcaDocument document{QStringLiteral("text"), RcaState::Draft, {}, {}};
    QString error;
    QVERIFY(RcaReview::approve(document, QStringLiteral("Dana"), at(1), &error));
    QVERIFY(!RcaReview::applyEdit(document, QStringLiteral("text"))); // no change, stays approved
    QCOMPARE(document.state, RcaState::Approved);
    QVERIFY(RcaReview::applyEdit(document, QStringLiteral("text!")));
    QCOMPARE(document.state, RcaState::Draft);
    QVERIFY(document.approvedBy.isEmpty());
    QVERIFY(RcaReview::approve(document, QString(), at(2), &error) == false);
    QVERIFY(!error.isEmpty());
}

void TestRcaHistory::policy_data()
{
    using D = RcaRevisionPolicy::Decision;
    using R = RcaRevision::Reason;
    QTest::addColumn<bool>("hasLatest");
    QTest::addColumn<int>("latestReason");
    QTest::addColumn<QDateTime>("latestAt");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("reason");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("decision");
    QTest::newRow("first save") << false << int(R::Edit) << QDateTime() << QStringLiteral("a") << int(R::Edit) << at(0) << int(D::Insert);
    QTest::newRow("typing within the minute") << true << int(R::Edit) << at(0) << QStringLiteral("ab") << int(R::Edit) << at(0, 59) << int(D::UpdateLatest);
    QTest::newRow("typing after a minute") << true << int(R::Edit) << at(0) << QStringLiteral("ab") << int(R::Edit) << at(1, 0) << int(D::Insert);
    QTest::newRow("unchanged") << true << int(R::Edit) << at(0) << QStringLiteral("a") << int(R::Edit) << at(5) << int(D::Skip);
    QTest::newRow("typing right after approval") << true << int(R::StateChange) << at(0) << QStringLiteral("ab") << int(R::Edit) << at(0, 10) << int(D::Insert);
    QTest::newRow("typing right after publication") << true << int(R::Publication) << at(0) << QStringLiteral("ab") << int(R::Edit) << at(0, 10) << int(D::Insert);
    QTest::newRow("state change always") << true << int(R::Edit) << at(0) << QStringLiteral("ab") << int(R::StateChange) << at(0, 1) << int(D::Insert);
    QTest::newRow("publication always") << true << int(R::Edit) << at(0) << QStringLiteral("a") << int(R::Publication) << at(0, 1) << int(D::Insert);
    QTest::newRow("restore always") << true << int(R::Edit) << at(0) << QStringLiteral("b") << int(R::Restore) << at(0, 1) << int(D::Insert);
    QTest::newRow("clock went back") << true << int(R::Edit) << at(5) << QStringLiteral("ab") << int(R::Edit) << at(4) << int(D::Insert);
}

void TestRcaHistory::policy()
{
    QFETCH(bool, hasLatest);
    QFETCH(int, latestReason);
    QFETCH(QDateTime, latestAt);
    QFETCH(QString, text);
    QFETCH(int, reason);
    QFETCH(QDateTime, now);
    QFETCH(int, decision);
    std::optional<RcaRevision> latest;
    if (hasLatest)
        latest = revision(RcaRevision::Reason(latestReason), latestAt, QStringLiteral("a"));
    QCOMPARE(int(RcaRevisionPolicy::decide(latest, text, RcaState::Draft, RcaRevision::Reason(reason), now)), decision);
}

void TestRcaHistory::repository_throttlesTypingToOnePerMinute()
{
    RcaRevisionRepository revisions(m_workspace.get());
    QString error;
    RcaDocument document;
    // Five minutes of typing, a save every 2 seconds.
    for (int second = 0; second < 300; second += 2) {
        document.text += QStringLiteral("word ");
        QVERIFY2(revisions.record(m_incident.id, document, RcaRevision::Reason::Edit, at(0).addSecs(second), &error),
                 qPrintable(error));
    }
    QCOMPARE(revisions.count(m_incident.id), 5);
    const auto latest = revisions.latest(m_incident.id);
    QVERIFY(latest);
    QCOMPARE(latest->text, document.text); // the last keystrokes are kept, not only the minute's first
    QCOMPARE(latest->at, at(4));
    const auto listed = revisions.list(m_incident.id);
    QCOMPARE(listed.size(), 5);
    QVERIFY(listed.first().text.isEmpty()); // listings leave the texts out
    QCOMPARE(listed.first().length, int(document.text.size()));
    QVERIFY(listed.first().at > listed.last().at);
    QCOMPARE(revisions.revision(listed.last().id)->text.count(QStringLiteral("word")), 30);
}

void TestRcaHistory::store_saveText_savesAndRecords()
{
    RcaStore store(m_workspace.get());
    QSignalSpy changed(m_workspace.get(), &Workspace::incidentChanged);
    QString error;
    const auto saved = store.saveText(m_incident.uuid, QStringLiteral("# Hello"), &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(changed.count(), 1);
    const auto loaded = IncidentRepository(m_workspace.get()).load(m_incident.uuid);
    QVERIFY(loaded && loaded->rca);
    QCOMPARE(loaded->rca->text, QStringLiteral("# Hello"));
    QCOMPARE(RcaRevisionRepository(m_workspace.get()).count(m_incident.id), 1);
    // Saving the same text again writes nothing.
    QVERIFY(store.saveText(m_incident.uuid, QStringLiteral("# Hello"), &error));
    QCOMPARE(changed.count(), 1);
}

void TestRcaHistory::store_approveThenEdit_recordsBothAndFallsBack()
{
    qputenv("OUTAGEDESK_NOW", "2026-03-01T12:00:00Z");
    RcaStore store(m_workspace.get());
    QString error;
    QVERIFY(store.saveText(m_incident.uuid, QStringLiteral("Text one"), &error));
    QVERIFY2(store.changeState(m_incident.uuid, RcaStore::Transition::Submit, QString(), &error), qPrintable(error));
    const auto approved = store.changeState(m_incident.uuid, RcaStore::Transition::Approve, QStringLiteral("Dana"), &error);
    QVERIFY2(approved, qPrintable(error));
    QCOMPARE(approved->rca->state, RcaState::Approved);
    QCOMPARE(approved->rca->approvedBy, QStringLiteral("Dana"));
    QCOMPARE(approved->rca->approvedAt, QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC));
    QVERIFY(!store.changeState(m_incident.uuid, RcaStore::Transition::Approve, QStringLiteral("Dana"), &error));

    const auto edited = store.saveText(m_incident.uuid, QStringLiteral("Text two"), &error);
    QVERIFY(edited);
    QCOMPARE(edited->rca->state, RcaState::Draft);
    QVERIFY(edited->rca->approvedBy.isEmpty());

    const auto list = RcaRevisionRepository(m_workspace.get()).list(m_incident.id);
    QStringList reasons;
    for (const auto &r : list)
        reasons.prepend(RcaRevision::wireName(r.reason) + QLatin1Char('/') + toWireName(r.state));
    QCOMPARE(reasons, (QStringList{QStringLiteral("edit/draft"), QStringLiteral("state/in-review"),
                                   QStringLiteral("state/approved"), QStringLiteral("state/draft")}));
    qunsetenv("OUTAGEDESK_NOW");
}

void TestRcaHistory::store_unknownIncident_fails()
{
    QString error;
    QVERIFY(!RcaStore(m_workspace.get()).saveText(QUuid::createUuid(), QStringLiteral("x"), &error));
    QVERIFY(!error.isEmpty());
}

void TestRcaHistory::store_firstChangeOfImportedText_keepsItAsBaseline()
{
    // As an import leaves it: an RCA, but no history.
    m_incident.rca = RcaDocument{QStringLiteral("Imported text"), RcaState::Approved, QStringLiteral("Lee"),
                                 QDateTime(QDate(2016, 11, 21), QTime(8, 30), Qt::UTC), {}, {}};
    QString error;
    QVERIFY(IncidentRepository(m_workspace.get()).save(m_incident, &error));
    RcaRevisionRepository revisions(m_workspace.get());
    QCOMPARE(revisions.count(m_incident.id), 0);
    QVERIFY(RcaStore(m_workspace.get()).saveText(m_incident.uuid, QStringLiteral("Edited text"), &error));
    const auto list = revisions.list(m_incident.id);
    QCOMPARE(list.size(), 2);
    const auto baseline = revisions.revision(list.last().id);
    QCOMPARE(baseline->reason, RcaRevision::Reason::Baseline);
    QCOMPARE(baseline->text, QStringLiteral("Imported text"));
    QCOMPARE(baseline->state, RcaState::Approved);
    QCOMPARE(revisions.revision(list.first().id)->text, QStringLiteral("Edited text"));
    // Only once: later edits do not add baselines.
    QCOMPARE(revisions.revision(list.first().id)->reason, RcaRevision::Reason::StateChange); // approved → draft
    QVERIFY(RcaStore(m_workspace.get()).saveText(m_incident.uuid, QStringLiteral("Edited again"), &error));
    QVERIFY(RcaStore(m_workspace.get()).saveText(m_incident.uuid, QStringLiteral("Edited once more"), &error));
    // One new revision for the typing after the state change, and no second baseline.
    QCOMPARE(revisions.count(m_incident.id), 3);
    QCOMPARE(revisions.latest(m_incident.id)->text, QStringLiteral("Edited once more"));
}

void TestRcaHistory::publication_alwaysKeepsTheTextAsPublished()
{
    RcaStore store(m_workspace.get());
    QString error;
    QVERIFY(store.saveText(m_incident.uuid, QStringLiteral("Published words"), &error));
    QVERIFY2(OutboxRepository(m_workspace.get())
                 .recordPublication(m_incident.uuid, QDateTime::currentDateTimeUtc(), QStringLiteral("Initial publication"),
                                    QStringLiteral("status"), &error),
             qPrintable(error));
    RcaRevisionRepository revisions(m_workspace.get());
    QCOMPARE(revisions.count(m_incident.id), 2); // the edit, then the publication, within the same minute
    QCOMPARE(revisions.latest(m_incident.id)->reason, RcaRevision::Reason::Publication);
    QCOMPARE(revisions.latest(m_incident.id)->text, QStringLiteral("Published words"));
    // Typing after the publication does not rewrite what was published.
    QVERIFY(store.saveText(m_incident.uuid, QStringLiteral("Published words, amended"), &error));
    QCOMPARE(revisions.count(m_incident.id), 3);
}

void TestRcaHistory::wordDiff_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("expected");
    QTest::newRow("same") << QStringLiteral("a b c") << QStringLiteral("a b c") << QStringLiteral("a b c");
    QTest::newRow("word replaced") << QStringLiteral("the load was high") << QStringLiteral("the load was extreme")
                                   << QStringLiteral("the load was [-high][+extreme]");
    QTest::newRow("word inserted") << QStringLiteral("no data lost") << QStringLiteral("no customer data lost")
                                   << QStringLiteral("no [+customer ]data lost");
    QTest::newRow("word removed") << QStringLiteral("very very slow") << QStringLiteral("very slow")
                                  << QStringLiteral("very [-very ]slow");
    QTest::newRow("punctuation apart") << QStringLiteral("Done.") << QStringLiteral("Done!")
                                       << QStringLiteral("Done[-.][+!]");
    QTest::newRow("from empty") << QString() << QStringLiteral("new text") << QStringLiteral("[+new text]");
    QTest::newRow("rewrap is no change") << QStringLiteral("a b\nc") << QStringLiteral("a\nb c") << QStringLiteral("a\nb c");
}

void TestRcaHistory::wordDiff()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, expected);
    QCOMPARE(render(WordDiff::diff(before, after)), expected);
}

void TestRcaHistory::wordDiff_roundTripsBothSides()
{
    const QString before = QStringLiteral("## Root Cause\n\nThe array failed at 14:56 because a controller died.\n");
    const QString after = QStringLiteral("## Root Cause Analysis\n\nThe storage array failed at 14:58, as the controller died.\n");
    const auto segments = WordDiff::diff(before, after);
    QString rebuiltAfter;
    QString removedWords;
    for (const auto &s : segments) {
        if (s.kind != WordDiff::Segment::Kind::Removed)
            rebuiltAfter += s.text;
        else
            removedWords += s.text;
    }
    QCOMPARE(rebuiltAfter, after);
    QVERIFY(removedWords.contains(QLatin1String("56")));
    QVERIFY(WordDiff::changedWordCount(segments) >= 5);
}

void TestRcaHistory::wordDiff_htmlEscapesText()
{
    const QString html = WordDiff::toHtml(WordDiff::diff(QStringLiteral("a"), QStringLiteral("<script>x</script>")));
    QVERIFY(!html.contains(QLatin1String("<script>")));
    QVERIFY(html.contains(QLatin1String("&lt;script&gt;")));
    QVERIFY(html.contains(QLatin1String("<ins")));
    QVERIFY(html.contains(QLatin1String("<del")));
}

QTEST_GUILESS_MAIN(TestRcaHistory)
#include "tst_rcahistory.moc"

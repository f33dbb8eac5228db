#include "model/Incident.h"
#include "storage/IncidentRepository.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace OutageDesk;

// kill -9 in the middle of typing: everything typed up to 2 s before the kill must
// be in the workspace when it is opened again. A real process (the helper runs the
// real incident editor, its autosave and the real storage), a real SIGKILL.
class TestRcaRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void killDuringTyping_losesAtMostTheLastTwoSeconds_data();
    void killDuringTyping_losesAtMostTheLastTwoSeconds();
};

void TestRcaRecovery::killDuringTyping_losesAtMostTheLastTwoSeconds_data()
{
    QTest::addColumn<int>("intervalMs");
    QTest::addColumn<int>("typeForMs");
    QTest::newRow("fast typing, kill while typing") << 40 << 4000;
    QTest::newRow("slow typing") << 250 << 5000;
}

void TestRcaRecovery::killDuringTyping_losesAtMostTheLastTwoSeconds()
{
    QFETCH(int, intervalMs);
    QFETCH(int, typeForMs);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("w.sqlite"));
    Incident incident;
    incident.title = QStringLiteral("Recovery");
    incident.rca = RcaDocument{QStringLiteral("# Recovery\n\n"), RcaState::Draft, {}, {}, {}, {}};
    {
        Workspace workspace;
        QVERIFY(workspace.open(path));
        QString error;
        QVERIFY2(IncidentRepository(&workspace).save(incident, &error), qPrintable(error));
    }

    QString text;
    for (int i = 0; text.size() < 2000; ++i)
        text += QStringLiteral("word%1 ").arg(i);

    QProcess helper;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    helper.setProcessEnvironment(environment);
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    helper.start(QStringLiteral(RCA_TYPING_HELPER),
                 {path, incident.uuidString(), text, QString::number(intervalMs)});
    QVERIFY2(helper.waitForStarted(10000), qPrintable(helper.errorString()));

    QList<QPair<qint64, int>> progress; // (epoch ms, characters typed so far)
    QByteArray pending;
    QElapsedTimer typingTime;
    bool ready = false;
    while (!ready || typingTime.elapsed() < typeForMs) {
        QVERIFY2(helper.state() == QProcess::Running, "the helper stopped early");
        helper.waitForReadyRead(100);
        pending += helper.readAllStandardOutput();
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(newline).trimmed();
            pending.remove(0, newline + 1);
            if (line == "ready") {
                ready = true;
                typingTime.start();
                continue;
            }
            const QList<QByteArray> fields = line.split(' ');
            if (fields.size() == 2)
                progress.append({fields.at(0).toLongLong(), fields.at(1).toInt()});
        }
    }
    helper.kill(); // SIGKILL on Unix: no destructor, no flush, no event loop
    const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(helper.waitForFinished(10000));
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
    QVERIFY(!progress.isEmpty());

    int mustHave = 0;
    for (const auto &[at, count] : std::as_const(progress)) {
        if (at <= killedAt - 2000)
            mustHave = count;
    }
    QVERIFY2(mustHave > 5, "the helper typed too little before the 2-second margin");

    Workspace reopened;
    QVERIFY2(reopened.open(path), qPrintable(reopened.errorString()));
    const auto loaded = IncidentRepository(&reopened).load(incident.uuid);
    QVERIFY(loaded && loaded->rca);
    const QString saved = loaded->rca->text;
    const QString prefix = QStringLiteral("# Recovery\n\n");
    QVERIFY(saved.startsWith(prefix));
    const QString typedSaved = saved.mid(prefix.size());
    QVERIFY2(text.startsWith(typedSaved), "the saved text is not what was typed");
    QVERIFY2(typedSaved.size() >= mustHave,
             qPrintable(QStringLiteral("saved %1 characters, typed %2 by two seconds before the kill")
                            .arg(typedSaved.size())
                            .arg(mustHave)));
}

QTEST_GUILESS_MAIN(TestRcaRecovery)
#include "tst_rcarecovery.moc"

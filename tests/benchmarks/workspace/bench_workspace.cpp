#include "SyntheticWorkspace.h"

#include "analysis/AvailabilityCalculator.h"
#include "exchange/IncidentImporter.h"
#include "storage/IncidentRepository.h"
#include "storage/Workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>
#include <utility>

using namespace OutageDesk;

// Targets (issue 2): import 100k incidents ≤ 10 s; open + first list page ≤ 50 ms;
// full-text search ≤ 10 ms median; availability over a year for all data centers ≤ 200 ms.
class BenchWorkspace : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QString m_jsonPath; // the generated file, imported as a user imports one
    int m_importRun = 0;
    SyntheticWorkspace::Size m_size;
    const QDateTime m_from = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime m_to = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QElapsedTimer timer;
        timer.start();
        // OUTAGEDESK_BENCH_SCALE=0.1 runs a tenth of the size, for profiling.
        const double scale = qEnvironmentVariableIsSet("OUTAGEDESK_BENCH_SCALE")
            ? qEnvironmentVariable("OUTAGEDESK_BENCH_SCALE").toDouble()
            : 1.0;
        m_size.incidents = int(m_size.incidents * scale);
        m_size.windows = int(m_size.windows * scale);
        const QByteArray json = SyntheticWorkspace::generate(m_size, m_from, m_to);
        qInfo("generated %lld MB of exchange format in %lld ms", qint64(json.size() >> 20), timer.elapsed());
        // OUTAGEDESK_BENCH_SAVE=file.json keeps the file, to profile `outagedesk import` on it.
        m_jsonPath = qEnvironmentVariable("OUTAGEDESK_BENCH_SAVE", m_dir.filePath(QStringLiteral("incidents.json")));
        QFile file(m_jsonPath);
        QVERIFY2(file.open(QIODevice::WriteOnly) && file.write(json) == json.size(), qPrintable(m_jsonPath));
    }

    void import100k()
    {
        // QtTest may call a benchmark function more than once: each call imports into a new file.
        m_path = m_dir.filePath(QStringLiteral("bench-%1.sqlite").arg(++m_importRun));
        QBENCHMARK_ONCE {
            Workspace ws;
            QVERIFY(ws.open(m_path));
            QElapsedTimer phase;
            phase.start();
            // Processor time beside the wall clock: on a shared machine the wall clock
            // mostly measures the neighbours.
            std::clock_t cpu = std::clock();
            auto cpuMs = [&cpu] {
                const std::clock_t now = std::clock();
                const std::clock_t before = std::exchange(cpu, now);
                return qint64(now - before) * 1000 / CLOCKS_PER_SEC;
            };
            QByteArray bytes;
            ImportBatch batch;
            ImportError error;
            QVERIFY2(IncidentImporter::readFile(m_jsonPath, &bytes, &error), qPrintable(error.toString()));
            qInfo("read the file: %lld ms (processor %lld ms)", phase.restart(), cpuMs());
            QVERIFY2(IncidentImporter::parse(std::move(bytes), QDateTime::currentDateTimeUtc(), &batch, &error),
                     qPrintable(error.toString()));
            qInfo("parse and validate: %lld ms (processor %lld ms)", phase.restart(), cpuMs());
            ImportSummary summary;
            QVERIFY2(IncidentImporter::apply(&ws, std::move(batch), &summary, &error), qPrintable(error.toString()));
            qInfo("write in one transaction: %lld ms (processor %lld ms)", phase.elapsed(), cpuMs());
            QCOMPARE(summary.created, m_size.incidents);
        }
    }

    void openAndFirstPage()
    {
        QBENCHMARK {
            Workspace ws;
            QVERIFY(ws.open(m_path, Workspace::Mode::ReadOnly));
            IncidentRepository repo(&ws);
            const IncidentQuery query;
            QCOMPARE(repo.count(query), m_size.incidents);
            QCOMPARE(repo.list(query, 0, 100).size(), 100);
        }
    }

    void fullTextSearch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("two words") << QStringLiteral("proxy timeout");
        QTest::newRow("prefix") << QStringLiteral("certif");
        QTest::newRow("rare word") << lexiconWord();
        QTest::newRow("title number") << QStringLiteral("4711");
    }

    static QString lexiconWord() { return QStringLiteral("kalomi"); }

    void fullTextSearch()
    {
        QFETCH(QString, text);
        Workspace ws;
        QVERIFY(ws.open(m_path, Workspace::Mode::ReadOnly));
        IncidentRepository repo(&ws);
        IncidentQuery query;
        query.text = text;
        QBENCHMARK {
            const auto rows = repo.list(query, 0, 100);
            QVERIFY(!rows.isEmpty());
        }
    }

    void availabilityYear()
    {
        Workspace ws;
        QVERIFY(ws.open(m_path, Workspace::Mode::ReadOnly));
        QBENCHMARK {
            const auto report = AvailabilityCalculator::compute(&ws, m_from, m_to, m_to);
            QCOMPARE(report.dataCenters.size(), 20);
        }
    }
};

QTEST_GUILESS_MAIN(BenchWorkspace)
#include "bench_workspace.moc"

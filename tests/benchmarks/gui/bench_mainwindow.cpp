#include "../workspace/SyntheticWorkspace.h"

#include "exchange/IncidentImporter.h"
#include "gui/MainWindow.h"
#include "gui/Settings.h"
#include "gui/models/IncidentListModel.h"
#include "storage/IncidentQuery.h"
#include "storage/IncidentRepository.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace OutageDesk;

// What a user feels on a large desk (issue 2: 100k incidents): opening the window
// on the workspace until the first list page shows, a sort by the header, a search
// keystroke, and the autosave behind one keystroke in the title field (the whole
// aggregate written, the search index updated, list and editor refreshed).
class BenchMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Settings> m_settings;
    SyntheticWorkspace::Size m_size;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        // OUTAGEDESK_BENCH_SCALE=0.1 runs a tenth of the size, for profiling.
        const double scale = qEnvironmentVariableIsSet("OUTAGEDESK_BENCH_SCALE")
            ? qEnvironmentVariable("OUTAGEDESK_BENCH_SCALE").toDouble()
            : 1.0;
        m_size.incidents = int(m_size.incidents * scale);
        m_size.windows = int(m_size.windows * scale);
        const QByteArray json = SyntheticWorkspace::generate(m_size, QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC),
                                                             QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
        m_path = m_dir.filePath(QStringLiteral("desk.sqlite"));
        Workspace workspace;
        QVERIFY(workspace.open(m_path));
        ImportBatch batch;
        ImportError error;
        QVERIFY2(IncidentImporter::parse(json, QDateTime::currentDateTimeUtc(), &batch, &error), qPrintable(error.toString()));
        ImportSummary summary;
        QVERIFY2(IncidentImporter::apply(&workspace, batch, &summary, &error), qPrintable(error.toString()));
        qInfo("workspace of %d incidents ready", summary.created);
    }

    void openWindowAndShowFirstPage()
    {
        {
            // Where the time goes, once, for the README's figures.
            QElapsedTimer timer;
            timer.start();
            MainWindow window(*m_settings);
            const qint64 built = timer.restart();
            QVERIFY(window.openWorkspace(m_path));
            const qint64 opened = timer.restart();
            window.show();
            QCoreApplication::processEvents();
            qInfo("build the window %lld ms, open the workspace and select %lld ms, first paint %lld ms", built, opened,
                  timer.elapsed());
        }
        QBENCHMARK {
            MainWindow window(*m_settings);
            QVERIFY(window.openWorkspace(m_path));
            window.show();
            QCoreApplication::processEvents();
            QCOMPARE(window.incidentModel()->totalCount(), m_size.incidents);
            QVERIFY(window.incidentModel()->rowCount() > 0);
        }
    }

    void listModelFirstPage()
    {
        Workspace workspace;
        QVERIFY(workspace.open(m_path, Workspace::Mode::ReadOnly));
        QBENCHMARK {
            IncidentListModel model;
            model.setWorkspace(&workspace);
            QCOMPARE(model.totalCount(), m_size.incidents);
        }
    }

    void sortByTitle()
    {
        MainWindow window(*m_settings);
        QVERIFY(window.openWorkspace(m_path));
        bool ascending = true;
        QBENCHMARK {
            window.incidentView()->sortByColumn(IncidentListModel::TitleColumn, ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
            ascending = !ascending;
        }
    }

    void searchKeystroke()
    {
        MainWindow window(*m_settings);
        QVERIFY(window.openWorkspace(m_path));
        const QStringList words{QStringLiteral("proxy"), QStringLiteral("storage"), QStringLiteral("timeout")};
        {
            // Where the time goes, once: the count, the first page, everything else.
            const IncidentRepository repository(window.workspace());
            IncidentQuery query;
            query.text = words.first();
            QElapsedTimer timer;
            timer.start();
            const int matches = repository.count(query);
            const qint64 counted = timer.restart();
            repository.list(query, 0, IncidentListModel::kPageSize);
            qInfo("\"%s\": %d matches, count %lld ms, first page %lld ms", qPrintable(query.text), matches, counted,
                  timer.elapsed());
        }
        int i = 0;
        QBENCHMARK {
            window.searchEdit()->setText(words.at(i++ % words.size()));
            window.applyFilters(); // what the 150 ms debounce runs
        }
    }

    void titleKeystrokeAutosave()
    {
        MainWindow window(*m_settings);
        QVERIFY(window.openWorkspace(m_path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectIncident(window.incidentModel()->uuidAt(0));
        auto *title = window.findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        QVERIFY(title);
        title->setFocus();
        title->end(false);
        QBENCHMARK {
            QTest::keyClick(title, Qt::Key_A);
        }
        const QString saved = IncidentRepository(window.workspace()).load(window.currentIncident())->title;
        QCOMPARE(saved, title->text());
    }
};

QTEST_MAIN(BenchMainWindow)
#include "bench_mainwindow.moc"

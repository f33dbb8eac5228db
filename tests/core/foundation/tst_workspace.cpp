#include "TestPaths.h"
#include "exchange/IncidentImporter.h"
#include "storage/CatalogRepository.h"
#include "storage/IncidentRepository.h"
#include "storage/Workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace OutageDesk;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Builds a raw SQLite file the way an older or foreign program would have left it.
void makeRawDatabase(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-%1").arg(quintptr(&path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const auto &s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QStringList schemaOneStatements()
{
    QFile f(QStringLiteral(":/outagedesk/migrations/0001_initial.sql"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList statements;
    QString current;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (line.trimmed().endsWith(QLatin1Char(';'))) {
            statements << current;
            current.clear();
        }
    }
    return statements;
}

// A workspace written by the app, with the example's incident in it; returns its path.
QString writtenWorkspace(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    Workspace ws;
    if (!ws.open(path))
        return {};
    ImportSummary summary;
    ImportError error;
    if (!IncidentImporter::importFile(&ws, TestPaths::fixture(QStringLiteral("primo-eu01-2016-11.json")),
                                      QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC), &summary, &error))
        return {};
    return path;
}

// The first page of the table or index `name`, as SQLite numbers pages (from 1).
int rootPageOf(const QString &path, const QString &name)
{
    const QString connection = QStringLiteral("rootpage-%1").arg(name);
    int page = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = ?"));
            q.addBindValue(name);
            if (q.exec() && q.next())
                page = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return page;
}

// Inverts `count` bytes at `offset` into page `page`, as failing storage does.
bool flipBytes(const QString &path, int page, int offset, int count)
{
    QFile f(path);
    if (page < 1 || !f.open(QIODevice::ReadWrite))
        return false;
    const qint64 at = qint64(page - 1) * Workspace::kPageSize + offset;
    f.seek(at);
    QByteArray bytes = f.read(count);
    for (char &b : bytes)
        b = char(~b);
    f.seek(at);
    return f.write(bytes) == count;
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void newFile_isCreatedAtCurrentSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/ws.sqlite"));
        Workspace ws;
        QVERIFY2(ws.open(path), qPrintable(ws.errorString()));
        QCOMPARE(Workspace::schemaVersionOf(path), Workspace::kSchemaVersion);
        QSqlQuery q(ws.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
        QCOMPARE(q.value(0).toInt(), Workspace::kPageSize);
        QVERIFY(ws.backupPath().isEmpty());
    }

    void schemaOne_isMigratedAndKeptAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QStringList statements = schemaOneStatements();
        QVERIFY(!statements.isEmpty());
        statements << QStringLiteral("INSERT INTO data_centers(code, name, time_zone) VALUES ('EU', 'Europe', 'Europe/Amsterdam')")
                   << QStringLiteral("INSERT INTO instances(name, product, data_center_id) VALUES ('Primo MT EU01', 'Primo', 1)")
                   << QStringLiteral("INSERT INTO incidents(uuid, title, severity, status, sort_start_ms, created_at_ms, updated_at_ms) "
                                     "VALUES ('6f1c2a4e-0b7d-4c55-9a3e-2e51c0d7b101', 'Old incident', 'major', 'resolved', 0, 0, 0)")
                   << QStringLiteral("INSERT INTO outage_windows(incident_id, position, instance_id, start_ms, end_ms, impact) "
                                     "VALUES (1, 0, 1, 1479131760000, 1479134160000, 'outage')")
                   << QStringLiteral("PRAGMA application_id = %1").arg(Workspace::kApplicationId)
                   << QStringLiteral("PRAGMA user_version = 1");
        makeRawDatabase(path, statements);

        Workspace ws;
        QVERIFY2(ws.open(path), qPrintable(ws.errorString()));
        QCOMPARE(Workspace::schemaVersionOf(path), Workspace::kSchemaVersion);
        QVERIFY(!ws.backupPath().isEmpty());
        QCOMPARE(Workspace::schemaVersionOf(ws.backupPath()), 1);

        const auto incident = IncidentRepository(&ws).load(QUuid::fromString(QStringLiteral("6f1c2a4e-0b7d-4c55-9a3e-2e51c0d7b101")));
        QVERIFY(incident);
        QCOMPARE(incident->title, QStringLiteral("Old incident"));
        QCOMPARE(incident->windows.size(), 1);
        QCOMPARE(incident->windows.first().instance, QStringLiteral("Primo MT EU01"));
        QSqlQuery q(ws.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM rca_revisions")) && q.next());
        // An older file keeps the page size it was made with.
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
        QCOMPARE(q.value(0).toInt(), 4096);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("statements"); // empty: a text file
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("newer schema") << QStringList{QStringLiteral("CREATE TABLE x(a)"),
                                                     QStringLiteral("PRAGMA application_id = %1").arg(Workspace::kApplicationId),
                                                     QStringLiteral("PRAGMA user_version = 99")}
                                      << int(Workspace::ErrorKind::NewerSchema) << "newer Outage Desk";
        QTest::newRow("foreign sqlite") << QStringList{QStringLiteral("CREATE TABLE recipes(name TEXT)")}
                                        << int(Workspace::ErrorKind::NotAWorkspace) << "not an Outage Desk workspace";
        QTest::newRow("foreign with version") << QStringList{QStringLiteral("CREATE TABLE t(a)"), QStringLiteral("PRAGMA user_version = 1")}
                                              << int(Workspace::ErrorKind::NotAWorkspace) << "not an Outage Desk workspace";
        QTest::newRow("text file") << QStringList{} << int(Workspace::ErrorKind::NotAWorkspace) << "not an SQLite database";
    }

    void refusals()
    {
        QFETCH(QStringList, statements);
        QFETCH(int, kind);
        QFETCH(QString, fragment);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.sqlite"));
        if (statements.isEmpty()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArrayLiteral("date,incident\n2016-11-14,Primo down for an hour and more, with lots of text\n").repeated(50));
        } else {
            makeRawDatabase(path, statements);
        }
        const QByteArray before = fileHash(path);
        Workspace ws;
        QVERIFY(!ws.open(path));
        QCOMPARE(int(ws.errorKind()), kind);
        QVERIFY2(ws.errorString().contains(fragment), qPrintable(ws.errorString()));
        QVERIFY(ws.errorString().contains(path));
        QVERIFY(!ws.isOpen());
        QCOMPARE(fileHash(path), before);
    }

    // Flipped bytes in pages of the incidents table and of its index: SQLite's check finds
    // them, so the workspace is opened neither for reading (an export would miss
    // incidents) nor for writing, the file is left as it is, and the message says how
    // to recover.
    void damagedFile_isRefused_data()
    {
        QTest::addColumn<QString>("object");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("count");
        QTest::newRow("incidents: cell count") << "incidents" << 3 << 2;
        QTest::newRow("incidents: first cell pointer") << "incidents" << 8 << 2;
        QTest::newRow("incidents: free space") << "incidents" << 5 << 2;
        QTest::newRow("uuid index: cell count") << "sqlite_autoindex_incidents_1" << 3 << 1;
        QTest::newRow("windows index: page type") << "outage_windows_incident" << 0 << 1;
    }

    void damagedFile_isRefused()
    {
        QFETCH(QString, object);
        QFETCH(int, offset);
        QFETCH(int, count);
        QTemporaryDir dir;
        const QString path = writtenWorkspace(dir, QStringLiteral("damaged.sqlite"));
        QVERIFY(!path.isEmpty());
        QVERIFY(Workspace::checkFile(path, Workspace::IntegrityCheck::Full).problems.isEmpty());
        QVERIFY(flipBytes(path, rootPageOf(path, object), offset, count));
        const QByteArray before = fileHash(path);
        for (const Workspace::Mode mode : {Workspace::Mode::ReadOnly, Workspace::Mode::ReadWrite}) {
            Workspace ws;
            QVERIFY(!ws.open(path, mode));
            QCOMPARE(ws.errorKind(), Workspace::ErrorKind::Damaged);
            QVERIFY2(ws.errorString().startsWith(QStringLiteral("Workspace %1 is damaged (").arg(path)), qPrintable(ws.errorString()));
            QVERIFY2(ws.errorString().contains(QStringLiteral(".recover")), qPrintable(ws.errorString()));
            QVERIFY(!ws.errorString().contains(QLatin1Char('\n')));
            QVERIFY(!ws.isOpen());
        }
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
        const Workspace::FileCheck check = Workspace::checkFile(path, Workspace::IntegrityCheck::Full);
        QVERIFY(check.error.isEmpty());
        QVERIFY(!check.problems.isEmpty());
        QCOMPARE(Workspace::checkFile(path, Workspace::IntegrityCheck::Quick).problems.isEmpty(), false);
        QCOMPARE(fileHash(path), before);
    }

    // The message names the copy kept before the last upgrade when there is one.
    void damagedFile_messageNamesTheBackup()
    {
        QTemporaryDir dir;
        const QString path = writtenWorkspace(dir, QStringLiteral("ws.sqlite"));
        QVERIFY(!Workspace::damageMessage(path, {QStringLiteral("x")}).contains(QStringLiteral(".bak")));
        QFile backup(path + QStringLiteral(".schema4.bak"));
        QVERIFY(backup.open(QIODevice::WriteOnly));
        backup.close();
        const QString message = Workspace::damageMessage(path, {QStringLiteral("Page 7: btreeInitPage() returns error code 11")});
        QVERIFY2(message.contains(QStringLiteral("(Page 7: btreeInitPage() returns error code 11)")), qPrintable(message));
        QVERIFY2(message.contains(backup.fileName()), qPrintable(message));
    }

    // A file cut short is damaged, not "not an SQLite database".
    void truncatedFile_isNamedDamaged_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::newRow("inside the header") << qint64(60);
        QTest::newRow("inside the first page") << qint64(5000);
        QTest::newRow("inside a page") << qint64(Workspace::kPageSize * 3 + 100);
        QTest::newRow("at a page boundary") << qint64(Workspace::kPageSize * 4);
    }

    void truncatedFile_isNamedDamaged()
    {
        QFETCH(qint64, size);
        QTemporaryDir dir;
        const QString path = writtenWorkspace(dir, QStringLiteral("cut.sqlite"));
        QVERIFY(!path.isEmpty());
        QVERIFY(QFileInfo(path).size() > size);
        QVERIFY(QFile::resize(path, size));
        Workspace ws;
        QVERIFY(!ws.open(path, Workspace::Mode::ReadOnly));
        QCOMPARE(ws.errorKind(), Workspace::ErrorKind::Damaged);
        QVERIFY2(ws.errorString().contains(QStringLiteral("is damaged")), qPrintable(ws.errorString()));
        QVERIFY2(!ws.errorString().contains(QStringLiteral("not an SQLite database")), qPrintable(ws.errorString()));
        QVERIFY(!ws.open(path));
        QCOMPARE(ws.errorKind(), Workspace::ErrorKind::Damaged);
        QCOMPARE(QFileInfo(path).size(), size); // not "repaired" into an empty workspace
        QVERIFY(!Workspace::checkFile(path, Workspace::IntegrityCheck::Quick).problems.isEmpty());
    }

    void intactFile_checksClean()
    {
        QTemporaryDir dir;
        const QString path = writtenWorkspace(dir, QStringLiteral("ok.sqlite"));
        const Workspace::FileCheck check = Workspace::checkFile(path, Workspace::IntegrityCheck::Full);
        QVERIFY(check.error.isEmpty());
        QVERIFY(check.problems.isEmpty());
        Workspace ws;
        QVERIFY(ws.open(path));
        QVERIFY(ws.checkIntegrity(Workspace::IntegrityCheck::Full).isEmpty());
        QVERIFY(ws.checkIntegrity().isEmpty());
        QVERIFY(!Workspace::checkFile(dir.filePath(QStringLiteral("none.sqlite")), Workspace::IntegrityCheck::Quick).error.isEmpty());
    }

    void secondWriter_getsClearMessage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        Workspace first;
        QVERIFY(first.open(path));
        Workspace second;
        QVERIFY(!second.open(path));
        QCOMPARE(second.errorKind(), Workspace::ErrorKind::Locked);
        QVERIFY2(second.errorString().contains(QStringLiteral("already open for writing")), qPrintable(second.errorString()));
        // Readers are welcome while the writer works.
        Workspace reader;
        QVERIFY2(reader.open(path, Workspace::Mode::ReadOnly), qPrintable(reader.errorString()));
        first.close();
        QVERIFY2(second.open(path), qPrintable(second.errorString()));
    }

    // A long write on another thread, beside the window's own connection.
    void besideOwner_writesFromAnotherThreadUnderTheOwnersLock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        Workspace owner;
        QVERIFY(owner.open(path));
        bool opened = false;
        bool saved = false;
        QString error;
        std::thread worker([&] {
            Workspace beside;
            opened = beside.openBeside(owner);
            DataCenter dc{0, QStringLiteral("EU01"), QStringLiteral("Europe"), QStringLiteral("Europe/Amsterdam")};
            saved = opened && CatalogRepository(&beside).saveDataCenter(dc, &error);
        });
        worker.join();
        QVERIFY2(opened && saved, qPrintable(error));
        QVERIFY(CatalogRepository(&owner).dataCenter(QStringLiteral("EU01")).has_value());
        // The lock stayed the owner's: another writer is still refused, then welcome.
        Workspace other;
        QVERIFY(!other.open(path));
        QCOMPARE(other.errorKind(), Workspace::ErrorKind::Locked);
        owner.close();
        QVERIFY2(other.open(path), qPrintable(other.errorString()));
    }

    void beside_needsAnOwnerOpenForWriting()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        Workspace beside;
        Workspace closed;
        QVERIFY(!beside.openBeside(closed));
        QVERIFY(!beside.isOpen());
        {
            Workspace ws;
            QVERIFY(ws.open(path));
        }
        Workspace reader;
        QVERIFY(reader.open(path, Workspace::Mode::ReadOnly));
        QVERIFY(!beside.openBeside(reader));
        QVERIFY(!beside.isOpen());
        QVERIFY(!beside.errorString().isEmpty());
    }

    void readOnly_refusesWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        {
            Workspace ws;
            QVERIFY(ws.open(path));
        }
        Workspace ro;
        QVERIFY(ro.open(path, Workspace::Mode::ReadOnly));
        DataCenter dc{0, QStringLiteral("EU"), QStringLiteral("Europe"), QStringLiteral("Europe/Amsterdam")};
        QString error;
        QVERIFY(!CatalogRepository(&ro).saveDataCenter(dc, &error));
        QVERIFY(error.contains(QStringLiteral("read-only")));
    }

    void transaction_rollsBackAndNotifiesOnlyOnCommit()
    {
        QTemporaryDir dir;
        Workspace ws;
        QVERIFY(ws.open(dir.filePath(QStringLiteral("ws.sqlite"))));
        QSignalSpy catalogSpy(&ws, &Workspace::catalogChanged);
        CatalogRepository catalog(&ws);
        QString error;
        const bool ok = ws.transaction(
            [&](QString *err) {
                DataCenter dc{0, QStringLiteral("EU"), QStringLiteral("Europe"), QStringLiteral("Europe/Amsterdam")};
                if (!catalog.saveDataCenter(dc, err))
                    return false;
                *err = QStringLiteral("changed my mind");
                return false;
            },
            &error);
        QVERIFY(!ok);
        QCOMPARE(error, QStringLiteral("changed my mind"));
        QCOMPARE(catalogSpy.count(), 0);
        QVERIFY(catalog.dataCenters().isEmpty());

        DataCenter dc{0, QStringLiteral("EU"), QStringLiteral("Europe"), QStringLiteral("Europe/Amsterdam")};
        QVERIFY(catalog.saveDataCenter(dc, &error));
        QCOMPARE(catalogSpy.count(), 1);
        QCOMPARE(catalog.dataCenters().size(), 1);
    }

    // A bulk write runs with a rollback journal when it has the file to itself, and
    // in WAL mode beside a reader; either way the workspace is back in WAL mode, and a
    // failed one leaves nothing behind.
    void bulkTransaction_returnsToWal_data()
    {
        QTest::addColumn<bool>("withReader");
        QTest::addColumn<bool>("succeeds");
        QTest::newRow("alone, committed") << false << true;
        QTest::newRow("alone, rolled back") << false << false;
        QTest::newRow("beside a reader, committed") << true << true;
        QTest::newRow("beside a reader, rolled back") << true << false;
    }

    void bulkTransaction_returnsToWal()
    {
        QFETCH(bool, withReader);
        QFETCH(bool, succeeds);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        Workspace ws;
        QVERIFY(ws.open(path));
        Workspace reader;
        if (withReader)
            QVERIFY2(reader.open(path, Workspace::Mode::ReadOnly), qPrintable(reader.errorString()));
        auto journalMode = [&] {
            QSqlQuery q(ws.database());
            return q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next() ? q.value(0).toString() : QString();
        };
        QString modeInside;
        CatalogRepository catalog(&ws);
        QString error;
        const bool ok = ws.bulkTransaction(
            [&](QString *err) {
                modeInside = journalMode();
                DataCenter dc{0, QStringLiteral("EU"), QStringLiteral("Europe"), QStringLiteral("Europe/Amsterdam")};
                if (!catalog.saveDataCenter(dc, err))
                    return false;
                *err = QStringLiteral("refused");
                return succeeds;
            },
            &error);
        QCOMPARE(ok, succeeds);
        QCOMPARE(modeInside, withReader ? QStringLiteral("wal") : QStringLiteral("delete"));
        QCOMPARE(journalMode(), QStringLiteral("wal"));
        QCOMPARE(catalog.dataCenters().size(), succeeds ? 1 : 0);
        if (withReader)
            QCOMPARE(CatalogRepository(&reader).dataCenters().size(), succeeds ? 1 : 0);
        // Beside another connection the write went through the WAL, which is given back.
        QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
        ws.close();
        QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
        Workspace again;
        QVERIFY(again.open(path));
        QCOMPARE(CatalogRepository(&again).dataCenters().size(), succeeds ? 1 : 0);
    }

    // What a crash in the middle of a bulk write leaves: the file half written and
    // the rollback journal beside it. A reader is told to open it for writing once; the
    // writer rolls it back to what was committed.
    void interruptedBulkWrite_isRolledBackByTheNextWriter()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        {
            Workspace ws;
            QVERIFY(ws.open(path));
            DataCenter dc{0, QStringLiteral("EU"), QStringLiteral("Europe"), QStringLiteral("Europe/Amsterdam")};
            QString error;
            QVERIFY2(CatalogRepository(&ws).saveDataCenter(dc, &error), qPrintable(error));
        }
        const QString crashed = dir.filePath(QStringLiteral("crashed.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("midwrite"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
            // A cache too small for the write makes SQLite spill changed pages into the
            // file before the commit, journaling their old content first.
            QVERIFY(q.exec(QStringLiteral("PRAGMA cache_size = 10")));
            QVERIFY(q.exec(QStringLiteral("BEGIN")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM data_centers")));
            for (int i = 0; i < 400; ++i) {
                QVERIFY(q.exec(QStringLiteral("INSERT INTO data_centers(code, name, time_zone) VALUES ('X%1', '%2', 'UTC')")
                                   .arg(i)
                                   .arg(QString(500, QLatin1Char('x')))));
            }
            QVERIFY(QFileInfo(path + QStringLiteral("-journal")).size() > 0);
            // The files as a power cut would leave them.
            QVERIFY(QFile::copy(path, crashed));
            QVERIFY(QFile::copy(path + QStringLiteral("-journal"), crashed + QStringLiteral("-journal")));
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("midwrite"));

        Workspace reader;
        QVERIFY(!reader.open(crashed, Workspace::Mode::ReadOnly));
        QCOMPARE(reader.errorKind(), Workspace::ErrorKind::NeedsRecovery);
        QVERIFY2(reader.errorString().contains(QStringLiteral("open it for writing once")), qPrintable(reader.errorString()));

        Workspace writer;
        QVERIFY2(writer.open(crashed), qPrintable(writer.errorString()));
        const auto dcs = CatalogRepository(&writer).dataCenters();
        QCOMPARE(dcs.size(), 1);
        QCOMPARE(dcs.first().code, QStringLiteral("EU"));
        writer.close();
        QVERIFY(!QFile::exists(crashed + QStringLiteral("-journal")));
        QVERIFY2(reader.open(crashed, Workspace::Mode::ReadOnly), qPrintable(reader.errorString()));
    }

    void defaultPath_isInAppData()
    {
        QVERIFY(Workspace::defaultPath().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(Workspace::defaultPath().endsWith(QStringLiteral("outagedesk.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"

#include "storage/Workspace.h"

#include "storage/Fts5SearchIndex.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QAtomicInt>

namespace OutageDesk {
namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("outagedesk-workspace-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Migration scripts hold one statement per ';'-terminated line group, because
// QSqlQuery::exec runs a single statement.
QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    const auto lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")) || trimmed.isEmpty())
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

// What the first bytes of a file say before SQLite is asked: not SQLite at all, or an
// SQLite file shorter than it says it is (cut short by a full disk or an interrupted
// copy), which SQLite itself reports only as "not a database" or not at all.
struct FileHeader
{
    enum class Shape { Empty, NotSqlite, Truncated, Sqlite } shape = Shape::Sqlite;
    qint64 size = 0;
    qint64 expectedSize = 0; // of a truncated file
};

quint32 bigEndianAt(const QByteArray &bytes, int at, int count)
{
    quint32 value = 0;
    for (int i = at; i < at + count; ++i)
        value = (value << 8) | static_cast<unsigned char>(bytes.at(i));
    return value;
}

FileHeader readHeader(const QString &path)
{
    FileHeader header;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return header; // SQLite will say why
    header.size = file.size();
    if (header.size == 0) {
        header.shape = FileHeader::Shape::Empty; // SQLite makes a new database of it
        return header;
    }
    const QByteArray head = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (head.size() < 16) {
        header.shape = magic.startsWith(head) ? FileHeader::Shape::Truncated : FileHeader::Shape::NotSqlite;
        header.expectedSize = 100;
        return header;
    }
    if (!head.startsWith(magic)) {
        header.shape = FileHeader::Shape::NotSqlite;
        return header;
    }
    if (head.size() < 100) {
        header.shape = FileHeader::Shape::Truncated;
        header.expectedSize = 100;
        return header;
    }
    // In the middle of a write (a WAL, a hot journal beside it) the file may legitimately
    // differ from its header until the write is finished or rolled back.
    if (QFileInfo(path + QStringLiteral("-wal")).size() > 0 || QFileInfo(path + QStringLiteral("-journal")).size() > 0)
        return header;
    const quint32 rawPageSize = bigEndianAt(head, 16, 2);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return header; // a damaged header: SQLite's check says so
    // The page count is valid when the header's "version valid for" matches its change counter.
    const qint64 pageCount = bigEndianAt(head, 28, 4);
    const bool countValid = bigEndianAt(head, 92, 4) == bigEndianAt(head, 24, 4) && pageCount > 0;
    if (header.size % pageSize != 0 || (countValid && header.size < pageCount * pageSize)) {
        header.shape = FileHeader::Shape::Truncated;
        header.expectedSize = countValid ? pageCount * pageSize : (header.size / pageSize + 1) * pageSize;
    }
    return header;
}

// Sets up `db` to read the file at `path` without writing anything. In a folder nobody
// may write, SQLite cannot make the shared-memory file a WAL-mode reader needs; as no
// writer can work there either (it needs its lock file and journal beside the file),
// the file is then opened as immutable.
void openReadOnly(QSqlDatabase &db, const QString &path)
{
    const bool folderWritable = QFileInfo(QFileInfo(path).absolutePath()).isWritable();
    if (!folderWritable && !QFileInfo::exists(path + QStringLiteral("-shm"))
        && QFileInfo(path + QStringLiteral("-wal")).size() == 0) {
        db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
        return;
    }
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
}

// SQLite's own words for a damaged file (SQLITE_CORRUPT, SQLITE_NOTADB).
bool isDamageError(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("11") || code == QLatin1String("26");
}

QStringList integrityProblems(const QSqlDatabase &db, Workspace::IntegrityCheck depth)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // At most 100 findings: enough to say what is wrong, and bounded for a ruined file.
    const QString pragma = depth == Workspace::IntegrityCheck::Quick ? QStringLiteral("PRAGMA quick_check(100)")
                                                                     : QStringLiteral("PRAGMA integrity_check(100)");
    if (!q.exec(pragma))
        return {q.lastError().databaseText()};
    QStringList problems;
    while (q.next()) {
        // A row may hold several lines, the first naming the database ("*** in database main ***").
        const QStringList lines = q.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("*** in database")))
                problems << line;
        }
    }
    if (q.lastError().isValid())
        problems << q.lastError().databaseText();
    return problems;
}

// The copies Migrate() keeps (NAME.schemaN.bak), newest first.
QStringList backupsOf(const QString &path)
{
    const QFileInfo info(path);
    QStringList backups;
    const auto entries = info.dir().entryInfoList({info.fileName() + QStringLiteral(".schema*.bak")}, QDir::Files, QDir::Time);
    for (const QFileInfo &entry : entries)
        backups << entry.absoluteFilePath();
    return backups;
}

QString migrationResource(int version)
{
    const QDir dir(QStringLiteral(":/outagedesk/migrations"));
    const auto entries = dir.entryList({QStringLiteral("%1_*.sql").arg(version, 4, 10, QLatin1Char('0'))});
    return entries.isEmpty() ? QString() : dir.filePath(entries.first());
}

} // namespace

Workspace::Workspace(QObject *parent)
    : QObject(parent)
{
}

Workspace::~Workspace()
{
    close();
}

QString Workspace::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("outagedesk.sqlite"));
}

// Records why opening failed; open() closes the connection once every handle
// and query of the attempt is gone (closing earlier warns "connection still in use").
bool Workspace::fail(ErrorKind kind, const QString &message)
{
    m_errorKind = kind;
    m_errorString = message;
    return false;
}

int Workspace::schemaVersionOf(const QString &path, QString *error)
{
    const QString name = nextConnectionName();
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                version = q.value(0).toInt();
            else if (error)
                *error = q.lastError().text();
        } else if (error) {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

QString Workspace::damageMessage(const QString &path, const QStringList &problems)
{
    const QString first = problems.isEmpty() ? QString() : problems.first();
    const QStringList backups = backupsOf(path);
    const QString restore = backups.isEmpty()
        ? tr("restore it from a backup")
        : tr("restore the copy kept before the last upgrade (%1), losing what was written since").arg(backups.first());
    return tr("Workspace %1 is damaged (%2). It was not read or changed. To recover, %3, or salvage what SQLite can "
              "still read with “sqlite3 %1 .recover | sqlite3 recovered.sqlite” and open that; “outagedesk check” "
              "lists the damage.")
        .arg(path, first, restore);
}

QStringList Workspace::checkIntegrity(IntegrityCheck depth) const
{
    if (!isOpen())
        return {tr("no workspace is open")};
    return integrityProblems(database(), depth);
}

Workspace::FileCheck Workspace::checkFile(const QString &path, IntegrityCheck depth)
{
    FileCheck result;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo::exists(absolute)) {
        result.error = tr("Workspace %1 does not exist.").arg(absolute);
        return result;
    }
    const FileHeader header = readHeader(absolute);
    if (header.shape == FileHeader::Shape::NotSqlite || header.shape == FileHeader::Shape::Empty) {
        result.error = tr("%1 is not an Outage Desk workspace (not an SQLite database).").arg(absolute);
        return result;
    }
    if (header.shape == FileHeader::Shape::Truncated) {
        result.problems << tr("the file is %1 bytes long, its header says %2: it was cut short")
                               .arg(header.size)
                               .arg(header.expectedSize);
        return result;
    }
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        openReadOnly(db, absolute);
        if (db.open())
            result.problems = integrityProblems(db, depth);
        else
            result.error = tr("Cannot open workspace %1: %2").arg(absolute, db.lastError().text());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

bool Workspace::open(const QString &path, Mode mode)
{
    return openOrClose(path, mode, false);
}

bool Workspace::openOrClose(const QString &path, Mode mode, bool locked)
{
    if (openConnection(path, mode, locked))
        return true;
    const ErrorKind kind = m_errorKind;
    const QString message = m_errorString;
    close();
    m_errorKind = kind;
    m_errorString = message;
    return false;
}

bool Workspace::openBeside(const Workspace &owner)
{
    // Not owner.isOpen(): its connection answers only on its own thread.
    if (owner.m_connectionName.isEmpty() || owner.isReadOnly()) {
        close();
        return fail(ErrorKind::Io, tr("no workspace is open for writing"));
    }
    return openOrClose(owner.path(), Mode::ReadWrite, true);
}

bool Workspace::openConnection(const QString &path, Mode mode, bool locked)
{
    close();
    m_errorKind = ErrorKind::None;
    m_errorString.clear();
    m_backupPath.clear();
    m_mode = mode;
    m_path = QFileInfo(path).absoluteFilePath();

    const bool exists = QFileInfo::exists(m_path);
    if (!exists && mode == Mode::ReadOnly)
        return fail(ErrorKind::Io, tr("Workspace %1 does not exist.").arg(m_path));
    if (!exists) {
        const QString dir = QFileInfo(m_path).absolutePath();
        if (!QDir().mkpath(dir))
            return fail(ErrorKind::Io, tr("Cannot create the folder %1 for the workspace.").arg(dir));
    }
    if (exists) {
        const FileHeader header = readHeader(m_path);
        if (header.shape == FileHeader::Shape::NotSqlite)
            return fail(ErrorKind::NotAWorkspace,
                        tr("%1 is not an Outage Desk workspace (not an SQLite database).").arg(m_path));
        if (header.shape == FileHeader::Shape::Truncated)
            return fail(ErrorKind::Damaged,
                        damageMessage(m_path, {tr("the file is %1 bytes long, its header says %2: it was cut short")
                                                   .arg(header.size)
                                                   .arg(header.expectedSize)}));
    }
    const auto readOnly = [this](const QString &why) {
        return fail(ErrorKind::ReadOnly, tr("Workspace %1 is read-only (%2): it can be listed and exported, not changed.")
                                             .arg(m_path, why));
    };
    if (mode == Mode::ReadWrite && exists && !QFileInfo(m_path).isWritable())
        return readOnly(tr("the file cannot be written"));

    if (mode == Mode::ReadWrite && !locked) {
        m_lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
        // Only a lock whose process is gone is stale: age says nothing about a desk
        // that stays open all week.
        m_lock->setStaleLockTime(0);
        if (!m_lock->tryLock(0)) {
            qint64 pid = 0;
            QString host, app;
            m_lock->getLockInfo(&pid, &host, &app);
            const auto lockError = m_lock->error();
            m_lock.reset();
            if (lockError == QLockFile::LockFailedError) {
                return fail(ErrorKind::Locked,
                            tr("Workspace %1 is already open for writing by another Outage Desk "
                               "(process %2 on %3). Close it there first.")
                                .arg(m_path)
                                .arg(pid)
                                .arg(host));
            }
            if (exists)
                return readOnly(tr("its folder cannot be written, and a writer keeps a lock file and a journal there"));
            return fail(ErrorKind::Io, tr("Cannot create workspace %1: the folder is not writable.").arg(m_path));
        }
    }

    m_connectionName = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (mode == Mode::ReadOnly) {
        openReadOnly(db, m_path);
    } else {
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!db.open())
        return fail(ErrorKind::Io, tr("Cannot open workspace %1: %2").arg(m_path, db.lastError().text()));

    // Read the version before anything can write: a newer file is left byte-for-byte alone.
    int version = 0;
    int applicationId = 0;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
            // A write interrupted in rollback-journal mode (an import, when the machine or
            // the program died) leaves its journal behind, and only a writer can roll it back.
            if (mode == Mode::ReadOnly && QFileInfo(m_path + QStringLiteral("-journal")).size() > 0)
                return fail(ErrorKind::NeedsRecovery,
                            tr("Workspace %1 was left in the middle of a write (an interrupted import?); "
                               "open it for writing once to roll that back.")
                                .arg(m_path));
            // The header said SQLite: what SQLite cannot read is damage, not another kind of file.
            if (isDamageError(q.lastError()))
                return fail(ErrorKind::Damaged, damageMessage(m_path, {q.lastError().databaseText()}));
            return fail(ErrorKind::NotAWorkspace,
                        tr("%1 is not an Outage Desk workspace (not an SQLite database).").arg(m_path));
        }
        version = q.value(0).toInt();
        if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next())
            applicationId = q.value(0).toInt();
        q.finish();
        if (q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next() && version == 0
            && q.value(0).toInt() > 0)
            return fail(ErrorKind::NotAWorkspace,
                        tr("%1 is an SQLite database but not an Outage Desk workspace.").arg(m_path));
    }
    if (version > 0 && applicationId != kApplicationId)
        return fail(ErrorKind::NotAWorkspace,
                    tr("%1 is an SQLite database but not an Outage Desk workspace.").arg(m_path));
    if (version > kSchemaVersion)
        return fail(ErrorKind::NewerSchema,
                    tr("Workspace %1 was written by a newer Outage Desk (schema %2; this version "
                       "understands up to %3). It was not changed; open it with the newer version.")
                        .arg(m_path)
                        .arg(version)
                        .arg(kSchemaVersion));
    if (mode == Mode::ReadOnly && version < kSchemaVersion)
        return fail(ErrorKind::NeedsMigration,
                    tr("Workspace %1 needs an upgrade (schema %2 → %3); open it for writing once.")
                        .arg(m_path)
                        .arg(version)
                        .arg(kSchemaVersion));

    // Damage read as if whole (incidents missing from an export, a portal built from what
    // is left) is worse than a refusal. Bounded by size so that opening stays instant.
    const qint64 size = QFileInfo(m_path).size() + QFileInfo(m_path + QStringLiteral("-wal")).size();
    if (exists && !locked && size <= kCheckOnOpenBytes) {
        const QStringList problems = checkIntegrity(IntegrityCheck::Quick);
        if (!problems.isEmpty())
            return fail(ErrorKind::Damaged, damageMessage(m_path, problems));
    }

    if (!applyConnectionPragmas(!exists))
        return false;
    if (mode == Mode::ReadWrite && version < kSchemaVersion && !migrate(version))
        return false;

    m_searchIndex = std::make_unique<Fts5SearchIndex>(this);
    if (mode == Mode::ReadWrite) {
        QString error;
        if (!m_searchIndex->ensureSchema(&error))
            return fail(ErrorKind::Io, tr("Cannot prepare the search index of %1: %2").arg(m_path, error));
    }
    return true;
}

bool Workspace::applyConnectionPragmas(bool newFile)
{
    QSqlQuery q(database());
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON")};
    if (newFile) {
        // An incident row with its RCA (a few KB) does not fit a 4 KB page and spills
        // into an overflow page; with 32 KB pages rows pack whole and a 100k import
        // took 1.7 s less (Firefox's places database made the same choice). Only a
        // new file can take it (before its first table, and before WAL mode).
        pragmas << QStringLiteral("PRAGMA page_size = %1").arg(kPageSize);
    }
    if (m_mode == Mode::ReadWrite) {
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = FULL");
#ifdef Q_OS_MACOS
        // fsync on macOS does not reach the platter; F_FULLFSYNC does.
        pragmas << QStringLiteral("PRAGMA fullfsync = ON");
#endif
    }
    for (const QString &pragma : std::as_const(pragmas)) {
        if (!q.exec(pragma))
            return fail(ErrorKind::Io, tr("Cannot configure workspace %1: %2").arg(m_path, q.lastError().text()));
    }
    return true;
}

bool Workspace::migrate(int fromVersion)
{
    if (fromVersion > 0) {
        // A consistent snapshot of the old file, so a failed or regretted upgrade can be undone by hand.
        m_backupPath = QStringLiteral("%1.schema%2.bak").arg(m_path).arg(fromVersion);
        QFile::remove(m_backupPath);
        QSqlQuery q(database());
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(m_backupPath);
        if (!q.exec())
            return fail(ErrorKind::Io,
                        tr("Cannot copy workspace %1 aside before upgrading it: %2").arg(m_path, q.lastError().text()));
    }
    QString error;
    const bool ok = transaction(
        [&](QString *err) {
            for (int v = fromVersion + 1; v <= kSchemaVersion; ++v) {
                const QString script = migrationResource(v);
                if (script.isEmpty()) {
                    *err = tr("migration %1 is missing from this build").arg(v);
                    return false;
                }
                if (!runScript(script, err))
                    return false;
            }
            QSqlQuery q(database());
            if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId))
                || !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion))) {
                *err = q.lastError().text();
                return false;
            }
            return true;
        },
        &error);
    if (!ok)
        return fail(ErrorKind::Io, tr("Cannot upgrade workspace %1: %2").arg(m_path, error));
    return true;
}

bool Workspace::runScript(const QString &resourcePath, QString *error)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1").arg(resourcePath);
        return false;
    }
    const auto statements = splitStatements(QString::fromUtf8(file.readAll()));
    QSqlQuery q(database());
    for (const QString &statement : statements) {
        if (!q.exec(statement)) {
            *error = QStringLiteral("%1: %2").arg(QFileInfo(resourcePath).fileName(), q.lastError().text());
            return false;
        }
    }
    return true;
}

QSqlQuery &Workspace::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(database());
        q.prepare(sql);
        it = m_statements.emplace(sql, q).first;
    }
    it->second.finish();
    return it->second;
}

void Workspace::close()
{
    m_statements.clear(); // before the connection goes: queries must not outlive it
    m_searchIndex.reset();
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
    }
    m_lock.reset();
    m_transactionDepth = 0;
    m_pendingNotifications.clear();
    m_resetPending = false;
}

bool Workspace::isOpen() const
{
    return !m_connectionName.isEmpty() && database().isOpen();
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Workspace::transaction(const std::function<bool(QString *)> &work, QString *error)
{
    QString localError;
    QString *err = error ? error : &localError;
    if (!isOpen()) {
        *err = tr("no workspace is open");
        return false;
    }
    if (m_mode == Mode::ReadOnly) {
        *err = tr("workspace %1 is open read-only").arg(m_path);
        return false;
    }
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        const bool ok = work(err);
        --m_transactionDepth;
        return ok;
    }
    QSqlDatabase db = database();
    if (!db.transaction()) {
        *err = db.lastError().text();
        return false;
    }
    m_transactionDepth = 1;
    const bool ok = work(err);
    m_transactionDepth = 0;
    if (!ok) {
        db.rollback();
        m_pendingNotifications.clear();
        m_resetPending = false;
        return false;
    }
    if (!db.commit()) {
        *err = db.lastError().text();
        db.rollback();
        m_pendingNotifications.clear();
        m_resetPending = false;
        return false;
    }
    flushPendingNotifications();
    return true;
}

bool Workspace::bulkTransaction(const std::function<bool(QString *)> &work, QString *error)
{
    if (!isOpen() || isReadOnly() || inTransaction())
        return transaction(work, error);
    // With the default 2 MB cache a 100k-incident import spent 3 s more in system calls
    // and took 15 % longer; with 256 MB its search-index pass still read a tenth of its
    // time back from the file the rows had just been written to (the file is 580 MB).
    // SQLite takes cache pages only as it needs them (the import's peak memory is in
    // parsing, before these), and gives back what is over the limit when it drops again.
    constexpr int kBulkCacheKiB = 1024 * 1024;
    int previous = 0;
    {
        QSqlQuery q(database());
        if (!q.exec(QStringLiteral("PRAGMA cache_size")) || !q.next())
            return transaction(work, error);
        previous = q.value(0).toInt();
        q.finish();
        q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kBulkCacheKiB));
    }
    // In WAL mode every page of a large import is written twice, to the WAL and then
    // by the checkpoint into the file; with a rollback journal, pages new to the file
    // are written once and only changed ones are journaled (a 100k import: 4 s less).
    // Just as crash-safe at synchronous=FULL. SQLite leaves WAL mode only when no other
    // connection has the file open; otherwise the import simply runs in WAL mode.
    const bool leftWal = setJournalMode(QStringLiteral("delete"));
    const bool ok = transaction(work, error);
    if (leftWal && !setJournalMode(QStringLiteral("wal")))
        qWarning("Outage Desk: the workspace stays in rollback-journal mode until it is opened again");
    QSqlQuery q(database());
    // Written through the WAL, the bulk write left it as large as itself (580 MB for a
    // 100k import) beside the workspace until the last connection closes: give it back.
    if (!leftWal)
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(previous));
    return ok;
}

bool Workspace::dropIndexes(const QStringList &tables, QStringList *definitions, QString *error)
{
    QStringList names;
    definitions->clear();
    QSqlQuery q(database());
    // SQLite's catalogue; an index made for a constraint has no SQL of its own.
    q.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                             "AND tbl_name IN (SELECT value FROM json_each(?)) ORDER BY name"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(tables)).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        names << q.value(0).toString();
        *definitions << q.value(1).toString();
    }
    q.finish();
    for (const QString &name : std::as_const(names)) {
        if (!q.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name))) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool Workspace::createIndexes(const QStringList &definitions, QString *error)
{
    QSqlQuery q(database());
    for (const QString &sql : definitions) {
        if (!q.exec(sql)) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool Workspace::setJournalMode(const QString &mode)
{
    QSqlQuery q(database());
    return q.exec(QStringLiteral("PRAGMA journal_mode = %1").arg(mode)) && q.next()
        && q.value(0).toString().compare(mode, Qt::CaseInsensitive) == 0;
}

void Workspace::flushPendingNotifications()
{
    m_resetPending = false;
    const auto pending = std::exchange(m_pendingNotifications, {});
    for (const auto &notify : pending)
        notify();
}

void Workspace::notifyIncidentChanged(const QUuid &uuid)
{
    if (m_resetPending)
        return; // the reset to come covers it
    auto emitIt = [this, uuid] { Q_EMIT incidentChanged(uuid); };
    m_transactionDepth > 0 ? m_pendingNotifications.append(emitIt) : emitIt();
}

void Workspace::notifyIncidentRemoved(const QUuid &uuid)
{
    if (m_resetPending)
        return;
    auto emitIt = [this, uuid] { Q_EMIT incidentRemoved(uuid); };
    m_transactionDepth > 0 ? m_pendingNotifications.append(emitIt) : emitIt();
}

void Workspace::notifyCatalogChanged()
{
    auto emitIt = [this] { Q_EMIT catalogChanged(); };
    m_transactionDepth > 0 ? m_pendingNotifications.append(emitIt) : emitIt();
}

void Workspace::notifyReset()
{
    auto emitIt = [this] { Q_EMIT reset(); };
    if (m_transactionDepth == 0) {
        emitIt();
        return;
    }
    // Once per transaction; from here on it stands for every incident notification,
    // so a bulk write is one reload for the views instead of one refresh per incident.
    if (!m_resetPending)
        m_pendingNotifications.append(emitIt);
    m_resetPending = true;
}

} // namespace OutageDesk

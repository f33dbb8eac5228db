#pragma once

#include <QLockFile>
#include <QObject>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <map>
#include <memory>

namespace OutageDesk {

class SearchIndex;

// One workspace = one SQLite file (WAL, foreign keys, synchronous=FULL), opened
// through a named Qt SQL connection owned by this object and the thread that made it.
// It migrates the schema on open, refuses files from newer versions without touching
// them, and holds a lock file so that a second writer gets a clear message.
class Workspace : public QObject
{
    Q_OBJECT

public:
    enum class Mode { ReadWrite, ReadOnly };
    // NeedsMigration and NeedsRecovery: only a read-only open fails so; opening the
    // workspace for writing once upgrades it, or rolls back a write it was left in.
    // Damaged: SQLite finds the file damaged (or it is cut short); it is opened neither
    // for reading nor for writing. ReadOnly: only an open for writing fails so.
    enum class ErrorKind { None, NewerSchema, NotAWorkspace, Locked, Io, NeedsMigration, NeedsRecovery, Damaged, ReadOnly };
    // Quick: PRAGMA quick_check, the file's structure (pages, records, free list), in time
    // linear in the file. Full: PRAGMA integrity_check, also every index against its rows.
    enum class IntegrityCheck { Quick, Full };
    // What a check of a file found; `problems` empty and `error` empty: intact.
    struct FileCheck
    {
        QStringList problems; // SQLite's findings, one a line
        QString error;        // why the file could not be checked at all
    };

    static constexpr int kSchemaVersion = 8;
    static constexpr int kApplicationId = 0x4F444B31; // "ODK1"
    static constexpr int kPageSize = 32768;             // of files this version creates
    // A file up to this size (with its WAL) gets a quick check whenever it is opened: about
    // 50 ms here at the limit. Larger ones are checked before every publish and portal
    // build, and by `outagedesk check`, so that opening one stays instant.
    static constexpr qint64 kCheckOnOpenBytes = 32 * 1024 * 1024;

    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    bool open(const QString &path, Mode mode = Mode::ReadWrite);
    // A second connection for writing to the workspace `owner` has open for writing,
    // for a long write on another thread (open, use and destroy it there) while the
    // owner's thread keeps answering. It takes no lock: the owner's stands for both, so
    // the owner stays open until this one is closed.
    bool openBeside(const Workspace &owner);
    void close();
    bool isOpen() const;
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    QString path() const { return m_path; }
    QSqlDatabase database() const;
    SearchIndex *searchIndex() const { return m_searchIndex.get(); }

    ErrorKind errorKind() const { return m_errorKind; }
    QString errorString() const { return m_errorString; }
    // The copy made before the last migration, if any.
    QString backupPath() const { return m_backupPath; }

    // The damage SQLite finds in the open workspace, one finding a line (at most 100);
    // empty when it is intact. A check that cannot run is itself a finding.
    QStringList checkIntegrity(IntegrityCheck depth = IntegrityCheck::Quick) const;
    // Checks the file at `path` without opening it as a workspace (a damaged one cannot
    // be): read-only, without a lock, nothing written. For `outagedesk check`.
    static FileCheck checkFile(const QString &path, IntegrityCheck depth);
    // One line: the workspace at `path` is damaged, what SQLite says first, and how to
    // recover (the copy kept before an upgrade, sqlite3's .recover).
    static QString damageMessage(const QString &path, const QStringList &problems);

    // Runs `work` in a transaction (nested calls join the outer one). `work` returns
    // false and fills `error` to roll everything back.
    bool transaction(const std::function<bool(QString *error)> &work, QString *error = nullptr);
    bool inTransaction() const { return m_transactionDepth > 0; }
    // transaction() for a write of many thousand rows (an import): with a page cache
    // large enough for it, and with a rollback journal instead of the WAL while it runs
    // (when no other connection has the workspace open), so that pages are written once.
    bool bulkTransaction(const std::function<bool(QString *error)> &work, QString *error = nullptr);

    // For a bulk load into empty tables, inside its transaction: drops the tables'
    // secondary indexes and gives their definitions to createIndexes() once the rows are
    // in. Built once from sorted rows, a 100k import's indexes took 0.26 s instead of
    // 0.7 s kept in order row by row. Indexes behind constraints (UNIQUE) stay.
    bool dropIndexes(const QStringList &tables, QStringList *definitions, QString *error);
    bool createIndexes(const QStringList &definitions, QString *error);

    // A statement prepared once per connection and reused: preparing per row costs
    // as much as the insert itself during an import. Bind positionally, then exec().
    QSqlQuery &statement(const QString &sql);

    static QString defaultPath();
    static int schemaVersionOf(const QString &path, QString *error = nullptr);

    // Change notifications, emitted after the transaction that made the change committed.
    // A reset inside a transaction stands for the incident notifications of that transaction.
    void notifyIncidentChanged(const QUuid &uuid);
    void notifyIncidentRemoved(const QUuid &uuid);
    void notifyCatalogChanged();
    void notifyReset();

Q_SIGNALS:
    void incidentChanged(const QUuid &uuid);
    void incidentRemoved(const QUuid &uuid);
    void catalogChanged();
    void reset();

private:
    // `locked`: the lock is held by the workspace this one is opened beside.
    bool openOrClose(const QString &path, Mode mode, bool locked); // closes what a failure left
    bool openConnection(const QString &path, Mode mode, bool locked);
    bool fail(ErrorKind kind, const QString &message);
    bool applyConnectionPragmas(bool newFile);
    bool setJournalMode(const QString &mode); // true when the workspace is in `mode` afterwards
    bool migrate(int fromVersion);
    bool runScript(const QString &resourcePath, QString *error);
    void flushPendingNotifications();

    QString m_path;
    QString m_connectionName;
    QString m_backupPath;
    Mode m_mode = Mode::ReadWrite;
    ErrorKind m_errorKind = ErrorKind::None;
    QString m_errorString;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<SearchIndex> m_searchIndex;
    int m_transactionDepth = 0;
    QList<std::function<void()>> m_pendingNotifications;
    bool m_resetPending = false; // a reset is queued: incident notifications are left out
    std::map<QString, QSqlQuery> m_statements; // node-based: references stay valid as it grows
};

} // namespace OutageDesk

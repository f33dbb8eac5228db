#include "exchange/IncidentImporter.h"

#include "exchange/JsonInput.h"
#include "exchange/ParallelRuns.h"

#include "storage/CatalogRepository.h"
#include "storage/IncidentRepository.h"
#include "storage/Workspace.h"
#include "time/Rfc3339.h"
#include "time/TimeFormat.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <atomic>
#include <limits>
#include <numeric>
#include <unordered_set>
#include <utility>
#include <vector>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace OutageDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("IncidentImporter", text);
}

// The JSON path of a value as a chain of the walk's stack frames, spelled out
// ("incidents[0].windows[4].end") only when an error names it: spelling it for
// every value visited took a tenth of a large file's parsing. A path refers to its
// parent, so it is never copied or kept beyond the parent's scope.
class JsonPath
{
public:
    JsonPath() = default; // the document's root
    JsonPath(const JsonPath &parent, QLatin1String key)
        : m_parent(&parent)
        , m_key(key)
    {
    }
    JsonPath(const JsonPath &parent, qsizetype index)
        : m_parent(&parent)
        , m_index(index)
    {
    }
    JsonPath(const JsonPath &) = delete;
    JsonPath &operator=(const JsonPath &) = delete;

    QString toString() const
    {
        if (!m_parent)
            return QString();
        const QString parent = m_parent->toString();
        if (m_index >= 0)
            return parent + QLatin1Char('[') + QString::number(m_index) + QLatin1Char(']');
        return parent.isEmpty() ? QString(m_key) : parent + QLatin1Char('.') + m_key;
    }

private:
    const JsonPath *m_parent = nullptr;
    QLatin1String m_key;
    qsizetype m_index = -1;
};

// Walks the document keeping the JSON path of the value at hand, so that every
// refusal names exactly where the problem is. The first error wins and stops the walk.
class Reader
{
    // The file's context, declared so that lupdate files these messages under it too.
    Q_DECLARE_TR_FUNCTIONS(IncidentImporter)

public:
    explicit Reader(ImportError *error)
        : m_error(error)
    {
    }

    bool failed() const { return m_failed; }

    bool fail(const JsonPath &path, const QString &message)
    {
        if (!m_failed) {
            m_failed = true;
            m_error->path = path.toString();
            m_error->message = message;
        }
        return false;
    }

    static QString typeName(const JsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::Null:
            return QStringLiteral("null");
        case QJsonValue::Bool:
            return tr("a boolean");
        case QJsonValue::Double:
            return tr("a number");
        case QJsonValue::String:
            return tr("a string");
        case QJsonValue::Array:
            return tr("an array");
        case QJsonValue::Object:
            return tr("an object");
        case QJsonValue::Undefined:
            break;
        }
        return QStringLiteral("nothing");
    }

    bool wrongType(const JsonPath &path, const char *expected, const JsonValue &v)
    {
        return fail(path, tr("expected %1, found %2").arg(tr(expected), typeName(v)));
    }

    // `v`, the member `key` of the object at `path`, when it has the given type;
    // otherwise Undefined. Absent is an error when required, another type always is.
    JsonValue checked(const JsonValue &v, const JsonPath &path, QLatin1String key, QJsonValue::Type type, bool required)
    {
        if (v.isUndefined()) {
            if (required)
                fail(JsonPath(path, key), tr("required field is missing"));
            return v;
        }
        if (v.type() != type) {
            wrongType(JsonPath(path, key), expectedName(type), v);
            return JsonValue();
        }
        return v;
    }

    JsonValue typed(const JsonValue &o, const JsonPath &path, QLatin1String key, QJsonValue::Type type, bool required)
    {
        return checked(o.member(key), path, key, type, required);
    }

    QString string(const JsonValue &o, const JsonPath &path, QLatin1String key, bool required)
    {
        const JsonValue v = typed(o, path, key, QJsonValue::String, required);
        return v.isString() ? v.toString() : QString();
    }

    std::optional<bool> boolean(const JsonValue &o, const JsonPath &path, QLatin1String key)
    {
        const JsonValue v = typed(o, path, key, QJsonValue::Bool, false);
        return v.isBool() ? std::optional<bool>(v.toBool()) : std::nullopt;
    }

    std::vector<JsonValue> array(const JsonValue &o, const JsonPath &path, QLatin1String key, bool required)
    {
        return typed(o, path, key, QJsonValue::Array, required).elements();
    }

    bool object(const JsonValue &v, const JsonPath &path)
    {
        return v.isObject() || wrongType(path, QT_TRANSLATE_NOOP("IncidentImporter", "an object"), v);
    }

    // Calls each(element, elementPath) for the elements of the array member `key` of `o`,
    // in file order, each of which must be an object, until one returns false or a
    // refusal is made; false if anything was refused.
    template<typename Each>
    bool eachObject(const JsonValue &o, const JsonPath &path, QLatin1String key, bool required, const Each &each)
    {
        const JsonPath arrayPath(path, key);
        const std::vector<JsonValue> elements = array(o, path, key, required);
        for (size_t i = 0; i < elements.size() && !m_failed; ++i) {
            const JsonPath elementPath(arrayPath, qsizetype(i));
            if (!object(elements[i], elementPath) || !each(elements[i], elementPath))
                return false;
        }
        return !m_failed;
    }

    // `allowed` is called only to word a refusal.
    template<typename E>
    std::optional<E> enumValue(const JsonValue &o, const JsonPath &path, QLatin1String key, bool required,
                               std::optional<E> (*fromName)(const QString &), QStringList (*allowed)())
    {
        const JsonValue v = typed(o, path, key, QJsonValue::String, required);
        if (m_failed || !v.isString())
            return std::nullopt;
        const QString name = v.toString();
        const auto value = fromName(name);
        if (!value)
            fail(JsonPath(path, key), tr("unknown value \"%1\" (expected one of: %2)").arg(name, allowed().join(QLatin1String(", "))));
        return value;
    }

    QDateTime timestamp(const JsonValue &o, const JsonPath &path, QLatin1String key, bool required)
    {
        return timestampValue(o.member(key), path, key, required);
    }

    QDateTime timestampValue(const JsonValue &value, const JsonPath &path, QLatin1String key, bool required)
    {
        const JsonValue v = checked(value, path, key, QJsonValue::String, required);
        if (m_failed || !v.isString())
            return {};
        const QString text = v.toString();
        Rfc3339::Error err = Rfc3339::Error::None;
        const QDateTime instant = Rfc3339::parse(text, &err);
        if (!instant.isValid())
            fail(JsonPath(path, key), QStringLiteral("\"%1\": %2").arg(text, Rfc3339::errorMessage(err)));
        return instant;
    }

private:
    static const char *expectedName(QJsonValue::Type type)
    {
        switch (type) {
        case QJsonValue::String:
            return QT_TRANSLATE_NOOP("IncidentImporter", "a string");
        case QJsonValue::Bool:
            return QT_TRANSLATE_NOOP("IncidentImporter", "a boolean");
        case QJsonValue::Double:
            return QT_TRANSLATE_NOOP("IncidentImporter", "a number");
        case QJsonValue::Array:
            return QT_TRANSLATE_NOOP("IncidentImporter", "an array");
        case QJsonValue::Object:
            return QT_TRANSLATE_NOOP("IncidentImporter", "an object");
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            break;
        }
        return nullptr;
    }

    ImportError *m_error;
    bool m_failed = false;
};

// Text that shows nothing: only white space, control characters (a tab, an escape) and
// format characters (zero-width spaces and joiners, direction marks, a byte order mark).
// QString::trimmed() sees only the white space. Usually decided at the first character.
bool isBlank(const QString &text)
{
    for (const QChar c : text) {
        const QChar::Category category = c.category();
        if (!c.isSpace() && category != QChar::Other_Control && category != QChar::Other_Format)
            return false;
    }
    return true;
}

bool parseDataCenters(Reader &r, const JsonValue &root, const JsonPath &rootPath, ImportBatch *batch)
{
    // Whole-string: "$" alone would let "DC\n" through.
    static const QRegularExpression codePattern(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_-]{1,32}")));
    const QLatin1String key("dataCenters");
    QSet<QString> codes;
    return r.eachObject(root, rootPath, key, true, [&](const JsonValue &o, const JsonPath &path) {
        DataCenter dc;
        dc.code = r.string(o, path, QLatin1String("code"), true);
        dc.name = r.string(o, path, QLatin1String("name"), true);
        dc.timeZone = r.string(o, path, QLatin1String("timeZone"), true);
        if (r.failed())
            return false;
        if (!codePattern.match(dc.code).hasMatch())
            return r.fail(JsonPath(path, QLatin1String("code")),
                          tr("\"%1\" is not a valid data center code (1–32 of A–Z, a–z, 0–9, _ and -)").arg(dc.code));
        if (codes.contains(dc.code))
            return r.fail(JsonPath(path, QLatin1String("code")), tr("data center %1 is declared twice").arg(dc.code));
        if (isBlank(dc.name))
            return r.fail(JsonPath(path, QLatin1String("name")), tr("the name is empty"));
        if (!QTimeZone::isTimeZoneIdAvailable(dc.timeZone.toUtf8()))
            return r.fail(JsonPath(path, QLatin1String("timeZone")),
                          tr("unknown IANA time zone \"%1\" (e.g. Europe/Amsterdam, America/Chicago, UTC)").arg(dc.timeZone));
        codes.insert(dc.code);
        batch->dataCenters << dc;
        return true;
    });
}

bool parseInstances(Reader &r, const JsonValue &root, const JsonPath &rootPath, ImportBatch *batch)
{
    QSet<QString> codes;
    for (const auto &dc : std::as_const(batch->dataCenters))
        codes.insert(dc.code);
    QSet<QString> names;
    const QLatin1String key("instances");
    return r.eachObject(root, rootPath, key, true, [&](const JsonValue &o, const JsonPath &path) {
        Instance inst;
        inst.name = r.string(o, path, QLatin1String("name"), true);
        inst.product = r.string(o, path, QLatin1String("product"), false);
        inst.dataCenter = r.string(o, path, QLatin1String("dataCenter"), true);
        if (r.failed())
            return false;
        if (isBlank(inst.name))
            return r.fail(JsonPath(path, QLatin1String("name")), tr("the name is empty"));
        if (names.contains(inst.name))
            return r.fail(JsonPath(path, QLatin1String("name")), tr("instance \"%1\" is declared twice").arg(inst.name));
        if (!codes.contains(inst.dataCenter))
            return r.fail(JsonPath(path, QLatin1String("dataCenter")),
                          tr("data center \"%1\" is not declared in dataCenters").arg(inst.dataCenter));
        names.insert(inst.name);
        batch->instances << inst;
        return true;
    });
}

// qHash(QUuid) in Qt 6.4 leaves out four of the sixteen bytes, so ids that differ only
// there (sequential ids written by other tools) share a bucket and the duplicate check
// grows quadratic; hashing every byte keeps it linear.
struct UuidHash
{
    size_t operator()(const QUuid &uuid) const noexcept { return qHashBits(&uuid, sizeof(QUuid)); }
};

using ZoneOfInstance = QHash<QString, QTimeZone>;

// Built once per file: a QTimeZone is costly to construct, and a file has many windows.
ZoneOfInstance zonesOfInstances(const ImportBatch &batch)
{
    QHash<QString, QTimeZone> zoneOfDataCenter;
    for (const auto &dc : batch.dataCenters)
        zoneOfDataCenter.insert(dc.code, dc.zone());
    ZoneOfInstance zones;
    for (const auto &inst : batch.instances)
        zones.insert(inst.name, zoneOfDataCenter.value(inst.dataCenter));
    return zones;
}

bool parseWindows(Reader &r, const JsonValue &o, const JsonPath &path, const ZoneOfInstance &zoneOfInstance,
                  const QDateTime &now, Incident *incident)
{
    const QLatin1String key("windows");
    return r.eachObject(o, path, key, true, [&](const JsonValue &wo, const JsonPath &wp) {
        OutageWindow w;
        w.instance = r.string(wo, wp, QLatin1String("instance"), true);
        if (r.failed())
            return false;
        // Only looked up, not copied: the zone is shared by the threads that convert
        // incidents, and is needed only to word a refusal.
        const auto zone = zoneOfInstance.constFind(w.instance);
        if (zone == zoneOfInstance.cend())
            return r.fail(JsonPath(wp, QLatin1String("instance")),
                          tr("instance \"%1\" is not declared in instances").arg(w.instance));
        w.start = r.timestamp(wo, wp, QLatin1String("start"), true);
        const QLatin1String endKey("end");
        const JsonValue end = wo.member(endKey);
        if (end.isNull())
            w.end = QDateTime();
        else
            w.end = r.timestampValue(end, wp, endKey, false);
        w.impact = r.enumValue<Impact>(wo, wp, QLatin1String("impact"), false, &impactFromWireName, &impactWireNames)
                       .value_or(Impact::Outage);
        if (r.failed())
            return false;
        // Written back in the data center's zone, an instant may fall in a year a file
        // cannot hold (9999-12-31T23:00-05:00 is in 10000 in Tokyo).
        const auto writable = [&](const QDateTime &instant, QLatin1String timeKey) {
            return !instant.isValid() || Rfc3339::isWritable(instant, *zone)
                || r.fail(JsonPath(wp, timeKey),
                          tr("%1 is outside the supported years 0001 to 9999 in the data center's time zone %2")
                              .arg(Rfc3339::formatUtc(instant), QString::fromUtf8(zone->id())));
        };
        if (!writable(w.start, QLatin1String("start")) || !writable(w.end, endKey))
            return false;
        if (w.end.isValid() && w.end <= w.start) {
            return r.fail(JsonPath(wp, endKey),
                          tr("the window ends (%1) before or when it starts (%2); if a 12-hour time was misread, "
                             "check AM/PM")
                              .arg(TimeFormat::dateTime(w.end, *zone), TimeFormat::dateTime(w.start, *zone)));
        }
        if (w.impact != Impact::Maintenance && w.start > now) {
            return r.fail(JsonPath(wp, QLatin1String("start")),
                          tr("an %1 window cannot start in the future (%2 is after now, %3); only maintenance "
                             "is announced ahead")
                              .arg(toWireName(w.impact), TimeFormat::dateTime(w.start, *zone),
                                   TimeFormat::dateTime(now, *zone)));
        }
        incident->windows << std::move(w);
        return true;
    });
}

bool isHex(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// The 8-4-4-4-12 form of hex digits, the whole string (no braces, no final newline).
bool looksLikeUuid(const QString &id)
{
    if (id.size() != 36)
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        const char16_t c = id.at(i).unicode();
        if (!((i == 8 || i == 13 || i == 18 || i == 23) ? c == u'-' : isHex(c)))
            return false;
    }
    return true;
}

bool parseIncident(Reader &r, const JsonValue &o, const JsonPath &path, const ZoneOfInstance &zones,
                   const QDateTime &now, Incident *incident, bool *hadId)
{
    const QLatin1String idKey("id");
    const JsonValue idValue = o.member(idKey);
    *hadId = !idValue.isUndefined();
    if (*hadId) {
        const JsonValue v = r.checked(idValue, path, idKey, QJsonValue::String, true);
        if (r.failed())
            return false;
        const QString id = v.toString();
        if (!looksLikeUuid(id))
            return r.fail(JsonPath(path, idKey), tr("\"%1\" is not a UUID").arg(id));
        incident->uuid = QUuid::fromString(id);
        // The workspace takes a null id for "new" and makes one up: importing the file
        // twice would make two incidents.
        if (incident->uuid.isNull())
            return r.fail(JsonPath(path, idKey),
                          tr("the all-zero UUID cannot identify an incident (leave \"id\" out to have one assigned)"));
    } else {
        incident->uuid = QUuid::createUuid();
    }
    incident->title = r.string(o, path, QLatin1String("title"), true).trimmed();
    if (r.failed())
        return false;
    if (incident->title.isEmpty() || incident->title.size() > 300)
        return r.fail(JsonPath(path, QLatin1String("title")),
                      tr("the title must have 1 to 300 characters (it has %1)").arg(incident->title.size()));
    if (isBlank(incident->title))
        return r.fail(JsonPath(path, QLatin1String("title")),
                      tr("the title shows nothing (it has only control or zero-width characters)"));
    incident->severity = r.enumValue<Severity>(o, path, QLatin1String("severity"), true, &severityFromWireName,
                                               &severityWireNames)
                             .value_or(Severity::None);
    incident->status = r.enumValue<IncidentStatus>(o, path, QLatin1String("status"), true,
                                                   &incidentStatusFromWireName, &incidentStatusWireNames)
                           .value_or(IncidentStatus::Investigating);
    incident->cause = r.string(o, path, QLatin1String("cause"), false);
    incident->detectedBy = r.string(o, path, QLatin1String("detectedBy"), false);
    incident->dataImpact = r.boolean(o, path, QLatin1String("dataImpact"));
    incident->securityBreach = r.boolean(o, path, QLatin1String("securityBreach"));
    incident->internalNotes = r.string(o, path, QLatin1String("internalNotes"), false);
    if (r.failed() || !parseWindows(r, o, path, zones, now, incident))
        return false;

    const QLatin1String updatesKey("updates");
    if (!r.eachObject(o, path, updatesKey, false, [&](const JsonValue &uo, const JsonPath &up) {
        StatusUpdate u;
        u.at = r.timestamp(uo, up, QLatin1String("at"), true);
        u.status = r.enumValue<IncidentStatus>(uo, up, QLatin1String("status"), true, &incidentStatusFromWireName,
                                               &incidentStatusWireNames)
                       .value_or(IncidentStatus::Investigating);
        u.message = r.string(uo, up, QLatin1String("message"), true);
        incident->updates << std::move(u);
        return true;
    }))
        return false;

    const QLatin1String rcaKey("rca");
    const JsonValue rcaValue = r.failed() ? JsonValue() : r.typed(o, path, rcaKey, QJsonValue::Object, false);
    if (rcaValue.isObject()) {
        const JsonPath rp(path, rcaKey);
        const JsonValue &ro = rcaValue;
        const QLatin1String formatKey("format");
        const QString format = r.string(ro, rp, formatKey, true);
        if (!r.failed() && format != QLatin1String("markdown"))
            return r.fail(JsonPath(rp, formatKey), tr("unknown value \"%1\" (expected: markdown)").arg(format));
        RcaDocument rca;
        rca.text = r.string(ro, rp, QLatin1String("text"), true);
        rca.state = r.enumValue<RcaState>(ro, rp, QLatin1String("state"), false, &rcaStateFromWireName,
                                          &rcaStateWireNames)
                        .value_or(RcaState::Draft);
        rca.approvedBy = r.string(ro, rp, QLatin1String("approvedBy"), false);
        rca.approvedAt = r.timestamp(ro, rp, QLatin1String("approvedAt"), false);
        incident->rca = std::move(rca);
    }

    const QLatin1String itemsKey("actionItems");
    if (!r.eachObject(o, path, itemsKey, false, [&](const JsonValue &io, const JsonPath &ip) {
        ActionItem a;
        const QLatin1String titleKey("title");
        const QLatin1String dueKey("due");
        a.title = r.string(io, ip, titleKey, true);
        a.owner = r.string(io, ip, QLatin1String("owner"), false);
        const QString due = r.string(io, ip, dueKey, false);
        const JsonValue done = r.typed(io, ip, QLatin1String("done"), QJsonValue::Bool, true);
        if (done.isBool())
            a.done = done.toBool();
        if (r.failed())
            return false;
        if (isBlank(a.title))
            return r.fail(JsonPath(ip, titleKey), tr("the title is empty"));
        if (!due.isEmpty()) {
            static const QRegularExpression datePattern(QRegularExpression::anchoredPattern(QStringLiteral("\\d{4}-\\d{2}-\\d{2}")));
            a.due = QDate::fromString(due, Qt::ISODate);
            if (!datePattern.match(due).hasMatch() || !a.due.isValid())
                return r.fail(JsonPath(ip, dueKey), tr("\"%1\" is not a date (YYYY-MM-DD)").arg(due));
        }
        incident->actionItems << std::move(a);
        return true;
    }))
        return false;

    const QLatin1String pubsKey("publications");
    return r.eachObject(o, path, pubsKey, false, [&](const JsonValue &po, const JsonPath &pp) {
        Publication p;
        p.at = r.timestamp(po, pp, QLatin1String("at"), true);
        p.note = r.string(po, pp, QLatin1String("note"), true);
        p.portal = r.string(po, pp, QLatin1String("portal"), false);
        incident->publications << std::move(p);
        return true;
    });
}

// A contiguous run of the incidents array, converted on a thread of its own.
struct IncidentRun
{
    qsizetype begin = 0;
    qsizetype end = 0;
    qsizetype refusedAt = -1; // the incident whose refusal is in `error`
    ImportError error;
};

// Converts the incidents of `run` into out[run->begin …]. Stops at the first refusal,
// or as soon as an earlier run has been refused: the refusal reported for a file is
// the first in file order, so nothing after it matters.
void convertIncidents(const std::vector<JsonValue> &incidents, const JsonPath &incidentsPath,
                      const ZoneOfInstance &zones, const QDateTime &now, IncidentRun *run, Incident *out, bool *hadId,
                      std::atomic<qsizetype> *firstRefusal)
{
    Reader r(&run->error);
    for (qsizetype i = run->begin; i < run->end; ++i) {
        if (firstRefusal->load(std::memory_order_relaxed) < run->begin)
            return;
        const JsonPath path(incidentsPath, i);
        const JsonValue &o = incidents[size_t(i)];
        const bool converted = r.object(o, path) && parseIncident(r, o, path, zones, now, &out[i], &hadId[i]);
        if (!converted) {
            run->refusedAt = i;
            qsizetype earliest = firstRefusal->load();
            while (i < earliest && !firstRefusal->compare_exchange_weak(earliest, i)) {
            }
            return;
        }
    }
}

// From this many incidents on, an import into an empty workspace builds the indexes
// after the rows (below it the difference is lost in the noise either way).
constexpr qsizetype kIndexesAfterwards = 1000;

// Hands the heap's free pages back to the system (glibc keeps them otherwise).
void releaseFreedMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

} // namespace

bool IncidentImporter::parse(const QByteArray &json, const QDateTime &now, ImportBatch *batch, ImportError *error)
{
    // A copy shares the bytes: the caller's stay alive.
    return parse(QByteArray(json), now, batch, error);
}

bool IncidentImporter::parse(QByteArray &&json, const QDateTime &now, ImportBatch *batch, ImportError *error)
{
    *batch = ImportBatch();
    error->path.clear();
    error->message.clear();
    JsonInput input;
    if (!input.read(std::move(json), &error->message))
        return false;
    const JsonValue root = input.root();
    if (!root.isObject()) {
        error->message = tr("expected a JSON object at the top level");
        return false;
    }
    Reader r(error);
    const JsonPath rootPath;
    const QLatin1String formatKey("format");
    const QString format = r.string(root, rootPath, formatKey, true);
    if (r.failed())
        return false;
    if (format != QLatin1String("outagedesk.incidents"))
        return r.fail(JsonPath(rootPath, formatKey),
                      tr("\"%1\" is not an Outage Desk incident file (expected \"outagedesk.incidents\")").arg(format));
    const QLatin1String versionKey("version");
    const JsonValue version = r.typed(root, rootPath, versionKey, QJsonValue::Double, true);
    if (r.failed())
        return false;
    const double v = version.toDouble();
    if (v != double(kFormatVersion))
        return r.fail(JsonPath(rootPath, versionKey),
                      tr("unsupported version %1 (this Outage Desk reads version %2; a newer file needs a newer Outage Desk)")
                          .arg(v)
                          .arg(kFormatVersion));
    if (!parseDataCenters(r, root, rootPath, batch) || !parseInstances(r, root, rootPath, batch))
        return false;

    const QLatin1String incidentsKey("incidents");
    const JsonPath incidentsPath(rootPath, incidentsKey);
    const std::vector<JsonValue> incidents = r.array(root, rootPath, incidentsKey, true);
    if (r.failed())
        return false;
    const ZoneOfInstance zones = zonesOfInstances(*batch);

    // The incidents are converted on all cores, each thread taking a run of them.
    const qsizetype count = qsizetype(incidents.size());
    const int threads = parallelRuns(count, 64); // a few dozen take less time than starting a thread
    std::vector<IncidentRun> runs(static_cast<size_t>(threads));
    for (int t = 0; t < threads; ++t) {
        runs[size_t(t)].begin = count * t / threads;
        runs[size_t(t)].end = count * (t + 1) / threads;
    }
    batch->incidents.resize(count);
    batch->incidentHadId.resize(count);
    Incident *out = batch->incidents.data();
    bool *hadId = batch->incidentHadId.data();
    std::atomic<qsizetype> firstRefusal(count);
    runInParallel(threads, [&](int t) {
        convertIncidents(incidents, incidentsPath, zones, now, &runs[size_t(t)], out, hadId, &firstRefusal);
    });

    // Ids are checked across the whole file in file order, so that a duplicate is
    // reported at its second occurrence, unless a refusal comes earlier. (A run that
    // stopped because an earlier one was refused is never reached.)
    const auto refuseFrom = [batch](qsizetype index) {
        batch->incidents.resize(index);
        batch->incidentHadId.resize(index);
        return false;
    };
    std::unordered_set<QUuid, UuidHash> ids;
    ids.reserve(size_t(count));
    for (const IncidentRun &run : runs) {
        const qsizetype converted = run.refusedAt >= 0 ? run.refusedAt : run.end;
        for (qsizetype i = run.begin; i < converted; ++i) {
            if (!ids.insert(out[i].uuid).second) {
                const JsonPath path(incidentsPath, i);
                r.fail(JsonPath(path, QLatin1String("id")), tr("incident %1 appears twice in this file").arg(out[i].uuidString()));
                return refuseFrom(i);
            }
        }
        if (run.refusedAt >= 0) {
            error->path = run.error.path;
            error->message = run.error.message;
            return refuseFrom(run.refusedAt);
        }
    }
    return true;
}

bool IncidentImporter::apply(Workspace *workspace, ImportBatch batch, ImportSummary *summary, ImportError *error,
                             const Progress &progress)
{
    *summary = ImportSummary();
    CatalogRepository catalog(workspace);
    IncidentRepository incidents(workspace);
    // Indexing the text row by row between the rows' writes took twice as long as
    // one pass over the stored incidents afterwards.
    incidents.deferSearchIndexing();
    // The file is checked against the workspace before anything is written, so that a
    // refusal leaves the file exactly as it was (the bulk write's switch of journal
    // mode alone would change its header).
    for (qsizetype i = 0; i < batch.dataCenters.size(); ++i) {
        const DataCenter &dc = batch.dataCenters.at(i);
        const auto existing = catalog.dataCenter(dc.code);
        if (existing && existing->timeZone != dc.timeZone) {
            error->path = QStringLiteral("dataCenters[%1].timeZone").arg(i);
            error->message = tr("data center %1 already exists with time zone %2; the file says %3. "
                                "Change the zone in the workspace first if it really moved.")
                                 .arg(dc.code, existing->timeZone, dc.timeZone);
            return false;
        }
    }
    for (qsizetype i = 0; i < batch.instances.size(); ++i) {
        const Instance &inst = batch.instances.at(i);
        const auto existing = catalog.instance(inst.name);
        if (existing && existing->dataCenter != inst.dataCenter) {
            error->path = QStringLiteral("instances[%1].dataCenter").arg(i);
            error->message = tr("instance %1 already exists in data center %2; the file says %3")
                                 .arg(inst.name, existing->dataCenter, inst.dataCenter);
            return false;
        }
    }
    QString message;
    const bool ok = workspace->bulkTransaction(
        [&](QString *err) {
            // One reload for the views after the commit: a notification per incident
            // made the incident list re-query 100,000 times after a large import.
            workspace->notifyReset();
            for (DataCenter dc : batch.dataCenters) {
                // Matched by code, the workspace keeps its name.
                if (!catalog.dataCenter(dc.code) && !catalog.saveDataCenter(dc, err))
                    return false;
            }
            for (Instance inst : batch.instances) {
                if (!catalog.instance(inst.name) && !catalog.saveInstance(inst, err))
                    return false;
            }
            // Written oldest first, the list's order: the rows, their ids and the list's
            // index then grow at their ends, and so do the search index's keys.
            QList<qsizetype> order(batch.incidents.size());
            std::iota(order.begin(), order.end(), 0);
            std::vector<qint64> firstStart(size_t(batch.incidents.size()));
            for (qsizetype i = 0; i < batch.incidents.size(); ++i) {
                const QDateTime first = batch.incidents.at(i).firstStart();
                firstStart[size_t(i)] = first.isValid() ? first.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
            }
            std::stable_sort(order.begin(), order.end(),
                             [&](qsizetype a, qsizetype b) { return firstStart[size_t(a)] < firstStart[size_t(b)]; });
            // Existing incidents are found by reading them all when that costs less than a
            // look-up per incident (always so for a new workspace).
            const int stored = incidents.count(IncidentQuery());
            const bool readAll = stored <= batch.incidents.size();
            const QHash<QUuid, qint64> existing = readAll ? incidents.idsByUuid() : QHash<QUuid, qint64>();
            // Into an empty workspace, the incidents' indexes are built once at the end.
            QStringList indexes;
            if (stored == 0 && batch.incidents.size() >= kIndexesAfterwards
                && !workspace->dropIndexes(IncidentRepository::tables(), &indexes, err))
                return false;
            const qsizetype total = batch.incidents.size();
            const auto goOn = [&](qsizetype done) {
                if (!progress || progress(done, total))
                    return true;
                *err = tr("the import was cancelled; nothing was written");
                return false;
            };
            qsizetype done = 0;
            for (const qsizetype i : std::as_const(order)) {
                if (done++ % 256 == 0 && !goOn(done - 1))
                    return false;
                Incident incident = std::move(batch.incidents[i]); // the batch is ours
                incident.id = readAll ? existing.value(incident.uuid) : incidents.idOf(incident.uuid);
                const bool exists = incident.id != 0;
                if (!incidents.saveKnown(incident, err))
                    return false;
                exists ? ++summary->updated : ++summary->created;
            }
            // Building the search index took a third longer with the parsed incidents
            // still spread over the heap; given back, its allocations stay close together.
            if (!workspace->createIndexes(indexes, err) || !goOn(total))
                return false;
            batch.incidents = {};
            releaseFreedMemory();
            return incidents.indexDeferred(err);
        },
        &message);
    if (!ok) {
        error->message = message;
        *summary = ImportSummary();
    }
    return ok;
}

bool IncidentImporter::readFile(const QString &path, QByteArray *bytes, ImportError *error)
{
    error->file = path;
    return JsonInput::readFile(path, bytes, &error->message);
}

bool IncidentImporter::importFile(Workspace *workspace, const QString &path, const QDateTime &now,
                                  ImportSummary *summary, ImportError *error)
{
    QByteArray bytes;
    ImportBatch batch;
    return readFile(path, &bytes, error) && parse(std::move(bytes), now, &batch, error)
        && apply(workspace, std::move(batch), summary, error);
}

} // namespace OutageDesk

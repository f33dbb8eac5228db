#include "exchange/IncidentImporter.h"

#include "exchange/FastJsonReader.h"

#include "storage/CatalogRepository.h"
#include "storage/IncidentRepository.h"
#include "storage/Workspace.h"
#include "time/Rfc3339.h"
#include "time/TimeFormat.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

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

    bool fail(const QString &path, const QString &message)
    {
        if (!m_failed) {
            m_failed = true;
            m_error->path = path;
            m_error->message = message;
        }
        return false;
    }

    static QString member(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }
    static QString element(const QString &path, qsizetype index)
    {
        return QStringLiteral("%1[%2]").arg(path).arg(index);
    }

    static QString typeName(const QJsonValue &v)
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

    bool wrongType(const QString &path, const char *expected, const QJsonValue &v)
    {
        return fail(path, tr("expected %1, found %2").arg(tr(expected), typeName(v)));
    }

    // A required member of `object` with the given type; fails when missing or mistyped.
    bool require(const QJsonObject &object, const QString &path, const QString &key, QJsonValue::Type type,
                 QJsonValue *out)
    {
        const QString p = member(path, key);
        if (!object.contains(key))
            return fail(p, tr("required field is missing"));
        return optional(object, path, key, type, out) || fail(p, tr("required field is missing"));
    }

    // An optional member: returns false when absent (or null, for non-null types);
    // a present value of the wrong type is an error.
    bool optional(const QJsonObject &object, const QString &path, const QString &key, QJsonValue::Type type,
                  QJsonValue *out)
    {
        const QJsonValue v = object.value(key);
        if (v.isUndefined())
            return false;
        if (v.type() != type) {
            static const QHash<int, const char *> names{{QJsonValue::String, QT_TRANSLATE_NOOP("IncidentImporter", "a string")},
                                                        {QJsonValue::Bool, QT_TRANSLATE_NOOP("IncidentImporter", "a boolean")},
                                                        {QJsonValue::Double, QT_TRANSLATE_NOOP("IncidentImporter", "a number")},
                                                        {QJsonValue::Array, QT_TRANSLATE_NOOP("IncidentImporter", "an array")},
                                                        {QJsonValue::Object, QT_TRANSLATE_NOOP("IncidentImporter", "an object")}};
            wrongType(member(path, key), names.value(type), v);
            return false;
        }
        *out = v;
        return true;
    }

    QString string(const QJsonObject &o, const QString &path, const QString &key, bool required)
    {
        QJsonValue v;
        if (required ? require(o, path, key, QJsonValue::String, &v) : optional(o, path, key, QJsonValue::String, &v))
            return v.toString();
        return {};
    }

    std::optional<bool> boolean(const QJsonObject &o, const QString &path, const QString &key)
    {
        QJsonValue v;
        if (optional(o, path, key, QJsonValue::Bool, &v))
            return v.toBool();
        return std::nullopt;
    }

    QJsonArray array(const QJsonObject &o, const QString &path, const QString &key, bool required)
    {
        QJsonValue v;
        if (required ? require(o, path, key, QJsonValue::Array, &v) : optional(o, path, key, QJsonValue::Array, &v))
            return v.toArray();
        return {};
    }

    bool object(const QJsonValue &v, const QString &path, QJsonObject *out)
    {
        if (!v.isObject())
            return wrongType(path, QT_TRANSLATE_NOOP("IncidentImporter", "an object"), v);
        *out = v.toObject();
        return true;
    }

    template<typename E>
    std::optional<E> enumValue(const QJsonObject &o, const QString &path, const QString &key, bool required,
                               std::optional<E> (*fromName)(const QString &), const QStringList &allowed)
    {
        if (!o.contains(key) && !required)
            return std::nullopt;
        const QString name = string(o, path, key, required);
        if (m_failed)
            return std::nullopt;
        const auto value = fromName(name);
        if (!value)
            fail(member(path, key), tr("unknown value \"%1\" (expected one of: %2)").arg(name, allowed.join(QLatin1String(", "))));
        return value;
    }

    QDateTime timestamp(const QJsonObject &o, const QString &path, const QString &key, bool required)
    {
        if (!o.contains(key) && !required)
            return {};
        const QString text = string(o, path, key, required);
        if (m_failed)
            return {};
        Rfc3339::Error err = Rfc3339::Error::None;
        const QDateTime instant = Rfc3339::parse(text, &err);
        if (!instant.isValid())
            fail(member(path, key), QStringLiteral("\"%1\": %2").arg(text, Rfc3339::errorMessage(err)));
        return instant;
    }

private:
    ImportError *m_error;
    bool m_failed = false;
};

bool parseDataCenters(Reader &r, const QJsonObject &root, ImportBatch *batch)
{
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    const QJsonArray dcs = r.array(root, QString(), QStringLiteral("dataCenters"), true);
    QSet<QString> codes;
    for (qsizetype i = 0; i < dcs.size() && !r.failed(); ++i) {
        const QString path = Reader::element(QStringLiteral("dataCenters"), i);
        QJsonObject o;
        if (!r.object(dcs.at(i), path, &o))
            return false;
        DataCenter dc;
        dc.code = r.string(o, path, QStringLiteral("code"), true);
        dc.name = r.string(o, path, QStringLiteral("name"), true);
        dc.timeZone = r.string(o, path, QStringLiteral("timeZone"), true);
        if (r.failed())
            return false;
        if (!codePattern.match(dc.code).hasMatch())
            return r.fail(Reader::member(path, QStringLiteral("code")),
                          tr("\"%1\" is not a valid data center code (1–32 of A–Z, a–z, 0–9, _ and -)").arg(dc.code));
        if (codes.contains(dc.code))
            return r.fail(Reader::member(path, QStringLiteral("code")), tr("data center %1 is declared twice").arg(dc.code));
        if (dc.name.trimmed().isEmpty())
            return r.fail(Reader::member(path, QStringLiteral("name")), tr("the name is empty"));
        if (!QTimeZone::isTimeZoneIdAvailable(dc.timeZone.toUtf8()))
            return r.fail(Reader::member(path, QStringLiteral("timeZone")),
                          tr("unknown IANA time zone \"%1\" (e.g. Europe/Amsterdam, America/Chicago, UTC)").arg(dc.timeZone));
        codes.insert(dc.code);
        batch->dataCenters << dc;
    }
    return !r.failed();
}

bool parseInstances(Reader &r, const QJsonObject &root, ImportBatch *batch)
{
    QSet<QString> codes;
    for (const auto &dc : std::as_const(batch->dataCenters))
        codes.insert(dc.code);
    QSet<QString> names;
    const QJsonArray instances = r.array(root, QString(), QStringLiteral("instances"), true);
    for (qsizetype i = 0; i < instances.size() && !r.failed(); ++i) {
        const QString path = Reader::element(QStringLiteral("instances"), i);
        QJsonObject o;
        if (!r.object(instances.at(i), path, &o))
            return false;
        Instance inst;
        inst.name = r.string(o, path, QStringLiteral("name"), true);
        inst.product = r.string(o, path, QStringLiteral("product"), false);
        inst.dataCenter = r.string(o, path, QStringLiteral("dataCenter"), true);
        if (r.failed())
            return false;
        if (inst.name.trimmed().isEmpty())
            return r.fail(Reader::member(path, QStringLiteral("name")), tr("the name is empty"));
        if (names.contains(inst.name))
            return r.fail(Reader::member(path, QStringLiteral("name")), tr("instance \"%1\" is declared twice").arg(inst.name));
        if (!codes.contains(inst.dataCenter))
            return r.fail(Reader::member(path, QStringLiteral("dataCenter")),
                          tr("data center \"%1\" is not declared in dataCenters").arg(inst.dataCenter));
        names.insert(inst.name);
        batch->instances << inst;
    }
    return !r.failed();
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

bool parseWindows(Reader &r, const QJsonObject &o, const QString &path, const ZoneOfInstance &zoneOfInstance,
                  const QDateTime &now, Incident *incident)
{
    const QString windowsPath = Reader::member(path, QStringLiteral("windows"));
    const QJsonArray windows = r.array(o, path, QStringLiteral("windows"), true);
    for (qsizetype i = 0; i < windows.size() && !r.failed(); ++i) {
        const QString wp = Reader::element(windowsPath, i);
        QJsonObject wo;
        if (!r.object(windows.at(i), wp, &wo))
            return false;
        OutageWindow w;
        w.instance = r.string(wo, wp, QStringLiteral("instance"), true);
        if (r.failed())
            return false;
        if (!zoneOfInstance.contains(w.instance))
            return r.fail(Reader::member(wp, QStringLiteral("instance")),
                          tr("instance \"%1\" is not declared in instances").arg(w.instance));
        w.start = r.timestamp(wo, wp, QStringLiteral("start"), true);
        if (wo.value(QStringLiteral("end")).isNull())
            w.end = QDateTime();
        else
            w.end = r.timestamp(wo, wp, QStringLiteral("end"), false);
        w.impact = r.enumValue<Impact>(wo, wp, QStringLiteral("impact"), false, &impactFromWireName, impactWireNames())
                       .value_or(Impact::Outage);
        if (r.failed())
            return false;
        const QTimeZone zone = zoneOfInstance.value(w.instance);
        if (w.end.isValid() && w.end <= w.start) {
            return r.fail(Reader::member(wp, QStringLiteral("end")),
                          tr("the window ends (%1) before or when it starts (%2); if a 12-hour time was misread, "
                             "check AM/PM")
                              .arg(TimeFormat::dateTime(w.end, zone), TimeFormat::dateTime(w.start, zone)));
        }
        if (w.impact != Impact::Maintenance && w.start > now) {
            return r.fail(Reader::member(wp, QStringLiteral("start")),
                          tr("an %1 window cannot start in the future (%2 is after now, %3); only maintenance "
                             "is announced ahead")
                              .arg(toWireName(w.impact), TimeFormat::dateTime(w.start, zone),
                                   TimeFormat::dateTime(now, zone)));
        }
        incident->windows << w;
    }
    return !r.failed();
}

bool parseIncident(Reader &r, const QJsonObject &o, const QString &path, const ZoneOfInstance &zones,
                   const QDateTime &now, Incident *incident, bool *hadId)
{
    static const QRegularExpression uuidPattern(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    *hadId = o.contains(QStringLiteral("id"));
    if (*hadId) {
        const QString id = r.string(o, path, QStringLiteral("id"), true);
        if (r.failed())
            return false;
        if (!uuidPattern.match(id).hasMatch())
            return r.fail(Reader::member(path, QStringLiteral("id")), tr("\"%1\" is not a UUID").arg(id));
        incident->uuid = QUuid::fromString(id);
    } else {
        incident->uuid = QUuid::createUuid();
    }
    incident->title = r.string(o, path, QStringLiteral("title"), true).trimmed();
    if (r.failed())
        return false;
    if (incident->title.isEmpty() || incident->title.size() > 300)
        return r.fail(Reader::member(path, QStringLiteral("title")),
                      tr("the title must have 1 to 300 characters (it has %1)").arg(incident->title.size()));
    incident->severity = r.enumValue<Severity>(o, path, QStringLiteral("severity"), true, &severityFromWireName,
                                               severityWireNames())
                             .value_or(Severity::None);
    incident->status = r.enumValue<IncidentStatus>(o, path, QStringLiteral("status"), true,
                                                   &incidentStatusFromWireName, incidentStatusWireNames())
                           .value_or(IncidentStatus::Investigating);
    incident->cause = r.string(o, path, QStringLiteral("cause"), false);
    incident->detectedBy = r.string(o, path, QStringLiteral("detectedBy"), false);
    incident->dataImpact = r.boolean(o, path, QStringLiteral("dataImpact"));
    incident->securityBreach = r.boolean(o, path, QStringLiteral("securityBreach"));
    incident->internalNotes = r.string(o, path, QStringLiteral("internalNotes"), false);
    if (r.failed() || !parseWindows(r, o, path, zones, now, incident))
        return false;

    const QString updatesPath = Reader::member(path, QStringLiteral("updates"));
    const QJsonArray updates = r.array(o, path, QStringLiteral("updates"), false);
    for (qsizetype i = 0; i < updates.size() && !r.failed(); ++i) {
        const QString up = Reader::element(updatesPath, i);
        QJsonObject uo;
        if (!r.object(updates.at(i), up, &uo))
            return false;
        StatusUpdate u;
        u.at = r.timestamp(uo, up, QStringLiteral("at"), true);
        u.status = r.enumValue<IncidentStatus>(uo, up, QStringLiteral("status"), true, &incidentStatusFromWireName,
                                               incidentStatusWireNames())
                       .value_or(IncidentStatus::Investigating);
        u.message = r.string(uo, up, QStringLiteral("message"), true);
        incident->updates << u;
    }

    QJsonValue rcaValue;
    if (!r.failed() && r.optional(o, path, QStringLiteral("rca"), QJsonValue::Object, &rcaValue)) {
        const QString rp = Reader::member(path, QStringLiteral("rca"));
        const QJsonObject ro = rcaValue.toObject();
        const QString format = r.string(ro, rp, QStringLiteral("format"), true);
        if (!r.failed() && format != QLatin1String("markdown"))
            return r.fail(Reader::member(rp, QStringLiteral("format")),
                          tr("unknown value \"%1\" (expected: markdown)").arg(format));
        RcaDocument rca;
        rca.text = r.string(ro, rp, QStringLiteral("text"), true);
        rca.state = r.enumValue<RcaState>(ro, rp, QStringLiteral("state"), false, &rcaStateFromWireName,
                                          rcaStateWireNames())
                        .value_or(RcaState::Draft);
        rca.approvedBy = r.string(ro, rp, QStringLiteral("approvedBy"), false);
        rca.approvedAt = r.timestamp(ro, rp, QStringLiteral("approvedAt"), false);
        incident->rca = rca;
    }

    const QString itemsPath = Reader::member(path, QStringLiteral("actionItems"));
    const QJsonArray items = r.array(o, path, QStringLiteral("actionItems"), false);
    for (qsizetype i = 0; i < items.size() && !r.failed(); ++i) {
        const QString ip = Reader::element(itemsPath, i);
        QJsonObject io;
        if (!r.object(items.at(i), ip, &io))
            return false;
        ActionItem a;
        a.title = r.string(io, ip, QStringLiteral("title"), true);
        a.owner = r.string(io, ip, QStringLiteral("owner"), false);
        const QString due = r.string(io, ip, QStringLiteral("due"), false);
        QJsonValue done;
        if (r.require(io, ip, QStringLiteral("done"), QJsonValue::Bool, &done))
            a.done = done.toBool();
        if (r.failed())
            return false;
        if (a.title.trimmed().isEmpty())
            return r.fail(Reader::member(ip, QStringLiteral("title")), tr("the title is empty"));
        if (!due.isEmpty()) {
            static const QRegularExpression datePattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
            a.due = QDate::fromString(due, Qt::ISODate);
            if (!datePattern.match(due).hasMatch() || !a.due.isValid())
                return r.fail(Reader::member(ip, QStringLiteral("due")), tr("\"%1\" is not a date (YYYY-MM-DD)").arg(due));
        }
        incident->actionItems << a;
    }

    const QString pubsPath = Reader::member(path, QStringLiteral("publications"));
    const QJsonArray pubs = r.array(o, path, QStringLiteral("publications"), false);
    for (qsizetype i = 0; i < pubs.size() && !r.failed(); ++i) {
        const QString pp = Reader::element(pubsPath, i);
        QJsonObject po;
        if (!r.object(pubs.at(i), pp, &po))
            return false;
        Publication p;
        p.at = r.timestamp(po, pp, QStringLiteral("at"), true);
        p.note = r.string(po, pp, QStringLiteral("note"), true);
        p.portal = r.string(po, pp, QStringLiteral("portal"), false);
        incident->publications << p;
    }
    return !r.failed();
}

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
    *batch = ImportBatch();
    error->path.clear();
    error->message.clear();
    QJsonParseError parseError{0, QJsonParseError::NoError};
    std::optional<QJsonDocument> fast = FastJsonReader::read(json);
    const QJsonDocument doc = fast ? *std::move(fast) : QJsonDocument::fromJson(json, &parseError);
    fast.reset();
    if (parseError.error != QJsonParseError::NoError) {
        // Report a line and column: editors show those, not byte offsets.
        const QByteArray before = json.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parseError.offset - before.lastIndexOf('\n'));
        error->message = tr("malformed JSON at line %1, column %2: %3").arg(line).arg(column).arg(parseError.errorString());
        return false;
    }
    if (!doc.isObject()) {
        error->message = tr("expected a JSON object at the top level");
        return false;
    }
    Reader r(error);
    const QJsonObject root = doc.object();
    const QString format = r.string(root, QString(), QStringLiteral("format"), true);
    if (r.failed())
        return false;
    if (format != QLatin1String("outagedesk.incidents"))
        return r.fail(QStringLiteral("format"), tr("\"%1\" is not an Outage Desk incident file (expected \"outagedesk.incidents\")").arg(format));
    QJsonValue version;
    if (!r.require(root, QString(), QStringLiteral("version"), QJsonValue::Double, &version))
        return false;
    const double v = version.toDouble();
    if (v != double(kFormatVersion))
        return r.fail(QStringLiteral("version"),
                      tr("unsupported version %1 (this Outage Desk reads version %2; a newer file needs a newer Outage Desk)")
                          .arg(v)
                          .arg(kFormatVersion));
    if (!parseDataCenters(r, root, batch) || !parseInstances(r, root, batch))
        return false;

    const QJsonArray incidents = r.array(root, QString(), QStringLiteral("incidents"), true);
    const ZoneOfInstance zones = zonesOfInstances(*batch);
    std::unordered_set<QUuid, UuidHash> ids;
    ids.reserve(size_t(incidents.size()));
    for (qsizetype i = 0; i < incidents.size() && !r.failed(); ++i) {
        const QString path = Reader::element(QStringLiteral("incidents"), i);
        QJsonObject o;
        if (!r.object(incidents.at(i), path, &o))
            return false;
        Incident incident;
        bool hadId = false;
        if (!parseIncident(r, o, path, zones, now, &incident, &hadId))
            return false;
        if (ids.count(incident.uuid) != 0)
            return r.fail(Reader::member(path, QStringLiteral("id")),
                          tr("incident %1 appears twice in this file").arg(incident.uuidString()));
        ids.insert(incident.uuid);
        batch->incidents.append(std::move(incident));
        batch->incidentHadId << hadId;
    }
    return !r.failed();
}

bool IncidentImporter::apply(Workspace *workspace, ImportBatch batch, ImportSummary *summary, ImportError *error)
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
            for (const qsizetype i : std::as_const(order)) {
                Incident incident = batch.incidents.at(i);
                incident.id = incidents.idOf(incident.uuid); // save() then needs no look-up of its own
                const bool exists = incident.id != 0;
                if (!incidents.save(incident, err))
                    return false;
                exists ? ++summary->updated : ++summary->created;
            }
            // Building the search index took a third longer with the parsed incidents
            // still spread over the heap; given back, its allocations stay close together.
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

bool IncidentImporter::importFile(Workspace *workspace, const QString &path, const QDateTime &now,
                                  ImportSummary *summary, ImportError *error)
{
    error->file = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error->message = tr("cannot read the file: %1").arg(file.errorString());
        return false;
    }
    ImportBatch batch;
    if (!parse(file.readAll(), now, &batch, error))
        return false;
    return apply(workspace, std::move(batch), summary, error);
}

} // namespace OutageDesk

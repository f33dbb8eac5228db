#include "gui/models/WindowsTableModel.h"

#include "analysis/AmPmSlip.h"
#include "gui/editor/WallTimeEntry.h"
#include "gui/editor/WallTimeQuestion.h"
#include "gui/models/ModelRoles.h"
#include "i18n/DisplayNames.h"
#include "time/Clock.h"
#include "time/Rfc3339.h"
#include "time/TimeFormat.h"
#include "time/ZoneResolver.h"

#include <QColor>

namespace OutageDesk {
namespace {

// Daylight-saving questions still go to the user; a refusal comes back here, to be
// said on the row instead of in a box that would take the next keystrokes.
class RowRefusal : public WallTimeQuestion
{
public:
    explicit RowRefusal(WallTimeQuestion *ask)
        : m_ask(ask)
    {
    }
    bool acceptSuggestion(const QString &question) override { return m_ask && m_ask->acceptSuggestion(question); }
    Occurrence chooseOccurrence(const QString &question, const QString &first, const QString &second) override
    {
        return m_ask ? m_ask->chooseOccurrence(question, first, second) : Occurrence::Cancel;
    }
    void refuse(const QString &text) override { message = text; }

    QString message;

private:
    WallTimeQuestion *m_ask;
};

// The same wall time in another zone: what was typed is kept, not the instant.
QDateTime sameWallTime(const QDateTime &instant, const QTimeZone &from, const QTimeZone &to)
{
    if (!instant.isValid())
        return {};
    const QDateTime local = instant.toTimeZone(from);
    const WallTimeResolution r = ZoneResolver(to).resolve(local.date(), local.time());
    switch (r.kind) {
    case WallTimeResolution::Kind::Unique:
    case WallTimeResolution::Kind::Ambiguous:
        return r.instant;
    case WallTimeResolution::Kind::Gap:
        return r.suggestion;
    case WallTimeResolution::Kind::Invalid:
        break;
    }
    return {};
}

// Readable on light and dark palettes alike: a translucent amber.
const QColor kMarkedRow(255, 150, 0, 70);

} // namespace

WindowsTableModel::WindowsTableModel(QObject *parent)
    : IncidentPartModel(parent)
{
    connect(this, &QAbstractItemModel::modelReset, this, [this] {
        m_notes.clear();
        Q_EMIT notesChanged();
    });
    connect(this, &QAbstractItemModel::dataChanged, this, &WindowsTableModel::onIncidentChanged);
}

void WindowsTableModel::onIncidentChanged()
{
    // A row changed from outside (undo, redo, another edit) no longer has the
    // problem its note was about. (A note's own repaint changes no row.)
    if (m_repaintingNotes)
        return;
    const Incident &now = incident();
    bool dropped = false;
    for (auto it = m_notes.begin(); it != m_notes.end();) {
        const int row = it.key();
        if (row >= now.windows.size() || !(now.windows.at(row) == it.value().window)) {
            it = m_notes.erase(it);
            dropped = true;
        } else {
            ++it;
        }
    }
    if (dropped)
        Q_EMIT notesChanged();
}

int WindowsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WindowsTableModel::slipSubject(int row) const
{
    if (row < 0 || row >= incident().windows.size())
        return {};
    const OutageWindow &w = incident().windows.at(row);
    return AmPmSlip::check(w, zoneOfInstance(w.instance)) ? AmPmSlip::subject(w) : QString();
}

void WindowsTableModel::setAcceptedSlips(const QSet<QString> &subjects)
{
    if (m_acceptedSlips == subjects)
        return;
    m_acceptedSlips = subjects;
    const int count = rowCount();
    if (count > 0)
        repaintRows(0, count - 1);
    Q_EMIT notesChanged();
}

QString WindowsTableModel::slipMessage(int row) const
{
    const OutageWindow &w = incident().windows.at(row);
    const QTimeZone zone = zoneOfInstance(w.instance);
    const auto slip = AmPmSlip::check(w, zone);
    if (!slip || m_acceptedSlips.contains(AmPmSlip::subject(w)))
        return {};
    return tr("%1 to %2 is %3, from evening to the next morning: %4")
        .arg(TimeFormat::time(w.start, zone, hourCycle()), TimeFormat::time(w.end, zone, hourCycle()),
             TimeFormat::duration(w.start.secsTo(w.end)), AmPmSlip::question(*slip, zone, hourCycle()));
}

QString WindowsTableModel::rowNote(int row) const
{
    if (row < 0 || row >= incident().windows.size())
        return {};
    if (m_notes.contains(row))
        return m_notes.value(row).message;
    return slipMessage(row);
}

QDateTime WindowsTableModel::slipFix(int row) const
{
    if (row < 0 || row >= incident().windows.size())
        return {};
    if (m_notes.contains(row))
        return m_notes.value(row).fixedEnd;
    if (slipMessage(row).isEmpty())
        return {};
    const OutageWindow &w = incident().windows.at(row);
    const auto slip = AmPmSlip::check(w, zoneOfInstance(w.instance));
    return slip ? slip->suggestedEnd : QDateTime();
}

bool WindowsTableModel::isMarked(int row) const
{
    return (m_notes.contains(row) && m_notes.value(row).refused) || (!m_notes.contains(row) && !slipMessage(row).isEmpty());
}

bool WindowsTableModel::applySlipFix(int row)
{
    const QDateTime end = slipFix(row);
    if (!end.isValid())
        return false;
    Incident after = incident();
    after.windows[row].end = end;
    dropNote(row);
    return requestEdit(after, tr("Fix AM/PM slip"));
}

void WindowsTableModel::repaintRows(int first, int last)
{
    const bool was = std::exchange(m_repaintingNotes, true);
    Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    m_repaintingNotes = was;
}

void WindowsTableModel::setNote(int row, const Note &note)
{
    m_notes.insert(row, note);
    repaintRows(row, row);
    Q_EMIT notesChanged();
}

void WindowsTableModel::dropNote(int row)
{
    if (m_notes.remove(row) > 0) {
        repaintRows(row, row);
        Q_EMIT notesChanged();
    }
}

void WindowsTableModel::clearNotes()
{
    if (m_notes.isEmpty())
        return;
    m_notes.clear();
    const int count = rowCount();
    if (count > 0)
        repaintRows(0, count - 1);
    Q_EMIT notesChanged();
}

QVariant WindowsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutageWindow &w = incident().windows.at(index.row());
    const QTimeZone zone = zoneOfInstance(w.instance);
    const HourCycle cycle = hourCycle();
    const Note note = m_notes.value(index.row());
    const bool refusedHere = note.refused && note.column == index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (refusedHere)
            return tr("%1 (not saved)").arg(DisplayNames::leftToRight(note.typed));
        switch (index.column()) {
        case InstanceColumn:
            return w.instance;
        case StartColumn:
            return DisplayNames::leftToRight(TimeFormat::dateTime(w.start, zone, cycle));
        case EndColumn:
            return w.isOngoing() ? tr("ongoing") : DisplayNames::leftToRight(TimeFormat::dateTime(w.end, zone, cycle));
        case DurationColumn: {
            if (note.refused && note.column == EndColumn)
                return tr("end not saved");
            const QString duration = DisplayNames::leftToRight(TimeFormat::duration(w.durationSeconds(Clock::now())));
            return w.isOngoing() ? tr("%1 so far").arg(duration) : duration;
        }
        case ImpactColumn:
            return DisplayNames::impact(w.impact);
        }
        break;
    case Qt::EditRole:
        // A refused entry is offered again as typed, to be corrected rather than retyped.
        if (refusedHere)
            return note.typed;
        switch (index.column()) {
        case InstanceColumn:
            return w.instance;
        case StartColumn:
            return WallTimeEntry::editText(w.start, zone, cycle);
        case EndColumn:
            return WallTimeEntry::editText(w.end, zone, cycle);
        case ImpactColumn:
            return int(w.impact);
        }
        break;
    case Qt::BackgroundRole:
        if (isMarked(index.row()))
            return kMarkedRow;
        break;
    case Qt::ToolTipRole: {
        const QString rowText = rowNote(index.row());
        if (!rowText.isEmpty())
            return rowText;
        if (index.column() == StartColumn)
            return tr("%1 in %2 (%3)").arg(TimeFormat::dateTime(w.start, zone, cycle), WallTimeEntry::zoneName(zone),
                                             Rfc3339::formatUtc(w.start));
        if (index.column() == EndColumn && !w.isOngoing())
            return tr("%1 in %2 (%3)").arg(TimeFormat::dateTime(w.end, zone, cycle), WallTimeEntry::zoneName(zone),
                                             Rfc3339::formatUtc(w.end));
        if (index.column() == EndColumn)
            return tr("Still ongoing: leave the end empty until the service is back.");
        break;
    }
    case ModelRoles::RowNoteRole:
        return rowNote(index.row());
    case ModelRoles::SlipFixRole: {
        const QDateTime fix = slipFix(index.row());
        return fix.isValid() ? fix.toMSecsSinceEpoch() : qint64(0);
    }
    case ModelRoles::InstanceNameRole:
        return w.instance;
    case ModelRoles::StartMsRole:
        return w.start.toMSecsSinceEpoch();
    case ModelRoles::EndMsRole:
        return w.isOngoing() ? qint64(0) : w.end.toMSecsSinceEpoch();
    case ModelRoles::ImpactRole:
        return int(w.impact);
    case ModelRoles::TimeZoneRole:
        return WallTimeEntry::zoneName(zone);
    }
    return {};
}

QVariant WindowsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return IncidentPartModel::headerData(section, orientation, role);
    switch (section) {
    case InstanceColumn:
        return tr("Instance");
    case StartColumn:
        return tr("Start (data center time)");
    case EndColumn:
        return tr("End");
    case DurationColumn:
        return tr("Duration");
    case ImpactColumn:
        return tr("Impact");
    }
    return {};
}

Qt::ItemFlags WindowsTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = IncidentPartModel::flags(index);
    if (index.isValid() && index.column() != DurationColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool WindowsTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    Incident after = incident();
    OutageWindow &w = after.windows[row];
    const QTimeZone zone = zoneOfInstance(w.instance);
    const HourCycle cycle = hourCycle();
    switch (index.column()) {
    case InstanceColumn: {
        const QString instance = value.toString();
        if (instance == w.instance)
            return false;
        // The times typed were wall times in the old data center's zone: keep them as
        // typed and place them in the new zone, rather than keep the instant (which
        // would silently turn 14:56 CET into 07:56 in Chicago).
        const QTimeZone newZone = zoneOfInstance(instance);
        const bool zoneChanges = newZone.id() != zone.id();
        if (zoneChanges) {
            w.start = sameWallTime(w.start, zone, newZone);
            w.end = sameWallTime(w.end, zone, newZone);
        }
        w.instance = instance;
        const bool edited = requestEdit(after, tr("Change window instance"));
        if (edited && zoneChanges) {
            setNote(row, Note{InstanceColumn, QString(),
                              tr("Times kept as typed: %1 is now read in %2 (%3).")
                                  .arg(TimeFormat::clock(after.windows.at(row).start.toTimeZone(newZone).time(), cycle),
                                       WallTimeEntry::zoneName(newZone),
                                       TimeFormat::dateTime(after.windows.at(row).start, newZone, cycle)),
                              QDateTime(), false, after.windows.at(row)});
        }
        return edited;
    }
    case ImpactColumn:
        w.impact = Impact(value.toInt());
        return requestEdit(after, tr("Change window impact"));
    case StartColumn:
    case EndColumn: {
        const bool isStart = index.column() == StartColumn;
        const QString typed = value.toString().trimmed();
        auto refuse = [&](const QString &message, const QDateTime &fixedEnd = QDateTime()) {
            setNote(row, Note{index.column(), typed, message, fixedEnd, true, incident().windows.at(row)});
            Q_EMIT entryRefused(index, message);
            return false;
        };
        // A time typed without a date is on the start's day (the end of a window that
        // began this evening is typed "8:11 PM").
        const QDate defaultDate = w.start.isValid() ? w.start.toTimeZone(zone).date() : QDate();
        RowRefusal refusal(question());
        const auto entry = WallTimeEntry::resolve(typed, zone, refusal, defaultDate);
        if (entry.outcome == WallTimeEntry::Outcome::Refused) {
            if (refusal.message.isEmpty())
                return false; // a daylight-saving question declined: nothing to say
            return refuse(refusal.message);
        }
        if (entry.outcome == WallTimeEntry::Outcome::Empty && isStart)
            return refuse(tr("A window needs a start time."));
        QString notice;
        if (isStart) {
            // Moving a window later keeps its length instead of refusing the start.
            if (w.end.isValid() && entry.instant >= w.end) {
                const qint64 length = w.start.secsTo(w.end);
                w.end = entry.instant.addSecs(length);
                notice = tr("The end moved with the start, to %1, keeping the window's %2.")
                             .arg(TimeFormat::dateTime(w.end, zone, cycle), TimeFormat::duration(length));
            }
            w.start = entry.instant;
        } else {
            w.end = entry.instant;
            if (w.end.isValid() && w.end <= w.start) {
                const auto slip = AmPmSlip::check(w.start, w.end, zone);
                const QString end = TimeFormat::dateTime(w.end, zone, cycle);
                const QString start = TimeFormat::dateTime(w.start, zone, cycle);
                return slip ? refuse(tr("The end %1 is not after the start %2: %3")
                                         .arg(end, start, AmPmSlip::question(*slip, zone, cycle)),
                                     slip->suggestedEnd)
                            : refuse(tr("The end %1 is not after the start %2.").arg(end, start));
            }
        }
        dropNote(row);
        const bool edited = requestEdit(after, isStart ? tr("Change window start") : tr("Change window end"));
        if (edited && !notice.isEmpty())
            setNote(row, Note{index.column(), QString(), notice, QDateTime(), false, after.windows.at(row)});
        return edited;
    }
    }
    return false;
}

} // namespace OutageDesk

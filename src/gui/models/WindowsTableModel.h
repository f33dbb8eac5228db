#pragma once

#include "gui/models/IncidentPartModel.h"

#include <QSet>

namespace OutageDesk {

// The incident's outage windows. Times show and are typed as wall time in the
// zone of the instance's data center, each with its abbreviation; the typed text
// goes through WallTimeEntry (core's WallTimeParser), which asks about
// daylight-saving gaps and repeats.
//
// Nothing wrong is stored, and nothing is refused with a box while typing: a row
// whose entry was refused keeps what was typed and says why on that row
// (RowNoteRole, rowNote()); an AM/PM slip (core's AmPmSlip) — an end before the
// start, or an evening-to-morning span over eight hours — is marked on its row with
// "did you mean 20:11?" and a one-click fix (applySlipFix(), an undoable edit)
// until it is fixed or accepted.
class WindowsTableModel : public IncidentPartModel
{
    Q_OBJECT

public:
    enum Column { InstanceColumn, StartColumn, EndColumn, DurationColumn, ImpactColumn, ColumnCount };

    explicit WindowsTableModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // What the row says: a refused entry (with what was typed), a slip, or a notice
    // about the last edit ("times kept as typed in the new zone"). Empty if nothing.
    QString rowNote(int row) const;
    // The end a slip fix sets (invalid: the row has no slip to fix).
    QDateTime slipFix(int row) const;
    bool isMarked(int row) const; // a refused entry or an open slip
    bool applySlipFix(int row);
    // The row's slip, looked at and accepted (stored by the editor): no longer marked.
    QString slipSubject(int row) const; // empty if the row has no stored slip
    void setAcceptedSlips(const QSet<QString> &subjects);
    void clearNotes();

protected:
    int partCount(const Incident &incident) const override { return int(incident.windows.size()); }

Q_SIGNALS:
    // An entry was refused at `index`; the view keeps the focus there.
    void entryRefused(const QModelIndex &index, const QString &message);
    void notesChanged();

private:
    struct Note
    {
        int column = -1;
        QString typed;       // a refused entry: what was typed, offered again when editing
        QString message;
        QDateTime fixedEnd;  // a refused end that looks like a slip: the end meant
        bool refused = false;
        OutageWindow window; // the row the note is about; any other content drops it
    };
    void setNote(int row, const Note &note);
    void repaintRows(int first, int last);
    void dropNote(int row);
    QString slipMessage(int row) const;
    void onIncidentChanged();

    QHash<int, Note> m_notes;
    QSet<QString> m_acceptedSlips;
    bool m_repaintingNotes = false;
};

} // namespace OutageDesk

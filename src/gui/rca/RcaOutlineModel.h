#pragma once

#include <QAbstractListModel>

namespace OutageDesk {

// The headings of the RCA text, indented by level, for jumping around a long document.
class RcaOutlineModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { LineRole = Qt::UserRole + 1, LevelRole };
    struct Heading
    {
        int line = 0; // 1-based
        int level = 1;
        QString title;
        friend bool operator==(const Heading &a, const Heading &b)
        {
            return a.line == b.line && a.level == b.level && a.title == b.title;
        }
    };

    explicit RcaOutlineModel(QObject *parent = nullptr);

    void setText(const QString &markdown);
    static QList<Heading> headingsOf(const QString &markdown);
    const QList<Heading> &headings() const { return m_headings; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Heading> m_headings;
};

} // namespace OutageDesk

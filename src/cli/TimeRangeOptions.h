#pragma once

#include <QCommandLineParser>
#include <QDateTime>

namespace OutageDesk {

class CommandContext;

// --from T --to T [--data-center CODE], shared by availability and gantt.
// T is RFC 3339 or YYYY-MM-DD (midnight UTC).
class TimeRangeOptions
{
public:
    static void add(QCommandLineParser &parser);
    // Fills the fields; on bad input prints one clear line and returns false.
    bool read(const QCommandLineParser &parser, CommandContext &context);

    QDateTime from;
    QDateTime to;
    QString dataCenter;
};

} // namespace OutageDesk

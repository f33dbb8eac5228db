#pragma once

#include "cli/Command.h"

namespace OutageDesk {

// `outagedesk gantt --from T --to T [--data-center CODE] [--zone Z] [--size WxH] -o FILE`
// (docs/spec/cli.md): the Gantt chart of the GUI drawn offscreen to PNG, SVG or PDF.
// It lives with the GUI because it draws through Qt Charts (a QApplication).
class GanttCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    Runtime runtime() const override { return Runtime::Widgets; }
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

} // namespace OutageDesk

#pragma once

#include "cli/Command.h"

namespace OutageDesk {

class ExportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    Runtime runtime() const override { return Runtime::Gui; } // the PDF and the chart in it paint text
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

} // namespace OutageDesk

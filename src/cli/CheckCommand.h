#pragma once

#include "cli/Command.h"

namespace OutageDesk {

// `check`: SQLite's integrity check of the workspace file, the whole of it, even one too
// damaged to be opened (the other commands refuse such a file).
class CheckCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

} // namespace OutageDesk

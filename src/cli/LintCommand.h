#pragma once

#include "cli/Command.h"

namespace OutageDesk {

class LintCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("lint"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

} // namespace OutageDesk

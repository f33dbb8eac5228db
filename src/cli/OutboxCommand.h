#pragma once

#include "cli/Command.h"

namespace OutageDesk {

// `outbox [--json] [--all]` lists waiting and failed publications;
// `outbox retry` runs them all now (exit 3 when some are still waiting);
// `outbox cancel ID` withdraws a waiting or failed one (exit 2 when it cannot be).
class OutboxCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("outbox"); }
    QString summary() const override;
    Runtime runtime() const override { return Runtime::Gui; }
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

} // namespace OutageDesk

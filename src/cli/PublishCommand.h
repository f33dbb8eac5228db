#pragma once

#include "cli/Command.h"

namespace OutageDesk {

// `publish ID --portal NAME [--note TEXT] [--notify]`: queue, then try once.
// Exit 0 published, 3 left in the outbox (with the reason on stderr).
class PublishCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("publish"); }
    QString summary() const override;
    Runtime runtime() const override { return Runtime::Gui; }
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

} // namespace OutageDesk

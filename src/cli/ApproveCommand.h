#pragma once

#include "cli/Command.h"

namespace OutageDesk {

// `approve ID --by NAME [--accept CODE…]`: the review step. Records who approved
// the RCA and when; an edit of the text afterwards returns it to draft. Open lint
// errors refuse it (exit 2, naming each) unless each code is accepted, which is
// recorded with the approval and shows in the RCA history.
class ApproveCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("approve"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

} // namespace OutageDesk

#pragma once

#include "cli/Command.h"

namespace OutageDesk {

// `approve ID --by NAME`: the review step. Records who approved the RCA and when;
// an edit of the text afterwards returns it to draft.
class ApproveCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("approve"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

} // namespace OutageDesk

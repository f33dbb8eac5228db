#pragma once

#include "cli/Command.h"

namespace OutageDesk {

// `customers import FILE.csv`, `customers list [--json]`, `customers remove EMAIL`
// and `customers unsubscribe EMAIL` (docs/spec/notifications.md).
class CustomersCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("customers"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

} // namespace OutageDesk

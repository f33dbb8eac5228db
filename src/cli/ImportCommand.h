#pragma once

#include "cli/Command.h"

namespace OutageDesk {

class ImportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

} // namespace OutageDesk

#pragma once

#include "cli/Command.h"

namespace OutageDesk {

// `portal add NAME --kind … --url …`, `portal list`, `portal remove NAME` and
// `portal build --out DIR` (the static site, as a webdav portal would receive it).
class PortalCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("portal"); }
    QString summary() const override;
    Runtime runtime() const override { return Runtime::Gui; } // charts in pages paint text
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

} // namespace OutageDesk

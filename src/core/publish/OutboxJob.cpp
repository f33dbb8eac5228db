#include "publish/OutboxJob.h"

namespace OutageDesk {

QString toWireName(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
        return QStringLiteral("queued");
    case OutboxState::Sending:
        return QStringLiteral("sending");
    case OutboxState::Failed:
        return QStringLiteral("failed");
    case OutboxState::Done:
        return QStringLiteral("done");
    }
    return {};
}

std::optional<OutboxState> outboxStateFromWireName(const QString &name)
{
    for (OutboxState s : {OutboxState::Queued, OutboxState::Sending, OutboxState::Failed, OutboxState::Done}) {
        if (toWireName(s) == name)
            return s;
    }
    return std::nullopt;
}

} // namespace OutageDesk

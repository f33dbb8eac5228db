#pragma once

namespace OutageDesk {

// Exit statuses of docs/spec/cli.md, for every subcommand.
enum ExitCode : int {
    ExitSuccess = 0,
    ExitProblemsFound = 1, // the command ran and found problems (lint errors)
    ExitUsage = 2,         // bad usage or invalid input; nothing written
    ExitQueued = 3,        // accepted but not completed (publication queued)
    ExitIoFailure = 4      // database or I/O failure
};

} // namespace OutageDesk

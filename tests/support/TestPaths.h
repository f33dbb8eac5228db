#pragma once

#include <QString>

// Where the tests find the fixtures and the real binary. Only TestPaths.cpp knows the
// absolute paths of this build, so the compile lines of every other test object are the
// same in every checkout and ccache can share them between clones and worktrees.
namespace TestPaths {
QString fixturesDir();
QString fixture(const QString &name);
QString binary();
} // namespace TestPaths

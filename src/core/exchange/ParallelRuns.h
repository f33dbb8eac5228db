#pragma once

#include <QThread>

#include <algorithm>
#include <system_error>
#include <thread>
#include <vector>

namespace OutageDesk {

// How many threads share `items` pieces of work so that each gets at least
// `atLeast` of them (starting a thread costs more than a few pieces take), and
// never more than `atMost`: each thread gets an allocator arena of its own.
inline int parallelRuns(qsizetype items, qsizetype atLeast, int atMost = 8)
{
    const qsizetype wanted = std::min<qsizetype>(items / std::max<qsizetype>(atLeast, 1), atMost);
    return int(std::max<qsizetype>(1, std::min<qsizetype>(wanted, QThread::idealThreadCount())));
}

// Calls run(0) … run(count - 1) at once, run(0) on the calling thread and each
// other on a thread of its own, and returns when all have returned. Should the
// system refuse a thread, the runs left over are made on the calling thread.
template<typename Run>
void runInParallel(int count, const Run &run)
{
    std::vector<std::thread> threads;
    int started = 1;
    try {
        for (; started < count; ++started)
            threads.emplace_back([&run, index = started] { run(index); });
    } catch (const std::system_error &) {
    }
    run(0);
    for (int index = started; index < count; ++index)
        run(index);
    for (std::thread &thread : threads)
        thread.join();
}

} // namespace OutageDesk

#pragma once

#include <QByteArray>
#include <QDateTime>

// Generates a synthetic workspace in the exchange format: data centers in real
// zones, instances spread over them, incidents with windows, updates and RCA text
// of realistic length, all from a fixed seed so every run measures the same data.
class SyntheticWorkspace
{
public:
    struct Size
    {
        int incidents = 100000;
        int windows = 300000;
        int dataCenters = 20;
        int instances = 200;
        int rcaWords = 450; // about 3 KB of text, like a real RCA
    };

    static QByteArray generate(const Size &size, const QDateTime &from, const QDateTime &to, quint32 seed = 20161114);
};

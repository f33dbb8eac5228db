#pragma once

#include <QIODevice>
#include <QStringDecoder>

#include <cstdio>

namespace OutageDesk {

// A write-only device on stdout or stderr that passes text on with its control
// characters escaped (TerminalText, keeping line breaks and tabs), so that nothing a
// command prints can act on the terminal. The command's text streams write through it.
class EscapingDevice : public QIODevice
{
public:
    explicit EscapingDevice(FILE *file);
    ~EscapingDevice() override;

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    FILE *m_file;
    QStringDecoder m_decoder{QStringDecoder::Utf8}; // keeps a character split between writes
};

} // namespace OutageDesk

#pragma once

#include <QByteArray>
#include <QIODevice>

namespace OutageDesk {

// A request body that can be read once, front to back (sequential, no reset), so
// that Qt's network stack cannot send a non-idempotent request a second time on
// its own (see HttpTransport::send).
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    // Never rewinds. Qt tries to after a 307/308 (the transport then sends a fresh
    // body itself, see HttpTransport::send); the base class would warn about it.
    bool seek(qint64) override { return false; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace OutageDesk

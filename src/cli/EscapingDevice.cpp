#include "cli/EscapingDevice.h"

#include "cli/TerminalText.h"

namespace OutageDesk {

EscapingDevice::EscapingDevice(FILE *file)
    : m_file(file)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

EscapingDevice::~EscapingDevice()
{
    std::fflush(m_file);
}

qint64 EscapingDevice::readData(char *, qint64)
{
    return -1;
}

qint64 EscapingDevice::writeData(const char *data, qint64 size)
{
    const QString text = m_decoder.decode(QByteArrayView(data, size));
    const QByteArray bytes = TerminalText::escaped(text, TerminalText::Layout::Lines).toUtf8();
    if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_file) != size_t(bytes.size()))
        return -1;
    std::fflush(m_file);
    return size;
}

} // namespace OutageDesk

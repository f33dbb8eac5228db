#include "app/WindowsConsole.h"

#include <QtGlobal>

#ifdef Q_OS_WIN
#include <cstdio>
#include <windows.h>
#endif

namespace OutageDesk {

void attachParentConsole()
{
#ifdef Q_OS_WIN
    const auto redirected = [](DWORD which) {
        const HANDLE handle = GetStdHandle(which);
        return handle != nullptr && handle != INVALID_HANDLE_VALUE && GetFileType(handle) != FILE_TYPE_UNKNOWN;
    };
    const bool in = redirected(STD_INPUT_HANDLE);
    const bool out = redirected(STD_OUTPUT_HANDLE);
    const bool err = redirected(STD_ERROR_HANDLE);
    if ((in && out && err) || !AttachConsole(ATTACH_PARENT_PROCESS))
        return;
    FILE *reopened = nullptr;
    if (!out)
        freopen_s(&reopened, "CONOUT$", "w", stdout);
    if (!err)
        freopen_s(&reopened, "CONOUT$", "w", stderr);
    if (!in) // the secret prompt of "portal add" reads from it
        freopen_s(&reopened, "CONIN$", "r", stdin);
#endif
}

} // namespace OutageDesk

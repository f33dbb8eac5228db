# Install-time step (Windows): copies the non-Qt DLLs the installed executable needs
# (cmark-gfm, simdjson, Hunspell, QtKeychain from vcpkg or another prefix) next to it.
# windeployqt, run by Qt's deploy script just before, handles Qt's own DLLs, plugins
# and translations but ignores every other library.
# Expects OUTAGEDESK_DLL_DIRS (set by an install(CODE) in windows.cmake).
set(exe "${CMAKE_INSTALL_PREFIX}/bin/outagedesk.exe")
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES "${exe}"
    RESOLVED_DEPENDENCIES_VAR resolved
    UNRESOLVED_DEPENDENCIES_VAR unresolved
    DIRECTORIES ${OUTAGEDESK_DLL_DIRS}
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^[Qq]t6"
    POST_EXCLUDE_REGEXES ".*[/\\\\][Ss]ystem32[/\\\\].*" ".*[/\\\\]SysWOW64[/\\\\].*")
foreach(dll IN LISTS resolved)
    file(INSTALL "${dll}" DESTINATION "${CMAKE_INSTALL_PREFIX}/bin")
endforeach()
if(unresolved)
    message(WARNING "outagedesk.exe needs DLLs that were not found: ${unresolved}")
endif()

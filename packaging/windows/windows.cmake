# Windows: icon, version resource, Qt deployment and the NSIS installer
# (included from packaging/CMakeLists.txt).

set(OUTAGEDESK_ICO ${CMAKE_CURRENT_SOURCE_DIR}/windows/outagedesk.ico)
configure_file(windows/outagedesk.rc.in ${CMAKE_CURRENT_BINARY_DIR}/outagedesk.rc @ONLY)
target_sources(outagedesk PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/outagedesk.rc)

# windeployqt (through Qt's deploy script) copies the Qt DLLs and the plugins of the
# modules the executable links: platforms and imageformats (Gui, Svg), styles
# (Widgets), sqldrivers (Sql), tls (Network), printsupport; and Qt's translations
# (qt_*.qm, qtbase_*.qm) into translations/, with a qt.conf that points QLibraryInfo
# there so the app's Translator finds them.
qt_generate_deploy_app_script(TARGET outagedesk FILENAME_VARIABLE outagedesk_deploy_script)
install(SCRIPT ${outagedesk_deploy_script})

# Forward slashes: the list is written into an install(CODE) string, where a
# backslash would start an escape sequence.
set(dll_dirs)
foreach(prefix IN LISTS CMAKE_PREFIX_PATH)
    file(TO_CMAKE_PATH "${prefix}/bin" dir)
    list(APPEND dll_dirs "${dir}")
endforeach()
if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
    file(TO_CMAKE_PATH "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin" dir)
    list(APPEND dll_dirs "${dir}")
endif()
install(CODE "set(OUTAGEDESK_DLL_DIRS \"${dll_dirs}\")")
install(SCRIPT ${CMAKE_CURRENT_SOURCE_DIR}/windows/deploy-runtime-dlls.cmake)

set(CPACK_GENERATOR NSIS ZIP)
set(CPACK_NSIS_PACKAGE_NAME "${OUTAGEDESK_DISPLAY_NAME}")
set(CPACK_NSIS_DISPLAY_NAME "${OUTAGEDESK_DISPLAY_NAME}")
set(CPACK_NSIS_MUI_ICON ${OUTAGEDESK_ICO})
set(CPACK_NSIS_MUI_UNIICON ${OUTAGEDESK_ICO})
set(CPACK_NSIS_INSTALLED_ICON_NAME bin/outagedesk.exe)
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN outagedesk.exe)

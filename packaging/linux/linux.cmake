# Linux desktop integration and the DEB / TGZ packages (included from packaging/CMakeLists.txt).

# PNG sizes of the hicolor theme, rendered from the one SVG at build time so that
# no bitmap is drawn (or committed) by hand.
add_executable(outagedesk_icontool ${CMAKE_CURRENT_SOURCE_DIR}/tools/icontool.cpp)
target_link_libraries(outagedesk_icontool PRIVATE Qt6::Gui Qt6::Svg)

set(icon_pngs)
foreach(size IN ITEMS 16 22 24 32 48 64 128 256)
    set(png ${CMAKE_CURRENT_BINARY_DIR}/icons/hicolor/${size}x${size}/apps/${OUTAGEDESK_APP_ID}.png)
    add_custom_command(OUTPUT ${png}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/icons/hicolor/${size}x${size}/apps
        COMMAND outagedesk_icontool png ${OUTAGEDESK_ICON_SVG} ${size} ${png}
        DEPENDS outagedesk_icontool ${OUTAGEDESK_ICON_SVG}
        COMMENT "Rendering the ${size}x${size} application icon"
        VERBATIM)
    list(APPEND icon_pngs ${png})
endforeach()
add_custom_target(outagedesk_icons ALL DEPENDS ${icon_pngs})
install(DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/icons/hicolor DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)
install(FILES ${OUTAGEDESK_ICON_SVG} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

install(FILES linux/${OUTAGEDESK_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)

set(OUTAGEDESK_SCREENSHOT_URL "${PROJECT_HOMEPAGE_URL}/screenshots/main-window.png"
    CACHE STRING "Public address of resources/screenshots/main-window.png, for the AppStream metadata")
configure_file(linux/${OUTAGEDESK_APP_ID}.metainfo.xml.in
    ${CMAKE_CURRENT_BINARY_DIR}/${OUTAGEDESK_APP_ID}.metainfo.xml @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/${OUTAGEDESK_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

set(CPACK_GENERATOR DEB TGZ)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
# The first line of the package description is CPACK_PACKAGE_DESCRIPTION_SUMMARY.
string(CONCAT CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Outage Desk logs incidents, records each outage window per data center in that\n"
    "data center's time zone, shows the outage as a Gantt chart, helps write the root\n"
    "cause analysis and publishes it to a status portal.")
# Library dependencies come from dpkg-shlibdeps; the plugins Qt loads at run time
# are invisible to it, so the SQLite driver is named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# Qt's own translations (standard dialogs), Wayland, spelling dictionaries and a
# Secret Service for portal credentials.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland, hunspell-en-us | hunspell-dictionary")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | kwalletmanager")

# macOS: the application bundle, Qt deployment (macdeployqt) and the DMG
# (included from packaging/CMakeLists.txt). src/app builds outagedesk as a bundle.

set(OUTAGEDESK_ICNS ${CMAKE_CURRENT_SOURCE_DIR}/macos/outagedesk.icns)
target_sources(outagedesk PRIVATE ${OUTAGEDESK_ICNS})
set_source_files_properties(${OUTAGEDESK_ICNS} TARGET_DIRECTORY outagedesk
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
set_target_properties(outagedesk PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER ${OUTAGEDESK_APP_ID}
    MACOSX_BUNDLE_BUNDLE_NAME "${OUTAGEDESK_DISPLAY_NAME}"
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_ICON_FILE outagedesk.icns
    MACOSX_BUNDLE_COPYRIGHT "The Outage Desk developers")

# macdeployqt (through Qt's deploy script) copies the Qt frameworks, the plugins of
# the linked modules (platforms, imageformats, styles, sqldrivers, tls), every other
# non-system dylib (cmark-gfm, simdjson, Hunspell, QtKeychain from Homebrew or vcpkg) into the
# bundle, and writes a qt.conf whose prefix is Contents/.
qt_generate_deploy_app_script(TARGET outagedesk FILENAME_VARIABLE outagedesk_deploy_script)
install(SCRIPT ${outagedesk_deploy_script})
# macdeployqt leaves Qt's translations out: put those of our languages where that
# qt.conf makes QLibraryInfo::path(TranslationsPath) look (Contents/translations).
foreach(language IN ITEMS de fr he)
    install(FILES ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}/qtbase_${language}.qm
        DESTINATION outagedesk.app/Contents/translations OPTIONAL)
endforeach()

set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "${OUTAGEDESK_DISPLAY_NAME}")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_ICON ${OUTAGEDESK_ICNS})

# `cmake --install`: the programs, their desktop integration and the shared files under
# the prefix (docs/packaging.md). The card decks and the Dutch translation are compiled
# into the programs (Qt resources), so nothing needs to be found at run time.
include(GNUInstallDirs)
set(nwk_docdir ${CMAKE_INSTALL_DATADIR}/doc/netwerkkaart) # Debian: lower case, as the package

install(TARGETS netwerkkaart netwerkkaart-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

set(nwk_desktop ${PROJECT_SOURCE_DIR}/resources/desktop)
install(FILES ${nwk_desktop}/netwerkkaart.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${nwk_desktop}/netwerkkaart-mime.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME netwerkkaart.xml)
install(FILES ${nwk_desktop}/netwerkkaart.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${nwk_desktop}/netwerkkaart.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${nwk_desktop}/netwerkkaart.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/mimetypes
        RENAME application-x-netwerkkaart-session.svg)
foreach(size 16 22 24 32 48 64 128 256 512)
    install(FILES ${nwk_desktop}/icons/netwerkkaart-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME netwerkkaart.png)
    install(FILES ${nwk_desktop}/icons/netwerkkaart-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/mimetypes
            RENAME application-x-netwerkkaart-session.png)
endforeach()

# Shared files: the example session, the card decks as editable files (a starting point for a
# deck of one's own), the documentation.
install(FILES ${PROJECT_SOURCE_DIR}/resources/examples/basisschool-1.nwk
              ${PROJECT_SOURCE_DIR}/resources/examples/README.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/netwerkkaart/examples)
file(GLOB nwk_deck_files ${PROJECT_SOURCE_DIR}/resources/decks/*.json)
install(FILES ${nwk_deck_files} DESTINATION ${CMAKE_INSTALL_DATADIR}/netwerkkaart/decks)
file(GLOB nwk_doc_files ${PROJECT_SOURCE_DIR}/docs/*.md)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${nwk_doc_files} DESTINATION ${nwk_docdir})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/images DESTINATION ${nwk_docdir}
        OPTIONAL)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${nwk_docdir} RENAME copyright)

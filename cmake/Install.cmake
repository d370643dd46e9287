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
# AppStream: the file is named after the component id (docs/packaging.md).
install(FILES ${nwk_desktop}/io.github.netwerkkaart.netwerkkaart.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
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
# The licence as Debian's machine-readable copyright file; the full GPL text is in
# /usr/share/common-licenses/GPL-3 on Debian (and in LICENSE in the sources).
install(FILES ${PROJECT_SOURCE_DIR}/resources/debian/copyright DESTINATION ${nwk_docdir})

# Gzipped as Debian wants them (gzip -9n: without the file's name and time, so the same text
# always gives the same bytes): the manual pages (docs/man/, with the project's version) and
# the changelog (resources/debian/changelog, Debian's format).
find_program(NWK_GZIP gzip REQUIRED)
set(nwk_gzipped)
foreach(source docs/man/netwerkkaart.1 docs/man/netwerkkaart-cli.1 resources/debian/changelog)
    get_filename_component(name ${source} NAME)
    set(plain ${CMAKE_CURRENT_BINARY_DIR}/gzipped/${name})
    configure_file(${PROJECT_SOURCE_DIR}/${source} ${plain} @ONLY)
    add_custom_command(OUTPUT ${plain}.gz
        COMMAND ${NWK_GZIP} -9nkf ${plain}
        DEPENDS ${plain} ${PROJECT_SOURCE_DIR}/${source}
        COMMENT "Compressing ${name}" VERBATIM)
    list(APPEND nwk_gzipped ${plain}.gz)
endforeach()
add_custom_target(nwk_gzipped_docs ALL DEPENDS ${nwk_gzipped})
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/gzipped/netwerkkaart.1.gz
              ${CMAKE_CURRENT_BINARY_DIR}/gzipped/netwerkkaart-cli.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/gzipped/changelog.gz DESTINATION ${nwk_docdir})

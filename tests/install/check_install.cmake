# CTest: `cmake --install` into a fresh prefix places the programs, the desktop files and the
# example, and the installed CLI exports the installed example (docs/packaging.md).
# Run with -DBUILD_DIR=... -DPREFIX=...
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${rc})")
endif()
foreach(f bin/netwerkkaart bin/netwerkkaart-cli
          share/applications/netwerkkaart.desktop
          share/mime/packages/netwerkkaart.xml
          share/metainfo/io.github.netwerkkaart.netwerkkaart.metainfo.xml
          share/man/man1/netwerkkaart.1.gz
          share/man/man1/netwerkkaart-cli.1.gz
          share/icons/hicolor/scalable/apps/netwerkkaart.svg
          share/icons/hicolor/48x48/apps/netwerkkaart.png
          share/icons/hicolor/48x48/mimetypes/application-x-netwerkkaart-session.png
          share/netwerkkaart/examples/basisschool-1.nwk
          share/netwerkkaart/decks/sono-collectief-leren.nl.json
          share/doc/netwerkkaart/README.md
          share/doc/netwerkkaart/copyright)
    if(NOT EXISTS "${PREFIX}/${f}")
        message(FATAL_ERROR "not installed: ${f}")
    endif()
endforeach()
file(READ "${PREFIX}/share/applications/netwerkkaart.desktop" desktop)
if(NOT desktop MATCHES "MimeType=application/x-netwerkkaart-session;")
    message(FATAL_ERROR "the desktop file does not declare the session MIME type")
endif()
execute_process(COMMAND "${PREFIX}/bin/netwerkkaart-cli" export
                        "${PREFIX}/share/netwerkkaart/examples/basisschool-1.nwk"
                        -o "${PREFIX}/example.svg"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT EXISTS "${PREFIX}/example.svg")
    message(FATAL_ERROR "the installed CLI could not export the example (${rc}): ${out}${err}")
endif()
file(READ "${PREFIX}/example.svg" svg)
if(NOT svg MATCHES "<svg" OR NOT svg MATCHES "CLB")
    message(FATAL_ERROR "the installed CLI's export does not look like the example's map")
endif()
message(STATUS "installed into ${PREFIX}; the installed CLI exported the example")

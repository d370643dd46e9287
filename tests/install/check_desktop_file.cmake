# CTest: the installed desktop file passes desktop-file-validate (package desktop-file-utils,
# installed by scripts/deps.sh). Run with -DPREFIX=... after the install test (a fixture).
# Without the tool it prints NWK_SKIP's marker (the test counts as skipped; in CI it fails).
find_program(VALIDATE desktop-file-validate)
if(NOT VALIDATE)
    if(DEFINED ENV{CI} AND NOT "$ENV{CI}" STREQUAL "" AND NOT "$ENV{CI}" STREQUAL "0"
       AND NOT "$ENV{CI}" MATCHES "^[Ff][Aa][Ll][Ss][Ee]$")
        message(FATAL_ERROR "desktop-file-validate is missing (package desktop-file-utils)")
    endif()
    message("NWK-TEST-SKIPPED: desktop-file-validate is missing (package desktop-file-utils)")
    return()
endif()
set(desktop "${PREFIX}/share/applications/netwerkkaart.desktop")
if(NOT EXISTS "${desktop}")
    message(FATAL_ERROR "not installed: ${desktop}")
endif()
execute_process(COMMAND "${VALIDATE}" "${desktop}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
# It exits 0 on hints too; any error or warning it prints is a failure here.
if(NOT rc EQUAL 0 OR out MATCHES "error:|warning:" OR err MATCHES "error:|warning:")
    message(FATAL_ERROR "desktop-file-validate rejects ${desktop} (${rc}):\n${out}${err}")
endif()
message(STATUS "${desktop} validates")

# CTest: the installed AppStream metainfo passes `appstreamcli validate --no-net --pedantic`
# (package appstream, installed by scripts/deps.sh) with nothing to report, and its newest
# release is the project's version. Run with -DPREFIX=... -DVERSION=... after the install
# test (a fixture). Without the tool it prints NWK_SKIP's marker (skipped; in CI it fails).
find_program(APPSTREAMCLI appstreamcli)
if(NOT APPSTREAMCLI)
    if(DEFINED ENV{CI} AND NOT "$ENV{CI}" STREQUAL "" AND NOT "$ENV{CI}" STREQUAL "0"
       AND NOT "$ENV{CI}" MATCHES "^[Ff][Aa][Ll][Ss][Ee]$")
        message(FATAL_ERROR "appstreamcli is missing (package appstream)")
    endif()
    message("NWK-TEST-SKIPPED: appstreamcli is missing (package appstream)")
    return()
endif()
set(metainfo "${PREFIX}/share/metainfo/io.github.netwerkkaart.netwerkkaart.metainfo.xml")
if(NOT EXISTS "${metainfo}")
    message(FATAL_ERROR "not installed: ${metainfo}")
endif()
# --pedantic: even the smallest remark (I:, P:) fails here; --no-net: no URL is fetched.
execute_process(COMMAND "${APPSTREAMCLI}" validate --no-net --pedantic --no-color "${metainfo}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR out MATCHES "(^|\n)[EWIP]: " OR err MATCHES "(^|\n)[EWIP]: ")
    message(FATAL_ERROR "appstreamcli rejects ${metainfo} (${rc}):\n${out}${err}")
endif()
# The first <release> is the newest: it must be the version being installed.
file(READ "${metainfo}" xml)
string(REGEX MATCH "<release version=\"([^\"]*)\"" release "${xml}")
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    message(FATAL_ERROR "${metainfo}: the newest <release> is '${CMAKE_MATCH_1}', not the "
                        "project's version ${VERSION}: add a <release> for it")
endif()
message(STATUS "${metainfo} validates; newest release ${VERSION}")

# CTest: both programs have an installed manual page that man formats without a warning
# (groff's warnings are what lintian's groff-message reports). Run with -DPREFIX=... after
# the install test (a fixture). Without man it prints NWK_SKIP's marker.
find_program(MAN man)
if(NOT MAN)
    message("NWK-TEST-SKIPPED: man is missing (package man-db)")
    return()
endif()
foreach(program netwerkkaart netwerkkaart-cli)
    set(page "${PREFIX}/share/man/man1/${program}.1.gz")
    if(NOT EXISTS "${page}")
        message(FATAL_ERROR "${program} has no manual page: ${page} is not installed")
    endif()
    execute_process(COMMAND "${CMAKE_COMMAND}" -E env LC_ALL=C.UTF-8 MANWIDTH=80
                            "${MAN}" --warnings -E UTF-8 -l "${page}"
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0 OR NOT err STREQUAL "")
        message(FATAL_ERROR "man ${page} (${rc}) warns:\n${err}")
    endif()
    string(TOUPPER "${program}" title)
    if(NOT out MATCHES "${title}\\(1\\)" OR NOT out MATCHES "SYNOPSIS")
        message(FATAL_ERROR "${page} does not read as the manual page of ${program}:\n${out}")
    endif()
endforeach()
message(STATUS "the manual pages of netwerkkaart and netwerkkaart-cli format cleanly")

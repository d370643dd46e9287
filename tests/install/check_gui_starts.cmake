# CTest: the installed editor starts on the installed example, paints its map once and quits
# cleanly. It is ended by its own --quit-after-first-paint (the option the start-up timing and
# scripts/package.sh use: it quits after the map view's first paint, exit code 0), not killed:
# an error dialog (an example it cannot open) would block it until the timeout, a crash gives
# another exit. Run with -DPREFIX=... after the install test (a fixture), QT_QPA_PLATFORM=offscreen.
set(app "${PREFIX}/bin/netwerkkaart")
set(example "${PREFIX}/share/netwerkkaart/examples/basisschool-1.nwk")
foreach(f "${app}" "${example}")
    if(NOT EXISTS "${f}")
        message(FATAL_ERROR "not installed: ${f}")
    endif()
endforeach()
# Its own HOME: no recovery copies or settings of the user running the tests.
set(home "${PREFIX}/gui-home")
file(REMOVE_RECURSE "${home}")
file(MAKE_DIRECTORY "${home}")
execute_process(COMMAND "${CMAKE_COMMAND}" -E env "HOME=${home}" "XDG_DATA_HOME=${home}/data"
                        "XDG_CONFIG_HOME=${home}/config" "XDG_CACHE_HOME=${home}/cache"
                        QT_QPA_PLATFORM=offscreen
                        "${app}" --quit-after-first-paint "${example}"
                TIMEOUT 30
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "the installed editor did not start and quit cleanly (${rc}):\n${out}${err}")
endif()
if(NOT err MATCHES "first paint after [0-9]+ ms")
    message(FATAL_ERROR "the installed editor quit without painting its map:\n${out}${err}")
endif()
message(STATUS "the installed editor painted the example and quit: ${err}")

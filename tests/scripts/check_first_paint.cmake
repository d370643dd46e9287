# CTest: `netwerkkaart --quit-after-first-paint` says when it first painted the map on the
# wall clock ("at N ms since the epoch"), which scripts/bench.sh subtracts from the time it
# started the program: the cold start to first paint, without the quitting after it.
# Run with -DAPP=... -DWORK_DIR=..., QT_QPA_PLATFORM=offscreen.
set(home "${WORK_DIR}/first-paint-home")
file(REMOVE_RECURSE "${home}")
file(MAKE_DIRECTORY "${home}")
string(TIMESTAMP before "%s" UTC)
execute_process(COMMAND "${CMAKE_COMMAND}" -E env "HOME=${home}" "XDG_DATA_HOME=${home}/data"
                        "XDG_CONFIG_HOME=${home}/config" "XDG_CACHE_HOME=${home}/cache"
                        "${APP}" --quit-after-first-paint
                TIMEOUT 60 RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
string(TIMESTAMP after "%s" UTC)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "the editor did not start and quit cleanly (${rc}):\n${out}${err}")
endif()
if(NOT err MATCHES "first paint after [0-9]+ ms, at ([0-9]+) ms since the epoch")
    message(FATAL_ERROR "the editor did not say when it painted its map:\n${err}")
endif()
set(at "${CMAKE_MATCH_1}")
# Whole seconds on CMake's side: the paint lies within them.
math(EXPR low "${before} * 1000")
math(EXPR high "(${after} + 1) * 1000")
if(at LESS low OR at GREATER high)
    message(FATAL_ERROR "the first paint at ${at} ms since the epoch lies outside the run "
                        "(${low} to ${high}):\n${err}")
endif()
message(STATUS "${err}")

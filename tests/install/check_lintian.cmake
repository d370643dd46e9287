# CTest: lintian on the Debian package built from this build tree (cpack, as
# scripts/package.sh does from a Release tree). No error or warning may remain; every
# informational or pedantic tag lintian still prints must be named, and so justified, in
# docs/packaging.md ("Lintian"). Run with -DBUILD_DIR=... -DWORK_DIR=... -DSOURCE_DIR=...
# Without lintian or dpkg-shlibdeps it prints NWK_SKIP's marker (skipped; in CI it fails).
set(in_ci FALSE)
if(DEFINED ENV{CI} AND NOT "$ENV{CI}" STREQUAL "" AND NOT "$ENV{CI}" STREQUAL "0"
   AND NOT "$ENV{CI}" MATCHES "^[Ff][Aa][Ll][Ss][Ee]$")
    set(in_ci TRUE)
endif()
foreach(tool lintian dpkg-shlibdeps)
    find_program(found_${tool} ${tool})
    if(NOT found_${tool})
        set(why "${tool} is missing (packages lintian, dpkg-dev)")
        if(in_ci)
            message(FATAL_ERROR "${why}")
        endif()
        message("NWK-TEST-SKIPPED: ${why}")
        return()
    endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(COMMAND cpack -G DEB --config "${BUILD_DIR}/CPackConfig.cmake" -B "${WORK_DIR}"
                WORKING_DIRECTORY "${WORK_DIR}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
file(GLOB debs "${WORK_DIR}/*.deb")
if(NOT rc EQUAL 0 OR NOT debs)
    message(FATAL_ERROR "cpack could not build the package (${rc}):\n${out}${err}")
endif()
list(GET debs 0 deb)

# -I --pedantic: show every tag, so that the informational ones are seen and justified.
execute_process(COMMAND lintian -I --pedantic --no-tag-display-limit "${deb}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
file(READ "${SOURCE_DIR}/docs/packaging.md" justified)
set(problems "")
string(REPLACE "\n" ";" lines "${out}")
foreach(line IN LISTS lines)
    if(NOT line MATCHES "^([EWIPX]): [^ ]+: ([a-z0-9.+-]+)")
        continue()
    endif()
    set(severity ${CMAKE_MATCH_1})
    set(tag ${CMAKE_MATCH_2})
    if(severity STREQUAL "E" OR severity STREQUAL "W")
        string(APPEND problems "\n  ${line}   (an error or warning: fix it)")
    else()
        string(FIND "${justified}" "`${tag}`" at)
        if(at EQUAL -1)
            string(APPEND problems "\n  ${line}   (not justified in docs/packaging.md)")
        endif()
    endif()
endforeach()
if(NOT rc EQUAL 0 AND problems STREQUAL "")
    message(FATAL_ERROR "lintian failed (${rc}):\n${out}${err}")
endif()
if(NOT problems STREQUAL "")
    message(FATAL_ERROR "lintian on ${deb}:${problems}")
endif()
message(STATUS "lintian: ${deb} has no error or warning; every other tag is justified:\n${out}")

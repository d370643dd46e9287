# CTest: scripts/run.sh opens the bundled example as the example, in the test command's tree.
# 1. Its dry run (-DSOURCE_DIR): it builds with the preset scripts/test.sh uses (no second,
#    Release tree) and starts the editor with --example on the bundled example.
# 2. The editor's --example (-DAPP): a session opened that way is painted, the file is left
#    byte-identical and it does not enter Recent sessions (the settings' recentFiles).
set(example_rel resources/examples/basisschool-1.nwk)
execute_process(COMMAND "${CMAKE_COMMAND}" -E env --unset=NWK_PRESET DISPLAY=:nwk-dry-run
                        bash "${SOURCE_DIR}/scripts/run.sh" --dry-run
                WORKING_DIRECTORY "${SOURCE_DIR}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "scripts/run.sh --dry-run failed (${rc}):\n${out}${err}")
endif()
if(NOT out MATCHES "cmake --build --preset default --target netwerkkaart")
    message(FATAL_ERROR "scripts/run.sh does not build in the test command's tree:\n${out}")
endif()
if(out MATCHES "release")
    message(FATAL_ERROR "scripts/run.sh builds a second (Release) tree:\n${out}")
endif()
if(NOT out MATCHES "build/default/src/app/netwerkkaart --example ${example_rel}")
    message(FATAL_ERROR "scripts/run.sh does not open the example as the example:\n${out}")
endif()

set(home "${WORK_DIR}/run-script-home")
file(REMOVE_RECURSE "${home}")
file(MAKE_DIRECTORY "${home}")
set(copy "${home}/example.nwk")
file(COPY_FILE "${SOURCE_DIR}/${example_rel}" "${copy}")
file(SHA256 "${copy}" before)
execute_process(COMMAND "${CMAKE_COMMAND}" -E env "HOME=${home}" "XDG_DATA_HOME=${home}/data"
                        "XDG_CONFIG_HOME=${home}/config" "XDG_CACHE_HOME=${home}/cache"
                        QT_QPA_PLATFORM=offscreen
                        "${APP}" --quit-after-first-paint --example "${copy}"
                TIMEOUT 60
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT err MATCHES "first paint after")
    message(FATAL_ERROR "netwerkkaart --example did not open and paint (${rc}):\n${out}${err}")
endif()
file(SHA256 "${copy}" after)
if(NOT before STREQUAL after)
    message(FATAL_ERROR "netwerkkaart --example changed the example file")
endif()
file(GLOB_RECURSE configs "${home}/config/*")
foreach(config ${configs})
    file(READ "${config}" text)
    if(text MATCHES "example.nwk")
        message(FATAL_ERROR "the example entered the settings (Recent sessions): ${config}\n${text}")
    endif()
endforeach()
message(STATUS "run.sh: ${out}; the example opened as the example")

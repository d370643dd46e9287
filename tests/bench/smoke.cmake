# Runs `nwk-bench --smoke` (every benchmark once, 12 partners) and checks that it
# exits 0 and prints each figure with a number, and the table of the report.
execute_process(COMMAND ${BENCH} --smoke
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "nwk-bench --smoke exited with ${result}:\n${err}")
endif()
foreach(figure load save scene drag drag-settle window-drag svg svg-longword png autosave memory)
    if(NOT out MATCHES "figure ${figure} 12 [0-9]+\\.[0-9]+")
        message(FATAL_ERROR "nwk-bench --smoke printed no figure \"${figure}\"")
    endif()
endforeach()
# Figures under a millisecond keep three significant digits (the drag step is microseconds).
if(NOT out MATCHES "figure drag 12 ([1-9][0-9]*\\.[0-9][0-9][0-9]|0\\.0*[1-9][0-9][0-9]|[1-9]\\.[0-9][0-9]e-[0-9]+)\n")
    message(FATAL_ERROR "nwk-bench --smoke printed the drag step without three significant digits")
endif()
foreach(row "load and validate" "drag step" "drag step, whole window" "SVG export" "autosave, UI thread" "peak memory")
    if(NOT out MATCHES "${row} +12 ")
        message(FATAL_ERROR "the report has no row \"${row}\"")
    endif()
endforeach()

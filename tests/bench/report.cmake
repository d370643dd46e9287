# Runs `nwk-bench --report` on made-up figures (scripts/bench.sh's last step): every
# target of issues #8 and #24 is printed with its target, the report exits 0 when all
# hold, and exits 1 with a MISSED row when the autosave's UI-thread cost grows more
# than x2 from 1,000 to 10,000 partners (each other figure unchanged).
set(common
    "figure load 1000 20\nfigure load 10000 150\nfigure save 1000 10\nfigure save 10000 100\n"
    "figure scene 1000 30\nfigure scene 10000 300\nfigure drag 1000 0.5\nfigure drag 10000 5\n"
    "figure drag-settle 60 1\nfigure drag-settle 1000 10\nfigure drag-settle 10000 100\n"
    "figure window-drag 60 3\nfigure window-drag 1000 12\n"
    "figure svg 1000 80\nfigure svg 10000 800\nfigure svg-longword 60 100\n"
    "figure png 60 200\nfigure png 1000 500\nfigure png 10000 5000\n"
    "figure memory 10000 250\nfigure coldstart 0 200\nfigure firstpaint 0 150\n"
    "figure graphviz-neato 1000 200\nfigure graphviz-cli 1000 90\n"
    "figure graphviz-ratio 1000 0.45\nfigure participation-stall 15 20\n"
    "figure autosave 1000 0.05\nfigure recording-cpu 0 2.5\n")
string(JOIN "" common ${common})

function(run_report name text expected_result)
    file(WRITE "${WORK}/${name}.txt" "${text}")
    execute_process(COMMAND ${BENCH} --report "${WORK}/${name}.txt"
                    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    message("${out}")
    if(NOT result EQUAL ${expected_result})
        message(FATAL_ERROR "nwk-bench --report (${name}) exited with ${result}, "
                            "not ${expected_result}:\n${err}")
    endif()
    set(out "${out}" PARENT_SCOPE)
endfunction()

run_report(met "${common}figure autosave 10000 0.09\n" 0)
foreach(row
        "PNG export \\(A4, 300 dpi\\) +60 +200 ms +<= 250 ms +OK"
        "PNG export \\(A4, 300 dpi\\) +1000 +500 ms +<= 600 ms +OK"
        "label layout after a drag +1000 +10.0 ms +<= 16.0 ms +OK"
        "drag step, whole window +60 +3.00 ms +<= 4.00 ms +OK"
        "drag step, whole window +1000 +12.0 ms +<= 16.0 ms +OK"
        "build the scene +1000 +30.0 ms +<= 40.0 ms +OK"
        "SVG export / Graphviz +1000 +0.45 +<= 0.50 +OK"
        "autosave, UI thread +x10 +x1.8 +<= x2.0 +OK"
        "cold start to first paint +ex. +200 ms +<= 250 ms +OK"
        "participation: longest stall +15 +20.0 ms +<= 50.0 ms +OK"
        "recording: CPU beyond idle +ex. +2.5 % +<= 5.0 % +OK"
        "every target holds")
    if(NOT out MATCHES "${row}")
        message(FATAL_ERROR "the report has no row matching \"${row}\"")
    endif()
endforeach()

run_report(autosave-grows "${common}figure autosave 10000 0.15\n" 1)
if(NOT out MATCHES "autosave, UI thread +x10 +x3.0 +<= x2.0 +MISSED")
    message(FATAL_ERROR "the report does not miss the autosave's growth of x3")
endif()
if(NOT out MATCHES "1 target\\(s\\) missed")
    message(FATAL_ERROR "the report misses more than the autosave's growth")
endif()

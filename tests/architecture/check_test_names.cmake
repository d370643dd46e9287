# CTest takes a test's name from its Catch2 TEST_CASE name, and a ';' splits it into two
# tests that match nothing (they fail, or worse, run nothing). No test name holds one.
# CTest passes the name to the test program as its argument: a name that starts with '-'
# is read as an option ("-o NAME" wrote the whole run's report to a file; "--help ..."
# printed the help and passed). No test name starts with one.
file(GLOB_RECURSE sources "${SOURCE_DIR}/tests/*.cpp")
set(bad "")
foreach(source IN LISTS sources)
    file(READ "${source}" text)
    # A name's string literals, also when continued on the next lines.
    string(REGEX MATCHALL "TEST_CASE\\(([ \t\r\n]*\"[^\"]*\")+" names "${text}")
    foreach(name IN LISTS names)
        # (MATCHALL's result is a list, so a ';' inside a name already split it here.)
        if(NOT name MATCHES "\"[ \t\r\n]*$" OR name MATCHES "^[^\"]*$")
            file(RELATIVE_PATH rel "${SOURCE_DIR}" "${source}")
            string(APPEND bad "\n  ${rel}: a test name with ';'")
        elseif(name MATCHES "^TEST_CASE\\([ \t\r\n]*\"[ \t]*-")
            file(RELATIVE_PATH rel "${SOURCE_DIR}" "${source}")
            string(APPEND bad "\n  ${rel}: a test name that starts with '-': ${name}")
        endif()
    endforeach()
endforeach()
if(bad)
    message(FATAL_ERROR "Test names must not contain ';' (CTest splits them) nor start with '-' (the test program reads it as an option):${bad}")
endif()
message(STATUS "${CMAKE_CURRENT_LIST_FILE}: no test name holds a ';' or starts with '-'")

# nwk_set_warnings(target): the project's warning set on one target.
function(nwk_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
                           -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual)
    if(NWK_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

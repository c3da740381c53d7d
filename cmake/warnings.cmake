# Development flags live on this interface target, linked privately with BUILD_INTERFACE only:
# users of the installed package never inherit them.
add_library(communique_dev_flags INTERFACE)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(communique_dev_flags INTERFACE -Wall -Wextra -Wpedantic
        -Wshadow -Wconversion -Wno-sign-conversion -Wnon-virtual-dtor -Wold-style-cast
        -Wcast-align -Woverloaded-virtual -Wdouble-promotion)
    if(COMMUNIQUE_WERROR)
        target_compile_options(communique_dev_flags INTERFACE -Werror)
    endif()
    if(COMMUNIQUE_SANITIZE)
        target_compile_options(communique_dev_flags INTERFACE
            -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
        target_link_options(communique_dev_flags INTERFACE -fsanitize=address,undefined)
    endif()
endif()

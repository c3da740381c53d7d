# Profile-guided optimisation (GCC). A batch run over an archive spends its time in a few hot
# loops (the tagger, the trie walks, the rules) whose branches and layout the compiler can only
# guess; a profile of a training run tells it. Two builds in the same binary directory, so that
# the profile's object paths match:
#   COMMUNIQUE_PGO=GENERATE  instrumented: running communique-extract writes the profile
#   COMMUNIQUE_PGO=USE       optimised with that profile
# cmake/pgo-build.sh runs both with a training run between them. Empty (the default): no PGO.
# The flags are this project's own (directory options), never exported to users of the package.
set(COMMUNIQUE_PGO "" CACHE STRING "Profile-guided optimisation with GCC: GENERATE, USE or empty")
set_property(CACHE COMMUNIQUE_PGO PROPERTY STRINGS "" GENERATE USE)
set(COMMUNIQUE_PGO_DIR "${PROJECT_BINARY_DIR}/pgo-profile" CACHE PATH
    "Where the GENERATE build writes its profile and the USE build reads it")

if(COMMUNIQUE_PGO)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        message(FATAL_ERROR "COMMUNIQUE_PGO needs GCC (the compiler is ${CMAKE_CXX_COMPILER_ID})")
    endif()
    if(COMMUNIQUE_PGO STREQUAL "GENERATE")
        # prefer-atomic: communique-extract --jobs N counts from N threads.
        add_compile_options("-fprofile-generate=${COMMUNIQUE_PGO_DIR}" -fprofile-update=prefer-atomic)
        add_link_options("-fprofile-generate=${COMMUNIQUE_PGO_DIR}")
    elseif(COMMUNIQUE_PGO STREQUAL "USE")
        if(NOT EXISTS "${COMMUNIQUE_PGO_DIR}")
            message(FATAL_ERROR "COMMUNIQUE_PGO=USE: no profile in ${COMMUNIQUE_PGO_DIR} "
                                "(build with GENERATE and run communique-extract first)")
        endif()
        # partial-training: code the training never ran keeps its normal optimisation instead
        # of being treated as cold; missing-profile: a target the training never ran (a test)
        # is no error.
        add_compile_options("-fprofile-use=${COMMUNIQUE_PGO_DIR}" -fprofile-partial-training
                            -Wno-missing-profile)
    else()
        message(FATAL_ERROR "COMMUNIQUE_PGO is GENERATE, USE or empty, not '${COMMUNIQUE_PGO}'")
    endif()
endif()

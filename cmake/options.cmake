# Tests, examples and benchmarks are built only when communique is the top-level project, so
# that add_subdirectory() or FetchContent costs an embedding project nothing.
if(CMAKE_SOURCE_DIR STREQUAL PROJECT_SOURCE_DIR)
    set(COMMUNIQUE_IS_TOP_LEVEL ON)
else()
    set(COMMUNIQUE_IS_TOP_LEVEL OFF)
endif()

option(COMMUNIQUE_BUILD_TESTS "Build the Boost.Test suites" ${COMMUNIQUE_IS_TOP_LEVEL})
option(COMMUNIQUE_BUILD_EXAMPLES "Build communique-extract and the other examples" ${COMMUNIQUE_IS_TOP_LEVEL})
option(COMMUNIQUE_BUILD_BENCHMARKS "Build the Google Benchmark programs" ${COMMUNIQUE_IS_TOP_LEVEL})
option(COMMUNIQUE_BUILD_FUZZERS "Build the libFuzzer targets (needs clang)" OFF)
option(COMMUNIQUE_INSTALL "Generate the install rules" ON)
option(COMMUNIQUE_WERROR "Treat warnings as errors (CI)" OFF)
option(COMMUNIQUE_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

if(NOT CMAKE_CXX_STANDARD)
    set(CMAKE_CXX_STANDARD 17)
endif()
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)

if(COMMUNIQUE_IS_TOP_LEVEL AND NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

# Where the shared corpus lives for the tests and benchmarks that read it (skipped when absent).
set(COMMUNIQUE_SHARED_DIR "${PROJECT_SOURCE_DIR}/../shared" CACHE PATH
    "The project's shared folder (corpus, spec); tests that need it skip when it is absent")

# One source tree, two ways to use it (the fmt model):
#   communique::communique   a compiled library: src/*.cpp include the detail/*-inl.hpp bodies
#                            and instantiate each X3 grammar once (src/grammar/*.cpp)
#   communique::header_only  the same bodies inline, COMMUNIQUE_HEADER_ONLY defined
file(GLOB COMMUNIQUE_SOURCES CONFIGURE_DEPENDS
    "${PROJECT_SOURCE_DIR}/src/*.cpp" "${PROJECT_SOURCE_DIR}/src/grammar/*.cpp")
list(SORT COMMUNIQUE_SOURCES)

add_library(communique ${COMMUNIQUE_SOURCES})
add_library(communique::communique ALIAS communique)
add_dependencies(communique communique_lexicon_data)
target_compile_features(communique PUBLIC cxx_std_17)
target_include_directories(communique PUBLIC
    "$<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include>"
    "$<BUILD_INTERFACE:${COMMUNIQUE_GENERATED_INCLUDE}>"
    "$<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>")
# Boost stays out of the public headers (no Spirit, Fusion or JSON type in any signature), so
# it is a private dependency of the compiled library: consumers need Boost only to link the
# static archive, which the package config takes care of.
target_link_libraries(communique
    PRIVATE Boost::headers Boost::json Threads::Threads
            "$<BUILD_INTERFACE:communique_dev_flags>")
set_target_properties(communique PROPERTIES
    VERSION ${PROJECT_VERSION}
    SOVERSION ${PROJECT_VERSION_MAJOR}
    EXPORT_NAME communique
    POSITION_INDEPENDENT_CODE ON)

add_library(communique_header_only INTERFACE)
add_library(communique::header_only ALIAS communique_header_only)
add_dependencies(communique_header_only communique_lexicon_data)
target_compile_features(communique_header_only INTERFACE cxx_std_17)
target_compile_definitions(communique_header_only INTERFACE COMMUNIQUE_HEADER_ONLY)
target_include_directories(communique_header_only INTERFACE
    "$<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include>"
    "$<BUILD_INTERFACE:${COMMUNIQUE_GENERATED_INCLUDE}>"
    "$<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>")
target_link_libraries(communique_header_only INTERFACE Boost::headers Boost::json Threads::Threads)
set_target_properties(communique_header_only PROPERTIES EXPORT_NAME header_only)

include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(COMMUNIQUE_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/communique")

install(TARGETS communique communique_header_only
    EXPORT communique-targets
    ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}"
    LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}"
    RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}"
    INCLUDES DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/communique"
    DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(FILES "${COMMUNIQUE_LEXICON_HEADER}"
    DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}/communique/detail")
install(FILES ${COMMUNIQUE_LEXICON_FILES} "${PROJECT_SOURCE_DIR}/src/lexicon/README.md"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/communique/lexicon")
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/communique")

install(EXPORT communique-targets
    NAMESPACE communique::
    DESTINATION "${COMMUNIQUE_CMAKE_DIR}")
configure_package_config_file(
    "${PROJECT_SOURCE_DIR}/cmake/communique-config.cmake.in"
    "${PROJECT_BINARY_DIR}/communique-config.cmake"
    INSTALL_DESTINATION "${COMMUNIQUE_CMAKE_DIR}")
write_basic_package_version_file(
    "${PROJECT_BINARY_DIR}/communique-config-version.cmake"
    COMPATIBILITY SameMinorVersion)
install(FILES
    "${PROJECT_BINARY_DIR}/communique-config.cmake"
    "${PROJECT_BINARY_DIR}/communique-config-version.cmake"
    DESTINATION "${COMMUNIQUE_CMAKE_DIR}")

# pkg-config, for build systems other than CMake.
configure_file("${PROJECT_SOURCE_DIR}/cmake/communique.pc.in"
    "${PROJECT_BINARY_DIR}/communique.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/communique.pc"
    DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig")

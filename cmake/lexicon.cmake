# The default lexicon is data (src/lexicon/*.lex, under version control) embedded into the
# library as a generated header, so the library needs no data files at run time; the same
# files are installed to share/communique/lexicon/ for users who want to read or extend them.
file(GLOB COMMUNIQUE_LEXICON_FILES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/src/lexicon/*.lex")
list(SORT COMMUNIQUE_LEXICON_FILES)
set(COMMUNIQUE_GENERATED_INCLUDE "${PROJECT_BINARY_DIR}/generated/include")
set(COMMUNIQUE_LEXICON_HEADER
    "${COMMUNIQUE_GENERATED_INCLUDE}/communique/detail/default_lexicon_data.hpp")
add_custom_command(
    OUTPUT "${COMMUNIQUE_LEXICON_HEADER}"
    COMMAND "${CMAKE_COMMAND}" "-DOUTPUT=${COMMUNIQUE_LEXICON_HEADER}"
            "-DINPUTS=${COMMUNIQUE_LEXICON_FILES}"
            -P "${PROJECT_SOURCE_DIR}/cmake/embed_lexicon.cmake"
    DEPENDS ${COMMUNIQUE_LEXICON_FILES} "${PROJECT_SOURCE_DIR}/cmake/embed_lexicon.cmake"
    COMMENT "Embedding the default lexicon"
    VERBATIM)
add_custom_target(communique_lexicon_data DEPENDS "${COMMUNIQUE_LEXICON_HEADER}")

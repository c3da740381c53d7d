// Compiled body of communique/lexicon_file (see detail/lexicon_file-inl.hpp).
#include <communique/detail/lexicon_file-inl.hpp>

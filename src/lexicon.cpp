// Compiled body of communique/lexicon.hpp.
#include <communique/detail/lexicon-inl.hpp>

// Compiled body of communique/io/tsv.hpp.
#include <communique/detail/tsv-inl.hpp>

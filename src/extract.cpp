// Compiled body of communique/extract.hpp.
#include <communique/detail/extract-inl.hpp>

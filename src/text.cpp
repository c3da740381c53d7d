// Compiled body of communique/io/text.hpp.
#include <communique/detail/text-inl.hpp>

// Compiled body of communique/io/html.hpp.
#include <communique/detail/html-inl.hpp>

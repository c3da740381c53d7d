// Every public header in a second translation unit: inline functions and variables must not
// collide when linked with odr_b.cpp.
#include <communique/communique.hpp>

std::size_t odr_a() {
    return communique::kind_table.size() + communique::to_string(communique::mode::direct).size();
}

#include <cstddef>
std::size_t odr_a();
std::size_t odr_b();
int main() { return odr_a() == odr_b() ? 0 : 1; }

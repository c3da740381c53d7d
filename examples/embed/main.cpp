// The smallest useful embedding: extract the statements of one article and print who said
// what. Build against communique::communique (or communique::header_only).
#include <communique/communique.hpp>

#include <iostream>
#include <iterator>
#include <string>

int main() {
    const std::string text{std::istreambuf_iterator<char>(std::cin), {}};
    const communique::document doc = communique::extract(text);
    for (const communique::statement& s : doc.statements) {
        std::cout << s.source.actor.name << " (" << communique::to_string(s.kind) << "): "
                  << doc.at(s.quote ? *s.quote : s.content) << '\n';
    }
    for (const communique::diagnostic& d : doc.diagnostics)
        std::cerr << communique::to_string(d.severity) << ": " << d.message << '\n';
    std::cout << doc.statements.size() << " statements\n";
}

// Uses the public API the way an embedding program would, and checks what it gets back.
#include <communique/communique.hpp>

#include <iostream>
#include <sstream>

int main() {
    const char* text = "Title of a report\n\nThe minister said the talks were useful.\n";
    const communique::document doc = communique::extract(text);
    if (doc.structure.blocks.empty()) {
        std::cerr << "consumer: no blocks found\n";
        return 1;
    }
    std::ostringstream out;
    communique::write_jsonl(out, doc);
    communique::lexicon lex = communique::lexicon::builtin();
    communique::diagnostics errors;
    if (lex.entries().cues.empty()) {
        std::cerr << "consumer: the embedded lexicon has no cues\n";
        return 1;
    }
    std::cout << "consumer: " << COMMUNIQUE_VERSION_STRING << ", " << doc.structure.blocks.size()
              << " blocks, " << doc.statements.size() << " statements\n";
    return 0;
}

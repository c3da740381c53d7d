// communique-digest: who said what in one article, grouped by speaker, for a person to read.
//
//   communique-digest FILE      (or "-" for standard input)
//
// For each speaker, most statements first, every statement with its kind, its cue (the words
// that carry it), whom it is aimed at, and its quotation or, when there is none, its content.
// Problems go to standard error; an unreadable input exits with 1, a usage error with 2.
#include <communique/communique.hpp>

#include "../common/read_input.hpp"

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstring>
#include <exception>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <sys/stat.h>
#include <vector>

namespace {

constexpr const char* usage =
    "usage: communique-digest FILE|-\n"
    "Prints who said what in one article, grouped by speaker: each statement's kind, cue,\n"
    "target and quotation (or content). \"-\" reads standard input.\n";


/// The text on one line: every run of white space (line breaks included) one space, no
/// leading or trailing space.
std::string one_line(std::string_view text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= ' ' || u == 0x7F) {
            space = !out.empty();
            continue;
        }
        if (space) out.push_back(' ');
        space = false;
        out.push_back(c);
    }
    return out;
}

/// Code points, as a stand-in for the width on a terminal.
std::size_t width(std::string_view s) {
    std::size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

/// `text` wrapped at `columns`, each line after the first starting with `indent`.
void print_wrapped(std::ostream& out, const std::string& text, std::size_t first_used,
                   const std::string& indent, std::size_t columns = 78) {
    std::size_t used = first_used;
    std::size_t at = 0;
    bool first_word = true;
    while (at < text.size()) {
        std::size_t end = text.find(' ', at);
        if (end == std::string::npos) end = text.size();
        const std::string_view word(text.data() + at, end - at);
        if (!first_word && used + 1 + width(word) > columns) {
            out << '\n' << indent;
            used = width(indent);
        } else if (!first_word) {
            out << ' ';
            ++used;
        }
        out << word;
        used += width(word);
        first_word = false;
        at = end + 1;
    }
    out << '\n';
}

std::string describe(const communique::actor& a) {
    std::string out = a.name.empty() ? std::string("(unknown speaker)") : a.name;
    std::vector<std::string> notes;
    if (!a.title.empty()) notes.push_back(a.title);
    if (!a.country.empty()) notes.push_back(a.country);
    if (a.kind == communique::actor_kind::group && !a.members.empty()) {
        std::string members;
        for (std::size_t i = 0; i < a.members.size(); ++i)
            members += (i ? ", " : "") + a.members[i].name;
        notes.push_back(members);
    }
    for (std::size_t i = 0; i < notes.size(); ++i) out += (i ? "; " : " (") + notes[i];
    if (!notes.empty()) out += ")";
    return out;
}

/// Speakers are told apart by name and, for a collective, its members.
std::string speaker_key(const communique::actor& a) {
    std::string key = a.name;
    for (const auto& m : a.members) key += '\x1F' + m.name;
    return key;
}

int run(int argc, char** argv) {
    if (argc == 2 && (std::string_view(argv[1]) == "-h" || std::string_view(argv[1]) == "--help")) {
        std::cout << usage;
        return 0;
    }
    if (argc != 2 || (argv[1][0] == '-' && argv[1][1] != '\0')) {
        std::cerr << "communique-digest: give one FILE, or - for standard input\n" << usage;
        return 2;
    }
    const std::string name = argv[1];
    const std::string shown = name == "-" ? "<stdin>" : name;
    std::string error;
    const auto text = examples::read_input(name, error);
    if (!text) {
        std::cerr << "communique-digest: " << shown << ": " << error << '\n';
        return 1;
    }

    communique::options opts;
    opts.id = shown;
    const communique::document doc = communique::extract(*text, opts);
    for (const auto& d : doc.diagnostics)
        std::cerr << "communique-digest: " << shown << ": " << communique::to_string(d.severity)
                  << ": " << d.message << '\n';

    // Speakers in order of first appearance; most statements first, a stable sort keeps
    // the article's order among equals.
    std::vector<std::string> order;
    std::map<std::string, std::vector<const communique::statement*>> by_speaker;
    for (const auto& s : doc.statements) {
        const std::string key = speaker_key(s.source.actor);
        auto& list = by_speaker[key];
        if (list.empty()) order.push_back(key);
        list.push_back(&s);
    }
    std::stable_sort(order.begin(), order.end(), [&](const std::string& a, const std::string& b) {
        return by_speaker[a].size() > by_speaker[b].size();
    });

    std::cout << shown << ": " << doc.statements.size()
              << (doc.statements.size() == 1 ? " statement" : " statements") << " by "
              << order.size() << (order.size() == 1 ? " speaker" : " speakers") << '\n';
    for (const auto& key : order) {
        const auto& list = by_speaker[key];
        std::cout << '\n'
                  << describe(list.front()->source.actor) << " - " << list.size()
                  << (list.size() == 1 ? " statement" : " statements") << '\n';
        for (const communique::statement* s : list) {
            std::string head = "  * " + std::string(communique::to_string(s->kind));
            if (!s->cue.empty()) head += ", \"" + one_line(doc.at(s->cue)) + "\"";
            if (s->target) head += ", to/at " + s->target->actor.name;
            head += ":";
            std::cout << head;
            std::string said = one_line(doc.at(s->quote ? *s->quote : s->content));
            if (!s->quote && said.compare(0, 5, "that ") == 0) said.erase(0, 5); // "said that X"
            // No content worth the name: the sentence that holds the statement instead.
            const bool wordless = std::none_of(said.begin(), said.end(), [](char c) {
                const auto u = static_cast<unsigned char>(c);
                return u >= 0x80 || (u >= '0' && u <= '9') || ((u | 0x20) >= 'a' && (u | 0x20) <= 'z');
            });
            if (wordless || said == "that") said = "[" + one_line(doc.at(s->where)) + "]";
            // The words on the next line, indented, so the speech stands out from the labels.
            std::cout << '\n' << "      ";
            print_wrapped(std::cout, said, 6, "      ");
        }
    }
    std::cout.flush();
    if (!std::cout) {
        std::cerr << "communique-digest: cannot write the output\n";
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        std::cerr << "communique-digest: " << e.what() << '\n';
        return 1;
    }
}

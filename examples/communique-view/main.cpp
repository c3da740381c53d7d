// communique-view: the review view. Extracts the statements of each article and writes one
// self-contained HTML page showing them (see communique/io/html.hpp).
//
//   communique-view [-o OUT.html] [--title TEXT] [--published YYYY-MM-DD] FILE...
//
// Writes the page to OUT.html (or standard output), and reports each file that cannot be read
// on standard error as "communique-view: FILE: reason". The others still make the page; the
// exit code is then 1. A usage error exits with 2, an unwritable output with 1.
#include <communique/communique.hpp>

#include "../common/read_input.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>
#include <sys/stat.h>
#include <vector>

namespace {

constexpr const char* usage =
    "usage: communique-view [-o OUT.html] [--title TEXT] [--published YYYY-MM-DD] FILE...\n"
    "Writes one self-contained HTML page showing, for each article, the statements\n"
    "communique found: cues and contents coloured by kind, sources, targets, quotations,\n"
    "chrome greyed, and a side list of who said what.\n"
    "  -o FILE         where to write the page (default: standard output)\n"
    "  --title TEXT    the page's title\n"
    "  --published D   publication date, fixes relative dates\n"
    "  -h, --help      this text\n"
    "Exit status: 0 when every file was read, 1 when one could not be read or the page could\n"
    "not be written, 2 on a usage error.\n";

struct arguments {
    std::string output;
    std::string title = "communique review";
    std::optional<communique::civil_date> published;
    std::vector<std::string> files;
};

std::optional<arguments> parse_arguments(int argc, char** argv) {
    arguments args;
    bool only_files = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&](const char* name) -> std::optional<std::string> {
            if (i + 1 >= argc) {
                std::cerr << "communique-view: " << name << " needs a value\n" << usage;
                return std::nullopt;
            }
            return std::string(argv[++i]);
        };
        if (only_files) {
            args.files.push_back(arg);
        } else if (arg == "--") {
            only_files = true;
        } else if (arg == "-h" || arg == "--help") {
            std::cout << usage;
            std::exit(0);
        } else if (arg == "-o" || arg == "--output") {
            const auto v = value("-o");
            if (!v) return std::nullopt;
            args.output = *v;
        } else if (arg == "--title") {
            const auto v = value("--title");
            if (!v) return std::nullopt;
            args.title = *v;
        } else if (arg == "--published") {
            const auto v = value("--published");
            if (!v) return std::nullopt;
            args.published = communique::parse_iso_date(*v);
            if (!args.published) {
                std::cerr << "communique-view: --published wants YYYY-MM-DD, not '" << *v << "'\n";
                return std::nullopt;
            }
        } else if (arg.size() > 1 && arg[0] == '-') {
            std::cerr << "communique-view: unknown option '" << arg << "'\n" << usage;
            return std::nullopt;
        } else {
            args.files.push_back(arg);
        }
    }
    if (args.files.empty()) {
        std::cerr << "communique-view: no input file\n" << usage;
        return std::nullopt;
    }
    return args;
}


} // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    const auto args = parse_arguments(argc, argv);
    if (!args) return 2;

    const communique::extractor extractor;
    std::deque<std::string> texts; // a deque never moves its elements: the views stay valid
    std::vector<communique::document> docs;
    int status = 0;
    for (const auto& file : args->files) {
        std::string error;
        auto text = examples::read_input(file, error);
        if (!text) {
            std::cerr << "communique-view: " << file << ": " << error << '\n';
            status = 1;
            continue;
        }
        texts.push_back(std::move(*text));
        communique::options opts;
        opts.id = file;
        opts.published = args->published;
        docs.push_back(extractor.extract(texts.back(), opts));
    }
    if (docs.empty()) {
        std::cerr << "communique-view: no article could be read; no page written\n";
        return 1;
    }

    std::vector<const communique::document*> pointers;
    for (const auto& doc : docs) pointers.push_back(&doc);
    communique::html_options html;
    html.title = args->title;

    if (args->output.empty()) {
        communique::write_html(std::cout, pointers, html);
        std::cout.flush();
        if (!std::cout) {
            std::cerr << "communique-view: cannot write to standard output\n";
            return 1;
        }
        return status;
    }
    std::ofstream out(args->output, std::ios::binary | std::ios::trunc);
    if (!out) {
        std::cerr << "communique-view: " << args->output << ": " << std::strerror(errno) << '\n';
        return 1;
    }
    communique::write_html(out, pointers, html);
    out.close();
    if (!out) {
        std::cerr << "communique-view: " << args->output << ": write error\n";
        return 1;
    }
    std::size_t statements = 0;
    for (const auto& doc : docs) statements += doc.statements.size();
    std::cerr << "communique-view: wrote " << args->output << " (" << docs.size() << " articles, "
              << statements << " statements)\n";
    return status;
}

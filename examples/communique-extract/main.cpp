// communique-extract: extracts diplomatic statements from articles.
//
//   communique-extract [--format text|json|jsonl|structure] [--published YYYY-MM-DD]
//                      [--lexicon FILE]... [FILE...|-]
//
// Reads each FILE (or standard input for "-" or no FILE), writes the statements to standard
// output, and reports each problem on standard error as "FILE: message". A file that cannot be
// read is skipped, the others go on, and the exit code is then 1; a usage error exits with 2.
#include <communique/communique.hpp>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <sys/stat.h>
#include <vector>

namespace {

constexpr const char* usage =
    "usage: communique-extract [--format text|json|jsonl|structure] [--published YYYY-MM-DD]\n"
    "                          [--lexicon FILE]... [FILE...|-]\n"
    "Extracts diplomatic statements (who said what, to whom, in which way) from articles.\n"
    "  --format F      text (default, readable), jsonl (one statement per line, the JSON Lines\n"
    "                  contract of spec/statements.md), json (one object per document),\n"
    "                  structure (blocks, sentences and quotations, one per line)\n"
    "  --published D   publication date, fixes relative dates (\"Tuesday\", \"April 14th\")\n"
    "  --lexicon FILE  adds or overrides lexicon entries (actors, titles, cues, topics)\n"
    "  -h, --help      this text\n"
    "Exit status: 0 when every input was read, 1 when one was skipped, 2 on a usage error.\n";

enum class format { text, json, jsonl, structure };

struct arguments {
    format fmt = format::text;
    std::optional<communique::civil_date> published;
    std::vector<std::string> lexicons;
    std::vector<std::string> files;
};

std::optional<arguments> parse_arguments(int argc, char** argv) {
    arguments args;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&](const char* name) -> std::optional<std::string> {
            if (i + 1 >= argc) {
                std::cerr << "communique-extract: " << name << " needs a value\n" << usage;
                return std::nullopt;
            }
            return std::string(argv[++i]);
        };
        if (arg == "-h" || arg == "--help") {
            std::cout << usage;
            std::exit(0);
        } else if (arg == "--format") {
            const auto v = value("--format");
            if (!v) return std::nullopt;
            if (*v == "text") args.fmt = format::text;
            else if (*v == "json") args.fmt = format::json;
            else if (*v == "jsonl") args.fmt = format::jsonl;
            else if (*v == "structure") args.fmt = format::structure;
            else {
                std::cerr << "communique-extract: unknown format '" << *v << "'\n" << usage;
                return std::nullopt;
            }
        } else if (arg == "--published") {
            const auto v = value("--published");
            if (!v) return std::nullopt;
            args.published = communique::parse_iso_date(*v);
            if (!args.published) {
                std::cerr << "communique-extract: --published wants YYYY-MM-DD, not '" << *v << "'\n";
                return std::nullopt;
            }
        } else if (arg == "--lexicon") {
            const auto v = value("--lexicon");
            if (!v) return std::nullopt;
            args.lexicons.push_back(*v);
        } else if (arg.size() > 1 && arg[0] == '-' && arg != "-") {
            std::cerr << "communique-extract: unknown option '" << arg << "'\n" << usage;
            return std::nullopt;
        } else {
            args.files.push_back(arg);
        }
    }
    if (args.files.empty()) args.files.push_back("-");
    return args;
}

/// Reads a whole file (or stdin for "-"); on failure, a message saying why.
std::optional<std::string> read_input(const std::string& name, std::string& error) {
    if (name == "-") {
        std::ostringstream buffer;
        buffer << std::cin.rdbuf();
        return buffer.str();
    }
    struct stat info {};
    if (::stat(name.c_str(), &info) != 0) {
        error = std::strerror(errno);
        return std::nullopt;
    }
    if (S_ISDIR(info.st_mode)) {
        error = "is a directory";
        return std::nullopt;
    }
    std::ifstream in(name, std::ios::binary);
    if (!in) {
        error = std::strerror(errno);
        return std::nullopt;
    }
    std::string text{std::istreambuf_iterator<char>(in), {}};
    if (in.bad()) {
        error = "read error";
        return std::nullopt;
    }
    return text;
}

void write(std::ostream& out, format fmt, const communique::document& doc) {
    switch (fmt) {
    case format::text: communique::write_text(out, doc); break;
    case format::jsonl: communique::write_jsonl(out, doc); break;
    case format::structure: communique::write_structure_jsonl(out, doc); break;
    case format::json: {
        out << "{\"doc\":" << '"';
        for (char c : doc.id) {
            if (c == '"' || c == '\\') out << '\\';
            out << c;
        }
        out << "\",\"statements\":[";
        for (std::size_t i = 0; i < doc.statements.size(); ++i)
            out << (i ? "," : "") << communique::to_json(doc, doc.statements[i]);
        out << "]}\n";
        break;
    }
    }
}

} // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    const auto args = parse_arguments(argc, argv);
    if (!args) return 2;

    communique::lexicon lex = communique::lexicon::builtin();
    for (const auto& file : args->lexicons) {
        communique::diagnostics errors;
        if (!lex.add_file(file, errors)) {
            for (const auto& e : errors) std::cerr << e.message << '\n';
            return 2;
        }
    }
    const communique::extractor extractor(std::move(lex));

    int status = 0;
    for (const auto& name : args->files) {
        const std::string shown = name == "-" ? "<stdin>" : name;
        std::string error;
        const auto text = read_input(name, error);
        if (!text) {
            std::cerr << shown << ": " << error << " (skipped)\n";
            status = 1;
            continue;
        }
        communique::options opts;
        opts.id = name == "-" ? "-" : name;
        opts.published = args->published;
        const communique::document doc = extractor.extract(*text, opts);
        for (const auto& d : doc.diagnostics) {
            std::cerr << shown << ": " << communique::to_string(d.severity) << ": " << d.message << '\n';
            if (d.severity == communique::severity::error) status = 1;
        }
        write(std::cout, args->fmt, doc);
    }
    std::cout.flush();
    if (!std::cout) {
        std::cerr << "communique-extract: cannot write the output\n";
        return 1;
    }
    return status;
}

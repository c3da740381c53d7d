// communique-extract: extracts diplomatic statements from articles.
//
//   communique-extract [--format text|json|jsonl|tsv|structure] [--published YYYY-MM-DD]
//                      [--lexicon FILE]... [--input text|jsonl] [--jobs N] [FILE...|-]
//
// Reads each FILE (or standard input for "-" or no FILE), writes the statements to standard
// output, and reports each problem on standard error as "FILE: message" ("FILE:LINE: message"
// for JSON Lines input). A file or line that cannot be read is skipped, the others go on, and
// the exit code is then 1; a usage error exits with 2.
//
// With --input jsonl, each line of the input is one article ({"id", "text", "published"}) and
// memory stays bounded whatever the input size: documents are read a window at a time, the
// window is extracted on --jobs threads while the next one is read, and the results are
// written in input order.
#include <communique/communique.hpp>

#include "../common/huge_pages.hpp"
#include "../common/read_input.hpp"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <exception>
#include <fstream>
#include <functional>
#include <iostream>
#include <iterator>
#include <memory>
#include <new>
#include <optional>
#include <sstream>
#include <string>
#include <sys/stat.h>
#include <system_error>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

constexpr const char* usage =
    "usage: communique-extract [--format text|json|jsonl|tsv|structure] [--published YYYY-MM-DD]\n"
    "                          [--lexicon FILE]... [--input text|jsonl] [--jobs N] [FILE...|-]\n"
    "Extracts diplomatic statements (who said what, to whom, in which way) from articles.\n"
    "  --format F      text (default, readable), jsonl (one statement per line, the JSON Lines\n"
    "                  contract of spec/statements.md), json (one object per document),\n"
    "                  tsv (Phoenix-style event rows after a header line, io/tsv.hpp),\n"
    "                  structure (blocks, sentences and quotations, one per line)\n"
    "  --published D   publication date, fixes relative dates (\"Tuesday\", \"April 14th\")\n"
    "  --lexicon FILE  adds or overrides lexicon entries (actors, titles, cues, topics)\n"
    "  --input I       text (default: each FILE is one article) or jsonl (each line of each\n"
    "                  FILE is one article, {\"id\": ..., \"text\": ..., \"published\": \"YYYY-MM-DD\"};\n"
    "                  the id becomes \"doc\" in the output, \"published\" overrides --published)\n"
    "  --jobs N        extract on N threads (0: all cores; default 1); output order is input order\n"
    "  --max-line-bytes N  with --input jsonl, a longer line is skipped (default 67108864)\n"
    "  -h, --help      this text\n"
    "A progress line (documents, MB, MB/s, statements) goes to standard error when it is a terminal.\n"
    "Exit status: 0 when every input was read, 1 when one was skipped, 2 on a usage error.\n";

enum class format { text, json, jsonl, tsv, structure };
enum class input_kind { text, jsonl };

struct arguments {
    format fmt = format::text;
    input_kind input = input_kind::text;
    unsigned jobs = 1;
    std::size_t max_line_bytes = std::size_t(64) << 20;
    std::optional<communique::civil_date> published;
    std::vector<std::string> lexicons;
    std::vector<std::string> files;
};

std::optional<unsigned long long> parse_count(const std::string& s) {
    if (s.empty() || s.size() > 18) return std::nullopt;
    unsigned long long v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + static_cast<unsigned long long>(c - '0');
    }
    return v;
}

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
            else if (*v == "tsv") args.fmt = format::tsv;
            else if (*v == "structure") args.fmt = format::structure;
            else {
                std::cerr << "communique-extract: unknown format '" << *v << "'\n" << usage;
                return std::nullopt;
            }
        } else if (arg == "--input") {
            const auto v = value("--input");
            if (!v) return std::nullopt;
            if (*v == "text") args.input = input_kind::text;
            else if (*v == "jsonl") args.input = input_kind::jsonl;
            else {
                std::cerr << "communique-extract: unknown input '" << *v << "'\n" << usage;
                return std::nullopt;
            }
        } else if (arg == "--jobs" || arg == "-j") {
            const auto v = value("--jobs");
            if (!v) return std::nullopt;
            const auto n = parse_count(*v);
            if (!n || *n > 1024) {
                std::cerr << "communique-extract: --jobs wants a number from 0 to 1024, not '" << *v << "'\n";
                return std::nullopt;
            }
            args.jobs = static_cast<unsigned>(*n);
            if (args.jobs == 0) args.jobs = std::max(1u, std::thread::hardware_concurrency());
        } else if (arg == "--max-line-bytes") {
            const auto v = value("--max-line-bytes");
            if (!v) return std::nullopt;
            const auto n = parse_count(*v);
            if (!n || *n == 0) {
                std::cerr << "communique-extract: --max-line-bytes wants a positive number, not '" << *v << "'\n";
                return std::nullopt;
            }
            args.max_line_bytes = static_cast<std::size_t>(*n);
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



void write_json_string(std::ostream& out, const std::string& s) {
    out << '"';
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') out << '\\' << c;
        else if (u < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", u);
            out << buf;
        } else out << c;
    }
    out << '"';
}

void write(std::ostream& out, format fmt, const communique::document& doc,
           std::optional<communique::civil_date> published) {
    switch (fmt) {
    case format::text: communique::write_text(out, doc); break;
    case format::jsonl: communique::write_jsonl(out, doc); break;
    case format::tsv: {
        communique::tsv_options opts;
        opts.published = published;
        communique::write_tsv(out, doc, opts);
        break;
    }
    case format::structure: communique::write_structure_jsonl(out, doc); break;
    case format::json: {
        out << "{\"doc\":";
        write_json_string(out, doc.id);
        out << ",\"statements\":[";
        for (std::size_t i = 0; i < doc.statements.size(); ++i)
            out << (i ? "," : "") << communique::to_json(doc, doc.statements[i]);
        out << "]}\n";
        break;
    }
    }
}

/// One article to extract (or one input that could not be read), then its results.
struct item {
    std::string where; ///< "FILE" or "FILE:LINE", the prefix of its messages
    std::string id;
    std::string text;
    std::optional<communique::civil_date> published;
    std::uint64_t input_bytes = 0;
    bool skipped = false;     ///< could not be read or extracted: `messages` says why
    bool had_error = false;   ///< an error diagnostic: exit status 1
    std::size_t statements = 0;
    std::string output;       ///< formatted statements
    std::string messages;     ///< lines for standard error
};

/// The inputs, one item at a time: whole files, or the lines of JSONL files.
class source {
public:
    explicit source(const arguments& args) : args_(args) {}

    /// The next item, false when every input is done.
    bool next(item& it) {
        for (;;) {
            if (reader_) {
                const std::uint64_t before = reader_->bytes();
                auto entry = reader_->next();
                if (entry) {
                    it = item{};
                    it.input_bytes = reader_->bytes() - before;
                    if (auto* r = std::get_if<communique::jsonl_record>(&*entry)) {
                        it.where = where(r->line);
                        it.id = r->id.empty() ? it.where : std::move(r->id);
                        it.text = std::move(r->text);
                        it.published = r->published ? r->published : args_.published;
                    } else {
                        const auto& e = std::get<communique::jsonl_error>(*entry);
                        it.where = where(e.line);
                        skip(it, e.message);
                    }
                    return true;
                }
                reader_.reset();
                file_.reset();
            }
            if (next_file_ == args_.files.size()) return false;
            const std::string& name = args_.files[next_file_++];
            shown_ = name == "-" ? "<stdin>" : name;
            if (args_.input == input_kind::text) {
                it = item{};
                it.where = shown_;
                std::string error;
                auto text = examples::read_input(name, error);
                if (!text) {
                    skip(it, error);
                    return true;
                }
                it.input_bytes = text->size();
                it.text = std::move(*text);
                it.id = name;
                it.published = args_.published;
                return true;
            }
            std::istream* in = &std::cin;
            if (name != "-") {
                std::string error = examples::check_path(name);
                if (error.empty()) {
                    file_ = std::make_unique<std::ifstream>(name, std::ios::binary);
                    if (!*file_) error = std::strerror(errno);
                }
                if (!error.empty()) {
                    it = item{};
                    it.where = shown_;
                    skip(it, error);
                    file_.reset();
                    return true;
                }
                in = file_.get();
            }
            communique::jsonl_reader_options ro;
            ro.max_line_bytes = args_.max_line_bytes;
            reader_.emplace(*in, ro);
        }
    }

private:
    /// "FILE:LINE", built in one string (shown_ + ":" + ... made three).
    std::string where(std::size_t line) const {
        char digits[24] = {':'};
        const char* end = std::to_chars(digits + 1, digits + sizeof digits, line).ptr;
        std::string w;
        w.reserve(shown_.size() + static_cast<std::size_t>(end - digits));
        w.append(shown_).append(digits, static_cast<std::size_t>(end - digits));
        return w;
    }

    static void skip(item& it, const std::string& why) {
        it.skipped = true;
        it.messages = it.where + ": " + why + " (skipped)\n";
    }

    const arguments& args_;
    std::size_t next_file_ = 0;
    std::string shown_;
    std::unique_ptr<std::ifstream> file_;
    std::optional<communique::jsonl_reader> reader_;
};

/// Extracts one item and formats its output and messages; never throws.
void process(const communique::extractor& extractor, format fmt, item& it) {
    if (it.skipped) return;
    try {
        communique::options opts;
        opts.id = std::move(it.id); // the item needs it no more: the document has its own
        opts.published = it.published;
        const communique::document doc = extractor.extract(it.text, opts);
        for (const auto& d : doc.diagnostics) {
            it.messages += it.where + ": " + communique::to_string(d.severity) + ": " + d.message + '\n';
            if (d.severity == communique::severity::error) it.had_error = true;
        }
        if (fmt == format::jsonl) {
            communique::append_jsonl(it.output, doc); // straight into the item, no stream
        } else {
            std::ostringstream out;
            write(out, fmt, doc, it.published);
            it.output = std::move(out).str();
        }
        it.statements = doc.statements.size();
    } catch (const std::bad_alloc&) {
        it.skipped = true;
        it.output.clear(); // no half-written document
        it.messages += it.where + ": out of memory (skipped)\n";
    } catch (const std::exception& e) {
        it.skipped = true;
        it.output.clear();
        it.messages += it.where + ": internal error: " + e.what() + " (skipped)\n";
    }
    std::string().swap(it.text);
}

/// A window of items extracted by a team of threads, each taking the next unclaimed item. The
/// caller's thread also writes the items out, in input order, as soon as each one and all
/// before it are done, so that writing overlaps with the helpers' extraction instead of
/// waiting for the whole window.
class window_work {
public:
    using writer = std::function<void(item&)>;

    window_work(const communique::extractor& x, format fmt, std::vector<item>& items, writer write)
        : extractor_(x), fmt_(fmt), items_(items), done_(new std::atomic<bool>[items.size()]),
          write_(std::move(write)) {
        for (std::size_t i = 0; i < items_.size(); ++i) done_[i].store(false, std::memory_order_relaxed);
    }

    /// Starts `helpers` threads on the window (0: none, the caller does everything in finish()).
    void start(unsigned helpers) {
        for (unsigned j = 0; j < helpers; ++j) {
            try {
                threads_.emplace_back([this] { run(false); });
            } catch (const std::system_error&) {
                break; // fewer threads: the remaining ones (and the caller) do the work
            }
        }
    }
    /// Helps until the window is done, writing what is ready as it goes, then waits for the
    /// helpers and writes the rest.
    void finish() {
        run(true);
        for (auto& t : threads_) t.join();
        threads_.clear();
        write_ready();
    }

private:
    void run(bool writes) {
        for (std::size_t i = next_++; i < items_.size(); i = next_++) {
            process(extractor_, fmt_, items_[i]);
            done_[i].store(true, std::memory_order_release);
            if (writes) write_ready();
        }
    }
    /// Writes the done items that follow the last one written (the caller's thread only).
    void write_ready() {
        while (written_ < items_.size() && done_[written_].load(std::memory_order_acquire))
            write_(items_[written_++]);
    }

    const communique::extractor& extractor_;
    format fmt_;
    std::vector<item>& items_;
    std::unique_ptr<std::atomic<bool>[]> done_;
    writer write_;
    std::atomic<std::size_t> next_{0};
    std::size_t written_ = 0;
    std::vector<std::thread> threads_;
};

class progress {
public:
    progress() : enabled_(::isatty(STDERR_FILENO) == 1), start_(clock::now()), last_(start_) {}

    void add(const item& it) {
        ++documents_;
        bytes_ += it.input_bytes;
        statements_ += it.statements;
    }
    /// Clears the line before other messages go to standard error.
    void clear() {
        if (enabled_ && shown_) std::cerr << "\r\033[K";
    }
    void show(bool final) {
        if (!enabled_) return;
        const auto now = clock::now();
        if (!final && now - last_ < std::chrono::milliseconds(250)) return;
        last_ = now;
        const double seconds = std::chrono::duration<double>(now - start_).count();
        const double mb = static_cast<double>(bytes_) / 1e6;
        char line[160];
        std::snprintf(line, sizeof line, "\r\033[K%llu documents, %.1f MB, %.1f MB/s, %llu statements",
                      static_cast<unsigned long long>(documents_), mb, seconds > 0 ? mb / seconds : 0.0,
                      static_cast<unsigned long long>(statements_));
        std::cerr << line << (final ? "\n" : "") << std::flush;
        shown_ = !final;
    }

private:
    using clock = std::chrono::steady_clock;
    bool enabled_;
    bool shown_ = false;
    clock::time_point start_, last_;
    unsigned long long documents_ = 0, bytes_ = 0, statements_ = 0;
};

} // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    const auto args = parse_arguments(argc, argv);
    if (!args) return 2;
    // The lexicon is built here, before anything is read, on a heap asked for in huge pages
    // (huge_pages.hpp): its 4 MB then take a few page faults instead of a thousand. Building
    // it on a thread of its own while the first window was read, as this command once did,
    // put it in that thread's malloc arena, in small pages, on the critical path: with
    // --jobs 2 the whole run took 1.25 times as long.
    examples::heap_in_huge_pages();
    std::optional<communique::lexicon> lex;
    std::string lexicon_errors;
    try {
        lex.emplace(communique::lexicon::builtin());
        for (const auto& file : args->lexicons) {
            communique::diagnostics errors;
            if (!lex->add_file(file, errors)) {
                for (const auto& e : errors) lexicon_errors += e.message + '\n';
                lex.reset();
                break;
            }
        }
    } catch (const std::exception& e) {
        lexicon_errors = std::string("communique-extract: cannot build the lexicon: ") + e.what() + '\n';
        lex.reset();
    }

    // A window is about 4 MB of text per thread (at least one item): two windows are alive at
    // once (one extracted, the next one read), which bounds memory whatever the input size.
    const unsigned jobs = std::max(1u, args->jobs);
    const std::uint64_t window_bytes = std::uint64_t(4) << 20;
    const std::size_t window_items = 1024;
    const std::uint64_t max_bytes = window_bytes * jobs;
    const std::size_t max_items = window_items * jobs;

    source input(*args);
    progress meter;
    int status = 0;
    bool more = true;
    // Reads the next window; the first one stops once it has an item, so that extraction
    // starts as soon as it can.
    auto fill = [&](std::vector<item>& window, bool first) {
        window.clear();
        std::uint64_t bytes = 0;
        while (more && window.size() < max_items && (window.empty() || bytes < max_bytes)) {
            if (first && !window.empty()) break;
            window.emplace_back();
            if (!input.next(window.back())) {
                window.pop_back();
                more = false;
                break;
            }
            bytes += window.back().text.size();
            // With one job, stream item by item: output follows input without delay.
            if (jobs == 1) break;
        }
    };
    // Output leaves in blocks of up to 256 KB, or at least every 100 ms, not an article at a
    // time: each block is a system call, and the bench corpus made 1,724 of them (a few
    // microseconds each on a VM). A terminal gets each article as soon as it is done.
    const bool batch_output = !::isatty(STDOUT_FILENO);
    std::string pending;
    auto last_flush = std::chrono::steady_clock::now();
    auto flush_pending = [&] {
        std::cout << pending;
        pending.clear();
        last_flush = std::chrono::steady_clock::now();
    };
    auto write_item = [&](item& it) {
        if (!it.messages.empty()) {
            meter.clear();
            std::cerr << it.messages;
        }
        if (it.skipped || it.had_error) status = 1;
        if (!batch_output) {
            std::cout << it.output;
        } else {
            pending += it.output;
            if (pending.size() >= (std::size_t{256} << 10) ||
                std::chrono::steady_clock::now() - last_flush >= std::chrono::milliseconds(100))
                flush_pending();
        }
        meter.add(it);
        std::string().swap(it.output); // written: its memory goes back now
        meter.show(false);
    };

    std::vector<item> current, following;
    if (!lex) {
        std::cerr << lexicon_errors;
        return 2;
    }
    const communique::extractor extractor(std::move(*lex));
    lex.reset();
    fill(current, true);

    if (args->fmt == format::tsv) communique::write_tsv_header(std::cout);
    while (!current.empty()) {
        window_work work(extractor, args->fmt, current, write_item);
        work.start(jobs - 1);
        if (jobs > 1) fill(following, false); // read ahead while the helpers extract
        work.finish();
        if (jobs == 1) fill(following, false);
        std::swap(current, following);
    }
    meter.show(true);

    flush_pending();
    std::cout.flush();
    if (!std::cout) {
        std::cerr << "communique-extract: cannot write the output\n";
        return 1;
    }
    return status;
}

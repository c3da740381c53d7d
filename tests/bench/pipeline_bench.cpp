// Throughput of the pipeline over the bench corpus (../shared/corpus/bench/bbc.jsonl), in MB/s
// of article text and sentences/s, with a plain byte loop over the same text as "the limit":
//
//   limit/byte_loop          byte-class loop counting words and sentence marks
//   limit/x3_word_scan       an X3 parser that only steps over words and the bytes between
//   limit/nothing_found      end_to_end with an empty lexicon: every pass of the engine over
//                            every sentence and word, no cue, actor or title to find, so no
//                            statement to build or write (the floor of this design: with
//                            its passes kept, the command is never faster than this)
//   stage/read_jsonl         the JSONL input reader (bytes: the JSONL file)
//   stage/structure          communique::parse_structure alone
//   stage/tagging            actor and cue scanning: the tagger over every sentence, the
//                            structure found beforehand (outside the timing)
//   stage/attribution        the attribution grammar over every sentence's tag string, the
//                            sentences tagged beforehand (outside the timing)
//   stage/coreference        the discourse model over every sentence's tagged units, document
//                            by document: each named actor noted, the subject kept, "he",
//                            "they", "the minister" and "the two sides" resolved
//   stage/extract            extractor::extract (structure, tagging, attribution, resolution;
//                            the engine's own rules are what it adds to the stages above)
//   stage/write_jsonl        communique::write_jsonl of extracted documents to a null stream
//   end_to_end               extract + write_jsonl, document after document
//   extract_many/threads:N   the batch API on N threads, then write_jsonl
//
// Each at 1x, 10x and 100x the corpus (by repeating its documents; 100x once). Run with
// --benchmark_filter=... to pick; the corpus absent, it says so and exits 0.
#include <communique/communique.hpp>
#include <communique/detail/attributions.hpp>
#include <communique/detail/resolution.hpp>
#include <communique/detail/sentence_rules.hpp>
#include <communique/detail/tagging.hpp>

#include <benchmark/benchmark.h>
#include <boost/spirit/home/x3.hpp>

#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <streambuf>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace {

struct corpus_data {
    std::vector<std::string> texts;
    std::vector<std::string_view> views;
    std::uint64_t bytes = 0;      ///< article text
    std::uint64_t jsonl_bytes = 0;
    std::uint64_t sentences = 0;
    std::string path;
};

corpus_data& corpus() {
    static corpus_data c;
    return c;
}

bool load(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    auto& c = corpus();
    c.path = path;
    communique::jsonl_reader reader(in);
    while (auto e = reader.next()) {
        if (auto* r = std::get_if<communique::jsonl_record>(&*e)) c.texts.push_back(std::move(r->text));
    }
    c.jsonl_bytes = reader.bytes();
    for (const auto& t : c.texts) {
        c.views.push_back(t);
        c.bytes += t.size();
        c.sentences += communique::parse_structure(t).sentences.size();
    }
    return !c.texts.empty();
}

class null_buffer : public std::streambuf {
protected:
    int_type overflow(int_type c) override { return traits_type::not_eof(c); }
    std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
};

const communique::extractor& shared_extractor() {
    static const communique::extractor x;
    return x;
}

void report(benchmark::State& state, std::uint64_t scale, std::uint64_t bytes_per_pass) {
    const auto& c = corpus();
    const auto passes = static_cast<std::uint64_t>(state.iterations()) * scale;
    state.SetBytesProcessed(static_cast<std::int64_t>(passes * bytes_per_pass));
    state.counters["sentences/s"] =
        benchmark::Counter(static_cast<double>(passes * c.sentences), benchmark::Counter::kIsRate);
    state.counters["docs/s"] =
        benchmark::Counter(static_cast<double>(passes * c.texts.size()), benchmark::Counter::kIsRate);
}

// The limit: one table lookup per byte, counting word starts and sentence marks.
void byte_loop(benchmark::State& state) {
    const auto scale = static_cast<std::uint64_t>(state.range(0));
    static const auto classes = [] {
        std::array<unsigned char, 256> t{};
        for (int ch = 0; ch < 256; ++ch) {
            const bool word = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                              (ch >= '0' && ch <= '9') || ch >= 0x80 || ch == '\'' || ch == '-';
            t[static_cast<std::size_t>(ch)] = word ? 1 : (ch == '.' || ch == '?' || ch == '!') ? 2 : 0;
        }
        return t;
    }();
    for (auto _ : state) {
        std::uint64_t words = 0, marks = 0;
        for (std::uint64_t k = 0; k < scale; ++k) {
            for (auto t : corpus().views) {
                unsigned char previous = 0;
                for (char ch : t) {
                    const unsigned char cl = classes[static_cast<unsigned char>(ch)];
                    words += cl == 1 && previous != 1;
                    marks += cl == 2;
                    previous = cl;
                }
            }
        }
        benchmark::DoNotOptimize(words);
        benchmark::DoNotOptimize(marks);
    }
    report(state, scale, corpus().bytes);
}

// The floor of any X3 grammar over the text: one rule that matches a word or one other byte.
void x3_word_scan(benchmark::State& state) {
    namespace x3 = boost::spirit::x3;
    const auto scale = static_cast<std::uint64_t>(state.range(0));
    const auto word = x3::raw[+(x3::alnum | x3::char_('\x80', '\xFF'))];
    for (auto _ : state) {
        std::uint64_t words = 0;
        const auto count = [&](auto&) { ++words; };
        for (std::uint64_t k = 0; k < scale; ++k)
            for (auto t : corpus().views) {
                auto first = t.begin();
                x3::parse(first, t.end(), *(word[count] | x3::char_));
            }
        benchmark::DoNotOptimize(words);
    }
    report(state, scale, corpus().bytes);
}

void read_jsonl(benchmark::State& state) {
    const auto scale = static_cast<std::uint64_t>(state.range(0));
    std::ifstream file(corpus().path, std::ios::binary);
    const std::string data{std::istreambuf_iterator<char>(file), {}};
    for (auto _ : state) {
        std::size_t n = 0;
        for (std::uint64_t k = 0; k < scale; ++k) {
            std::istringstream in(data);
            communique::jsonl_reader reader(in);
            while (auto e = reader.next()) n += e->index() == 0;
        }
        benchmark::DoNotOptimize(n);
    }
    report(state, scale, corpus().jsonl_bytes);
}

void structure(benchmark::State& state) {
    const auto scale = static_cast<std::uint64_t>(state.range(0));
    for (auto _ : state) {
        for (std::uint64_t k = 0; k < scale; ++k)
            for (auto t : corpus().views) {
                auto s = communique::parse_structure(t);
                benchmark::DoNotOptimize(s.sentences.data());
            }
    }
    report(state, scale, corpus().bytes);
}

// Actor and cue scanning alone: what the engine's tagger does to every sentence.
void tagging(benchmark::State& state) {
    const auto scale = static_cast<std::uint64_t>(state.range(0));
    const communique::detail::tagger tagger(communique::lexicon::builtin().tables());
    std::vector<communique::structure> structures;
    for (auto t : corpus().views) structures.push_back(communique::parse_structure(t));
    const auto no_quotes = [](std::size_t, char guess) { return guess; };
    communique::detail::tagged_sentence sentence;
    for (auto _ : state) {
        std::uint64_t units = 0;
        for (std::uint64_t k = 0; k < scale; ++k)
            for (std::size_t d = 0; d < structures.size(); ++d)
                for (const auto& s : structures[d].sentences) {
                    tagger.tag_into(sentence, corpus().views[d], s.where, no_quotes);
                    units += sentence.units.size();
                }
        benchmark::DoNotOptimize(units);
    }
    report(state, scale, corpus().bytes);
}

/// Every sentence of the corpus tagged once, document by document (the stages after tagging
/// start from these).
const std::vector<std::vector<communique::detail::tagged_sentence>>& tagged_corpus() {
    static const auto tagged = [] {
        const communique::detail::tagger tagger(communique::lexicon::builtin().tables());
        const auto no_quotes = [](std::size_t, char guess) { return guess; };
        std::vector<std::vector<communique::detail::tagged_sentence>> docs;
        for (auto t : corpus().views) {
            auto& sentences = docs.emplace_back();
            for (const auto& s : communique::parse_structure(t).sentences)
                tagger.tag_into(sentences.emplace_back(), t, s.where, no_quotes);
        }
        return docs;
    }();
    return tagged;
}

// The attribution grammar alone: the patterns of source and cue over each sentence's tags.
void attribution(benchmark::State& state) {
    const auto scale = static_cast<std::uint64_t>(state.range(0));
    const auto& docs = tagged_corpus();
    std::vector<communique::detail::attribution> found;
    for (auto _ : state) {
        std::uint64_t attributions = 0;
        for (std::uint64_t k = 0; k < scale; ++k)
            for (const auto& sentences : docs)
                for (const auto& ts : sentences) {
                    communique::detail::find_attributions(ts.tags, found);
                    attributions += found.size();
                }
        benchmark::DoNotOptimize(attributions);
    }
    report(state, scale, corpus().bytes);
}

// Coreference alone: what the engine asks of its discourse model for each sentence (it asks
// for a pronoun's or a description's actor only where one is a source; here for all of them,
// so this is an upper bound).
void coreference(benchmark::State& state) {
    using communique::detail::reference;
    const auto scale = static_cast<std::uint64_t>(state.range(0));
    const auto& docs = tagged_corpus();
    for (auto _ : state) {
        std::uint64_t resolved = 0;
        for (std::uint64_t k = 0; k < scale; ++k)
            for (const auto& sentences : docs) {
                communique::detail::discourse talk;
                for (const auto& ts : sentences) {
                    for (std::size_t i = 0; i < ts.units.size(); ++i) {
                        const auto& u = ts.units[i];
                        const communique::detail::description d = ts.described(u);
                        std::optional<communique::actor> a;
                        if (u.tag == 'P' || u.tag == 'm') a = u.ref == reference::they ? talk.they() : talk.he();
                        else if (u.tag == 'D' && u.ref == reference::pair) a = talk.pair(std::string(d.role));
                        else if (u.tag == 'D' && u.ref == reference::title)
                            a = talk.with_role(std::string(d.role), std::string(d.country));
                        resolved += a.has_value();
                    }
                    const std::size_t lead = communique::detail::leading_actor(ts.tags);
                    if (lead != std::string::npos && ts.tags[lead] == 'N')
                        talk.subject(ts.actors[static_cast<std::size_t>(ts.units[lead].actor)]);
                    for (std::size_t i = 0; i < ts.units.size(); ++i)
                        if (ts.tags[i] == 'N' || ts.tags[i] == 'G')
                            talk.mentioned(ts.actors[static_cast<std::size_t>(ts.units[i].actor)]);
                }
            }
        benchmark::DoNotOptimize(resolved);
    }
    report(state, scale, corpus().bytes);
}

void extract(benchmark::State& state) {
    const auto scale = static_cast<std::uint64_t>(state.range(0));
    const auto& x = shared_extractor();
    for (auto _ : state) {
        for (std::uint64_t k = 0; k < scale; ++k)
            for (auto t : corpus().views) {
                auto d = x.extract(t);
                benchmark::DoNotOptimize(d.statements.data());
            }
    }
    report(state, scale, corpus().bytes);
}

void write_jsonl(benchmark::State& state) {
    const auto scale = static_cast<std::uint64_t>(state.range(0));
    const auto& x = shared_extractor();
    std::vector<communique::document> docs;
    std::size_t statements = 0;
    for (auto t : corpus().views) {
        docs.push_back(x.extract(t));
        statements += docs.back().statements.size();
    }
    null_buffer sink;
    std::ostream out(&sink);
    for (auto _ : state)
        for (std::uint64_t k = 0; k < scale; ++k)
            for (const auto& d : docs) communique::write_jsonl(out, d);
    report(state, scale, corpus().bytes);
    state.counters["statements/s"] = benchmark::Counter(
        static_cast<double>(statements * scale * static_cast<std::uint64_t>(state.iterations())),
        benchmark::Counter::kIsRate);
}

void end_to_end(benchmark::State& state) {
    const auto scale = static_cast<std::uint64_t>(state.range(0));
    const auto& x = shared_extractor();
    null_buffer sink;
    std::ostream out(&sink);
    communique::options opts;
    opts.id = "bench";
    for (auto _ : state)
        for (std::uint64_t k = 0; k < scale; ++k)
            for (auto t : corpus().views) communique::write_jsonl(out, x.extract(t, opts));
    report(state, scale, corpus().bytes);
}

// end_to_end where the lexicon has no entries (the grammar's own words are still known):
// structure, tagging, the rules and the discourse still run over every sentence, but there
// is nothing for them to find. What end_to_end takes beyond this is the cost of finding.
void nothing_found(benchmark::State& state) {
    const auto scale = static_cast<std::uint64_t>(state.range(0));
    static const communique::extractor x{communique::lexicon()};
    null_buffer sink;
    std::ostream out(&sink);
    communique::options opts;
    opts.id = "bench";
    std::size_t statements = 0;
    for (auto _ : state)
        for (std::uint64_t k = 0; k < scale; ++k)
            for (auto t : corpus().views) {
                const auto d = x.extract(t, opts);
                statements += d.statements.size();
                communique::write_jsonl(out, d);
            }
    report(state, scale, corpus().bytes);
    // Per pass of the corpus: none, or the few a text's shape gives alone (a transcript's turns).
    state.counters["statements/pass"] =
        static_cast<double>(statements) / static_cast<double>(static_cast<std::uint64_t>(state.iterations()) * scale);
}

void extract_many(benchmark::State& state) {
    const auto threads = static_cast<unsigned>(state.range(0));
    const auto& x = shared_extractor();
    null_buffer sink;
    std::ostream out(&sink);
    for (auto _ : state) {
        const auto docs = x.extract_many(corpus().views, {}, threads);
        for (const auto& d : docs) communique::write_jsonl(out, d);
    }
    report(state, 1, corpus().bytes);
}

} // namespace

int main(int argc, char** argv) {
    const std::string path = std::string(COMMUNIQUE_SHARED_DIR) + "/corpus/bench/bbc.jsonl";
    benchmark::Initialize(&argc, argv);
    if (!load(path)) {
        std::printf("communique-pipeline-bench: %s not found (or empty): nothing to measure, skipped\n",
                    path.c_str());
        return 0;
    }
    std::printf("corpus: %s, %zu documents, %.2f MB of text, %llu sentences\n", path.c_str(),
                corpus().texts.size(), static_cast<double>(corpus().bytes) / 1e6,
                static_cast<unsigned long long>(corpus().sentences));

    // One thread: rates from CPU time, which a machine shared with compilers disturbs least.
    // The batch API: rates from wall-clock time, the only fair one for several threads.
    auto scaled = [](const char* name, void (*fn)(benchmark::State&)) {
        benchmark::RegisterBenchmark(name, fn)->Arg(1)->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(name, fn)->Arg(10)->Unit(benchmark::kMillisecond)->Iterations(1);
        benchmark::RegisterBenchmark(name, fn)->Arg(100)->Unit(benchmark::kMillisecond)->Iterations(1);
    };
    scaled("limit/byte_loop", byte_loop);
    scaled("limit/x3_word_scan", x3_word_scan);
    scaled("limit/nothing_found", nothing_found);
    scaled("stage/read_jsonl", read_jsonl);
    scaled("stage/structure", structure);
    scaled("stage/tagging", tagging);
    scaled("stage/attribution", attribution);
    scaled("stage/coreference", coreference);
    scaled("stage/extract", extract);
    scaled("stage/write_jsonl", write_jsonl);
    scaled("end_to_end", end_to_end);
    benchmark::RegisterBenchmark("extract_many/threads", extract_many)
        ->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

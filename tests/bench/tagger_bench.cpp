// The tagger's cost per unit for kinds of word, alone and in real text. The same code tags a
// text whose words take the same path one after another (the branches predicted, the tables
// it reads hot) two to three times faster than news prose, where each word's path differs from
// the last: that gap, not any one step, is most of the tagger's time (the throughput section
// of examples/communique-extract/README.md). The synthetic texts need nothing outside the
// project and the seed article is bundled; the bench corpus is read where ../shared is.
//
//   words/random_lower          lower-case letter strings that no table knows: the floor
//   words/alternating/WORD      WORD between such strings: a function word ("of"), a cue
//                               ("said"), "the", a cue that may take a gap word ("urged"), a
//                               known name ("Lavrov"), an unknown capitalised word ("Qzvrt")
//   text/seed_article           the bundled sample article, repeated to about a megabyte
//   text/bench_corpus           the bench corpus (skipped where ../shared is absent)
//
// Each reports time/unit (per unit the tagger made: a word, a phrase or a mark) and MB/s.
#include "fixtures.hpp"

#include <communique/detail/tagging.hpp>
#include <communique/lexicon.hpp>
#include <communique/structure.hpp>

#include <benchmark/benchmark.h>
#include <boost/json.hpp>

#include <random>
#include <string>
#include <vector>

namespace {

/// A text and its sentences, split by the structure pass as the engine splits them.
struct sample {
    std::string text;
    std::vector<communique::span> sentences;
};

sample split(std::string text) {
    sample s{std::move(text), {}};
    for (const auto& sentence : communique::parse_structure(s.text).sentences) s.sentences.push_back(sentence.where);
    return s;
}

/// About `bytes` of sentences of twenty words: `word` (when not empty) at every other place,
/// and lower-case strings of three to eight consonants (no word of the lexicon) between.
std::string synthetic(const std::string& word, std::size_t bytes) {
    std::mt19937 random(20261129);
    const std::string consonants = "bcdfghjklmnpqrstvwxz";
    std::string text;
    for (int k = 0; text.size() < bytes; ++k) {
        if (!word.empty() && k % 2 == 0) {
            text += word;
        } else {
            const auto length = 3 + random() % 6;
            for (unsigned n = 0; n < length; ++n) text += consonants[random() % consonants.size()];
        }
        text += k % 20 == 19 ? ". " : " ";
    }
    return text;
}

std::string bench_corpus_text() {
    std::string out;
    const std::string all = fixtures::read_file(fixtures::shared_dir() / "corpus" / "bench" / "bbc.jsonl");
    std::size_t pos = 0;
    while (pos < all.size()) {
        std::size_t nl = all.find('\n', pos);
        if (nl == std::string::npos) nl = all.size();
        boost::json::error_code ec;
        const auto value = boost::json::parse(std::string_view(all).substr(pos, nl - pos), ec);
        if (!ec && value.is_object())
            if (const auto* text = value.as_object().if_contains("text"); text && text->is_string()) {
                out += text->as_string().c_str();
                out += "\n\n";
            }
        pos = nl + 1;
    }
    return out;
}

void tag(benchmark::State& state, const sample& s) {
    if (s.sentences.empty()) {
        state.SkipWithError("no text to tag (the bench corpus needs ../shared)");
        return;
    }
    const communique::detail::tagger tagger(communique::lexicon::builtin().tables());
    const auto no_quotes = [](std::size_t, char guess) { return guess; };
    communique::detail::tagged_sentence out;
    std::size_t units = 0;
    for (const auto& where : s.sentences) {
        tagger.tag_into(out, s.text, where, no_quotes);
        units += out.units.size();
    }
    for (auto _ : state)
        for (const auto& where : s.sentences) {
            tagger.tag_into(out, s.text, where, no_quotes);
            benchmark::DoNotOptimize(out.units.data());
        }
    state.SetBytesProcessed(static_cast<std::int64_t>(s.text.size()) * static_cast<std::int64_t>(state.iterations()));
    state.counters["time/unit"] = benchmark::Counter(static_cast<double>(units), benchmark::Counter::kIsIterationInvariantRate |
                                                                                 benchmark::Counter::kInvert);
}

} // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    constexpr std::size_t size = 1 << 20;
    static const sample random_lower = split(synthetic("", size));
    benchmark::RegisterBenchmark("words/random_lower", [](benchmark::State& st) { tag(st, random_lower); });
    static std::vector<std::pair<std::string, sample>> alternating;
    for (const char* word : {"of", "said", "the", "urged", "Lavrov", "Qzvrt"})
        alternating.emplace_back(word, split(synthetic(word, size)));
    for (const auto& [word, s] : alternating)
        benchmark::RegisterBenchmark(("words/alternating/" + word).c_str(),
                                     [&s = s](benchmark::State& st) { tag(st, s); });
    static const sample seed = [] {
        const std::string article = fixtures::read_file(fixtures::seed_article());
        std::string text;
        while (!article.empty() && text.size() < size) text += article + "\n\n";
        return split(std::move(text));
    }();
    benchmark::RegisterBenchmark("text/seed_article", [](benchmark::State& st) { tag(st, seed); });
    static const sample corpus = split(bench_corpus_text());
    benchmark::RegisterBenchmark("text/bench_corpus", [](benchmark::State& st) { tag(st, corpus); });
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

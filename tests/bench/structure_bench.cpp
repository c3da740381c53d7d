// The structure pass alone over the bench corpus (../shared/corpus/bench/bbc.jsonl), beside a
// plain byte loop over the same text in the same run, at 1x and 10x the input to show that
// the time grows linearly.
#include "fixtures.hpp"

#include <communique/structure.hpp>

#include <benchmark/benchmark.h>
#include <boost/json.hpp>

#include <cstdio>
#include <string>
#include <vector>

namespace {

/// The articles' texts, read once; empty when the corpus is absent.
const std::vector<std::string>& articles() {
    static const std::vector<std::string> texts = [] {
        std::vector<std::string> out;
        const auto path = fixtures::shared_dir() / "corpus" / "bench" / "bbc.jsonl";
        const std::string all = fixtures::read_file(path);
        std::size_t pos = 0;
        while (pos < all.size()) {
            std::size_t nl = all.find('\n', pos);
            if (nl == std::string::npos) nl = all.size();
            if (nl > pos) {
                boost::json::error_code ec;
                const auto value = boost::json::parse(std::string_view(all).substr(pos, nl - pos), ec);
                if (!ec && value.is_object())
                    if (const auto* text = value.as_object().if_contains("text"))
                        if (text->is_string()) out.emplace_back(text->as_string().c_str());
            }
            pos = nl + 1;
        }
        return out;
    }();
    return texts;
}

/// The corpus as one text repeated `times` times (articles separated by blank lines).
const std::string& corpus(int times) {
    static std::string once, ten;
    std::string& s = times == 1 ? once : ten;
    if (s.empty())
        for (int i = 0; i < times; ++i)
            for (const auto& a : articles()) {
                s += a;
                s += "\n\n";
            }
    return s;
}

bool corpus_absent(benchmark::State& state) {
    if (!articles().empty()) return false;
    state.SkipWithError("../shared/corpus/bench/bbc.jsonl is absent: nothing to measure");
    return true;
}

/// The structure pass, article by article (as the extractor calls it).
void structure_per_article(benchmark::State& state) {
    if (corpus_absent(state)) return;
    std::size_t bytes = 0;
    for (const auto& a : articles()) bytes += a.size();
    for (auto _ : state) {
        std::size_t n = 0;
        for (const auto& a : articles()) n += communique::parse_structure(a).sentences.size();
        benchmark::DoNotOptimize(n);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
}

/// The structure pass over the whole corpus as one text, at 1x and 10x.
void structure_whole(benchmark::State& state) {
    if (corpus_absent(state)) return;
    const std::string& text = corpus(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        auto st = communique::parse_structure(text);
        benchmark::DoNotOptimize(st.sentences.data());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}

/// A plain byte-class loop over the same text: counts words and sentence marks.
void byte_loop(benchmark::State& state) {
    if (corpus_absent(state)) return;
    const std::string& text = corpus(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        std::size_t words = 0, marks = 0;
        bool in_word = false;
        for (const char c : text) {
            const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            words += letter && !in_word;
            in_word = letter;
            marks += c == '.' || c == '?' || c == '!';
        }
        benchmark::DoNotOptimize(words);
        benchmark::DoNotOptimize(marks);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}

BENCHMARK(byte_loop)->Arg(1)->Arg(10)->Unit(benchmark::kMillisecond);
BENCHMARK(structure_whole)->Arg(1)->Arg(10)->Unit(benchmark::kMillisecond);
BENCHMARK(structure_per_article)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (articles().empty()) {
        std::printf("communique-structure-bench: ../shared/corpus/bench/bbc.jsonl is absent; "
                    "nothing to measure\n");
        return 0;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

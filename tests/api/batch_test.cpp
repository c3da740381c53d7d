// The batch API: extractor::extract_many gives the same documents as sequential extraction,
// in input order, with one thread or many; one extractor shared by threads is safe.
#include "fixtures.hpp"
#include "printers.hpp"

#include <boost/test/unit_test.hpp>

#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <variant>
#include <vector>

namespace {

/// Everything observable about a document, as one string (its JSON Lines output plus counts).
std::string fingerprint(const communique::document& doc) {
    std::ostringstream out;
    out << doc.id << '|' << doc.text.size() << '|' << doc.structure.sentences.size() << '|'
        << doc.statements.size() << '|' << doc.diagnostics.size() << '\n';
    communique::write_jsonl(out, doc);
    return out.str();
}

/// Varied inputs: the sample article, slices of it, empty and odd ones, and (when present)
/// the first articles of the bench corpus.
std::vector<std::string> corpus() {
    std::vector<std::string> texts;
    const std::string seed = fixtures::read_file(fixtures::seed_article());
    texts.push_back(seed);
    for (std::size_t cut = 97; cut < seed.size(); cut += seed.size() / 7) texts.push_back(seed.substr(0, cut));
    texts.push_back("");
    texts.push_back("\"We will respond,\" Lavrov said.");
    texts.push_back(std::string("\xFF\xFE bad \0 bytes", 14));
    texts.push_back(seed + "\n\n" + seed);
    const auto bench = fixtures::shared_dir() / "corpus" / "bench" / "bbc.jsonl";
    std::ifstream in(bench, std::ios::binary);
    communique::jsonl_reader reader(in);
    for (int n = 0; n < 40; ++n) {
        auto e = reader.next();
        if (!e) break;
        if (auto* r = std::get_if<communique::jsonl_record>(&*e)) texts.push_back(std::move(r->text));
    }
    return texts;
}

std::vector<std::string_view> views(const std::vector<std::string>& texts) {
    return {texts.begin(), texts.end()};
}

} // namespace

BOOST_AUTO_TEST_SUITE(batch)

BOOST_AUTO_TEST_CASE(same_as_sequential_in_input_order) {
    const communique::extractor x;
    const auto texts = corpus();
    const auto in = views(texts);
    communique::options opts;
    opts.id = "batch";
    std::vector<std::string> expected;
    for (auto t : in) expected.push_back(fingerprint(x.extract(t, opts)));

    for (unsigned jobs : {1u, 2u, 3u, 8u, 0u}) {
        const auto docs = x.extract_many(in, opts, jobs);
        BOOST_REQUIRE_EQUAL(docs.size(), in.size());
        for (std::size_t i = 0; i < docs.size(); ++i) {
            BOOST_TEST(docs[i].text.data() == in[i].data(), "jobs " << jobs << " doc " << i);
            BOOST_TEST(fingerprint(docs[i]) == expected[i], "jobs " << jobs << " doc " << i);
        }
    }
}

BOOST_AUTO_TEST_CASE(empty_and_single) {
    const communique::extractor x;
    BOOST_TEST(x.extract_many({}, {}, 4).empty());
    const std::vector<std::string_view> one{"\"No,\" she said."};
    const auto docs = x.extract_many(one, {}, 4);
    BOOST_REQUIRE_EQUAL(docs.size(), 1u);
    BOOST_TEST(fingerprint(docs[0]) == fingerprint(x.extract(one[0])));
}

// One extractor, several threads calling extract (and extract_many) at once: every result
// equals the sequential one.
BOOST_AUTO_TEST_CASE(one_extractor_shared_by_threads) {
    const communique::extractor x;
    const auto texts = corpus();
    std::vector<std::string> expected;
    for (const auto& t : texts) expected.push_back(fingerprint(x.extract(t)));

    constexpr int threads = 4;
    std::vector<int> mismatches(threads, 0);
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&, t] {
            for (int round = 0; round < 3; ++round) {
                for (std::size_t i = 0; i < texts.size(); ++i) {
                    // Each thread walks the texts from a different start.
                    const std::size_t k = (i + static_cast<std::size_t>(t) * 5) % texts.size();
                    if (fingerprint(x.extract(texts[k])) != expected[k]) ++mismatches[static_cast<std::size_t>(t)];
                }
                if (t == 0) {
                    const auto docs = x.extract_many(views(texts), {}, 2);
                    for (std::size_t i = 0; i < docs.size(); ++i)
                        if (fingerprint(docs[i]) != expected[i]) ++mismatches[0];
                }
            }
        });
    }
    for (auto& th : pool) th.join();
    for (int t = 0; t < threads; ++t) BOOST_TEST(mismatches[static_cast<std::size_t>(t)] == 0, "thread " << t);
}

// The free function's shared default extractor is safe from threads too.
BOOST_AUTO_TEST_CASE(free_function_from_threads) {
    const std::string seed = fixtures::read_file(fixtures::seed_article());
    const std::string expected = fingerprint(communique::extract(seed));
    std::vector<int> ok(3, 0);
    std::vector<std::thread> pool;
    for (std::size_t t = 0; t < ok.size(); ++t)
        pool.emplace_back([&, t] { ok[t] = fingerprint(communique::extract(seed)) == expected; });
    for (auto& th : pool) th.join();
    for (int v : ok) BOOST_TEST(v == 1);
}

BOOST_AUTO_TEST_SUITE_END()

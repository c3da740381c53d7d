// Replays every fuzz finding saved under tests/fuzz/regressions/<target>/ through the API its
// target fuzzes, and checks what the fuzzer checks (tests/fuzz/invariants_*.hpp): no crash, no
// exception, and the invariants of the result. A new finding is a new file; nothing to edit here.
#include "fixtures.hpp"
#include "fuzz/invariants_extract.hpp"
#include "fuzz/invariants_jsonl.hpp"
#include "fuzz/invariants_structure.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

/// The reproducers of one target, in name order (README files are not inputs).
std::vector<fs::path> reproducers(const std::string& target) {
    std::vector<fs::path> files;
    const fs::path dir = fixtures::source_dir() / "tests" / "fuzz" / "regressions" / target;
    if (!fs::is_directory(dir)) return files;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.is_regular_file() && entry.path().filename().string().rfind("README", 0) != 0)
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

template <class Check>
void replay(const std::string& target, Check check) {
    const auto files = reproducers(target);
    if (files.empty()) BOOST_TEST_MESSAGE("fuzz_regressions: no saved finding for " << target);
    for (const auto& file : files) {
        BOOST_TEST_CONTEXT(file.filename().string()) {
            const std::string bytes = fixtures::read_file(file);
            const char* why = nullptr;
            BOOST_CHECK_NO_THROW(why = check(bytes));
            BOOST_TEST((why == nullptr), (why ? why : ""));
        }
    }
    BOOST_TEST(fs::is_directory(fixtures::source_dir() / "tests" / "fuzz" / "corpus" / target));
}

} // namespace

BOOST_AUTO_TEST_SUITE(fuzz_regressions)

BOOST_AUTO_TEST_CASE(extract_findings) {
    static const communique::extractor extractor;
    replay("extract", [](const std::string& bytes) {
        communique::options opts; // as extract_fuzz.cpp chooses them
        if (!bytes.empty() && bytes[0] == '\x01') {
            opts.max_statements = bytes.size() % 4;
            opts.max_document_bytes = bytes.size() / 2;
        }
        return fuzz_invariants::check_extract(extractor, bytes, opts);
    });
}

BOOST_AUTO_TEST_CASE(structure_findings) {
    replay("structure", [](const std::string& bytes) {
        return fuzz_invariants::check_structure(bytes, communique::parse_structure(bytes));
    });
}

BOOST_AUTO_TEST_CASE(lexicon_findings) {
    replay("lexicon", [](const std::string& bytes) { return fuzz_invariants::check_lexicon(bytes); });
}

BOOST_AUTO_TEST_CASE(jsonl_findings) {
    replay("jsonl", [](const std::string& bytes) { return fuzz_invariants::check_jsonl(bytes); });
}

BOOST_AUTO_TEST_SUITE_END()

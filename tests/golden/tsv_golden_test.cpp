// Golden Phoenix-style file for the bundled seed article: extracts
// examples/data/lavrov-post-meeting.txt (published 2017-04-12, id "lavrov-post-meeting.txt"),
// writes the TSV header and rows, and compares them with tests/golden/lavrov-post-meeting.tsv.
//
// The extractor is still changing, so the golden file is regenerable: run
//
//     COMMUNIQUE_UPDATE_GOLDEN=1 ctest --test-dir build -R suite.tsv_golden
//
// (or the test binary with --run_test=tsv_golden) to rewrite it from the current extractor,
// then review the diff (`git diff tests/golden/lavrov-post-meeting.tsv`) before committing it.
#include "fixtures.hpp"
#include "printers.hpp"

#include <communique/extract.hpp>
#include <communique/io/tsv.hpp>

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

std::filesystem::path golden_file() {
    return fixtures::source_dir() / "tests" / "golden" / "lavrov-post-meeting.tsv";
}

std::string current_tsv() {
    const std::string text = fixtures::read_file(fixtures::seed_article());
    communique::options opts;
    opts.id = "lavrov-post-meeting.txt";
    opts.published = communique::civil_date{2017, 4, 12};
    const communique::document doc = communique::extract(text, opts);
    communique::tsv_options tsv;
    tsv.published = opts.published;
    std::ostringstream out;
    communique::write_tsv_header(out);
    communique::write_tsv(out, doc, tsv);
    return out.str();
}

bool updating() {
    const char* v = std::getenv("COMMUNIQUE_UPDATE_GOLDEN");
    return v != nullptr && std::string(v) == "1";
}

} // namespace

BOOST_AUTO_TEST_SUITE(tsv_golden)

BOOST_AUTO_TEST_CASE(seed_article_matches_the_golden_file) {
    const std::string now = current_tsv();
    if (updating()) {
        std::ofstream out(golden_file(), std::ios::binary | std::ios::trunc);
        out << now;
        BOOST_TEST_REQUIRE(static_cast<bool>(out));
        BOOST_TEST_MESSAGE("COMMUNIQUE_UPDATE_GOLDEN=1: rewrote " << golden_file().string());
        return;
    }
    BOOST_TEST_REQUIRE(std::filesystem::exists(golden_file()),
                       golden_file().string() << " is missing; regenerate it with "
                                                 "COMMUNIQUE_UPDATE_GOLDEN=1");
    const std::string want = fixtures::read_file(golden_file());
    // Line by line, so that a failure names the first row that moved.
    std::istringstream a(now), b(want);
    std::string got_line, want_line;
    for (int line = 1;; ++line) {
        const bool more_got = static_cast<bool>(std::getline(a, got_line));
        const bool more_want = static_cast<bool>(std::getline(b, want_line));
        if (!more_got && !more_want) break;
        BOOST_TEST_INFO("line " << line << " (COMMUNIQUE_UPDATE_GOLDEN=1 regenerates the file "
                                           "when the extractor changed on purpose)");
        BOOST_TEST_REQUIRE(got_line == (more_want ? want_line : std::string("<end of file>")));
        BOOST_TEST_REQUIRE(more_got);
    }
    BOOST_TEST(now == want);
}

BOOST_AUTO_TEST_CASE(every_row_has_fifteen_fields) {
    std::istringstream in(current_tsv());
    std::size_t rows = 0;
    for (std::string line; std::getline(in, line); ++rows)
        BOOST_TEST(std::count(line.begin(), line.end(), '\t') == 14);
    BOOST_TEST(rows >= 1u);
}

BOOST_AUTO_TEST_SUITE_END()

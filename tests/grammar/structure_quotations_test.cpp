// Quotations of communique/structure.hpp: curly, straight, nested, guillemets, apostrophes,
// quotations that run across sentences and paragraphs, and unbalanced marks.
#include "printers.hpp"

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <string>

namespace bdata = boost::unit_test::data;

namespace {
struct row {
    const char* text;
    const char* quotations; ///< each "depth:where" ("!" after the depth when unclosed), by " | "
    friend std::ostream& operator<<(std::ostream& os, const row& r) { return os << r.text; }
};

std::string quotations_of(const std::string& text) {
    const auto st = communique::parse_structure(text);
    std::string out;
    for (const auto& q : st.quotations) {
        if (!out.empty()) out += " | ";
        out += std::to_string(q.depth) + (q.closed ? ":" : "!:") + std::string(q.where.in(text));
        // inner is where without its marks
        if (q.closed && !(q.where.contains(q.inner) && q.inner.begin > q.where.begin
                          && q.inner.end < q.where.end))
            out += " (bad inner)";
    }
    return out;
}

const row cases[] = {
    {"He said “we will respond” today.", "0:“we will respond”"},
    {"He said \"we will respond\" today.", "0:\"we will respond\""},
    {"“Russia’s stance is clear,” he said. “I’m sure.”",
     "0:“Russia’s stance is clear,” | 0:“I’m sure.”"},
    {"“He called it ‘a failure’ today,” she said.",
     "0:“He called it ‘a failure’ today,” | 1:‘a failure’"},
    {"Lavrov said «nyet» again.", "0:«nyet»"},
    {"He sees 'no reason' for it.", "0:'no reason'"},
    {"Russia's and Ukraine's leaders met.", ""},
    {"“First sentence. Second sentence,” he said.", "0:“First sentence. Second sentence,”"},
    {"“This never closes. And goes on.\n\nNext paragraph.", "0!:“This never closes. And goes on."},
    {"“First paragraph of a quote.\n\n“Second paragraph of it.”",
     "0!:“First paragraph of a quote. | 0:“Second paragraph of it.”"},
    {"Stray closer” here.", ""},
    {"A \"reciprocal fashion\", he said, and \"soon\".",
     "0:\"reciprocal fashion\" | 0:\"soon\""},
    {"No quotes at all.", ""},
};
} // namespace

BOOST_AUTO_TEST_SUITE(structure_quotations)

BOOST_DATA_TEST_CASE(quotation_spans, bdata::make(cases), r) {
    BOOST_TEST(quotations_of(r.text) == std::string(r.quotations));
}

BOOST_AUTO_TEST_CASE(inner_excludes_the_marks) {
    const std::string text = "He said “yes” then.";
    const auto st = communique::parse_structure(text);
    BOOST_TEST_REQUIRE(st.quotations.size() == 1u);
    BOOST_TEST(std::string(st.quotations[0].inner.in(text)) == "yes");
    BOOST_TEST(st.quotations[0].block == 0u);
    BOOST_TEST(st.quotations[0].closed);
}

BOOST_AUTO_TEST_CASE(unbalanced_marks_stay_in_their_paragraph) {
    std::string text;
    for (int i = 0; i < 100000; ++i) text += "\xE2\x80\x9C";
    text += "\nA plain paragraph.";
    const auto st = communique::parse_structure(text);
    for (const auto& q : st.quotations) {
        BOOST_TEST(q.block == 0u);
        BOOST_TEST(q.where.end <= text.find('\n'));
    }
    BOOST_TEST(!st.diagnostics.empty()); // nesting capped, and said so
}

BOOST_AUTO_TEST_CASE(many_straight_quotes_pair_up) {
    const std::string text(100000, '"');
    const auto st = communique::parse_structure(text);
    BOOST_TEST(st.quotations.size() == 50000u);
    for (std::size_t i = 1; i < st.quotations.size(); ++i)
        BOOST_TEST_REQUIRE(st.quotations[i - 1].where.end <= st.quotations[i].where.begin);
}

BOOST_AUTO_TEST_SUITE_END()

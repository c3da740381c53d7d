// The kind table: the CAMEO codes and Goldstein weights of spec/statements.md, and the
// conversions between kinds, names, roots and quad classes.
#include "printers.hpp"

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <string>

namespace bdata = boost::unit_test::data;
using communique::statement_kind;

namespace {
struct row {
    const char* name;
    const char* cameo;
    double goldstein;
    friend std::ostream& operator<<(std::ostream& os, const row& r) { return os << r.name; }
};
// Copied from the spec's table, not from kinds.hpp, so that a typo in either shows.
const row spec_rows[] = {
    {"statement", "010", 0.0},  {"optimism", "013", 0.4},    {"concern", "012", -0.1},
    {"appeal", "020", 3.0},     {"intent", "030", 4.0},      {"consultation", "040", 1.0},
    {"agreement", "050", 3.5},  {"support", "051", 3.4},     {"demand", "100", -5.0},
    {"criticism", "111", -2.0}, {"rejection", "120", -4.0},  {"threat", "130", -4.4},
    {"sympathy", "018", 3.4},
};
} // namespace

BOOST_AUTO_TEST_SUITE(kinds)

BOOST_DATA_TEST_CASE(each_kind_has_the_spec_code_and_weight, bdata::make(spec_rows), r) {
    const auto kind = communique::kind_from_string(r.name);
    BOOST_TEST_REQUIRE(kind.has_value());
    BOOST_TEST(std::string(communique::info(*kind).cameo) == r.cameo);
    BOOST_TEST(communique::info(*kind).goldstein == r.goldstein);
    BOOST_TEST(std::string(communique::to_string(*kind)) == r.name);
}

BOOST_AUTO_TEST_CASE(unknown_names_are_refused) {
    BOOST_TEST(!communique::kind_from_string("said").has_value());
    BOOST_TEST(!communique::kind_from_string("").has_value());
    BOOST_TEST(!communique::mode_from_string("quoted").has_value());
    BOOST_TEST(communique::mode_from_string("partial").value() == communique::mode::partial);
}

BOOST_AUTO_TEST_CASE(roots_and_quad_classes) {
    using communique::quad_class;
    BOOST_TEST(std::string(communique::cameo_root("112")) == "11");
    BOOST_TEST(communique::quad_of("010") == quad_class::verbal_cooperation);
    BOOST_TEST(communique::quad_of("051") == quad_class::verbal_cooperation);
    BOOST_TEST(communique::quad_of("061") == quad_class::material_cooperation);
    BOOST_TEST(communique::quad_of("111") == quad_class::verbal_conflict);
    BOOST_TEST(communique::quad_of("130") == quad_class::verbal_conflict);
    BOOST_TEST(communique::quad_of("190") == quad_class::material_conflict);
}

BOOST_AUTO_TEST_CASE(the_stronger_kind_wins) {
    // spec: "agreed that they would ..." is agreement, not intent; "stressed the need for" is
    // appeal, not statement.
    BOOST_TEST(communique::strength(statement_kind::agreement) >
               communique::strength(statement_kind::intent));
    BOOST_TEST(communique::strength(statement_kind::appeal) >
               communique::strength(statement_kind::statement));
}

BOOST_AUTO_TEST_SUITE_END()

// The JSON Lines writer: every line parses (Boost.JSON), carries the fields of
// spec/statements.md with their types, escapes what must be escaped, and writes Goldstein
// weights as decimals.
#include "fixtures.hpp"
#include "printers.hpp"

#include <communique/communique.hpp>

#include <boost/json.hpp>
#include <boost/test/unit_test.hpp>

#include <sstream>
#include <string>

namespace json = boost::json;

namespace {
communique::document hand_made(const std::string& text) {
    communique::document doc;
    doc.id = "doc \"one\"\t\\";
    doc.text = text;
    communique::statement s;
    s.where = {0, text.size()};
    s.cue = {0, 4};
    s.source.where = {0, 4};
    s.source.actor.name = "Name \x01 with \"quotes\"";
    s.source.actor.kind = communique::actor_kind::person;
    s.kind = communique::statement_kind::threat;
    s.mode = communique::mode::direct;
    s.cameo = "138";
    s.goldstein = -7.0;
    s.content = {5, text.size()};
    s.topics = {"arms control"};
    s.times.push_back({{5, 9}, "2017-04-14"});
    doc.statements.push_back(s);
    return doc;
}
} // namespace

BOOST_AUTO_TEST_SUITE(jsonl_writer)

BOOST_AUTO_TEST_CASE(every_line_of_the_seed_is_json_with_the_spec_fields) {
    const std::string text = fixtures::read_file(fixtures::seed_article());
    communique::options opts;
    opts.id = "seed";
    const auto doc = communique::extract(text, opts);
    BOOST_TEST_REQUIRE(!doc.statements.empty());
    std::ostringstream out;
    communique::write_jsonl(out, doc);
    std::istringstream lines(out.str());
    std::string line;
    std::size_t n = 0;
    while (std::getline(lines, line)) {
        BOOST_TEST_CONTEXT("line " << n) {
            const json::object o = json::parse(line).as_object();
            for (const char* key : {"doc", "begin", "end", "cue", "source", "target", "kind", "mode",
                                    "cameo", "goldstein", "content", "quote", "topics", "times"})
                BOOST_TEST(o.contains(key), key);
            BOOST_TEST(o.at("goldstein").is_double());
            BOOST_TEST(o.at("source").as_object().at("members").is_array());
            const auto& st = doc.statements[n];
            BOOST_TEST(o.at("begin").to_number<std::size_t>() == st.where.begin);
            BOOST_TEST(o.at("goldstein").as_double() == st.goldstein);
        }
        ++n;
    }
    BOOST_TEST(n == doc.statements.size());
}

BOOST_AUTO_TEST_CASE(strings_are_escaped_and_weights_are_decimals) {
    const std::string text = "said 14 April, \"quoted\"\n\x01 end";
    const auto doc = hand_made(text);
    const std::string line = communique::to_json(doc, doc.statements.front());
    BOOST_TEST(line.find("\"goldstein\":-7.0,") != std::string::npos);
    BOOST_TEST(line.find("\\u0001") != std::string::npos);
    const json::object o = json::parse(line).as_object();
    BOOST_TEST(o.at("doc").as_string() == "doc \"one\"\t\\");
    BOOST_TEST(o.at("source").as_object().at("name").as_string() == "Name \x01 with \"quotes\"");
    BOOST_TEST(o.at("content").as_string() == std::string(text.substr(5)));
    BOOST_TEST(o.at("times").as_array().at(0).as_object().at("iso").as_string() == "2017-04-14");
    BOOST_TEST(o.at("quad_class").to_number<int>() == 3);
}

BOOST_AUTO_TEST_CASE(invalid_utf8_becomes_replacement_characters) {
    const std::string text = std::string("said \xff\xfe bytes");
    const auto doc = hand_made(text);
    const std::string line = communique::to_json(doc, doc.statements.front());
    const json::object o = json::parse(line).as_object();
    BOOST_TEST(o.at("content").as_string() == "\xEF\xBF\xBD\xEF\xBF\xBD bytes");
}

BOOST_AUTO_TEST_SUITE_END()

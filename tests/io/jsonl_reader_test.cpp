// The JSON Lines input reader: one article per line, each bad line an error value with its
// line number, never an exception; memory bounded by the line limit.
#include "printers.hpp"

#include <boost/json.hpp>
#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <random>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

namespace bdata = boost::unit_test::data;

namespace {

/// One input line and what the reader must make of it: a record (id, text, published) or an
/// error whose message starts with `error`; `blank` lines give nothing at all.
struct row {
    const char* name;
    std::string line;
    const char* error = nullptr; ///< expected message prefix, or null for a record
    std::string id;
    std::string text;
    const char* published = nullptr;
    bool blank = false;
    friend std::ostream& operator<<(std::ostream& os, const row& r) { return os << r.name; }
};

std::string long_line() {
    return "{\"id\":\"big\",\"text\":\"" + std::string(5000, 'x') + "\"}";
}

row ok(const char* name, std::string line, std::string id, std::string text, const char* published = nullptr) {
    return row{name, std::move(line), nullptr, std::move(id), std::move(text), published, false};
}
row bad(const char* name, std::string line, const char* error) {
    return row{name, std::move(line), error, {}, {}, nullptr, false};
}
row blank(const char* name, std::string line) { return row{name, std::move(line), nullptr, {}, {}, nullptr, true}; }

const row rows[] = {
    ok("plain", R"({"id":"a/1","text":"Lavrov said so."})", "a/1", "Lavrov said so."),
    ok("published", R"({"id":"a/2","text":"T","published":"2017-04-12"})", "a/2", "T", "2017-04-12"),
    ok("published null", R"({"id":"a/3","text":"T","published":null})", "a/3", "T"),
    ok("numeric id", R"({"id":42,"text":"T"})", "42", "T"),
    ok("no id", R"({"text":"T"})", "", "T"),
    ok("escapes", R"({"id":"e","text":"\"Yes,\" he said.\n\u00e9\u2019"})", "e",
       "\"Yes,\" he said.\n\xC3\xA9\xE2\x80\x99"),
    ok("extra fields", R"({"id":"x","text":"T","url":"http://x","tags":[1,2]})", "x", "T"),
    ok("CRLF", "{\"id\":\"c\",\"text\":\"T\"}\r", "c", "T"),
    ok("invalid UTF-8 kept", "{\"id\":\"u\",\"text\":\"caf\xE9 \xFF\"}", "u", "caf\xE9 \xFF"),
    bad("not JSON", "{\"id\":\"a\",\"text\":", "not JSON"),
    bad("garbage", "hello world", "not JSON"),
    bad("trailing garbage", R"({"text":"T"} x)", "not JSON"),
    bad("array", R"(["text","T"])", "not a JSON object"),
    bad("missing text", R"({"id":"m"})", "no \"text\" string"),
    bad("text not a string", R"({"id":"n","text":17})", "no \"text\" string"),
    bad("text null", R"({"id":"n","text":null})", "no \"text\" string"),
    bad("id an object", R"({"id":{"a":1},"text":"T"})", "\"id\" is not a string or a number"),
    bad("bad published", R"({"text":"T","published":"12/04/2017"})", "published is not YYYY-MM-DD"),
    bad("impossible published", R"({"text":"T","published":"2017-02-30"})", "published is not YYYY-MM-DD"),
    ok("leap day", R"({"text":"T","published":"2016-02-29"})", "", "T", "2016-02-29"),
    bad("not a leap day", R"({"text":"T","published":"2100-02-29"})", "published is not YYYY-MM-DD"),
    bad("published a number", R"({"text":"T","published":20170412})", "published is not YYYY-MM-DD"),
    bad("too long", long_line(), "line too long (over 4096 bytes)"),
    blank("empty line", ""),
    blank("white space line", " \t\r"),
};

communique::jsonl_reader_options small_limit() {
    communique::jsonl_reader_options o;
    o.max_line_bytes = 4096;
    return o;
}

std::vector<communique::jsonl_entry> read_all(const std::string& input) {
    std::istringstream in(input);
    communique::jsonl_reader reader(in, small_limit());
    std::vector<communique::jsonl_entry> out;
    while (auto e = reader.next()) out.push_back(std::move(*e));
    return out;
}


/// What a line gives, in one string: "record id|text|published" or "error message".
std::string describe(const communique::jsonl_entry& e) {
    if (const auto* err = std::get_if<communique::jsonl_error>(&e)) return "error " + err->message;
    const auto& r = std::get<communique::jsonl_record>(e);
    std::string d = "record " + r.id + "|" + r.text + "|";
    if (r.published)
        d += std::to_string(r.published->year) + "-" + std::to_string(r.published->month) + "-" +
             std::to_string(r.published->day);
    return d;
}

/// The reading of a line through Boost.JSON's DOM (the reader's only path before it read the
/// usual line itself): the reference its own reading must agree with, error messages included.
std::string dom_reading(const std::string& line) {
    namespace json = boost::json;
    json::parse_options o;
    o.allow_invalid_utf8 = true;
    o.max_depth = 64;
    json::parser p(json::storage_ptr(), o);
    json::error_code ec;
    p.write(line.data(), line.size(), ec);
    if (ec) return "error not JSON: " + ec.message();
    const json::value v = p.release();
    const json::object* obj = v.if_object();
    if (!obj) return "error not a JSON object";
    const json::value* text = obj->if_contains("text");
    if (!text || !text->is_string()) return "error no \"text\" string";
    std::string id;
    if (const json::value* i = obj->if_contains("id")) {
        if (i->is_string()) id = std::string(i->get_string());
        else if (i->is_number()) id = json::serialize(*i);
        else if (!i->is_null()) return "error \"id\" is not a string or a number";
    }
    std::string published;
    if (const json::value* d = obj->if_contains("published"); d && !d->is_null()) {
        std::optional<communique::civil_date> date;
        if (d->is_string()) {
            // Through the reader itself on a minimal line: only the date check is borrowed.
            const auto e = communique::parse_jsonl_line(
                "{\"text\":\"\",\"published\":" + json::serialize(*d) + "}");
            if (e && std::holds_alternative<communique::jsonl_record>(*e))
                date = std::get<communique::jsonl_record>(*e).published;
        }
        if (!date) return "error published is not YYYY-MM-DD";
        published = std::to_string(date->year) + "-" + std::to_string(date->month) + "-" + std::to_string(date->day);
    }
    return "record " + id + "|" + std::string(text->get_string()) + "|" + published;
}

/// Random lines built from JSON pieces the usual-line reader takes or gives up on, some of
/// them damaged: the same seed gives the same lines.
std::vector<std::string> random_lines(std::size_t n) {
    static const char* const keys[] = {"\"id\"", "\"text\"", "\"published\"", "\"x\"", "\"\"", "\"te\\u0078t\"",
                                       "\"caf\xC3\xA9\"", "\"i\xFF\""};
    // One value, two literals (a string that runs past the reader's first chunks).
    static const char long_text[] = "\"Quoted \\\"words\\\" in a longer text "
                                    "that runs past a few words,\\n\\nand a paragraph.\"";
    static const char* const values[] = {
        "\"abc\"", "\"a\\\"b\\\\c\\/d\\n\\t\\b\\f\\r e\"", "\"\\u00e9\\u2019\\u00E9\"", "\"\\ud83d\\ude00!\"",
        "\"\\ud83d\"", "\"\\ude00\"", "\"\\ud83d\\u0041\"", "\"\\ud83dx\"", "\"x\\u0000y\"", "\"\\x\"", "\"\\u12\"",
        "\"\\u12G4\"", "\"2017-04-12\"", "\"2016-02-29\"", "\"2017-02-29\"", "\"17-04-12\"", "null", "true",
        "false", "nul", "truex", "0", "7", "007", "-3", "-0", "1.5", "1e3", "2E1", "123456789012345678",
        "1234567890123456789", "99999999999999999999999", "{}", "{\"a\":[1,{\"b\":null}]}", "[1,2]", "[]",
        "\"caf\xE9 \xFF\"", "\"\x01\"", "\"tab\there\"", "\"\x7F del\"", long_text,
        "\"0123456\\n89abcdef\\\"123456789\\\\\""};
    static const char* const texts[] = {"\"\"", "\"plain\"", "\"He said \\\"no\\\".\\n\\nThen \\u00e9\\ud83d\\ude00.\"",
                                        "\"0123456789abcdef0123456789\\\\\"", "\"caf\xE9\""};
    static const char* const spaces[] = {"", "", "", " ", "\t", "\r", "\n", "  "};
    std::mt19937 g(20240611);
    auto pick = [&](const auto& list) { return std::string(list[g() % std::size(list)]); };
    std::vector<std::string> lines;
    while (lines.size() < n) {
        std::string line = pick(spaces) + "{" + pick(spaces);
        // Most lines have a text string somewhere among the members (text_at past them: none).
        const std::size_t members = g() % 5, text_at = g() % (members + 2);
        for (std::size_t m = 0; m <= members; ++m) {
            if (m != text_at && m == members) break;
            if (m) line += pick(spaces) + "," + pick(spaces);
            if (m == text_at) line += "\"text\":" + pick(spaces) + pick(texts);
            else line += pick(keys) + pick(spaces) + ":" + pick(spaces) + pick(values);
        }
        line += pick(spaces) + "}" + pick(spaces);
        switch (g() % 8) { // damage some lines
        case 0: line.erase(g() % line.size(), 1); break;
        case 1: line.insert(g() % (line.size() + 1), pick(values)); break;
        case 2: line.insert(g() % (line.size() + 1), std::string(1, ",:{}[]\"\\ x"[g() % 11])); break;
        case 3: line.resize(g() % line.size()); break;
        default: break;
        }
        if (line.find_first_not_of(" \t\r\n") == std::string::npos || line.back() == '\r') continue;
        lines.push_back(line);
    }
    return lines;
}
} // namespace

BOOST_AUTO_TEST_SUITE(jsonl_reader)

// Each row alone, as line 2 of a stream (after one good line), so line numbers are checked.
BOOST_DATA_TEST_CASE(one_line, bdata::make(rows), r) {
    const auto entries = read_all("{\"id\":\"first\",\"text\":\"F\"}\n" + r.line + "\n");
    BOOST_REQUIRE_EQUAL(entries.size(), r.blank ? 1u : 2u);
    BOOST_TEST(std::get<communique::jsonl_record>(entries[0]).id == "first");
    if (r.blank) return;
    const auto& e = entries[1];
    if (r.error) {
        BOOST_REQUIRE(std::holds_alternative<communique::jsonl_error>(e));
        const auto& err = std::get<communique::jsonl_error>(e);
        BOOST_TEST(err.line == 2u);
        BOOST_TEST(err.message.rfind(r.error, 0) == 0u, "message: " << err.message);
    } else {
        BOOST_REQUIRE(std::holds_alternative<communique::jsonl_record>(e));
        const auto& rec = std::get<communique::jsonl_record>(e);
        BOOST_TEST(rec.line == 2u);
        BOOST_TEST(rec.id == r.id);
        BOOST_TEST(rec.text == r.text);
        BOOST_TEST(rec.published.has_value() == (r.published != nullptr));
        if (r.published) {
            const std::string p = r.published;
            const communique::civil_date want{std::stoi(p.substr(0, 4)), static_cast<unsigned>(std::stoi(p.substr(5, 2))),
                                              static_cast<unsigned>(std::stoi(p.substr(8, 2)))};
            BOOST_TEST((*rec.published == want));
        }
    }
    // The one-line parser agrees with the reader.
    const auto alone = communique::parse_jsonl_line(r.line, 2);
    if (r.error && std::string(r.error).rfind("line too long", 0) == 0) return;
    BOOST_REQUIRE(alone.has_value());
    BOOST_TEST(alone->index() == e.index());
}

// The reader's own reading of the usual line gives what Boost.JSON's DOM gives, for lines it
// takes (escapes, surrogate pairs, NUL, repeated keys: the last counts, whole-number ids) and
// lines it leaves to the DOM (fractions, signs, nesting, damage).
BOOST_AUTO_TEST_CASE(agrees_with_the_dom_reading) {
    const std::vector<std::string> fixed = {
        R"({"text":"A","text":"B"})",
        R"({"text":"A","text":null})",
        R"({"text":null,"text":"B"})",
        R"({"id":"x","id":7,"text":"T"})",
        R"({"id":7,"id":null,"text":"T"})",
        R"({"id":true,"text":"T"})",
        R"({"id":0,"text":"T"})",
        R"({"id":-7,"text":"T"})",
        R"({"id":1.5,"text":"T"})",
        R"({"id":123456789012345678,"text":"T"})",
        R"({"id":12345678901234567890,"text":"T"})",
        R"({"text":"T","published":"2017-04-12","published":null})",
        R"({"text":"T","published":null,"published":"2017-04-12"})",
        R"({"text":"T","published":true})",
        R"({"text":"\ud83d\ude00 \u0000 \/"})",
        R"({"text":"\ud83d"})",
        R"({"text":"\ude00"})",
        R"({"text":"T",})",
        R"({"text":"T"}})",
        R"({,"text":"T"})",
        R"({"text" "T"})",
        R"({"text":"T"} {"text":"U"})",
        R"( {"text":"T"} )",
        R"({})",
        "{\"text\":\"a\x01" "b\"}",
        "{\"text\":\"" + std::string(40, 'w') + "\\n" + std::string(13, 'v') + "\\\"\\\\" + std::string(7, 'u') + "\"}",
    };
    std::vector<std::string> lines = fixed;
    for (auto& l : random_lines(20000)) lines.push_back(std::move(l));
    std::size_t records = 0;
    for (const auto& line : lines) {
        const auto got = communique::parse_jsonl_line(line, 1);
        BOOST_REQUIRE(got.has_value());
        const std::string want = dom_reading(line);
        BOOST_TEST(describe(*got) == want, "line: " << line);
        records += want.rfind("record", 0) == 0;
    }
    BOOST_TEST(records > 1000u); // the random lines are not all errors
}

// The text is unescaped 32 and 16 bytes at a time, each block stored before it is checked
// (json_copy_plain): an escape, a quote, a control or a UTF-8 byte at each place in and around
// those blocks, in texts that end there or run on, is read as the DOM reads it.
BOOST_AUTO_TEST_CASE(text_blocks_agree_with_the_dom_reading) {
    const char* const stops[] = {"\\n", "\\\"", "\\\\", "\\u00e9", "\\ud83d\\ude00", "\\x", "\x01", "\xC3\xA9", "\"", "\\"};
    std::size_t lines = 0, records = 0;
    for (std::size_t len = 0; len < 72; ++len) {
        std::string plain;
        for (std::size_t k = 0; k < len; ++k) plain += static_cast<char>('a' + k % 26);
        for (std::size_t at = 0; at <= len; ++at) {
            for (const char* stop : stops) {
                const std::string text = plain.substr(0, at) + stop + plain.substr(at);
                // The text last (the line's end near its own) or followed by another member.
                for (const char* after : {"}", ",\"id\":\"i\"}"}) {
                    const std::string line = "{\"text\":\"" + text + "\"" + after;
                    const auto got = communique::parse_jsonl_line(line, 1);
                    BOOST_REQUIRE(got.has_value());
                    const std::string want = dom_reading(line);
                    if (describe(*got) != want) BOOST_TEST(describe(*got) == want, "line: " << line);
                    ++lines;
                    records += want.rfind("record", 0) == 0;
                }
            }
        }
    }
    BOOST_TEST(records > lines / 2); // most of them are good lines
}

// Most lines are read where they lie in the reader's block, without a copy; a line that runs
// over from one block into the next is assembled. Lines of every length around the block's
// size (256 KiB), with escapes, read as each line alone reads.
BOOST_AUTO_TEST_CASE(lines_across_blocks_read_as_lines_alone) {
    std::mt19937 g(5);
    std::vector<std::string> lines;
    std::string input;
    while (input.size() < (std::size_t(900) << 10)) {
        const std::size_t n = g() % 4 == 0 ? g() % 40000 : g() % 300;
        std::string text;
        for (std::size_t k = 0; k < n; ++k) text += g() % 50 == 0 ? "\\n" : std::string(1, static_cast<char>('a' + g() % 26));
        lines.push_back("{\"id\":\"" + std::to_string(lines.size()) + "\",\"text\":\"" + text + "\"}" + (g() % 3 == 0 ? "\r" : ""));
        input += lines.back() + "\n";
    }
    std::istringstream in(input);
    communique::jsonl_reader_options o;
    o.max_line_bytes = 30000; // some lines are over it, in one block or across two
    communique::jsonl_reader reader(in, o);
    std::size_t k = 0, too_long = 0;
    while (auto e = reader.next()) {
        BOOST_REQUIRE(k < lines.size());
        if (lines[k].size() > o.max_line_bytes) {
            BOOST_TEST(describe(*e) == "error line too long (over 30000 bytes)");
            ++too_long;
        } else {
            const auto alone = communique::parse_jsonl_line(lines[k], k + 1);
            BOOST_REQUIRE(alone.has_value());
            BOOST_TEST(describe(*e) == describe(*alone), "line " << k + 1);
        }
        ++k;
    }
    BOOST_TEST(k == lines.size());
    BOOST_TEST(too_long > 0u);
    BOOST_TEST(reader.bytes() == input.size());
}

// A stream mixing all the rows: every line accounted for, in order, and nothing thrown.
BOOST_AUTO_TEST_CASE(mixed_stream_keeps_order_and_line_numbers) {
    std::string input;
    for (const auto& r : rows) input += r.line + "\n";
    const auto entries = read_all(input);
    std::size_t expected = 0, line = 0;
    for (const auto& r : rows) {
        ++line;
        if (r.blank) continue;
        BOOST_REQUIRE_LT(expected, entries.size());
        const auto& e = entries[expected++];
        const std::size_t got = std::visit([](const auto& x) { return x.line; }, e);
        BOOST_TEST(got == line, r.name);
        BOOST_TEST(std::holds_alternative<communique::jsonl_error>(e) == (r.error != nullptr), r.name);
    }
    BOOST_TEST(entries.size() == expected);
}

BOOST_AUTO_TEST_CASE(no_final_newline_and_counts) {
    std::istringstream in("{\"text\":\"A\"}\n\n{\"text\":\"B\"}");
    communique::jsonl_reader reader(in);
    auto a = reader.next();
    auto b = reader.next();
    BOOST_REQUIRE(a && b);
    BOOST_TEST(std::get<communique::jsonl_record>(*b).text == "B");
    BOOST_TEST(std::get<communique::jsonl_record>(*b).line == 3u);
    BOOST_TEST(!reader.next());
    BOOST_TEST(!reader.next()); // stays at the end
    BOOST_TEST(reader.lines() == 3u);
    BOOST_TEST(reader.bytes() == in.str().size());
}

BOOST_AUTO_TEST_CASE(empty_stream) {
    BOOST_TEST(read_all("").empty());
    BOOST_TEST(read_all("\n\n\r\n").empty());
}

// A line far longer than the reader's blocks and its limit: reported once, skipped without
// being held, and the next line read normally.
BOOST_AUTO_TEST_CASE(very_long_line_is_skipped_in_bounded_memory) {
    std::string input = "{\"text\":\"" + std::string(3u << 20, 'y') + "\"}\n{\"id\":\"after\",\"text\":\"ok\"}\n";
    std::istringstream in(input);
    communique::jsonl_reader_options o;
    o.max_line_bytes = 1 << 20;
    communique::jsonl_reader reader(in, o);
    auto first = reader.next();
    BOOST_REQUIRE(first);
    BOOST_REQUIRE(std::holds_alternative<communique::jsonl_error>(*first));
    BOOST_TEST(std::get<communique::jsonl_error>(*first).message == "line too long (over 1048576 bytes)");
    auto second = reader.next();
    BOOST_REQUIRE(second);
    BOOST_TEST(std::get<communique::jsonl_record>(*second).id == "after");
    BOOST_TEST(std::get<communique::jsonl_record>(*second).line == 2u);
}

// A line exactly at the limit is read.
BOOST_AUTO_TEST_CASE(line_at_the_limit_is_read) {
    const std::string line = "{\"text\":\"" + std::string(100, 'z') + "\"}";
    std::istringstream in(line + "\n");
    communique::jsonl_reader_options o;
    o.max_line_bytes = line.size();
    communique::jsonl_reader reader(in, o);
    auto e = reader.next();
    BOOST_REQUIRE(e);
    BOOST_TEST(std::holds_alternative<communique::jsonl_record>(*e));
}

// Deep nesting is an error value, not a stack overflow.
BOOST_AUTO_TEST_CASE(deep_nesting_is_an_error) {
    const std::string line = "{\"text\":\"T\",\"x\":" + std::string(100000, '[') + std::string(100000, ']') + "}";
    const auto e = communique::parse_jsonl_line(line, 1);
    BOOST_REQUIRE(e);
    BOOST_TEST(std::holds_alternative<communique::jsonl_error>(*e));
}

BOOST_AUTO_TEST_SUITE_END()

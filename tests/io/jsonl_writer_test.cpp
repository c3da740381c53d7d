// The JSON Lines writer: every line parses (Boost.JSON), carries the fields of
// spec/statements.md with their types, escapes what must be escaped, and writes Goldstein
// weights as decimals.
#include "fixtures.hpp"
#include "printers.hpp"

#include <communique/communique.hpp>
#include <communique/detail/json_scan.hpp>
#include <communique/detail/utf8.hpp> // the definition of valid UTF-8 the reference keeps

#include <boost/json.hpp>
#include <boost/test/unit_test.hpp>

#include <charconv>
#include <cstdio>
#include <cstring>
#include <limits>
#include <random>
#include <sstream>
#include <string>
#include <vector>

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

/// The JSON string the writer's contract asks for, a byte at a time: valid UTF-8 kept, each
/// invalid byte and NUL a U+FFFD, quotes, backslashes and control characters escaped.
std::string reference_string(std::string_view s) {
    std::string out = "\"";
    auto p = reinterpret_cast<const unsigned char*>(s.data());
    const auto end = p + s.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c >= 0x80 || c == 0) {
            const std::size_t n = c == 0 ? 0 : communique::detail::utf8_sequence(p, end);
            if (n == 0) out += "\xEF\xBF\xBD", ++p;
            else out.append(reinterpret_cast<const char*>(p), n), p += n;
            continue;
        }
        ++p;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (c < 0x20) {
                char u[8];
                std::snprintf(u, sizeof u, "\\u%04x", c);
                out += u;
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    return out + "\"";
}

/// The text of "goldstein":... in a line.
std::string field_text(const std::string& line, const std::string& key, const std::string& next_key) {
    const auto from = line.find("\"" + key + "\":");
    const auto to = line.find(",\"" + next_key + "\":", from);
    if (from == std::string::npos || to == std::string::npos) return "<missing>";
    const auto begin = from + key.size() + 3;
    return line.substr(begin, to - begin);
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

// Strings are scanned a word at a time: whatever sits where in a word (escapes, NUL, controls,
// DEL, valid and broken UTF-8 across word edges), the text is the byte-at-a-time reference's.
BOOST_AUTO_TEST_CASE(strings_match_the_byte_at_a_time_reference) {
    static const std::string pieces[] = {"a", "bcdefgh", " ", "\"", "\\", "\n", "\r", "\t", "\b", "\f",
                                         "\x01", "\x1f", "\x7f", std::string(1, '\0'), "\xC3\xA9",
                                         "\xE2\x80\x99", "\xF0\x9F\x98\x80", "\xC3", "\xE2\x80", "\xFF", "\xED\xA0\x80",
                                         "\xC0\xAF", "\x80", "0123456789abcdef"};
    std::mt19937 g(7);
    for (int round = 0; round < 3000; ++round) {
        std::string text;
        const std::size_t n = g() % 12;
        for (std::size_t i = 0; i < n; ++i) text += pieces[g() % std::size(pieces)];
        const std::string said = "said " + text; // the document views it
        const auto doc = hand_made(said);
        const std::string line = communique::to_json(doc, doc.statements.front());
        BOOST_TEST(field_text(line, "content", "content_begin") == reference_string(text), "round " << round);
    }
}

// Tenths are written without std::to_chars; every weight reads as to_chars with four decimals,
// trailing zeros cut down to one.
BOOST_AUTO_TEST_CASE(weights_read_as_fixed_four_decimals_trimmed) {
    std::vector<double> weights = {0.0, -0.0, 10.0, -10.0, 100.0, 100.1, -100.0, 1234.5, 3.45, -4.4, 2.675,
                                   0.03125, -0.03125, 0.00005, 0.00004, 99.95, 1e-20, -1e-20, 1e-300, 123456.0,
                                   std::numeric_limits<double>::denorm_min()};
    for (int k = -1000; k <= 1000; ++k) {
        weights.push_back(k / 10.0);
        weights.push_back(k / 100.0);
        weights.push_back(k * 0.1);
    }
    const std::string text = "said something";
    auto doc = hand_made(text);
    for (const double w : weights) {
        char buf[64];
        char* end = std::to_chars(buf, buf + sizeof buf, w, std::chars_format::fixed, 4).ptr;
        while (end > buf + 1 && end[-1] == '0' && end[-2] != '.') --end;
        doc.statements.front().goldstein = w;
        const std::string line = communique::to_json(doc, doc.statements.front());
        BOOST_TEST(field_text(line, "goldstein", "quad_class") == std::string(buf, end), "weight " << w);
    }
}

// Offsets and counts are written without std::to_chars: every length of number, and the
// edges between lengths, read as to_chars writes them.
BOOST_AUTO_TEST_CASE(offsets_read_as_to_chars_writes_them) {
    std::vector<std::size_t> values = {0, 1, 9, 10, 99, 100, 999, 1000, 9999, 10000, 65535,
                                       std::numeric_limits<std::size_t>::max(),
                                       std::numeric_limits<std::size_t>::max() - 1};
    for (std::size_t p = 1; p < 20; ++p) {
        std::size_t ten = 1;
        for (std::size_t k = 0; k < p; ++k) ten *= 10;
        values.insert(values.end(), {ten - 1, ten, ten + 1, ten / 2 + 7});
    }
    std::mt19937_64 g(3);
    for (int k = 0; k < 2000; ++k) values.push_back(g() >> (g() % 64));
    const std::string text = "said something";
    auto doc = hand_made(text);
    for (const std::size_t v : values) {
        char buf[32];
        const std::string want(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
        doc.statements.front().where = {0, v};
        const std::string line = communique::to_json(doc, doc.statements.front());
        BOOST_TEST(field_text(line, "end", "cue") == want);
    }
}

// Kinds and modes are written as they are, unscanned: each name must need no escaping.
BOOST_AUTO_TEST_CASE(our_own_names_need_no_escaping) {
    std::vector<std::string_view> names;
    for (const auto& row : communique::kind_table) names.push_back(communique::to_string(row.kind));
    for (auto m : {communique::mode::direct, communique::mode::partial, communique::mode::indirect,
                   communique::mode::summary})
        names.push_back(communique::to_string(m));
    for (auto k : {communique::actor_kind::person, communique::actor_kind::state,
                   communique::actor_kind::organization, communique::actor_kind::group,
                   communique::actor_kind::other})
        names.push_back(communique::to_string(k));
    for (const auto name : names) {
        BOOST_TEST(!name.empty());
        BOOST_TEST(reference_string(name) == "\"" + std::string(name) + "\"", name);
        for (const char c : name) BOOST_TEST((static_cast<unsigned char>(c) >= 0x20 && c < 0x7F), name);
    }
}

// The writer copies kinds, modes and actor kinds from tables of sixteen-byte names: each must
// be what the general way writes (quotes around to_string), and a value past a table's end
// (none today) must be written the general way.
BOOST_AUTO_TEST_CASE(table_names_are_written_as_the_general_way_writes_them) {
    namespace cd = communique::detail;
    const auto check = [](auto value, auto write) {
        char got[32], want[32];
        std::memset(got, 'x', sizeof got);
        std::memset(want, 'x', sizeof want);
        const char* got_end = write(got);
        const char* want_end = cd::put_quoted_name(want, communique::to_string(value));
        const std::string got_text(got, static_cast<std::size_t>(got_end - got));
        const std::string want_text(want, static_cast<std::size_t>(want_end - want));
        BOOST_TEST(got_text == want_text);
        BOOST_TEST(want_text == "\"" + std::string(communique::to_string(value)) + "\"");
    };
    for (const auto& row : communique::kind_table)
        check(row.kind, [&row](char* o) { return cd::put_enum_name(o, row.kind); });
    for (unsigned v = 0; v < 8; ++v) { // four modes, five actor kinds, and values past them
        const auto m = static_cast<communique::mode>(v);
        check(m, [m](char* o) { return cd::put_enum_name(o, cd::mode_names, m); });
        const auto k = static_cast<communique::actor_kind>(v);
        check(k, [k](char* o) { return cd::put_enum_name(o, cd::actor_kind_names, k); });
    }
    BOOST_TEST(cd::mode_names.size() == 4u);
    BOOST_TEST(cd::actor_kind_names.size() == 5u);
    BOOST_TEST(std::string(cd::mode_names[3].bytes, cd::mode_names[3].size) == "\"summary\"");
    BOOST_TEST(std::string(cd::actor_kind_names[4].bytes, cd::actor_kind_names[4].size) == "\"other\"");
}

// The block searches of json_scan.hpp against the byte-at-a-time definition of a byte to
// stop at, for both the writer's (ASCII only) and the reader's sense, from every start.
BOOST_AUTO_TEST_CASE(string_block_scans_stop_where_the_byte_loop_does) {
    namespace d = communique::detail;
    const auto stops = [](unsigned char c, bool ascii_only) {
        return c < 0x20 || c == '"' || c == '\\' || (ascii_only && c >= 0x80);
    };
    std::mt19937 g(5);
    const std::string rare = std::string("\"\\\n\x1f\x7f\x80\xC3\xFF ") + std::string(1, '\0');
    for (int round = 0; round < 3000; ++round) {
        const std::size_t n = g() % 70;
        std::vector<unsigned char> bytes(n + 16, 'x'); // a block of plain bytes past the end
        const std::size_t one_in = 1 + g() % 40;
        for (std::size_t i = 0; i < n; ++i) // the 16 past the end stay plain, as the writer has them
            bytes[i] = static_cast<unsigned char>(g() % one_in == 0 ? rare[g() % rare.size()] : 'a' + g() % 26);
        const unsigned char* const begin = bytes.data();
        const unsigned char* const end = begin + n;
        for (const bool ascii_only : {true, false}) {
            for (std::size_t from = 0; from <= n; ++from) {
                std::size_t first = from;
                while (first < n && !stops(bytes[first], ascii_only)) ++first;
                const auto check = [&](const unsigned char* got) {
                    // Never past the first stop, and then only the bytes before it are left.
                    BOOST_TEST_REQUIRE(got >= begin + from);
                    BOOST_TEST_REQUIRE(got <= begin + first);
                };
                check(d::json_skip_words(begin + from, end, ascii_only));
                check(d::json_skip_words_swar(begin + from, end, ascii_only));
#ifdef COMMUNIQUE_JSON_SSE2
                if (n - from >= 16) BOOST_TEST_REQUIRE(d::json_skip_words(begin + from, end, ascii_only) == begin + first);
                if (ascii_only) {
                    BOOST_TEST_REQUIRE(d::json_plain_ascii(begin + from, n - from) == (first == n));
                    BOOST_TEST_REQUIRE(d::json_plain_ascii_length(begin + from, n - from) == first - from);
                }
#endif
            }
        }
    }
}

#ifdef COMMUNIQUE_JSON_SSE2
// json_stops16 takes its bytes with arithmetic on their values (a flipped bit, a signed
// compare): every byte value, at every place of the block, against the definition.
BOOST_AUTO_TEST_CASE(sixteen_byte_stops_match_the_definition_for_every_byte_value) {
    namespace d = communique::detail;
    const auto stops = [](unsigned c, bool ascii_only) {
        return c < 0x20 || c == '"' || c == '\\' || (ascii_only && c >= 0x80);
    };
    for (const bool ascii_only : {true, false}) {
        for (unsigned c = 0; c < 256; ++c) {
            for (unsigned at = 0; at < 16; ++at) {
                unsigned char block[16];
                for (unsigned k = 0; k < 16; ++k) block[k] = static_cast<unsigned char>('a' + k); // plain
                block[at] = static_cast<unsigned char>(c);
                const unsigned want = stops(c, ascii_only) ? 1u << at : 0u;
                BOOST_TEST_REQUIRE(d::json_stops16(block, ascii_only) == want, "byte " << c << " at " << at);
            }
        }
    }
}
#endif

// append_jsonl writes what write_jsonl writes, after what the string held.
BOOST_AUTO_TEST_CASE(append_jsonl_appends_the_write_jsonl_lines) {
    const std::string text = fixtures::read_file(fixtures::seed_article());
    const auto doc = communique::extract(text);
    BOOST_TEST_REQUIRE(doc.statements.size() > 1u);
    std::ostringstream written;
    communique::write_jsonl(written, doc);
    std::string appended = "kept\n";
    communique::append_jsonl(appended, doc);
    BOOST_TEST(appended == "kept\n" + written.str());
}

// A string that needs escaping keeps the plain bytes the writer copied before its first byte
// to look at: that byte of every kind, after every length of plain prefix (across the
// sixteen-byte blocks of the check), then more text, reads as the reference writes it.
BOOST_AUTO_TEST_CASE(strings_written_from_their_first_byte_to_look_at) {
    static const std::string stops[] = {"\"", "\\", "\n", "\x01", "\x7f", std::string(1, '\0'), "\xC3\xA9",
                                        "\xE2\x80\x99", "\xFF", "\xC3"};
    for (std::size_t k = 0; k < 40; ++k) {
        for (const std::string& stop : stops) {
            for (const std::string& after : {std::string(), std::string("b"), std::string(20, 'c') + "\"d\""}) {
                const std::string text = std::string(k, 'a') + stop + after;
                const std::string said = "said " + text;
                const auto doc = hand_made(said);
                const std::string line = communique::to_json(doc, doc.statements.front());
                BOOST_TEST(field_text(line, "content", "content_begin") == reference_string(text), "prefix " << k);
            }
        }
    }
}

// The writer asks for room once for each run of its own text between two strings (own_run in
// jsonl-inl.hpp). A statement with every part present and at its longest (20-digit offsets,
// the longest kind and mode names, nested members, odd weights), written after strings of
// every length so that each run meets the end of the writer's buffer at every offset, reads
// as a line built piece by piece from the reference string writer and std::to_chars.
BOOST_AUTO_TEST_CASE(runs_of_our_own_text_fit_their_room_at_every_buffer_offset) {
    namespace c = communique;
    const auto number = [](std::uint64_t v) {
        char buf[32];
        return std::string(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
    };
    const auto weight = [](double v) {
        char buf[400];
        char* end = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 4).ptr;
        while (end > buf + 1 && end[-1] == '0' && end[-2] != '.') --end;
        return std::string(buf, end);
    };
    std::string_view longest_kind = c::to_string(c::kind_table[0].kind);
    c::statement_kind kind = c::kind_table[0].kind;
    for (const auto& row : c::kind_table)
        if (c::to_string(row.kind).size() > longest_kind.size()) kind = row.kind, longest_kind = c::to_string(row.kind);

    c::document doc;
    doc.id = "doc \"two\"";
    doc.text = "The minister said \"no\" on Monday, 14 April, to the talks in Geneva.";
    const std::size_t max = std::numeric_limits<std::size_t>::max();
    const auto span_json = [&](const std::string& key, c::span w) {
        return ",\"" + key + "\":" + reference_string(doc.at(w)) + ",\"" + key + "_begin\":" + number(w.begin) +
               ",\"" + key + "_end\":" + number(w.end);
    };
    const auto actor_json = [&](const c::actor& a, auto& self) -> std::string {
        std::string out = "\"name\":" + reference_string(a.name) + ",\"kind\":\"" + std::string(c::to_string(a.kind)) +
                          "\",\"country\":" + (a.country.empty() ? "null" : reference_string(a.country));
        if (!a.title.empty()) out += ",\"title\":" + reference_string(a.title);
        out += ",\"members\":[";
        for (std::size_t i = 0; i < a.members.size(); ++i)
            out += (i ? ",{" : "{") + self(a.members[i], self) + "}";
        return out + "]";
    };
    std::string want;
    for (std::size_t n = 0; n < 700; ++n) {
        c::statement s;
        s.where = {max - n, max};
        s.cue = {4, 17};
        s.source.where = n % 2 ? c::span{4, 12} : c::span{};
        s.source.actor.name = std::string(n * 7 % 300, 'a');
        s.source.actor.kind = c::actor_kind::organization;
        s.source.actor.country = n % 3 ? "RUS" : "";
        s.source.actor.title = n % 5 ? "foreign minister" : "";
        c::actor member;
        member.name = "Member";
        member.country = "IGO";
        member.members.push_back(member);
        if (n % 4) s.source.actor.members = {member, member};
        if (n % 3) s.target = c::mention{{61, 67}, member};
        s.kind = kind;
        s.mode = c::mode::indirect;
        s.cameo = std::string(n % 5, '1');
        s.goldstein = n % 7 ? -(double(n % 100)) / 10 : 1e300 / double(n + 1);
        s.content = {18, 22};
        if (n % 2) s.quote = c::span{18, 22};
        if (n % 6) s.topics = {std::string(n % 40, 't'), "arms control"};
        if (n % 4) s.times = {{{26, 32}, n % 8 ? "2017-04-10" : ""}, {{34, 42}, ""}};
        doc.statements.push_back(s);

        std::string line = "{\"doc\":" + reference_string(doc.id) + ",\"begin\":" + number(s.where.begin) +
                           ",\"end\":" + number(s.where.end) + ",\"cue\":{\"begin\":" + number(s.cue.begin) +
                           ",\"end\":" + number(s.cue.end) + ",\"text\":" + reference_string(doc.at(s.cue)) + "}";
        for (const auto& [key, m] : {std::pair<std::string, const c::mention*>{"source", &s.source},
                                     {"target", s.target ? &*s.target : nullptr}}) {
            if (!m) {
                line += ",\"" + key + "\":null";
                continue;
            }
            line += ",\"" + key + "\":{" + actor_json(m->actor, actor_json);
            line += m->where.empty() ? ",\"mention\":null" : span_json("mention", m->where);
            line += "}";
        }
        line += ",\"kind\":\"" + std::string(longest_kind) + "\",\"mode\":\"" + std::string(c::to_string(s.mode)) +
                "\",\"cameo\":" + reference_string(s.cameo) + ",\"goldstein\":" + weight(s.goldstein) +
                ",\"quad_class\":" + number(static_cast<std::uint64_t>(c::quad_of(s.cameo))) +
                span_json("content", s.content) + (s.quote ? span_json("quote", *s.quote) : ",\"quote\":null") +
                ",\"topics\":[";
        for (std::size_t i = 0; i < s.topics.size(); ++i) line += (i ? "," : "") + reference_string(s.topics[i]);
        line += "],\"times\":[";
        for (std::size_t i = 0; i < s.times.size(); ++i)
            line += std::string(i ? "," : "") + "{\"text\":" + reference_string(doc.at(s.times[i].where)) +
                    ",\"begin\":" + number(s.times[i].where.begin) + ",\"end\":" + number(s.times[i].where.end) +
                    ",\"iso\":" + (s.times[i].iso.empty() ? "null" : reference_string(s.times[i].iso)) + "}";
        line += "]}";
        BOOST_TEST_REQUIRE(c::to_json(doc, s) == line);
        want += line + "\n";
    }
    std::string got;
    c::append_jsonl(got, doc);
    BOOST_TEST(got == want);
}

BOOST_AUTO_TEST_SUITE_END()

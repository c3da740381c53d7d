// The review page (communique/io/html.hpp): escaping, valid UTF-8 whatever the input, large
// input, well-formed markup when spans cross, and exactly one "cue" element per statement.
// Documents are built by hand so that the checks do not depend on extraction quality.
#include "fixtures.hpp"
#include "printers.hpp"

#include <communique/detail/utf8.hpp>

#include <boost/test/unit_test.hpp>

#include <cstddef>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

using namespace communique;

namespace {

statement make_statement(span where, span cue, span content, span source,
                         statement_kind kind = statement_kind::statement) {
    statement s;
    s.where = where;
    s.cue = cue;
    s.content = content;
    s.source.where = source;
    s.source.actor.name = "Speaker " + std::to_string(source.begin);
    s.source.actor.kind = actor_kind::person;
    s.kind = kind;
    s.cameo = std::string(info(kind).cameo);
    s.goldstein = info(kind).goldstein;
    return s;
}

std::string page(const document& doc, const html_options& opts = {}) {
    std::ostringstream out;
    write_html(out, doc, opts);
    return out.str();
}

std::size_t count(std::string_view text, std::string_view what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string_view::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

/// Checks that every element opened is closed in order (void elements excepted), skipping
/// the raw text of <style> and <script>, and that each tag's quotes balance. Returns the
/// first problem, or an empty string.
std::string check_well_formed(std::string_view html) {
    static const std::set<std::string> void_elements{"meta", "br", "hr", "img", "input", "link"};
    std::vector<std::string> stack;
    std::size_t at = 0;
    while ((at = html.find('<', at)) != std::string_view::npos) {
        const auto close = html.find('>', at);
        if (close == std::string_view::npos) return "unterminated tag at " + std::to_string(at);
        const std::string_view tag = html.substr(at + 1, close - at - 1);
        at = close + 1;
        if (!tag.empty() && tag[0] == '!') continue;
        if (count(tag, "\"") % 2 != 0) return "unbalanced quotes in <" + std::string(tag) + ">";
        const bool closing = !tag.empty() && tag[0] == '/';
        const auto name_begin = closing ? 1u : 0u;
        const auto name_end = tag.find_first_of(" \t\n", name_begin);
        const std::string name(tag.substr(name_begin, name_end == std::string_view::npos
                                                           ? std::string_view::npos
                                                           : name_end - name_begin));
        if (closing) {
            if (stack.empty() || stack.back() != name)
                return "</" + name + "> closes <" + (stack.empty() ? "" : stack.back()) + ">";
            stack.pop_back();
        } else if (name == "script" || name == "style") {
            const auto end = html.find("</" + name + ">", at);
            if (end == std::string_view::npos) return "unclosed <" + name + ">";
            at = end + name.size() + 3;
        } else if (void_elements.count(name) == 0) {
            stack.push_back(name);
        }
    }
    if (!stack.empty()) return "<" + stack.back() + "> never closed";
    return {};
}

} // namespace

BOOST_AUTO_TEST_SUITE(html)

BOOST_AUTO_TEST_CASE(article_markup_is_escaped) {
    const std::string text =
        "Headline & <b>bold</b>\n\n<script>alert(1)</script> said \"Lavrov\" <img src=x onerror=alert(2)>.";
    document doc;
    doc.id = "<i>\"id\"</i> & 'x'";
    doc.text = text;
    const auto script_at = text.find("<script>");
    const auto said_at = text.find("said");
    auto s = make_statement({script_at, text.size()}, {said_at, said_at + 4},
                            {script_at, script_at + 25}, {text.find("\"Lavrov"), text.find("\" <img") + 1});
    s.source.actor.name = "Sergei \"<Lavrov>\"";
    s.topics = {"<topic>"};
    doc.statements.push_back(s);

    const std::string out = page(doc);
    BOOST_TEST(count(out, "<script") == 1u); // the page's own script only
    BOOST_TEST(count(out, "<img") == 0u);
    BOOST_TEST(count(out, "<b>bold") == 0u);
    BOOST_TEST(out.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    BOOST_TEST(out.find("&lt;img src=x onerror=alert(2)&gt;") != std::string::npos);
    BOOST_TEST(out.find("&lt;i&gt;&quot;id&quot;&lt;/i&gt; &amp; &#39;x&#39;") != std::string::npos);
    BOOST_TEST(out.find("Sergei &quot;&lt;Lavrov&gt;&quot;") != std::string::npos);
    BOOST_TEST(check_well_formed(out) == "");

    html_options no_script;
    no_script.script = false;
    no_script.title = "</title><script>x</script>";
    const std::string quiet = page(doc, no_script);
    BOOST_TEST(count(quiet, "<script") == 0u);
    BOOST_TEST(check_well_formed(quiet) == "");
}

BOOST_AUTO_TEST_CASE(invalid_utf8_renders_valid_utf8) {
    // Invalid bytes, a truncated sequence, NUL, a control character, and spans whose
    // boundaries fall inside multi-byte characters ("é" is 2 bytes, "€" 3, "𝄞" 4).
    std::string text = "Caf\xC3\xA9 \xFF\xFE bad \xC3\x28 cut \xE2\x82 nul ";
    text.push_back('\0');
    text += " bell \x07 price \xE2\x82\xAC 5, clef \xF0\x9D\x84\x9E end \xED\xA0\x80 \xC0\xAF";
    document doc;
    doc.id = "bad\xFF" "id";
    doc.text = text;
    const auto e_acute = text.find("\xC3\xA9");
    const auto euro = text.find("\xE2\x82\xAC");
    const auto clef = text.find("\xF0\x9D\x84\x9E");
    doc.statements.push_back(make_statement({0, text.size()}, {e_acute + 1, euro + 2},
                                            {e_acute + 1, clef + 3}, {euro + 1, clef + 2}));
    doc.statements.push_back(make_statement({0, text.size()}, {clef + 1, clef + 2},
                                            {clef + 2, text.size() + 100}, {0, 3}));
    doc.structure.quotations.push_back({{euro + 2, clef + 1}, {euro + 3, clef}, 0, 0, true});

    const std::string out = page(doc);
    BOOST_TEST(detail::count_invalid_utf8(out) == 0u);
    BOOST_TEST(out.find('\0') == std::string::npos);
    BOOST_TEST(out.find('\x07') == std::string::npos);
    // Characters cut by a span boundary are kept whole: the boundary moved, not the text.
    BOOST_TEST(out.find("Caf") != std::string::npos);
    BOOST_TEST(count(out, "\xE2\x82\xAC") >= 1u);
    BOOST_TEST(count(out, "\xF0\x9D\x84\x9E") >= 1u);
    BOOST_TEST(check_well_formed(out) == "");
    BOOST_TEST(count(out, "class=\"cue ") == doc.statements.size());
}

BOOST_AUTO_TEST_CASE(five_megabyte_paragraph) {
    std::string text;
    const std::string sentence = "The minister said that talks would continue & <go> on. ";
    while (text.size() < 5u * 1024 * 1024) text += sentence;
    document doc;
    doc.id = "big";
    doc.text = text;
    block paragraph;
    paragraph.where = paragraph.body = {0, text.size()};
    doc.structure.blocks.push_back(paragraph);
    for (std::size_t at : {std::size_t(0), text.size() / 2, text.size() - sentence.size()}) {
        const std::size_t said = at + 13;
        doc.statements.push_back(make_statement({at, at + sentence.size()}, {said, said + 4},
                                                {said + 5, at + sentence.size() - 2}, {at, at + 12},
                                                statement_kind::intent));
    }
    // One statement whose content is the whole paragraph.
    doc.statements.push_back(make_statement({0, text.size()}, {}, {0, text.size()}, {}));

    const std::string out = page(doc);
    BOOST_TEST(out.size() > text.size());
    BOOST_TEST(count(out, "&lt;go&gt;") >= 90000u);
    BOOST_TEST(count(out, "class=\"cue ") == doc.statements.size());
    BOOST_TEST(detail::count_invalid_utf8(out) == 0u);
    BOOST_TEST(check_well_formed(out) == "");
}

BOOST_AUTO_TEST_CASE(crossing_spans_stay_well_formed) {
    //                       0         1         2         3         4         5
    //                       0123456789012345678901234567890123456789012345678901234
    const std::string text = "Lavrov said \"we will not accept it\", and Tillerson agreed.";
    document doc;
    doc.text = text;
    block chrome;
    chrome.kind = block_kind::chrome;
    chrome.where = chrome.body = {30, text.size()}; // crosses the quotation and a content
    doc.structure.blocks.push_back(chrome);
    doc.structure.quotations.push_back({{12, 35}, {13, 34}, 0, 0, true});
    doc.structure.quotations.push_back({{20, 24}, {20, 24}, 0, 1, false}); // nested, "not "
    // content crossing the quotation, cue inside the content, source crossing the cue
    doc.statements.push_back(make_statement({0, 36}, {7, 11}, {10, 40}, {0, 9}, statement_kind::rejection));
    doc.statements.push_back(make_statement({0, 36}, {14, 21}, {5, 15}, {3, 16}, statement_kind::threat));
    doc.statements.push_back(make_statement({41, 58}, {51, 57}, {41, 57}, {41, 50}, statement_kind::agreement));
    doc.statements.push_back(make_statement({41, 58}, {51, 57}, {41, 57}, {41, 50}, statement_kind::support));
    doc.statements.back().target = mention{{0, 6}, actor{"Sergei Lavrov", actor_kind::person, "RUS", "", {}}};
    doc.statements.back().times.push_back({{20, 30}, "2017-04-12"});
    doc.statements.push_back(make_statement({12, 36}, {}, {13, 34}, {}, statement_kind::criticism));

    const std::string out = page(doc);
    BOOST_TEST(check_well_formed(out) == "");
    BOOST_TEST(count(out, "<span") == count(out, "</span>"));
    BOOST_TEST(count(out, "class=\"cue ") == doc.statements.size());
    BOOST_TEST(count(out, "class=\"cue-c ") >= 1u); // the threat's cue is cut by the source
    BOOST_TEST(count(out, "class=\"cue cue-empty") == 1u);
    // The text comes back whole once the markup is taken away.
    std::string visible;
    const auto body = out.find("<div class=\"text\">");
    const auto body_end = out.find("</div>", body);
    bool in_tag = false;
    for (std::size_t i = body + 18; i < body_end; ++i) {
        if (out[i] == '<') in_tag = true;
        else if (out[i] == '>') in_tag = false;
        else if (!in_tag) visible.push_back(out[i]);
    }
    BOOST_TEST(visible == "Lavrov said &quot;we will not accept it&quot;, and Tillerson agreed.");
}

BOOST_AUTO_TEST_CASE(one_cue_element_per_statement) {
    const std::string text = "Moscow said it hoped for talks. He added nothing. \"Quote.\"";
    document doc;
    doc.text = text;
    // same cue twice, an empty cue, a cue past the end of the text, a reversed span
    doc.statements.push_back(make_statement({0, 31}, {7, 11}, {12, 30}, {0, 6}, statement_kind::optimism));
    doc.statements.push_back(make_statement({0, 31}, {7, 11}, {15, 30}, {0, 6}, statement_kind::consultation));
    doc.statements.push_back(make_statement({50, 58}, {}, {51, 57}, {}, statement_kind::statement));
    doc.statements.push_back(make_statement({0, 0}, {500, 600}, {400, 450}, {300, 310}));
    doc.statements.push_back(make_statement({32, 49}, {40, 35}, {20, 10}, {32, 34}, statement_kind::sympathy));
    const std::string out = page(doc);
    BOOST_TEST(count(out, "class=\"cue ") == doc.statements.size());
    for (std::size_t i = 0; i < doc.statements.size(); ++i)
        BOOST_TEST(count(out, "id=\"d0-c" + std::to_string(i) + "\"") == 1u);
    BOOST_TEST(out.find("data-statements=\"5\"") != std::string::npos);
    BOOST_TEST(check_well_formed(out) == "");

    document empty;
    const std::string none = page(empty);
    BOOST_TEST(count(none, "class=\"cue ") == 0u);
    BOOST_TEST(check_well_formed(none) == "");
}

BOOST_AUTO_TEST_CASE(several_documents_on_one_page) {
    const std::string a = "Lavrov said talks went well.";
    const std::string b = "Tillerson warned Moscow.";
    document da, db;
    da.id = "a.txt";
    da.text = a;
    da.statements.push_back(make_statement({0, 28}, {7, 11}, {12, 27}, {0, 6}, statement_kind::optimism));
    db.id = "b.txt";
    db.text = b;
    db.statements.push_back(make_statement({0, 24}, {10, 16}, {17, 23}, {0, 9}, statement_kind::threat));
    db.statements.push_back(make_statement({0, 24}, {}, {17, 23}, {0, 9}, statement_kind::threat));
    const std::string out = to_html({&da, nullptr, &db});
    BOOST_TEST(count(out, "class=\"cue ") == 3u);
    BOOST_TEST(out.find("<body data-statements=\"3\"") != std::string::npos);
    BOOST_TEST(out.find("id=\"d2-c1\"") != std::string::npos);
    BOOST_TEST(check_well_formed(out) == "");
    // Every kind has its legend entry.
    for (const auto& row : kind_table)
        BOOST_TEST(out.find("class=\"sw k-" + std::string(row.name) + "\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(seed_article_marks_every_statement) {
    const std::string text = fixtures::read_file(fixtures::seed_article());
    BOOST_TEST_REQUIRE(!text.empty());
    const document doc = extract(text, options{"lavrov-post-meeting.txt", {}, std::size_t(1) << 30, 100000});
    const std::string out = page(doc);
    BOOST_TEST(count(out, "class=\"cue ") == doc.statements.size());
    BOOST_TEST(check_well_formed(out) == "");
    BOOST_TEST(detail::count_invalid_utf8(out) == 0u);
}

BOOST_AUTO_TEST_SUITE_END()

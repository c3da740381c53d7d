// Body of communique/io/html.hpp.
//
// The article is drawn from its spans alone. Every span that marks something (a chrome block,
// a quotation, a statement's content, its cue, a mention, a time) becomes a "mark"; the text
// is cut at every mark boundary into segments, and a sweep keeps the set of marks active over
// the current segment, ordered outermost first (earlier begin, then later end, then layer).
// Between two segments the open elements are reconciled with that order: the common prefix
// stays open, the rest is closed and (re)opened. So spans that cross produce well-formed HTML:
// a mark cut by a crossing one continues in a second element, with a continuation class
// ("cue-c" for a cue), and only its first element has the unique class and id.
#ifndef COMMUNIQUE_DETAIL_HTML_INL_HPP
#define COMMUNIQUE_DETAIL_HTML_INL_HPP

#include <communique/detail/utf8.hpp>
#include <communique/io/html.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <ostream>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

COMMUNIQUE_BEGIN_NAMESPACE
namespace detail {
namespace html {

/// One colour per statement kind, in the order of kind_table.
inline constexpr std::array<std::string_view, 13> kind_colours{{
    "#8d8d8d", // statement
    "#9ccc30", // optimism
    "#ffa000", // concern
    "#1e9be9", // appeal
    "#4355c4", // intent
    "#00a08e", // consultation
    "#2e8b3a", // agreement
    "#a64fc0", // support
    "#f2622a", // demand
    "#e0283a", // criticism
    "#8e1653", // rejection
    "#4a2f28", // threat
    "#ef5d9a", // sympathy
}};

/// Appends `text` escaped for HTML text and quoted attribute values, as valid UTF-8: invalid
/// bytes, NUL, C0 controls other than tab, line feed, form feed and carriage return, DEL and
/// C1 controls each become U+FFFD.
inline void append_escaped(std::string& out, std::string_view text) {
    auto p = reinterpret_cast<const unsigned char*>(text.data());
    const auto end = p + text.size();
    constexpr std::string_view replacement = "\xEF\xBF\xBD";
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            case '\t': case '\n': case '\f': case '\r': out.push_back(static_cast<char>(c)); break;
            default:
                if (c < 0x20 || c == 0x7F) out += replacement;
                else out.push_back(static_cast<char>(c));
            }
            ++p;
            continue;
        }
        const std::size_t n = utf8_sequence(p, end);
        if (n == 0 || (n == 2 && c == 0xC2 && p[1] < 0xA0)) { // invalid, or a C1 control
            out += replacement;
            p += n == 0 ? 1 : n;
            continue;
        }
        out.append(reinterpret_cast<const char*>(p), n);
        p += n;
    }
}

inline std::string escaped(std::string_view text) {
    std::string out;
    append_escaped(out, text);
    return out;
}

/// `at` clamped to the text and moved back to the start of the character it falls inside
/// (only a valid multi-byte sequence is a character; an invalid byte stands alone).
inline std::size_t char_boundary(std::string_view text, std::size_t at) noexcept {
    if (at >= text.size()) return text.size();
    const auto base = reinterpret_cast<const unsigned char*>(text.data());
    if ((base[at] & 0xC0) != 0x80) return at;
    for (std::size_t back = 1; back <= 3 && back <= at; ++back) {
        const unsigned char c = base[at - back];
        if ((c & 0xC0) == 0x80) continue;
        const std::size_t n = utf8_sequence(base + at - back, base + text.size());
        return n > back ? at - back : at;
    }
    return at;
}

/// At most `limit` bytes of `text`, cut at a character boundary (not escaped).
inline std::string cut(std::string_view text, std::size_t limit) {
    return std::string(text.substr(0, char_boundary(text, limit)));
}

/// At most `limit` bytes of `text`, cut at a character boundary, with an ellipsis when cut.
inline std::string excerpt(std::string_view text, std::size_t limit) {
    if (text.size() <= limit) return escaped(text);
    std::string out = escaped(text.substr(0, char_boundary(text, limit)));
    out += "\xE2\x80\xA6";
    return out;
}

inline std::string number(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%+.1f", v);
    return buffer;
}

inline std::string actor_line(const actor& a) {
    std::string out = a.name.empty() ? std::string("(unnamed)") : a.name;
    out += " (";
    out += to_string(a.kind);
    if (!a.country.empty()) out += ", " + a.country;
    if (!a.title.empty()) out += ", " + a.title;
    if (!a.members.empty()) {
        out += "; members:";
        for (std::size_t i = 0; i < a.members.size(); ++i)
            out += (i ? ", " : " ") + a.members[i].name;
    }
    out += ')';
    return out;
}

/// The plain-text summary of a statement (a hover title; escaped when written).
inline std::string summary(const document& doc, const statement& s, std::size_t index) {
    std::string out = "#" + std::to_string(index + 1) + " " + std::string(to_string(s.kind)) +
                      " \xC2\xB7 CAMEO " + s.cameo + " \xC2\xB7 Goldstein " +
                      number(s.goldstein) + " \xC2\xB7 " + std::string(to_string(s.mode));
    out += "\nsource: " + actor_line(s.source.actor);
    if (!s.source.where.empty()) out += " \xE2\x80\x94 \"" + cut(doc.at(s.source.where), 120) + "\"";
    if (s.target) {
        out += "\ntarget: " + actor_line(s.target->actor);
        if (!s.target->where.empty()) out += " \xE2\x80\x94 \"" + cut(doc.at(s.target->where), 120) + "\"";
    }
    if (!s.topics.empty()) {
        out += "\ntopics:";
        for (std::size_t i = 0; i < s.topics.size(); ++i) out += (i ? ", " : " ") + s.topics[i];
    }
    if (!s.times.empty()) {
        out += "\ntimes:";
        for (std::size_t i = 0; i < s.times.size(); ++i) {
            out += (i ? "; " : " ") + cut(doc.at(s.times[i].where), 80);
            if (!s.times[i].iso.empty()) out += " = " + s.times[i].iso;
        }
    }
    return out;
}

enum class layer : unsigned char { block, quotation, content, mention, cue, time };

struct mark {
    std::size_t begin = 0;
    std::size_t end = 0;
    layer level = layer::block;
    std::size_t order = 0;   ///< creation order, the last tie-break
    std::string first_class; ///< classes of the first element
    std::string next_class;  ///< classes of a continuation element
    std::string first_attrs; ///< attributes only the first element carries (escaped, leading space)
    std::string attrs;       ///< attributes every element carries (escaped, leading space)
    bool opened = false;
};

struct badge {
    std::size_t at = 0;
    std::string html;
};

/// The id of a speaker group: the canonical name, else the mention's text.
inline std::string speaker_key(const document& doc, const mention& m) {
    if (!m.actor.name.empty()) return m.actor.name;
    const auto text = doc.at(m.where);
    return text.empty() ? std::string("(unknown)") : std::string(text.substr(0, 80));
}

class page_writer {
public:
    page_writer(std::string& out, const html_options& opts) : out_(out), opts_(opts) {}

    void document_section(const document& doc, std::size_t d) {
        doc_ = &doc;
        d_ = std::to_string(d);
        marks_.clear();
        badges_.clear();
        groups_.clear();
        group_order_.clear();
        for (std::size_t i = 0; i < doc.statements.size(); ++i) {
            const std::string key = speaker_key(doc, doc.statements[i].source);
            if (groups_.emplace(key, group_order_.size()).second) group_order_.push_back(key);
        }

        const auto& st = doc.structure;
        std::size_t chrome = 0;
        for (const auto& b : st.blocks) chrome += b.kind == block_kind::chrome;
        out_ += "<section class=\"doc\" id=\"d" + d_ + "\" data-doc=\"" + d_ +
                "\" data-statements=\"" + std::to_string(doc.statements.size()) + "\">\n";
        out_ += "<header class=\"doc-h\"><h2>";
        append_escaped(out_, doc.id.empty() ? std::string_view("(article)") : std::string_view(doc.id));
        out_ += "</h2><p class=\"counts\">" + std::to_string(doc.statements.size()) +
                " statements \xC2\xB7 " + std::to_string(group_order_.size()) +
                " speakers \xC2\xB7 " + std::to_string(st.blocks.size()) + " blocks (" +
                std::to_string(chrome) + " chrome) \xC2\xB7 " +
                std::to_string(st.quotations.size()) + " quotations \xC2\xB7 " +
                std::to_string(doc.text.size()) + " bytes</p>";
        diagnostics(doc);
        out_ += "</header>\n<div class=\"cols\">\n<div class=\"text\">";
        collect_marks(doc);
        render_text(doc.text);
        out_ += "</div>\n";
        side_list(doc);
        out_ += "</div>\n</section>\n";
    }

private:
    std::string& out_;
    const html_options& opts_;
    const document* doc_ = nullptr;
    std::string d_;
    std::vector<mark> marks_;
    std::vector<badge> badges_;
    std::map<std::string, std::size_t> groups_;
    std::vector<std::string> group_order_;

    std::string group_id(const std::string& key) const {
        const auto it = groups_.find(key);
        return it == groups_.end() ? std::string() : "d" + d_ + "-a" + std::to_string(it->second);
    }

    void diagnostics(const document& doc) {
        if (doc.diagnostics.empty()) return;
        out_ += "<details class=\"diag\"><summary>" + std::to_string(doc.diagnostics.size()) +
                " diagnostics</summary><ul>";
        const std::size_t shown = std::min<std::size_t>(doc.diagnostics.size(), 50);
        for (std::size_t i = 0; i < shown; ++i) {
            const auto& g = doc.diagnostics[i];
            out_ += "<li>";
            out_ += to_string(g.severity);
            out_ += " [" + std::to_string(g.where.begin) + "," + std::to_string(g.where.end) + "): ";
            out_ += excerpt(g.message, 300);
            out_ += "</li>";
        }
        out_ += "</ul></details>";
    }

    /// Adds a mark over [begin, end), clamped and moved to character boundaries; false when
    /// nothing is left of it.
    bool add(span where, layer level, std::string first_class, std::string next_class,
             std::string first_attrs, std::string attrs) {
        const auto text = doc_->text;
        mark m;
        m.begin = char_boundary(text, where.begin);
        m.end = char_boundary(text, std::min(where.end, text.size()));
        if (m.begin >= m.end) return false;
        m.level = level;
        m.order = marks_.size();
        m.first_class = std::move(first_class);
        m.next_class = std::move(next_class);
        m.first_attrs = std::move(first_attrs);
        m.attrs = std::move(attrs);
        marks_.push_back(std::move(m));
        return true;
    }

    void collect_marks(const document& doc) {
        const auto& st = doc.structure;
        for (const auto& b : st.blocks) {
            if (b.kind == block_kind::paragraph) continue;
            const std::string cls = "blk b-" + std::string(to_string(b.kind));
            add(b.where, layer::block, cls, cls, {},
                " title=\"" + std::string(to_string(b.kind)) + " block\"");
        }
        for (const auto& q : st.quotations) {
            const std::string cls = q.closed ? "q" : "q q-open";
            std::string title = " title=\"quotation";
            if (q.depth) title += " (depth " + std::to_string(q.depth) + ")";
            if (!q.closed) title += ", closed at the end of its paragraph";
            add(q.where, layer::quotation, cls, cls, {}, title + "\"");
        }

        // Mentions are shared between statements: one mark per span and role.
        std::map<std::pair<std::size_t, std::size_t>, std::vector<std::size_t>> sources, targets;
        for (std::size_t i = 0; i < doc.statements.size(); ++i) {
            const auto& s = doc.statements[i];
            const std::string kind(to_string(s.kind));
            const std::string k = "k-" + kind;
            const std::string n = std::to_string(i);
            const std::string title = " title=\"" + escaped(summary(doc, s, i)) + "\"";
            const std::string data = " data-doc=\"" + d_ + "\" data-statement=\"" + n + "\"";
            add(s.content, layer::content, "ct " + k, "ct " + k, {}, data + title);
            const bool cue_marked = !s.cue.empty() &&
                                    add(s.cue, layer::cue, "cue " + k, "cue-c " + k,
                                        " id=\"d" + d_ + "-c" + n + "\"", data + title);
            if (!cue_marked) {
                // No cue: a zero-width badge where the statement's content (else the
                // statement) begins, so every statement still has its one "cue" element.
                std::size_t at = s.cue.begin;
                if (!s.content.empty()) at = s.content.begin;
                else if (!s.where.empty()) at = s.where.begin;
                badge b;
                b.at = char_boundary(doc.text, at);
                b.html = "<span class=\"cue cue-empty " + k + "\" id=\"d" + d_ + "-c" + n + "\"" +
                         data + title + "></span>";
                badges_.push_back(std::move(b));
            }
            if (!s.source.where.empty())
                sources[{s.source.where.begin, s.source.where.end}].push_back(i);
            if (s.target && !s.target->where.empty())
                targets[{s.target->where.begin, s.target->where.end}].push_back(i);
            for (const auto& t : s.times)
                add(t.where, layer::time, "tm", "tm", {},
                    " title=\"time: " + escaped(t.iso.empty() ? std::string("not fixed") : t.iso) + "\"");
        }
        auto mentions = [&](const auto& table, bool source) {
            for (const auto& [where, ids] : table) {
                const auto& first = doc.statements[ids.front()];
                const mention& m = source ? first.source : *first.target;
                std::string list;
                std::string numbers;
                for (std::size_t i : ids) {
                    list += (list.empty() ? "" : " ") + std::to_string(i);
                    numbers += (numbers.empty() ? "#" : ", #") + std::to_string(i + 1);
                }
                std::string attrs = " data-doc=\"" + d_ + "\" data-statements=\"" + list + "\"";
                const std::string gid = group_id(speaker_key(doc, m));
                if (!gid.empty()) attrs += " data-actor=\"" + gid + "\"";
                attrs += " title=\"" + escaped(std::string(source ? "source of " : "target of ") +
                                               numbers + ": " + actor_line(m.actor)) + "\"";
                const std::string cls = source ? "src" : "tgt";
                add(span{where.first, where.second}, layer::mention, cls, cls, {}, attrs);
            }
        };
        mentions(sources, true);
        mentions(targets, false);
    }

    void open(mark& m) {
        out_ += "<span class=\"";
        out_ += m.opened ? m.next_class : m.first_class;
        out_ += '"';
        if (!m.opened) out_ += m.first_attrs;
        out_ += m.attrs;
        out_ += '>';
        m.opened = true;
    }

    void render_text(std::string_view text) {
        const auto before = [this](std::size_t a, std::size_t b) {
            const mark& x = marks_[a];
            const mark& y = marks_[b];
            if (x.begin != y.begin) return x.begin < y.begin;
            if (x.end != y.end) return x.end > y.end;
            if (x.level != y.level) return x.level < y.level;
            return x.order < y.order;
        };
        std::set<std::size_t, decltype(before)> active(before);

        std::vector<std::size_t> points{0, text.size()};
        std::vector<std::size_t> by_begin(marks_.size()), by_end(marks_.size());
        for (std::size_t i = 0; i < marks_.size(); ++i) {
            points.push_back(marks_[i].begin);
            points.push_back(marks_[i].end);
            by_begin[i] = by_end[i] = i;
        }
        for (const auto& b : badges_) points.push_back(b.at);
        std::sort(points.begin(), points.end());
        points.erase(std::unique(points.begin(), points.end()), points.end());
        std::sort(by_begin.begin(), by_begin.end(),
                  [this](std::size_t a, std::size_t b) { return marks_[a].begin < marks_[b].begin; });
        std::sort(by_end.begin(), by_end.end(),
                  [this](std::size_t a, std::size_t b) { return marks_[a].end < marks_[b].end; });
        std::stable_sort(badges_.begin(), badges_.end(),
                         [](const badge& a, const badge& b) { return a.at < b.at; });

        std::vector<std::size_t> stack;
        std::size_t ib = 0, ie = 0, ibadge = 0;
        for (std::size_t k = 0; k < points.size(); ++k) {
            const std::size_t at = points[k];
            while (ie < by_end.size() && marks_[by_end[ie]].end <= at) active.erase(by_end[ie++]);
            while (ib < by_begin.size() && marks_[by_begin[ib]].begin <= at) {
                if (marks_[by_begin[ib]].end > at) active.insert(by_begin[ib]);
                ++ib;
            }
            // Keep the open elements that begin the active list; close and reopen the rest.
            std::size_t common = 0;
            auto it = active.begin();
            while (common < stack.size() && it != active.end() && stack[common] == *it) {
                ++common;
                ++it;
            }
            while (stack.size() > common) {
                out_ += "</span>";
                stack.pop_back();
            }
            for (; it != active.end(); ++it) {
                open(marks_[*it]);
                stack.push_back(*it);
            }
            while (ibadge < badges_.size() && badges_[ibadge].at <= at) out_ += badges_[ibadge++].html;
            if (k + 1 < points.size()) append_escaped(out_, text.substr(at, points[k + 1] - at));
        }
        for (; ibadge < badges_.size(); ++ibadge) out_ += badges_[ibadge].html;
        while (!stack.empty()) {
            out_ += "</span>";
            stack.pop_back();
        }
    }

    void side_list(const document& doc) {
        out_ += "<aside class=\"side\"><h3>Who said what</h3>\n";
        if (doc.statements.empty()) out_ += "<p class=\"none\">No statements found.</p>\n";
        std::vector<std::vector<std::size_t>> by_group(group_order_.size());
        for (std::size_t i = 0; i < doc.statements.size(); ++i)
            by_group[groups_.at(speaker_key(doc, doc.statements[i].source))].push_back(i);
        for (std::size_t g = 0; g < group_order_.size(); ++g) {
            const auto& first = doc.statements[by_group[g].front()].source.actor;
            out_ += "<div class=\"who\" id=\"d" + d_ + "-a" + std::to_string(g) + "\"><div class=\"who-h\"><b>";
            append_escaped(out_, group_order_[g]);
            out_ += "</b> <span class=\"meta\">";
            append_escaped(out_, actor_line(first));
            out_ += "</span> <span class=\"n\">" + std::to_string(by_group[g].size()) + "</span></div><ol>\n";
            for (std::size_t i : by_group[g]) entry(doc, i);
            out_ += "</ol></div>\n";
        }
        out_ += "</aside>\n";
    }

    void detail_line(std::string_view name, const std::string& escaped_value) {
        out_ += "<div class=\"det\"><span class=\"dn\">";
        out_ += name;
        out_ += "</span> " + escaped_value + "</div>";
    }

    void entry(const document& doc, std::size_t i) {
        const auto& s = doc.statements[i];
        const std::string k(to_string(s.kind));
        out_ += "<li class=\"st\" id=\"d" + d_ + "-s" + std::to_string(i) + "\" data-doc=\"" + d_ +
                "\" data-statement=\"" + std::to_string(i) + "\" value=\"" + std::to_string(i + 1) + "\">";
        out_ += "<span class=\"kb k-" + k + "\">" + k + "</span> ";
        if (!s.cue.empty()) {
            out_ += "<b class=\"cuet\">";
            out_ += excerpt(doc.at(s.cue), 80);
            out_ += "</b> ";
        } else {
            out_ += "<i class=\"cuet\">(no cue)</i> ";
        }
        out_ += "<span class=\"excerpt\">";
        out_ += excerpt(doc.at(s.content), opts_.excerpt_bytes);
        out_ += "</span>";
        std::string source = escaped(actor_line(s.source.actor));
        if (!s.source.where.empty()) source += " \xE2\x80\x94 \xE2\x80\x9C" + excerpt(doc.at(s.source.where), 80) + "\xE2\x80\x9D";
        detail_line("source", source);
        if (s.target) {
            std::string target = escaped(actor_line(s.target->actor));
            if (!s.target->where.empty()) target += " \xE2\x80\x94 \xE2\x80\x9C" + excerpt(doc.at(s.target->where), 80) + "\xE2\x80\x9D";
            detail_line("target", target);
        } else {
            detail_line("target", "\xE2\x80\x94");
        }
        detail_line("kind", escaped(k) + " \xC2\xB7 CAMEO " + escaped(s.cameo) + " \xC2\xB7 Goldstein " +
                                number(s.goldstein) + " \xC2\xB7 mode " + std::string(to_string(s.mode)));
        std::string topics;
        for (const auto& t : s.topics) topics += (topics.empty() ? "" : ", ") + escaped(t);
        detail_line("topics", topics.empty() ? std::string("\xE2\x80\x94") : topics);
        std::string times;
        for (const auto& t : s.times) {
            times += (times.empty() ? "" : "; ") + excerpt(doc.at(t.where), 80);
            if (!t.iso.empty()) times += " = " + escaped(t.iso);
        }
        detail_line("times", times.empty() ? std::string("\xE2\x80\x94") : times);
        detail_line("bytes", "statement [" + std::to_string(s.where.begin) + "," + std::to_string(s.where.end) +
                                 ") \xC2\xB7 content [" + std::to_string(s.content.begin) + "," +
                                 std::to_string(s.content.end) + ")");
        out_ += "</li>\n";
    }
};

inline void css(std::string& out) {
    out += R"(<style>
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1d1d1f;background:#f6f6f4}
.top{padding:12px 20px;background:#fff;border-bottom:1px solid #ddd}
.top h1{margin:0 0 6px;font-size:20px}
.legend{display:flex;flex-wrap:wrap;gap:6px 14px;font-size:12px;align-items:center}
.legend .sw{display:inline-block;padding:0 6px;border-radius:3px;border-bottom:3px solid var(--k);background:color-mix(in srgb,var(--k) 35%,transparent)}
.doc{margin:16px 20px;background:#fff;border:1px solid #ddd;border-radius:6px}
.doc-h{padding:10px 16px;border-bottom:1px solid #eee}
.doc-h h2{margin:0;font-size:16px;word-break:break-all}
.counts{margin:2px 0 0;color:#555;font-size:12px}
.diag{font-size:12px;color:#7a4b00}
.cols{display:grid;grid-template-columns:minmax(0,1fr) 420px}
.text{padding:14px 18px;white-space:pre-wrap;overflow-wrap:anywhere;font:15px/1.7 Georgia,"DejaVu Serif",serif;border-right:1px solid #eee}
.side{padding:10px 14px;font-size:12.5px;max-height:100vh;overflow:auto;position:sticky;top:0;align-self:start}
.side h3{margin:4px 0 8px;font-size:14px}
.who{margin-bottom:10px;border:1px solid #e4e4e4;border-radius:5px;padding:6px 8px}
.who.active{outline:2px solid #1e6fd9}
.who-h .meta{color:#666}
.who-h .n{float:right;background:#eee;border-radius:8px;padding:0 6px}
.who ol{margin:4px 0 0;padding-left:22px}
.st{margin:4px 0;cursor:pointer}
.st.active{background:#fff6c9}
.det{color:#555;font-size:11.5px;display:none}
.st.active .det,#card .det{display:block}
.dn{display:inline-block;min-width:48px;color:#999}
.kb{display:inline-block;padding:0 5px;border-radius:3px;color:#fff;background:var(--k);font-size:11px}
.excerpt{color:#333}
.blk.b-chrome{color:#a5a5a5;background:#f1f1f1}
.blk.b-chrome .ct,.blk.b-chrome .cue,.blk.b-chrome .cue-c{color:#8a8a8a}
.blk.b-title{font-weight:bold;font-size:1.2em}
.blk.b-dateline,.blk.b-byline{font-variant:small-caps;color:#555}
.blk.b-caption{font-style:italic;color:#666}
.blk.b-turn{border-left:3px solid #ccc}
.q{border:1px dashed #555;border-radius:3px}
.q.q-open{border-style:dotted;border-color:#c00}
.ct{background:color-mix(in srgb,var(--k) 16%,transparent);cursor:pointer}
.cue,.cue-c{background:color-mix(in srgb,var(--k) 45%,transparent);border-bottom:3px solid var(--k);font-weight:bold;cursor:pointer}
.cue-empty{border:0;background:none;font-weight:normal}
.cue-empty::before{content:"\25B8";color:var(--k);font-size:.9em;padding-right:1px}
.src{text-decoration:underline 2px;text-decoration-color:#1e6fd9;color:#0b4aa8;cursor:pointer}
.src::after{content:"\2197";font-size:10px;vertical-align:super;color:#1e6fd9}
.tgt{text-decoration:underline wavy 1px;text-decoration-color:#b5309b;color:#7d1f6a}
.tm{box-shadow:inset 0 -2px 0 #90a4ae}
.active.cue,.active.cue-c,.active.ct{outline:2px solid #1e6fd9}
#card{position:fixed;right:16px;bottom:16px;width:440px;max-height:50vh;overflow:auto;background:#fff;border:1px solid #999;border-radius:6px;box-shadow:0 4px 18px rgba(0,0,0,.25);padding:8px 12px;font-size:12.5px;z-index:10}
)";
    for (std::size_t i = 0; i < kind_table.size(); ++i) {
        out += ".k-";
        out += kind_table[i].name;
        out += "{--k:";
        out += kind_colours[i];
        out += "}\n";
    }
    out += "</style>\n";
}

inline void legend(std::string& out) {
    out += "<div class=\"legend\">";
    for (std::size_t i = 0; i < kind_table.size(); ++i) {
        const auto& row = kind_table[i];
        out += "<span class=\"sw k-";
        out += row.name;
        out += "\" title=\"CAMEO ";
        out += row.cameo;
        out += ", Goldstein " + number(row.goldstein) + "\">";
        out += row.name;
        out += " <small>";
        out += row.cameo;
        out += "</small></span>";
    }
    out += "<span class=\"blk b-chrome\">chrome</span><span class=\"q\">\xE2\x80\x9Cquotation\xE2\x80\x9D</span>"
           "<span class=\"src\">source</span><span class=\"tgt\">target</span>"
           "<span class=\"tm\">time</span>"
           "<span>click a cue, content or source for details</span></div>";
}

inline constexpr std::string_view script = R"(<script>
(function(){
var card=document.getElementById('card');
function clear(){document.querySelectorAll('.active').forEach(function(e){e.classList.remove('active');});}
document.addEventListener('click',function(ev){
var t=ev.target.closest('[data-statement],[data-statements],[data-actor]');
if(!t){card.hidden=true;clear();return;}
var d=t.getAttribute('data-doc');
if(t.closest('.side')){
var s=t.getAttribute('data-statement');if(s===null)return;
clear();t.classList.add('active');
var c=document.getElementById('d'+d+'-c'+s);
if(c){c.classList.add('active');c.scrollIntoView({block:'center'});}
return;}
var ids=(t.getAttribute('data-statements')||t.getAttribute('data-statement')||'').split(' ').filter(Boolean);
clear();var html='';
ids.forEach(function(s){
var e=document.getElementById('d'+d+'-s'+s);
if(e){e.classList.add('active');html+='<div class="st">'+e.innerHTML+'</div>';if(ids.length===1)e.scrollIntoView({block:'nearest'});}
document.querySelectorAll('.text [data-doc="'+d+'"][data-statement="'+s+'"]').forEach(function(x){x.classList.add('active');});});
var a=t.getAttribute('data-actor');
if(a){var g=document.getElementById(a);if(g){g.classList.add('active');g.scrollIntoView({block:'nearest'});}}
if(html){card.innerHTML=html;card.hidden=false;}else{card.hidden=true;}
});
document.body.setAttribute('data-dom-cues',String(document.querySelectorAll('.cue').length));
})();
</script>
)";

} // namespace html
} // namespace detail

COMMUNIQUE_FUNC std::string to_html(const std::vector<const document*>& docs, const html_options& opts) {
    std::string out;
    std::size_t bytes = 0, statements = 0;
    for (const auto* doc : docs) {
        if (!doc) continue;
        bytes += doc->text.size();
        statements += doc->statements.size();
    }
    out.reserve(bytes + bytes / 8 + 16384 + statements * 2048);
    out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
           "<meta name=\"generator\" content=\"communique " COMMUNIQUE_VERSION_STRING "\">\n<title>";
    detail::html::append_escaped(out, opts.title);
    out += "</title>\n";
    detail::html::css(out);
    out += "</head>\n<body data-statements=\"" + std::to_string(statements) + "\">\n<div class=\"top\"><h1>";
    detail::html::append_escaped(out, opts.title);
    out += "</h1>";
    detail::html::legend(out);
    out += "</div>\n";
    detail::html::page_writer writer(out, opts);
    for (std::size_t d = 0; d < docs.size(); ++d)
        if (docs[d]) writer.document_section(*docs[d], d);
    out += "<div id=\"card\" hidden></div>\n";
    if (opts.script) out += detail::html::script;
    out += "</body>\n</html>\n";
    return out;
}

COMMUNIQUE_FUNC void write_html(std::ostream& out, const std::vector<const document*>& docs,
                                const html_options& opts) {
    const std::string page = to_html(docs, opts);
    out.write(page.data(), static_cast<std::streamsize>(page.size()));
}

COMMUNIQUE_FUNC void write_html(std::ostream& out, const document& doc, const html_options& opts) {
    write_html(out, std::vector<const document*>{&doc}, opts);
}

COMMUNIQUE_END_NAMESPACE

#endif

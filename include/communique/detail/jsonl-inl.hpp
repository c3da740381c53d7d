// Body of communique/io/jsonl.hpp. Boost.JSON builds each object; strings taken from the
// document are repaired to valid UTF-8 first, so a line is always valid JSON.
#ifndef COMMUNIQUE_DETAIL_JSONL_INL_HPP
#define COMMUNIQUE_DETAIL_JSONL_INL_HPP

#include <communique/detail/utf8.hpp>
#include <communique/io/jsonl.hpp>

#include <boost/json.hpp>

#include <ostream>

COMMUNIQUE_BEGIN_NAMESPACE
namespace detail {

inline boost::json::string json_text(std::string_view s) {
    return boost::json::string(valid_utf8(s));
}

inline boost::json::object actor_json(const actor& a) {
    boost::json::object o;
    o["name"] = json_text(a.name);
    o["kind"] = std::string(to_string(a.kind));
    o["country"] = a.country.empty() ? boost::json::value(nullptr) : json_text(a.country);
    if (!a.title.empty()) o["title"] = json_text(a.title);
    boost::json::array members;
    for (const auto& m : a.members) members.push_back(actor_json(m));
    o["members"] = std::move(members);
    return o;
}

inline boost::json::object mention_json(const document& doc, const mention& m) {
    boost::json::object o = actor_json(m.actor);
    if (m.where.empty()) {
        o["mention"] = nullptr;
    } else {
        o["mention"] = json_text(doc.at(m.where));
        o["mention_begin"] = m.where.begin;
        o["mention_end"] = m.where.end;
    }
    return o;
}

inline void write_line(std::ostream& out, const boost::json::object& o) {
    out << boost::json::serialize(o) << '\n';
}

} // namespace detail

COMMUNIQUE_FUNC std::string to_json(const document& doc, const statement& s) {
    namespace json = boost::json;
    json::object o;
    o["doc"] = detail::json_text(doc.id);
    o["begin"] = s.where.begin;
    o["end"] = s.where.end;
    if (s.cue.empty()) {
        o["cue"] = nullptr;
    } else {
        o["cue"] = json::object{{"begin", s.cue.begin}, {"end", s.cue.end},
                                {"text", detail::json_text(doc.at(s.cue))}};
    }
    o["source"] = detail::mention_json(doc, s.source);
    o["target"] = s.target ? json::value(detail::mention_json(doc, *s.target)) : json::value(nullptr);
    o["kind"] = std::string(to_string(s.kind));
    o["mode"] = std::string(to_string(s.mode));
    o["cameo"] = s.cameo;
    o["goldstein"] = s.goldstein;
    o["quad_class"] = static_cast<int>(quad_of(s.cameo));
    o["content"] = detail::json_text(doc.at(s.content));
    o["content_begin"] = s.content.begin;
    o["content_end"] = s.content.end;
    if (s.quote) {
        o["quote"] = detail::json_text(doc.at(*s.quote));
        o["quote_begin"] = s.quote->begin;
        o["quote_end"] = s.quote->end;
    } else {
        o["quote"] = nullptr;
    }
    json::array topics;
    for (const auto& t : s.topics) topics.push_back(detail::json_text(t));
    o["topics"] = std::move(topics);
    json::array times;
    for (const auto& t : s.times) {
        json::object tm{{"text", detail::json_text(doc.at(t.where))},
                        {"begin", t.where.begin}, {"end", t.where.end}};
        tm["iso"] = t.iso.empty() ? json::value(nullptr) : json::value(json::string(t.iso));
        times.push_back(std::move(tm));
    }
    o["times"] = std::move(times);
    return json::serialize(o);
}

COMMUNIQUE_FUNC void write_jsonl(std::ostream& out, const document& doc) {
    for (const auto& s : doc.statements) out << to_json(doc, s) << '\n';
}

COMMUNIQUE_FUNC void write_structure_jsonl(std::ostream& out, const document& doc) {
    namespace json = boost::json;
    const auto& st = doc.structure;
    // Merge the three lists into document order: a block, then its sentences and quotations
    // by start offset (a sentence before a quotation that starts at the same byte).
    std::size_t s = 0, q = 0;
    auto emit_upto = [&](std::size_t limit) {
        while (s < st.sentences.size() || q < st.quotations.size()) {
            const bool take_sentence =
                s < st.sentences.size() &&
                (q >= st.quotations.size() ||
                 st.sentences[s].where.begin <= st.quotations[q].where.begin);
            const span next = take_sentence ? st.sentences[s].where : st.quotations[q].where;
            if (next.begin >= limit) return;
            json::object o{{"doc", detail::json_text(doc.id)},
                           {"type", take_sentence ? "sentence" : "quotation"},
                           {"begin", next.begin}, {"end", next.end}};
            if (!take_sentence && !st.quotations[q].closed) o["closed"] = false;
            detail::write_line(out, o);
            (take_sentence ? s : q) += 1;
        }
    };
    for (std::size_t b = 0; b < st.blocks.size(); ++b) {
        emit_upto(st.blocks[b].where.begin);
        const auto& blk = st.blocks[b];
        json::object o{{"doc", detail::json_text(doc.id)}, {"type", "block"},
                       {"kind", std::string(to_string(blk.kind))},
                       {"begin", blk.where.begin}, {"end", blk.where.end}};
        detail::write_line(out, o);
    }
    emit_upto(static_cast<std::size_t>(-1));
}

COMMUNIQUE_END_NAMESPACE

#endif

// Body of communique/io/text.hpp.
#ifndef COMMUNIQUE_DETAIL_TEXT_INL_HPP
#define COMMUNIQUE_DETAIL_TEXT_INL_HPP

#include <communique/detail/utf8.hpp>
#include <communique/io/text.hpp>

#include <ostream>

COMMUNIQUE_BEGIN_NAMESPACE

COMMUNIQUE_FUNC void write_text(std::ostream& out, const document& doc) {
    using detail::valid_utf8;
    for (const auto& s : doc.statements) {
        out << (doc.id.empty() ? std::string("-") : valid_utf8(doc.id)) << " [" << s.where.begin
            << "-" << s.where.end << "] " << valid_utf8(s.source.actor.name);
        if (!s.source.where.empty() && doc.at(s.source.where) != s.source.actor.name)
            out << " (\"" << valid_utf8(doc.at(s.source.where)) << "\")";
        out << " — " << to_string(s.kind) << ", " << to_string(s.mode) << ", CAMEO " << s.cameo
            << " (" << s.goldstein << ")\n";
        if (!s.cue.empty()) out << "  cue:     " << valid_utf8(doc.at(s.cue)) << '\n';
        if (s.target) out << "  target:  " << valid_utf8(s.target->actor.name) << '\n';
        out << "  content: " << valid_utf8(doc.at(s.quote ? *s.quote : s.content)) << '\n';
        if (!s.topics.empty()) {
            out << "  topics: ";
            for (std::size_t i = 0; i < s.topics.size(); ++i)
                out << (i ? ", " : " ") << valid_utf8(s.topics[i]);
            out << '\n';
        }
        for (const auto& t : s.times)
            out << "  time:    " << valid_utf8(doc.at(t.where))
                << (t.iso.empty() ? std::string() : " = " + t.iso) << '\n';
        out << '\n';
    }
}

COMMUNIQUE_END_NAMESPACE

#endif

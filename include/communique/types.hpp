// communique/types.hpp: actors, statements and the document that holds them: plain C++17
// values that follow spec/statements.md field for field.
#ifndef COMMUNIQUE_TYPES_HPP
#define COMMUNIQUE_TYPES_HPP

#include <communique/diagnostic.hpp>
#include <communique/kinds.hpp>
#include <communique/span.hpp>
#include <communique/structure.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

COMMUNIQUE_BEGIN_NAMESPACE

enum class actor_kind : unsigned char {
    person,       ///< Sergei Lavrov
    state,        ///< Russia, the United States (and their metonyms: Moscow, the Kremlin)
    organization, ///< the UN Security Council, NATO, the OPCW
    group,        ///< a collective: "the two sides", "Russia and the U.S.", the G7
    other         ///< analysts, unnamed officials
};

constexpr std::string_view to_string(actor_kind k) noexcept {
    switch (k) {
    case actor_kind::person: return "person";
    case actor_kind::state: return "state";
    case actor_kind::organization: return "organization";
    case actor_kind::group: return "group";
    case actor_kind::other: return "other";
    }
    return "other";
}

/// A canonical actor. A collective (kind `group`) lists its individual members.
struct actor {
    std::string name;    ///< canonical name: "Sergei Lavrov", "Russia", "UN Security Council"
    actor_kind kind = actor_kind::other;
    std::string country; ///< ISO 3166-1 alpha-3 ("RUS"), "IGO" for bodies of states; may be empty
    std::string title;   ///< a person's role: "foreign minister"; may be empty
    std::vector<actor> members;
};

/// An actor as the text names it at one place ("He", "the minister", "Moscow").
struct mention {
    span where; ///< empty when the actor is implied (a bare quotation continuing its speaker)
    communique::actor actor;
};

/// A date or time expression, normalised where the publication date or the text fixes it.
struct time_mention {
    span where;
    std::string iso; ///< ISO 8601 ("2017-04-14", "2017-04-03/2017-04-04"); empty if not fixed
};

/// One act of saying, holding or doing something diplomatic (spec: "The unit").
struct statement {
    span where;   ///< the sentence or stretch that holds it
    span cue;     ///< the words that carry the act; empty when there is none (a bare quotation)
    mention source;
    std::optional<mention> target;
    statement_kind kind = statement_kind::statement;
    communique::mode mode = mode::indirect;
    std::string cameo;      ///< CAMEO event code: the kind's default or a finer one
    double goldstein = 0.0; ///< Goldstein weight of `cameo`
    span content;           ///< the proposition
    std::optional<span> quote; ///< the quotation it holds, marks included, when there is one
    std::vector<std::string> topics;
    std::vector<time_mention> times;
};

/// The result of extracting one article. It refers to the caller's text by `text`, a view:
/// keep the text alive while the document is used.
struct document {
    std::string id;         ///< the caller's name for it (a file name, a JSONL id); may be empty
    std::string_view text;  ///< the caller's bytes, as given
    communique::structure structure;
    std::vector<statement> statements;
    communique::diagnostics diagnostics;

    std::string_view at(span s) const noexcept { return s.in(text); }
};

COMMUNIQUE_END_NAMESPACE

#endif

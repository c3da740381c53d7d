// communique/lexicon.hpp: what the library knows (actors, demonyms, titles, cue phrases,
// topics, given names), as data. The default is embedded from src/lexicon/*.lex; users add or override
// entries at run time from files in the same format (documented in src/lexicon/README.md).
#ifndef COMMUNIQUE_LEXICON_HPP
#define COMMUNIQUE_LEXICON_HPP

#include <communique/diagnostic.hpp>
#include <communique/kinds.hpp>
#include <communique/types.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

COMMUNIQUE_BEGIN_NAMESPACE

namespace detail {
struct lexicon_tables;
}

/// How a cue phrase takes its source and content (the grammar's view of a cue).
enum class cue_frame : unsigned char {
    say,       ///< reporting verb: SOURCE said (that) CONTENT; "QUOTE," SOURCE said; said SOURCE
    act,       ///< verb with an object: SOURCE condemned OBJECT; the object may be the target
    stance,    ///< predicate after a form of "be": SOURCE is ready to / committed to CONTENT
    modal,     ///< SOURCE will / shall VERB: intent when the source speaks for itself
    according, ///< according to SOURCE, CONTENT
    nominal,   ///< a noun that carries the act where a verb would: "in a statement", "in his remarks"
    signal     ///< never a cue by itself: a word in the content of a neutral reporting cue that
               ///< gives it its kind ("said Russia must ...", "said the strike was a failure")
};

constexpr std::string_view to_string(cue_frame f) noexcept {
    switch (f) {
    case cue_frame::say: return "say";
    case cue_frame::act: return "act";
    case cue_frame::stance: return "stance";
    case cue_frame::modal: return "modal";
    case cue_frame::according: return "according";
    case cue_frame::nominal: return "nominal";
    case cue_frame::signal: return "signal";
    }
    return "say";
}

/// A named actor. `names[0]` is the canonical name; the others are aliases and metonyms
/// ("Moscow", "the Kremlin" for Russia; "Sergey Lavrov" for Sergei Lavrov).
struct actor_entry {
    std::vector<std::string> names;
    actor_kind kind = actor_kind::state;
    std::string country; ///< ISO 3166-1 alpha-3, "IGO" for intergovernmental bodies
    std::string title;   ///< a person's role, when known
};

/// Adjectives and possessives that name a country: "Russian", "American", "Russia's".
struct demonym_entry {
    std::vector<std::string> forms;
    std::string country; ///< ISO 3166-1 alpha-3
};

/// Titles that make a person an actor: "foreign minister", "secretary of state".
struct title_entry {
    std::vector<std::string> forms;
    std::string role; ///< canonical role, lower case
};

/// A cue phrase: every inflected form, the kind it carries, its CAMEO code and weight.
/// A `*` inside a form stands for up to three optional words ("expressed * concern about").
struct cue_entry {
    std::vector<std::string> forms;
    statement_kind kind = statement_kind::statement;
    std::string cameo;
    double goldstein = 0.0;
    cue_frame frame = cue_frame::say;
};

/// Words that name an issue or place a statement is about.
struct topic_entry {
    std::vector<std::string> forms;
    std::string topic;
};

/// The sex a given name shows ("Maria", "Sergei"): whom "he" and "she" may mean.
enum class given_sex : unsigned char { female, male };

constexpr std::string_view to_string(given_sex s) noexcept { return s == given_sex::female ? "female" : "male"; }

/// Given names that nearly always belong to one sex, in international news. The extractor
/// reads the first word of a person's full name ("Patricia Hewitt"), so that "she said" is
/// not given to the man named last. Names that both sexes bear are left out.
struct given_name_entry {
    std::vector<std::string> forms;
    given_sex sex = given_sex::female;
};

/// Everything a lexicon file holds, in file order.
struct lexicon_entries {
    std::vector<actor_entry> actors;
    std::vector<demonym_entry> demonyms;
    std::vector<title_entry> titles;
    std::vector<cue_entry> cues;
    std::vector<topic_entry> topics;
    std::vector<given_name_entry> given_names;
};

/// Parses text in the lexicon file format. On a malformed line, appends an error diagnostic
/// whose message reads `ORIGIN:LINE:COLUMN: expected ...` and returns false; entries before
/// the bad line are kept in `out`.
bool parse_lexicon(std::string_view text, std::string_view origin, lexicon_entries& out,
                   diagnostics& errors);

/// A set of lexicon entries with the lookup tables built from them. Cheap to copy (the tables
/// are shared and immutable); adding entries builds new tables for this copy only.
class lexicon {
public:
    /// An empty lexicon.
    lexicon();
    ~lexicon();
    lexicon(const lexicon&);
    lexicon& operator=(const lexicon&);
    lexicon(lexicon&&) noexcept;
    lexicon& operator=(lexicon&&) noexcept;

    /// The embedded default lexicon, built on first use (thread-safe).
    static const lexicon& builtin();

    /// Adds the entries of `text` (lexicon file format); a later entry with the same form
    /// overrides an earlier one. Returns false, and adds nothing, when the text is malformed.
    bool add(std::string_view text, std::string_view origin, diagnostics& errors);
    /// The same for a file; an unreadable file is an error diagnostic.
    bool add_file(const std::string& path, diagnostics& errors);
    /// Adds parsed entries.
    void add(const lexicon_entries& entries);

    const lexicon_entries& entries() const noexcept;

    /// For the extractor: the lookup tables. Not part of the stable API.
    const detail::lexicon_tables& tables() const noexcept { return *tables_; }

private:
    /// A lexicon of tables built already (builtin): the empty lexicon's tables are not built
    /// only to be dropped.
    explicit lexicon(std::shared_ptr<const detail::lexicon_tables> tables) noexcept;

    std::shared_ptr<const detail::lexicon_tables> tables_;
};

COMMUNIQUE_END_NAMESPACE

#ifdef COMMUNIQUE_HEADER_ONLY
#include <communique/detail/lexicon-inl.hpp>
#include <communique/detail/lexicon_file-inl.hpp>
#endif

#endif

// Body of communique/lexicon.hpp: building the lookup tables from entries.
#ifndef COMMUNIQUE_DETAIL_LEXICON_INL_HPP
#define COMMUNIQUE_DETAIL_LEXICON_INL_HPP

#include <communique/detail/default_lexicon_data.hpp>
#include <communique/detail/lexicon_forms.hpp>
#include <communique/detail/lexicon_tables.hpp>
#include <communique/detail/words.hpp>
#include <communique/lexicon.hpp>

#include <fstream>
#include <sstream>
#include <stdexcept>

COMMUNIQUE_BEGIN_NAMESPACE
namespace detail {

inline void index_entries(lexicon_tables& t) {
    const auto& e = t.entries;
    std::string scratch; // the Capitalised variants of forms are built here (capitalised_into)
    for (std::uint32_t i = 0; i < e.actors.size(); ++i) {
        const auto& a = e.actors[i];
        if (a.kind == actor_kind::state && !a.country.empty()) t.state_by_country.put(a.country, i, false);
        if (a.kind != actor_kind::person) continue;
        for (const auto& name : a.names) {
            const auto space = name.rfind(' ');
            if (space != std::string::npos) t.person_by_last_name.put(std::string_view(name).substr(space + 1), i, true);
        }
    }
    for (std::uint32_t i = 0; i < e.actors.size(); ++i)
        for (const auto& name : e.actors[i].names) {
            put(t.actors, name, i);
            // "the Kremlin" is also matched at a capitalised sentence start ("The Kremlin").
            if (name.rfind("the ", 0) == 0) put(t.actors, capitalised_into(scratch, name), i);
        }
    for (std::uint32_t i = 0; i < e.demonyms.size(); ++i)
        for (const auto& form : e.demonyms[i].forms) put(t.demonyms, form, i);
    for (std::uint32_t i = 0; i < e.titles.size(); ++i)
        for (const auto& form : e.titles[i].forms) put_cased(t.titles, form, i, true, scratch);
    // A later entry wins, as in the phrase tables: a user's file may correct a built-in name.
    for (std::uint32_t i = 0; i < e.given_names.size(); ++i)
        for (const auto& form : e.given_names[i].forms) t.given_names.put(form, i, true);
    with_starts<phrase_table> topics{t.topics, t.topic_heads}; // topics_in's filter sees every form
    for (std::uint32_t i = 0; i < e.topics.size(); ++i)
        for (const auto& form : e.topics[i].forms) put_cased(topics, form, i, false, scratch);
    for (std::uint32_t i = 0; i < e.cues.size(); ++i)
        for (const auto& form : e.cues[i].forms) {
            // A gap is a lone '*' (" * "); the bytes are looked through for a '*' before the
            // gap is looked for whole, where most forms have none.
            const std::size_t star = has_byte(form, '*', '*') ? form.find(" * ") : std::string::npos;
            if (star == std::string::npos) {
                // A content signal never takes over a form that is a cue of its own ("hope").
                if (e.cues[i].frame == cue_frame::signal && t.cues.find(form)) continue;
                put_cased(t.cues, form, i, false, scratch);
                continue;
            }
            const std::string head = form.substr(0, star);
            const std::string tail = form.substr(star + 3);
            std::uint32_t rule = 0;
            if (const std::uint32_t* found = t.gap_heads.find(head)) {
                rule = *found;
            } else {
                rule = static_cast<std::uint32_t>(t.gap_rules.size());
                t.gap_rules.emplace_back();
                put_cased(t.gap_heads, head, rule, false, scratch);
            }
            put(t.gap_rules[rule], tail, i);
            // Without the gap word the phrase is a plain cue too ("expressed concern about").
            put_cased(t.cues, head + " " + tail, i, false, scratch);
        }
    auto index = [&t](const phrase_table& table, std::uint8_t bit) {
        table.leads.for_each([&](std::uint64_t key, std::uint8_t kinds) {
            auto& lead = t.leads[key];
            lead.any |= bit;
            if (kinds & phrase_table::alone) lead.alone |= bit;
        });
        table.pairs.for_each([&](std::uint64_t key, bool) { t.pairs[key] |= bit; });
    };
    // Room for every table's keys and the grammar's words at once (fewer when tables share
    // a key): the index is not rehashed as it grows.
    std::size_t words = 0;
    grammar_words::instance().for_each_slot([&words](const grammar_word&, std::uint16_t) { ++words; });
    const phrase_table* const tables[] = {&t.cues, &t.gap_heads, &t.actors, &t.titles, &t.demonyms, &t.topics};
    std::size_t leads = words, pairs = 0;
    for (const phrase_table* table : tables) {
        leads += table->leads.size();
        pairs += table->pairs.size();
    }
    t.leads.reserve(leads);
    t.pairs.reserve(pairs);
    index(t.cues, in_table::cues);
    index(t.gap_heads, in_table::gap_heads);
    index(t.actors, in_table::actors);
    index(t.titles, in_table::titles);
    index(t.demonyms, in_table::demonyms);
    index(t.topics, in_table::topics);
    // The words of the grammar by their lead keys, in the same index: a word's one probe tells
    // the tagger both (facts_of). Words with the same lead key ("A", "A.") are looked up the
    // slow way.
    grammar_words::instance().for_each_slot([&t](const grammar_word& g, std::uint16_t slot) {
        std::uint16_t& word = t.leads[g.key].word;
        word = word == 0 ? slot : grammar_words::shared;
    });
    for (phrase_table* table : {&t.cues, &t.gap_heads, &t.actors, &t.titles, &t.demonyms, &t.topics})
        table->freeze();
}

template <typename T>
void append(std::vector<T>& to, const std::vector<T>& from) {
    to.insert(to.end(), from.begin(), from.end());
}

} // namespace detail

// Even with no entries the lead index holds the words of the grammar (index_entries), which
// the tagger finds there.
COMMUNIQUE_FUNC lexicon::lexicon() : tables_([] {
    auto empty = std::make_shared<detail::lexicon_tables>();
    detail::index_entries(*empty);
    return empty;
}()) {}
COMMUNIQUE_FUNC lexicon::lexicon(std::shared_ptr<const detail::lexicon_tables> tables) noexcept
    : tables_(std::move(tables)) {}
COMMUNIQUE_FUNC lexicon::~lexicon() = default;
COMMUNIQUE_FUNC lexicon::lexicon(const lexicon&) = default;
COMMUNIQUE_FUNC lexicon& lexicon::operator=(const lexicon&) = default;
COMMUNIQUE_FUNC lexicon::lexicon(lexicon&&) noexcept = default;
COMMUNIQUE_FUNC lexicon& lexicon::operator=(lexicon&&) noexcept = default;

COMMUNIQUE_FUNC const lexicon& lexicon::builtin() {
    // Built once and never destroyed: tearing down its tries cost a short run half as much
    // again as building them, at exit, for nothing (the object stays reachable, so leak
    // checkers do not report it).
    static const lexicon& instance = *new lexicon([] {
        // The files parse straight into the entries of the tables (parse_lexicon appends, in
        // file order): no copy of them to merge the files, and none to add them.
        auto tables = std::make_shared<detail::lexicon_tables>();
        diagnostics errors;
        for (const auto& file : detail::default_lexicon_files)
            parse_lexicon(file.text, file.name, tables->entries, errors);
        // The embedded data is checked by the test suite, so a line of it turned down is a
        // broken build (a compiler that initialised the grammar in another order once made
        // every actor and cue line fail): an error here, not an extractor that finds nothing.
        for (const auto& e : errors)
            if (e.severity == severity::error)
                throw std::runtime_error("the built-in lexicon did not load (" + e.message +
                                         "): the library was built wrong");
        detail::index_entries(*tables);
        return lexicon(std::move(tables));
    }());
    return instance;
}

COMMUNIQUE_FUNC void lexicon::add(const lexicon_entries& more) {
    auto next = std::make_shared<detail::lexicon_tables>();
    next->entries = tables_->entries;
    detail::append(next->entries.actors, more.actors);
    detail::append(next->entries.demonyms, more.demonyms);
    detail::append(next->entries.titles, more.titles);
    detail::append(next->entries.cues, more.cues);
    detail::append(next->entries.topics, more.topics);
    detail::append(next->entries.given_names, more.given_names);
    detail::index_entries(*next);
    tables_ = std::move(next);
}

COMMUNIQUE_FUNC bool lexicon::add(std::string_view text, std::string_view origin,
                                  diagnostics& errors) {
    lexicon_entries parsed;
    if (!parse_lexicon(text, origin, parsed, errors)) return false;
    add(parsed);
    return true;
}

COMMUNIQUE_FUNC bool lexicon::add_file(const std::string& path, diagnostics& errors) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        errors.push_back({severity::error, {}, 0, 0, path + ": cannot open the lexicon file"});
        return false;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return add(buffer.str(), path, errors);
}

COMMUNIQUE_FUNC const lexicon_entries& lexicon::entries() const noexcept {
    return tables_->entries;
}

COMMUNIQUE_END_NAMESPACE

#endif

// Document-wide resolution: who "he", "they", "the minister", "the duo" and "both" are, and
// the actors in the news that a passive "were discussed" belongs to.
#ifndef COMMUNIQUE_DETAIL_RESOLUTION_HPP
#define COMMUNIQUE_DETAIL_RESOLUTION_HPP

#include <communique/detail/tagging.hpp>
#include <communique/types.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <cstdint>
#include <vector>

COMMUNIQUE_BEGIN_NAMESPACE
namespace detail {

inline bool same_actor(const actor& a, const actor& b) {
    return a.name == b.name && a.kind == b.kind;
}

/// Whether two persons' names are one person's written twice, once with a middle name: the
/// same first and last words ("William Ruto", "William Samoei Ruto").
inline bool same_person_named_twice(const actor& a, const actor& b) {
    if (a.kind != actor_kind::person || b.kind != actor_kind::person || a.name == b.name) return false;
    const std::string_view x = a.name, y = b.name;
    const std::size_t xs = x.find(' '), ys = y.find(' ');
    if (xs == std::string_view::npos || ys == std::string_view::npos) return false;
    return x.substr(0, xs) == y.substr(0, ys) && x.substr(x.rfind(' ')) == y.substr(y.rfind(' '));
}

/// Whether `inner` speaks for the same side as `outer` (the own-side rule): the same actor,
/// or a state whose country is the outer person's country.
inline bool same_side(const actor& outer, const actor& inner) {
    if (same_actor(outer, inner)) return true;
    if (inner.kind == actor_kind::state && !inner.country.empty() && inner.country == outer.country)
        return true;
    return false;
}

/// Whether `speaker`, an official whose state the text does not say, speaks for `inner`, the
/// state his words open with, by its name: "Official Spokesperson Randhir Jaiswal said that
/// India rejects", as ministries' own papers write; "Iran is prepared to ..., Foreign Minister
/// Majid Tavakoli said", as a country's own press and the wires write. A spokesperson, a
/// minister or a secretary ("Chief Cabinet Secretary", "Secretary of State"); not another's
/// (`office_of_another`: "Its prime minister, Ulf Kristersson, said that Turkey was asking"),
/// nor any other official (a secretary-general serves no one state). `mention` is the words
/// that name the state: not its "side" ("the Myanmar side had agreed"), the other in talks.
inline bool official_of_unsaid_state(const actor& speaker, const actor& inner, std::string_view mention,
                                     bool office_of_another) {
    if (inner.kind != actor_kind::state || speaker.kind != actor_kind::person || !speaker.country.empty()) return false;
    if (ends_in_words(mention, "side")) return false;
    if (is_spokesperson_title(speaker.title)) return true;
    if (office_of_another) return false;
    return is_minister_title(speaker.title) ||
           (speaker.title.find("secretary") != std::string::npos && speaker.title.find("general") == std::string::npos);
}

/// `to` = `from`, with no copy where `to` holds that very actor already: the same speaker
/// and subject come back sentence after sentence, and comparing their few short strings
/// costs less than copying them. (An actor with members is always copied.)
inline void keep_actor(std::optional<actor>& to, const actor& from) {
    if (to && from.members.empty() && to->members.empty() && to->kind == from.kind && to->name == from.name &&
        to->country == from.country && to->title == from.title)
        return;
    to = from;
}

/// A group that lists its members ("Russia and the U.S.", "the two sides"): they act and are
/// noted one by one. A group the lexicon names whole (a movement: "Hamas", "the Taliban")
/// has none, and is one actor.
inline bool is_collective(const actor& a) noexcept { return a.kind == actor_kind::group && !a.members.empty(); }

inline actor make_group(std::vector<actor> members) {
    // (Each member once: two mentions of one pair, "Saudi Arabia and Iran" and "Riyadh and
    // Tehran", joined are still the pair.)
    for (std::size_t i = 1; i < members.size();)
        if (std::any_of(members.begin(), members.begin() + static_cast<std::ptrdiff_t>(i),
                        [&](const actor& m) { return same_actor(m, members[i]); }))
            members.erase(members.begin() + static_cast<std::ptrdiff_t>(i));
        else
            ++i;
    if (members.size() == 1) return std::move(members.front());
    actor g;
    g.kind = actor_kind::group;
    for (std::size_t i = 0; i < members.size(); ++i) g.name += (i ? " and " : "") + members[i].name;
    g.members = std::move(members);
    return g;
}

/// What the document has said so far about who is in the news: salience (how often each
/// actor was named or spoke) and recency, which is what a reader uses to resolve "he", "the
/// minister" and "the duo".
class discourse {
public:
    /// `remember_last` false searches the index for every actor noted, even the one noted last
    /// (the test's reference).
    explicit discourse(bool remember_last = true) : remember_last_(remember_last) {}

    /// An actor named anywhere in the text.
    void mentioned(const actor& a) { note(a, 1); }

    /// The grammatical subject of a sentence: "he" in the next sentence is most likely it.
    void subject(const actor& a) {
        note(a, 1);
        if (a.kind == actor_kind::person) keep_actor(last_subject_, a);
        if (a.kind == actor_kind::group || a.kind == actor_kind::organization) keep_actor(last_plural_, a);
        if (a.kind == actor_kind::organization || a.kind == actor_kind::state) keep_actor(last_body_, a);
        note_states(a);
    }

    /// A source that made a statement. One reported inside a quotation ("President Putin
    /// says ...," he said) gains salience but does not become "he".
    void spoke(const actor& a, bool quoted = false) {
        // A joint act ("the presidents discussed") names its members once, and a speaker
        // reported inside another's words or clause is named, not heard: neither makes a
        // speaker in the news.
        note(a, is_collective(a) || quoted ? 1 : 2);
        if (a.kind == actor_kind::state) keep_actor(last_state_, a);
        note_states(a); // (as a source anywhere: "the three governments" are the last three)
        if (quoted) return;
        if (a.kind == actor_kind::person) keep_actor(last_subject_, a);
        if (a.kind == actor_kind::group || a.kind == actor_kind::organization) keep_actor(last_plural_, a);
        if (a.kind == actor_kind::organization || a.kind == actor_kind::state) keep_actor(last_body_, a);
    }

    /// "the three governments", "the three countries": the last states that spoke or acted
    /// together, where there were `count` of them.
    std::optional<actor> states_together(std::size_t count) const {
        return last_states_ && last_states_->members.size() == count ? last_states_ : std::nullopt;
    }
    /// "the three leaders": the last persons that spoke or acted together, where there were
    /// `count` of them (a pair is two at most).
    std::optional<actor> persons_together(std::size_t count) const {
        return last_persons_ && last_persons_->members.size() == count ? last_persons_ : std::nullopt;
    }
    /// States named in a list of three or more ("The President of the Republic of Kazakhstan,
    /// the President of the People's Republic of China, ... and the President of the Republic
    /// of Uzbekistan"), whether or not they spoke: "the Parties" to come.
    void states_named_together(const actor& group) {
        ++clock_;
        note_states(group);
    }
    /// "The Parties", "the Sides" of a joint declaration: the three or more states named
    /// together last, where no pair met since.
    std::optional<actor> parties() const {
        if (defined_parties_) return defined_parties_;
        return last_states_ && last_states_->members.size() >= 3 && states_at_ >= pair_at_ ? last_states_ : std::nullopt;
    }
    /// "The Republic of Armenia and the Republic of Türkiye (hereinafter referred to as “the
    /// Sides”)": the parties a text defines are its Sides and Parties from there on.
    void parties_defined(const actor& group) { defined_parties_ = group; }
    /// "the leaders" with no number: those persons, where no pair met since they were named.
    std::optional<actor> persons_named_together() const {
        return last_persons_ && persons_at_ >= pair_at_ ? last_persons_ : std::nullopt;
    }

    /// An official the text does not name spoke for his state as a subject ("The
    /// representative of Iraq said", "The Chinese envoy said"): "he" and "she" to come are that
    /// official, so his state (`state`), not a person named before him.
    void unnamed_official_spoke(const actor& state) {
        if (state.kind == actor_kind::state) keep_actor(last_subject_, state);
    }

    /// Two who held talks ("Putin had a telephone conversation with Erdogan", "Lavrov and
    /// Tillerson met"): the pair of "the leaders" and "the two sides" to come.
    void met(const actor& pair) {
        if (pair.kind == actor_kind::group && pair.members.size() >= 2) {
            keep_actor(last_pair_, pair);
            pair_at_ = clock_;
        }
    }

    /// An intergovernmental body spoke or met through its members named together ("ASEAN
    /// foreign ministers met", "EU leaders agreed"): "the ministers", "the leaders" to come.
    void members_spoke(const actor& body) {
        keep_actor(last_members_, body);
        members_at_ = clock_;
    }
    /// The body of members_spoke, where none met as a pair since.
    std::optional<actor> members_named() const {
        return last_members_ && members_at_ >= pair_at_ ? last_members_ : std::nullopt;
    }

    /// "it said": the last body or state that was a subject or spoke ("Yukos ... It said").
    const std::optional<actor>& it() const noexcept { return last_body_; }

    /// "he": the last person subject, else the most recent person; of them, none the text has
    /// shown to be a woman (show_sex).
    std::optional<actor> he() const { return person_other_than(sex::female); }
    /// "she": the same, none the text has shown to be a man.
    std::optional<actor> she() const { return person_other_than(sex::male); }
    /// Whether the text has not shown `a` to be of sex `other` (that "he" may be him).
    bool may_be_other_than(const actor& a, sex other) const {
        const sex* known = sexes_.size() == 0 ? nullptr : sexes_.find(bytes_key(a.name));
        return !known || *known != other;
    }

    /// What a text shows of the sex of the person named `name`: a form of address ("Ms
    /// Hewitt", "Lord Falconer") or a title ("spokeswoman"), as words.hpp's shown_sex reads
    /// them. (Not "she" read as someone: a wrong reading would stick.)
    void show_sex(std::string_view name, sex which) {
        if (!name.empty() && which != sex::unknown) sexes_[bytes_key(name)] = which;
    }

    /// "they": the last group that spoke, else the last body named (a council, a ministry),
    /// else nobody.
    std::optional<actor> they() const {
        if (last_plural_) return last_plural_;
        // Not the two actors in the news: news prose most often means a group that it names
        // by a common noun ("many activists remained defiant, saying they would ...",
        // "Politicians on all sides ... they want to"), and a pair of the most named persons
        // is then a wrong source. A group that spoke ("the two ministers said") is kept above.
        return std::nullopt;
    }

    /// "the Foreign Ministry" with no country: the state that spoke last.
    std::optional<actor> state_speaker() const { return last_state_; }

    /// "the minister", "the secretary": the most recent person whose role has that word (and
    /// whose country is `country`, when given: "the President of Russia"; else one whose
    /// country the text never said: "President Musharraf" is "the Pakistani president"; not
    /// for a spokesperson). A role nobody in the text holds yet falls back to the most
    /// salient person of that country, unless `holder_only`.
    std::optional<actor> with_role(const std::string& role, const std::string& country = {},
                                   bool holder_only = false) const {
        const auto space = role.rfind(' ');
        const std::string key = space == std::string::npos ? role : role.substr(space + 1);
        // (Any spokesperson's title is a spokesperson's: "spokeswoman", "press secretary".)
        const bool spokesperson = is_spokesperson_title(role);
        const bool state_office = is_state_office(role);
        const entry* best = nullptr;
        const entry* best_unplaced = nullptr; // a holder of no known country
        const entry* compatriot = nullptr;
        const entry* counterpart_holder = nullptr;
        for (const auto& e : seen_) {
            if (e.who.kind != actor_kind::person) continue;
            const bool placed = country.empty() || e.who.country == country;
            if (!placed && !e.who.country.empty()) continue;
            const bool holds = spokesperson ? is_spokesperson_title(e.who.title)
                               : key == "diplomat"  ? is_diplomats_title(e.who.title)
                                                    : e.who.title.find(key) != std::string::npos;
            // (A counterpart holds the office of the one whose counterpart he is, of his own
            // state: "his Omani counterpart Badr Albusaidi" is "the Omani foreign minister".)
            const bool counterpart = !holds && state_office && !country.empty() && e.who.country == country &&
                                     e.who.title == "counterpart";
            const entry*& holder = placed ? best : best_unplaced;
            if (holds && (!holder || e.last >= holder->last)) holder = &e;
            if (counterpart && (!counterpart_holder || e.last >= counterpart_holder->last)) counterpart_holder = &e;
            // (Not one whose occupation the text gave: "Morocco's foreign minister" is no
            // Moroccan coach named before.)
            const bool occupied = !e.who.title.empty() && state_office && !is_state_office(e.who.title) &&
                                  !is_political_title(e.who.title);
            if (placed && !occupied && (!compatriot || better(e, *compatriot))) compatriot = &e;
        }
        if (best) return best->who;
        if (counterpart_holder) return counterpart_holder->who;
        // (But a spokesperson of a state, "A State Department spokesperson", is no spokesperson
        // of unknown country named before, of another side most often: its state speaks.)
        if (best_unplaced && !spokesperson) return best_unplaced->who;
        // (Nor is a state's envoy its best-known person: "Pakistan's High Commissioner to
        // Britain" is no President Musharraf named before.)
        if (!country.empty() && compatriot && !holder_only && !is_diplomats_title(role)) return compatriot->who;
        return std::nullopt;
    }

    /// A title of political life that is_state_office does not list ("leader", "crown prince",
    /// "governor", "senator"): its holder may be "the Saudi foreign minister" no text named.
    static bool is_political_title(std::string_view title) {
        for (std::string_view w : {"leader", "head", "chief", "prince", "emir", "sultan", "chair", "general",
                                   "governor", "mayor", "lawmaker", "senator", "mp", "member", "speaker", "commander"})
            if (title.find(w) != std::string_view::npos) return true;
        return false;
    }

    /// "The Council", "the League": the body named last whose name has `word` as its last word
    /// or before "of" ("UN Security Council", "Arab League", "League of Arab States"), in any
    /// case; none when the text named no such body.
    std::optional<actor> body_named_by(std::string_view word) const {
        const std::string lower = lower_ascii(word);
        auto same = [&](std::string_view w) { return equals_lower(w, lower); };
        const entry* best = nullptr;
        for (const auto& e : seen_) {
            if (e.who.kind != actor_kind::organization || e.who.name.size() <= word.size()) continue;
            if (best && e.last < best->last) continue;
            const std::string_view name = e.who.name;
            const std::size_t space = name.rfind(' ');
            const std::size_t of = name.find(" of ");
            const std::string_view last = space == std::string_view::npos ? std::string_view{} : name.substr(space + 1);
            const std::string_view head = of == std::string_view::npos ? std::string_view{} : name.substr(0, of);
            const std::size_t head_space = head.rfind(' ');
            if (same(last) || same(head_space == std::string_view::npos ? head : head.substr(head_space + 1)))
                best = &e;
        }
        if (best) return best->who;
        return std::nullopt;
    }

    /// A body named with a mission's words after its own name ("the European Union Election
    /// Observation Mission", "the OAS Electoral Observation Mission"): "the mission" later is
    /// that body, where the text named no body "Mission" of its own.
    void named_mission(const actor& a) { keep_actor(mission_, a); }
    const std::optional<actor>& mission() const noexcept { return mission_; }

    /// The person noted by exactly this name ("Sugiono", named after his title), or null.
    const actor* person_noted_as(std::string_view name) const {
        const std::uint32_t* head = newest_.find(bytes_key(name));
        for (std::uint32_t k = head ? *head : 0; k != 0; k = seen_[k - 1].same_key)
            if (seen_[k - 1].who.name == name) return seen_[k - 1].who.kind == actor_kind::person ? &seen_[k - 1].who : nullptr;
        return nullptr;
    }

    /// The intergovernmental body named last ("NATO", "the United Nations"), or none.
    /// The organization the text named last of those `pred` accepts ("the agency": one whose
    /// names end in "Agency").
    template <class Pred> std::optional<actor> last_organization_where(Pred pred) const {
        const entry* best = nullptr;
        for (const auto& e : seen_)
            if (e.who.kind == actor_kind::organization && (!best || e.last >= best->last) && pred(e.who)) best = &e;
        if (best) return best->who;
        return std::nullopt;
    }

    std::optional<actor> last_intergovernmental() const {
        const entry* best = nullptr;
        for (const auto& e : seen_)
            if (e.who.kind == actor_kind::organization && e.who.country == "IGO" && (!best || e.last >= best->last))
                best = &e;
        if (best) return best->who;
        return std::nullopt;
    }

    /// The two actors in the news: the two who last held talks (with `role` in both their
    /// titles when given: "the presidents"), else the two most salient persons (likewise),
    /// else the two most salient states. (In a text of two readouts, "the leaders" of the
    /// second are its own two, not the first one's speaker.)
    /// With `persons` ("the two men", "the leaders"), only persons: not the two states that
    /// last made a joint statement.
    std::optional<actor> pair(const std::string& role, bool persons = false) const {
        // (States that met hold every role of their talks: "The Foreign Ministers of Egypt,
        // Jordan and Iraq met ... The Ministers agreed".)
        if (last_pair_ && (role.empty() || std::all_of(last_pair_->members.begin(), last_pair_->members.end(),
                                                       [&](const actor& m) {
                                                           return m.kind == actor_kind::state ||
                                                                  m.title.find(role) != std::string::npos;
                                                       })) &&
            (!persons || std::all_of(last_pair_->members.begin(), last_pair_->members.end(),
                                     [](const actor& m) { return m.kind == actor_kind::person; })))
            return last_pair_;
        for (actor_kind kind : {actor_kind::person, actor_kind::state}) {
            if (persons && kind != actor_kind::person) break;
            const entry* top[2] = {nullptr, nullptr};
            for (const auto& e : seen_) {
                if (e.who.kind != kind) continue;
                if (!role.empty() && e.who.title.find(role) == std::string::npos) continue;
                // (One person under two forms of his name is one: "President William Ruto" in a
                // heading, "William Samoei Ruto" below it.)
                if (top[0] && same_person_named_twice(e.who, top[0]->who)) {
                    if (better(e, *top[0])) top[0] = &e;
                    continue;
                }
                if (top[1] && same_person_named_twice(e.who, top[1]->who)) {
                    if (better(e, *top[1])) top[1] = &e;
                    if (better(*top[1], *top[0])) std::swap(top[0], top[1]);
                    continue;
                }
                if (!top[0] || better(e, *top[0])) {
                    top[1] = top[0];
                    top[0] = &e;
                } else if (!top[1] || better(e, *top[1])) {
                    top[1] = &e;
                }
            }
            if (top[1]) return make_group({top[1]->who, top[0]->who});
        }
        if (!role.empty()) return pair({}, persons);
        // States whose ministers met, where no person in the text holds the role: "The Foreign
        // Ministers of Egypt, Jordan and Iraq met ... The Ministers agreed".
        if (persons && last_pair_ && std::all_of(last_pair_->members.begin(), last_pair_->members.end(),
                                                 [](const actor& m) { return m.kind == actor_kind::state; }))
            return last_pair_;
        return persons ? std::nullopt : last_plural_;
    }

    /// A person's full name that the text gives and nothing above notes (a name the lexicon
    /// does not know, mentioned but not speaking): for named_in_full alone, never "he".
    /// `name` is a view of the text, which outlives the discourse of its document.
    void gave_full_name(std::string_view name) {
        ++clock_;
        full_names_given_.push_back(name);
        if (surname_slot* slot = slot_of(name)) {
            slot->given = name.data();
            slot->given_size = static_cast<std::uint32_t>(std::min<std::size_t>(name.size(), UINT32_MAX)); // a few words
            slot->given_clock = clock_;
        }
    }

    /// Whether the text has named anyone in full yet.
    bool any_full_name() const noexcept { return by_surname_.size() != 0; }

    /// The full names the text gave (gave_full_name), in the order given: views of the text.
    const std::vector<std::string_view>& full_names_given() const noexcept { return full_names_given_; }

    /// Who named_in_full found: an actor the discourse noted, or a name the text gave.
    struct full_name {
        const actor* noted = nullptr; ///< null for a name given and nothing more
        std::string_view name;
        /// The actor: the noted one, or a person of the name given.
        actor who() const {
            if (noted) return *noted;
            actor a;
            a.kind = actor_kind::person;
            a.name = std::string(name);
            return a;
        }
    };

    /// The person this text named in full ("Michael Howard") whose surname is `surname`
    /// ("Howard"), the one named last; none when there is none. "Mr Howard" two paragraphs
    /// on is him, whoever else of that name the lexicon knows. `noted_only`: only an actor
    /// noted above, not a name given and nothing more (which may be a heading's words:
    /// "Presidents Trump and Putin talk"), as for a surname the lexicon knows.
    std::optional<full_name> named_in_full(std::string_view surname, bool noted_only = false) const {
        const surname_slot* slot = by_surname_.find(bytes_key(surname));
        if (!slot) return std::nullopt;
        // (A key's surname is compared too: two surnames may share a key.)
        const entry* best = nullptr;
        for (std::uint32_t k = slot->noted; k != 0; k = seen_[k - 1].same_surname)
            if (surname_of(seen_[k - 1].who) == surname && (!best || seen_[k - 1].last >= best->last))
                best = &seen_[k - 1];
        const std::string_view given(slot->given, slot->given_size);
        if (!noted_only && ends_in_words(given, surname) && (!best || slot->given_clock > best->last))
            return full_name{nullptr, given};
        if (best) return full_name{&best->who, best->who.name};
        return std::nullopt;
    }

    /// The one person the discourse noted by a full name that holds `word` as a word other
    /// than its last ("Cho" of Cho Tae-yul, "Touhid" of Md Touhid Hossain, "Prabowo" of
    /// Prabowo Subianto); none where no such person or two were noted. (named_in_full first:
    /// this reads every actor noted.)
    std::optional<actor> named_by_other_word(std::string_view word) const {
        return only_person_named([word](const actor& who) {
            // (A middle word of a longer name; the first only of a person whose country writes
            // the family name first, or where one name is usual: "Apple" of a misread "Apple
            // Mac", "Nicolas" of Nicolas Anelka are no way to name them.)
            const std::string_view name = who.name;
            const bool first_too = family_name_first(who.country) || who.country == "IDN" || who.country == "MMR";
            bool holds = false;
            for (std::size_t b = 0; b < name.size() && !holds;) {
                const std::size_t space = std::min(name.find(' ', b), name.size());
                holds = space < name.size() && (b > 0 || first_too) && name.substr(b, space - b) == word;
                b = space + 1;
            }
            return holds;
        });
    }

    /// The one person the discourse noted whose full name begins with `given` ("Keir" of Keir
    /// Starmer, for "Sir Keir"); none where no such person or two were noted.
    std::optional<actor> named_by_given_name(std::string_view given) const {
        return only_person_named([given](const actor& who) {
            const std::string_view name = who.name;
            return name.size() > given.size() && name.substr(0, given.size()) == given && name[given.size()] == ' ';
        });
    }

private:
    /// The one person (no group) the discourse noted whose name `names` accepts; none where
    /// no such person or two were noted.
    template <typename Names>
    std::optional<actor> only_person_named(const Names& names) const {
        const actor* found = nullptr;
        for (const entry& e : seen_) {
            if (e.who.kind != actor_kind::person || !e.who.members.empty() || !names(e.who)) continue;
            if (found && found->name != e.who.name) return std::nullopt;
            found = &e.who;
        }
        if (!found) return std::nullopt;
        return *found;
    }

    struct entry {
        /// Built where it stays (emplace_back): the actor is copied once, not moved as well.
        entry(const actor& a, int w, std::size_t at, std::uint32_t same) : who(a), weight(w), last(at), same_key(same) {}
        actor who;
        int weight = 0;
        std::size_t last = 0;
        std::uint32_t same_key = 0; ///< the entry before it whose name has its key (1 + index), or 0
        std::uint32_t same_surname = 0; ///< the person before it with its surname's key (1 + index), or 0
    };
    /// The persons of one surname (by its key): those noted, through entry::same_surname
    /// from the newest, and the last name given (gave_full_name) with its clock.
    struct surname_slot {
        const char* given = nullptr;
        std::uint32_t given_size = 0;
        std::uint32_t noted = 0; ///< 1 + index of the newest entry of the surname, 0 for none
        std::size_t given_clock = 0;
    };
    /// The slot of `name`'s surname; null where `name` is one word (no full name).
    surname_slot* slot_of(std::string_view name) {
        const auto space = name.rfind(' ');
        if (space == std::string_view::npos) return nullptr;
        return &by_surname_[bytes_key(name.substr(space + 1))];
    }
    /// The word of a noted person's full name that the text uses alone: the last ("Lavrov"),
    /// or the first where the person's country writes the family name first ("Mao" of Mao
    /// Ning, a Chinese spokeswoman). Empty for a name of one word.
    static std::string_view surname_of(const actor& a) noexcept {
        const std::string_view name = a.name;
        const bool first = family_name_first(a.country);
        const auto space = first ? name.find(' ') : name.rfind(' ');
        if (space == std::string_view::npos) return {};
        return first ? name.substr(0, space) : name.substr(space + 1);
    }
    std::optional<actor> person_other_than(sex other) const {
        auto fits = [&](const actor& a) { return may_be_other_than(a, other); };
        if (last_subject_ && fits(*last_subject_)) return last_subject_;
        const entry* best = nullptr;
        for (const auto& e : seen_)
            if (e.who.kind == actor_kind::person && (!best || e.last >= best->last) && fits(e.who)) best = &e;
        if (best) return best->who;
        return std::nullopt;
    }
    static bool better(const entry& a, const entry& b) {
        return a.weight != b.weight ? a.weight > b.weight : a.last > b.last;
    }

    void note(const actor& a, int weight) {
        ++clock_;
        if (is_collective(a)) {
            for (const auto& m : a.members) note(m, weight);
            return;
        }
        // The actor noted last comes back most often (the speaker of a sentence is its
        // subject and one of the actors it names): its entry is the newest of its name, the
        // one the search below would find.
        if (remember_last_ && last_noted_ != 0 && seen_[last_noted_ - 1].who.kind == a.kind &&
            seen_[last_noted_ - 1].who.name == a.name)
            return noted_again(seen_[last_noted_ - 1], a, weight);
        // Found by name: a long document names many actors, each many times. The name's key
        // leads to the entries whose names have it, newest first; the first with the name is
        // the newest of that name (a name may stand for a person and, later, a state).
        std::uint32_t& head = newest_[bytes_key(a.name)]; // 1 + index into seen_, 0 for none
        std::uint32_t k = head;
        while (k != 0 && seen_[k - 1].who.name != a.name) k = seen_[k - 1].same_key;
        if (k != 0 && seen_[k - 1].who.kind == a.kind) {
            last_noted_ = k;
            return noted_again(seen_[k - 1], a, weight);
        }
        // Room for the actors of most articles at once: an entry holds strings to move.
        if (seen_.empty()) seen_.reserve(16);
        seen_.emplace_back(a, weight, clock_, head);
        head = last_noted_ = static_cast<std::uint32_t>(seen_.size());
        if (a.kind == actor_kind::person)
            if (const std::string_view surname = surname_of(a); !surname.empty()) {
                surname_slot& slot = by_surname_[bytes_key(surname)];
                seen_.back().same_surname = slot.noted;
                slot.noted = last_noted_;
                absorb_surname_alone(surname);
            }
    }
    /// A person noted by his surname alone before the text gave his full name ("Foreign
    /// Minister Abdelatty Receives ..." heading "Dr. Badr Abdelatty, Minister of ...") is the
    /// person just noted (the newest entry), not a second one: "the two ministers" are not he
    /// and he. The earlier entry gives the newest its weight, and its title and country where
    /// the newest has none, and is no person from here on.
    void absorb_surname_alone(std::string_view surname) {
        entry& full = seen_.back();
        const std::uint32_t* k = newest_.find(bytes_key(surname));
        for (std::uint32_t i = k ? *k : 0; i != 0; i = seen_[i - 1].same_key) {
            entry& alone = seen_[i - 1];
            if (alone.who.name != surname || alone.who.kind != actor_kind::person) continue;
            if (!alone.who.country.empty() && !full.who.country.empty() && alone.who.country != full.who.country) return;
            full.weight += alone.weight;
            // (What the text said of him under his surname holds of him: "the Pakistani
            // president" after "President Musharraf" and then "Gen Pervez Musharraf".)
            if (full.who.title.empty()) full.who.title = alone.who.title;
            if (full.who.country.empty()) full.who.country = alone.who.country;
            alone.who.kind = actor_kind::other;
            return;
        }
    }
    /// `e` (an entry of `a`'s name and kind) noted once more.
    void noted_again(entry& e, const actor& a, int weight) {
        e.weight += weight;
        e.last = clock_;
        if (e.who.title.empty() && !a.title.empty()) e.who.title = a.title;
    }

    std::vector<entry> seen_;
    key_map<surname_slot> by_surname_; ///< bytes_key of a surname -> its persons
    std::vector<std::string_view> full_names_given_; ///< gave_full_name's names, in order
    std::optional<actor> defined_parties_; ///< parties_defined's group
    key_map<std::uint32_t> newest_; ///< bytes_key of a name -> 1 + index of its newest entry
    key_map<sex> sexes_;            ///< bytes_key of a person's name -> male or female, where shown
    std::size_t clock_ = 0;
    std::uint32_t last_noted_ = 0; ///< 1 + index of the entry note() found or made last, 0 for none
    bool remember_last_ = true;
    /// States together as a subject or a source ("Brazil, Colombia and Mexico called on"):
    /// states_together's; three persons or more so (persons_together's).
    void note_states(const actor& a) {
        if (!is_collective(a) || a.members.size() < 2) return;
        if (std::all_of(a.members.begin(), a.members.end(), [](const actor& m) { return m.kind == actor_kind::state; })) {
            keep_actor(last_states_, a);
            states_at_ = clock_;
        } else if (a.members.size() >= 3 && std::all_of(a.members.begin(), a.members.end(),
                                                      [](const actor& m) { return m.kind == actor_kind::person; })) {
            keep_actor(last_persons_, a);
            persons_at_ = clock_;
        }
    }

    std::optional<actor> last_subject_, last_plural_, last_state_, last_body_, last_pair_, last_members_, last_states_,
        last_persons_, mission_;
    std::size_t pair_at_ = 0, members_at_ = 0; ///< clock_ when last_pair_ and last_members_ were kept
    std::size_t persons_at_ = 0, states_at_ = 0; ///< clock_ when last_persons_ and last_states_ were kept
};

} // namespace detail
COMMUNIQUE_END_NAMESPACE

#endif

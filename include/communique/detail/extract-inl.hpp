// Body of communique/extract.hpp: the pipeline of DESIGN.md.
//   structure -> tagging (mentions, cues) -> attribution grammar -> resolution -> statements
#ifndef COMMUNIQUE_DETAIL_EXTRACT_INL_HPP
#define COMMUNIQUE_DETAIL_EXTRACT_INL_HPP

#include <communique/detail/attributions.hpp>
#include <communique/detail/engine_window.hpp>
#include <communique/detail/lexicon_tables.hpp>
#include <communique/detail/resolution.hpp>
#include <communique/detail/sentence_rules.hpp>
#include <communique/detail/tagging.hpp>
#include <communique/detail/utf8.hpp>
#include <communique/extract.hpp>

#include <algorithm>
#include <atomic>
#include <exception>
#include <initializer_list>
#include <system_error>
#include <thread>

COMMUNIQUE_BEGIN_NAMESPACE
namespace detail {

/// A depth-0 quotation of the document and who said it, once known.
struct quote_info {
    const quotation* q = nullptr;
    std::optional<actor> speaker;
    bool claimed = false;
    /// first_person_kind of its inner text, once looked for: the quotation is tagged once
    /// however many statements ask.
    std::optional<std::optional<statement_kind>> first_person;
    /// Who the sentence where it closes on a comma attributes it to, once looked for: the
    /// speaker of its first person before that sentence is reached.
    std::optional<std::optional<actor>> closing_speaker;
};

class engine {
public:
    engine(const lexicon& lex, std::string_view text, const options& opts)
        : tables_(lex.tables()), tagger_(tables_), text_(text), opts_(opts), rules_(text_, tables_) {}

    void run(document& doc) {
        doc_ = &doc;
        doc.structure = parse_structure(text_);
        for (const auto& d : doc.structure.diagnostics) doc.diagnostics.push_back(d);
        published_ = opts_.published;
        if (!published_) published_ = find_publication_date(text_, doc.structure);
        quotes_.reserve(doc.structure.quotations.size());
        for (const auto& q : doc.structure.quotations)
            if (q.depth == 0) quotes_.push_back({&q, std::nullopt, false, std::nullopt, std::nullopt});
        place_quote_window(span{0, 0}); // a quotation may begin at byte 0
        note_marks();
        std::size_t sentence = 0;
        const auto& st = doc.structure;
        // Room for one statement a sentence at once spares the moves of a growing vector (a
        // statement holds strings and vectors). Half that, the average in news, still let a
        // hundred of the bench's 234 documents grow it: quote-heavy ones give one a sentence.
        doc.statements.reserve(doc.statements.size() + std::min(st.sentences.size() + 1, opts_.max_statements));
        if (st.sentences.size() > 1 && ends_mid_word(text_) && st.sentences.back().where.end + 1 >= text_.find_last_not_of(' ')) {
            cut_sentence_ = st.sentences.size() - 1;
            doc.diagnostics.push_back({severity::warning, st.sentences.back().where, 0, 0,
                                       "the text ends mid-word, as if cut off: its last sentence gave no statement"});
        }
        for (std::uint32_t b = 0; b < st.blocks.size(); ++b) {
            std::size_t first = sentence;
            while (sentence < st.sentences.size() && st.sentences[sentence].block == b) ++sentence;
            const block& blk = st.blocks[b];
            if (blk.kind == block_kind::chrome || blk.kind == block_kind::byline) continue;
            run_block(doc, blk, first, sentence);
            if (doc.statements.size() >= opts_.max_statements) {
                doc.statements.resize(opts_.max_statements);
                doc.diagnostics.push_back({severity::warning, {}, 0, 0,
                                           "more than " + std::to_string(opts_.max_statements) +
                                               " statements: the rest were dropped"});
                break;
            }
        }
    }

private:
    const lexicon_tables& tables_;
    tagger tagger_;
    tagged_sentence sentence_; ///< run_sentence's units, its buffers reused sentence after sentence
    tagged_sentence quotation_; ///< first_person_kind's units, likewise
    std::vector<attribution> found_; ///< run_sentence's attributions, likewise
    std::string_view text_;
    const options& opts_;
    sentence_rules rules_;
    std::optional<civil_date> published_;
    discourse talk_;
    std::vector<quote_info> quotes_;
    begun_window quote_window_; ///< quote_at's quotations to the end of the sentence being read
    /// Byte -> 'q' where an outer quotation opens, 'Q' where its closing mark stands; sorted
    /// by byte, one mark to a byte.
    std::vector<std::pair<std::size_t, char>> marks_;
    std::optional<actor> turn_speaker_;
    std::string briefing_country_; ///< the state whose spokesperson a heading named (run_turn)
    std::vector<std::string> hosts_; ///< the surnames of a transcript's interviewers, lower case (run_turn)
    bool hosts_read_ = false;        ///< note_hosts has looked
    std::optional<actor> doc_speaker_;  ///< who "we" and "I" are outside quotations
    std::optional<actor> dateline_state_; ///< the state whose capital the first dateline names
    std::size_t body_sentences_ = 0;     ///< sentences of paragraphs read so far (note_official_voice)
    std::optional<actor> list_speaker_; ///< whose list the bullets are ("said the following")
    const std::optional<actor> no_actor_;
    std::string lowered_;               ///< lower-cased view for headlines, same offsets
    /// What a lone capitalised word opening a sentence names (proper_noun_of_one_word).
    struct lone_noun {
        enum kind_t : std::uint8_t { none, body, person } kind = none;
        std::string_view full_name; ///< a person's given name and surname, where the text has them
    };
    /// name_lone_proper_noun's answers by word, up to 64 words a document.
    std::vector<std::pair<std::string_view, lone_noun>> proper_nouns_;
    /// Reporting cue unit -> passive cue it took in (-1 for a denied one): a sentence has
    /// one or two, looked up in a row.
    std::vector<std::pair<std::size_t, int>> absorbed_;
    const document* doc_ = nullptr; ///< the document run() is extracting (its structure)
    std::optional<actor> block_speaker_; ///< the last explicit speaker, for bare quotations
    std::size_t block_speaker_block_ = static_cast<std::size_t>(-1);
    std::size_t block_index_ = 0;
    std::size_t cut_sentence_ = static_cast<std::size_t>(-1); ///< a last sentence cut off mid-word
    int intent_cue_ = -2; ///< index of the plain intent cue; -2 until looked for
    int will_cue_ = -2;   ///< index of the cue "will"; -2 until looked for
    int will_not_cue_ = -2; ///< index of the cue "will not"; -2 until looked for
    int called_it_cue_ = -2; ///< index of the cue "called it"; -2 until looked for
    int backs_cue_ = -2;     ///< index of the cue "backs" (headline_back); -2 until looked for
    int visited_cue_ = -2;   ///< index of the cue "visited"; -2 until looked for
    int hosted_talks_cue_ = -2; ///< index of the cue "hosted talks"; -2 until looked for
    std::size_t finished_ = static_cast<std::size_t>(-1); ///< the statement finish() last read
    span finished_about_;                                ///< the span it read

    /// Texts cut at a byte limit end mid-word ("... told reporters afterwards tha", "I urge
    /// the"): no full stop, no closing mark, no line end. What such a last sentence says is
    /// unknown, so it gives no statement. A one-sentence text is kept whole (a caller's bare
    /// sentence without its full stop).
    static bool ends_mid_word(std::string_view text) {
        std::size_t end = text.size();
        while (end > 0 && text[end - 1] == ' ') --end;
        if (end == 0) return false;
        const char c = text[end - 1];
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /// The marks of the outer quotations, in byte order. They come in that order already
    /// (outer quotations do not overlap); the stable sort only guards hostile structure, and
    /// where two marks fall on one byte the later one wins, as it would in a map.
    void note_marks() {
        marks_.reserve(2 * quotes_.size());
        for (const quote_info& qi : quotes_) {
            const quotation& q = *qi.q;
            marks_.emplace_back(q.where.begin, 'q');
            if (q.closed && q.inner.end < q.where.end) marks_.emplace_back(q.inner.end, 'Q');
        }
        auto by_byte = [](const auto& x, const auto& y) { return x.first < y.first; };
        auto not_after = [](const auto& x, const auto& y) { return x.first >= y.first; };
        if (std::adjacent_find(marks_.begin(), marks_.end(), not_after) == marks_.end()) return;
        std::stable_sort(marks_.begin(), marks_.end(), by_byte);
        std::vector<std::pair<std::size_t, char>> last_of_byte;
        for (const auto& m : marks_) {
            if (!last_of_byte.empty() && last_of_byte.back().first == m.first) last_of_byte.back() = m;
            else last_of_byte.push_back(m);
        }
        marks_ = std::move(last_of_byte);
    }

    /// The mark at byte `pos`: 'q', 'Q', or 'x' for none.
    char mark_at(std::size_t pos) const {
        const auto it = std::lower_bound(marks_.begin(), marks_.end(), pos,
                                         [](const std::pair<std::size_t, char>& m, std::size_t p) { return m.first < p; });
        return it != marks_.end() && it->first == pos ? it->second : 'x';
    }

    /// Where quotation k of quotes_ begins (quote_window_ reads them so).
    auto quote_begin() const {
        return [this](std::size_t k) { return quotes_[k].q->where.begin; };
    }
    /// The outer quotation holding byte `pos`, or null (quotations of one depth do not overlap
    /// and come in order: the last one to begin at or before `pos`). Within the sentence being read
    /// (almost every call), the last quotation that begins at or before `pos` is among the few
    /// that begin in it, or the one before them: read back from the window's end (quotes_ is
    /// sorted by where it begins). Inlined: a dozen places ask, most of them once a statement.
    BOOST_FORCEINLINE quote_info* quote_at(std::size_t pos) {
        if (pos > quote_window_.end) return quote_after_window(pos);
        const std::size_t k = quote_window_.last_at(pos, quote_begin());
        return k < quotes_.size() && quotes_[k].q->where.contains(pos) ? &quotes_[k] : nullptr;
    }
    /// quote_at past its window, by a binary search of all the quotations.
    BOOST_NOINLINE quote_info* quote_after_window(std::size_t pos) {
        auto it = std::upper_bound(quotes_.begin(), quotes_.end(), pos,
                                   [](std::size_t p, const quote_info& q) { return p < q.q->where.begin; });
        if (it == quotes_.begin()) return nullptr;
        --it;
        return it->q->where.contains(pos) ? &*it : nullptr;
    }

    /// quote_at's window ends where `where` ends.
    void place_quote_window(span where) { quote_window_.place(where.end, quotes_.size(), quote_begin()); }

    void run_block(document& doc, const block& blk, std::size_t first, std::size_t last) {
        ++block_index_;
        if (blk.kind != block_kind::bullet) list_speaker_.reset();
        const auto& st = doc.structure;
        block_kind kind = blk.kind;
        // "NEW DELHI: The foreign ministers of ...": a capital in capitals before a colon, as
        // South Asia's press writes a dateline, is no speaker's label.
        if (kind == block_kind::turn && is_upper_place_label(blk.label.in(text_)))
            if (std::optional<actor> place = state_of_place(blk.label.in(text_))) {
                kind = block_kind::dateline;
                if (!dateline_state_) dateline_state_ = std::move(place);
            }
        if (kind == block_kind::turn) run_turn(doc, blk);
        else turn_speaker_.reset();
        if (kind == block_kind::dateline && !dateline_state_ && !blk.label.empty())
            dateline_state_ = state_of_place(blk.label.in(text_));
        for (std::size_t s = first; s < last; ++s) {
            if (s == cut_sentence_) continue;
            const span whole = st.sentences[s].where;
            // "MOSCOW, April 9 (TASS) - Lavrov and Wang discussed ..., the ministry said.": the
            // dateline is no part of the sentence's grammar; the report starts after its dash.
            // (Its statements still hold the whole sentence, as a reader quotes it.)
            span read = whole;
            if (kind == block_kind::dateline && whole.begin < blk.body.begin && blk.body.begin < whole.end)
                read.begin = blk.body.begin;
            run_sentence(doc, whole, read, kind);
        }
    }

    /// A label of capitals and blanks only ("NEW DELHI"), no title ("MR RATHKE" is a speaker's,
    /// and state_of_place knows no such place).
    static bool is_upper_place_label(std::string_view label) noexcept {
        if (label.empty() || label.size() > 24) return false;
        for (const char c : label)
            if (!(is_upper(c) || c == ' ' || c == '-')) return false;
        return true;
    }

    /// "The Community urged" after "the Caribbean Community (CARICOM)", whose lexicon name is
    /// "CARICOM": the last body that spoke or acted, where one of the lexicon's names for it
    /// ends in `word`.
    std::optional<actor> body_by_other_name(std::string_view word) const {
        const std::optional<actor>& body = talk_.it();
        if (!body || body->kind != actor_kind::organization || !named_by_lexicon_with(*body, word)) return std::nullopt;
        return body;
    }

    /// Whether one of the lexicon's names of `body` ends in `word`, any case ("International
    /// Atomic Energy Agency" for the IAEA and "agency").
    bool named_by_lexicon_with(const actor& body, std::string_view word) const {
        const auto m = match_phrase(tables_.actors, body.name, 0);
        if (!m || m->length != body.name.size()) return false;
        const std::string lower = lower_ascii(word);
        for (const std::string& name : tables_.entries.actors[m->index].names)
            if (name.size() > word.size() && name[name.size() - word.size() - 1] == ' ' &&
                equals_lower(std::string_view(name).substr(name.size() - word.size()), lower))
                return true;
        return false;
    }

    /// The state a dateline's place names as its metonym ("MOSCOW", "New Delhi": the lexicon's
    /// capitals), in any case; none for another place ("GENEVA").
    std::optional<actor> state_of_place(std::string_view place) const {
        place = place.substr(0, place.find(','));
        if (place.empty() || place.size() > 40) return std::nullopt;
        const std::string name = capitalised(place); // as the lexicon writes a capital
        const auto m = match_phrase(tables_.actors, name, 0);
        if (!m || m->length != name.size()) return std::nullopt;
        const auto& entry = tables_.entries.actors[m->index];
        if (entry.kind != actor_kind::state) return std::nullopt;
        return tagger_.state_of(entry.country);
    }

    /// A transcript turn: the label names the speaker; the turn is the speaker's statement.
    void run_turn(document& doc, const block& blk) {
        turn_speaker_.reset();
        if (blk.label.empty()) return;
        // A fragment of a turn ("MR RATHKE: I d", cut off) says nothing yet.
        if (blk.body.size() < 12) return;
        // An interviewer asks, he makes no statement: "HOST (MARGARET LANE):", then "LANE:".
        if (!hosts_read_) note_hosts();
        const std::string lower = lower_ascii(blk.label.in(text_));
        {
            const std::size_t space = lower.find_last_of(" (");
            const std::string last = space == std::string::npos ? lower : lower.substr(space + 1);
            const std::string surname = last.substr(0, last.find(')'));
            for (std::string_view host : {"host", "presenter", "interviewer", "anchor", "moderator"})
                if (lower.compare(0, host.size(), host) == 0) {
                    if (surname != host && hosts_.size() < 8) hosts_.push_back(surname);
                    return;
                }
            if (std::find(hosts_.begin(), hosts_.end(), surname) != hosts_.end()) return;
            // A journalist asks by his outlet's name: "Kyodo News:", "AFP:".
            if (is_news_outlet_word(surname)) return;
        }
        auto quote_kind = [](std::size_t, char guess) { return guess == '"' ? 'x' : guess; };
        tagged_sentence label = tagger_.tag(text_, blk.label, quote_kind);
        std::optional<actor> who;
        for (const auto& u : label.units)
            if (u.tag == 'N') {
                who = label.actors[static_cast<std::size_t>(u.actor)];
                break;
            }
        if (!who) {
            // An unknown speaker label: a name if it looks like one, never "Question" or "Q".
            const std::string_view l = blk.label.in(text_);
            if (lower == "q" || lower == "question" || lower == "journalist" || lower == "reporter" ||
                lower == "moderator" || lower.find("question") != std::string::npos)
                return;
            // "A:" of a briefing's transcript: the spokesperson the text named ("Foreign
            // Ministry Spokesperson Lin Jian's Regular Press Conference"), else nobody known.
            // So is "MR SPOKESPERSON:", or the state whose spokesperson the heading named
            // ("Press Briefing by the Spokesperson of the Ministry of Foreign Affairs of Spain").
            std::string_view bare = lower;
            if (const auto space = l.find(' '); space != std::string_view::npos && is_honorific(l.substr(0, space)))
                bare.remove_prefix(space + 1);
            if (bare == "a" || bare == "answer" || (bare.find(' ') == std::string_view::npos && is_spokesperson_title(bare))) {
                who = talk_.with_role("spokesperson", {}, true);
                if (!who && !briefing_country_.empty()) who = tagger_.state_of(briefing_country_);
                if (!who) return;
            }
        }
        if (!who) {
            const std::string_view l = blk.label.in(text_);
            std::string_view name = l;
            if (const auto space = name.find(' '); space != std::string_view::npos && is_honorific(name.substr(0, space)))
                name.remove_prefix(space + 1);
            // So is a title before it ("SPOKESPERSON LIN JIAN:", as later turns write "LIN JIAN:"),
            // which is his (later turns may write "SPOKESMAN:" alone).
            std::optional<std::string> label_role;
            if (const auto space = name.find(' '); space != std::string_view::npos && (label_role = role_of_title(name.substr(0, space))))
                name.remove_prefix(space + 1);
            // After the honorific, a name and nothing but a name ("MR RATHKE", "MS. NAUERT"):
            // a label with any other word is a heading, however capitalised ("Subs Not Used:
            // Pellegrino, Carson." in a football line-up).
            // A surname alone is the person the text named in full ("Abdelatty:" after
            // "Egyptian Foreign Minister Badr Abdelatty"), whatever the tagger made of a lone
            // capitalised word.
            // (In capitals as a label writes it: "KULEBA:" after "Foreign Minister Dmytro Kuleba".)
            if (name.find(' ') == std::string_view::npos)
                if (const auto full = talk_.named_in_full(name); full || in_capitals_only(name))
                    if (const auto again = full ? full : talk_.named_in_full(capitalised(name))) who = again->who();
            const std::size_t name_begin = blk.label.end - name.size();
            bool named = who.has_value();
            // ("He Yongqian:", a spokesman of China's commerce ministry: "He" is a family name
            // there, no pronoun.)
            const bool he_first = name.size() > 3 && name.substr(0, 3) == "He " && is_upper(name[3]);
            for (const auto& u : label.units) {
                if (who || u.where.end <= name_begin) continue; // the honorific's own units
                if (u.tag != 'C' && !(he_first && u.where.begin == name_begin && u.tag == 'P')) return;
                named = true;
            }
            if (!named) return;
            if (!who) {
                actor a;
                a.kind = actor_kind::person;
                a.name = std::string(name);
                if (label_role) a.title = *label_role;
                who = a;
            }
        }
        turn_speaker_ = who;
        talk_.spoke(*who);
        statement& s = doc.statements.emplace_back(); // built in place, not moved there
        s.where = blk.where;
        s.cue = {blk.label.begin, std::min(blk.body.begin, blk.where.end)};
        s.source = mention{blk.label, *who};
        s.kind = statement_kind::statement;
        s.mode = mode::direct;
        s.content = blk.body;
        set_code(s, nullptr);
        finish(doc, s);
    }

    void set_code(statement& s, const cue_entry* cue) {
        if (cue && cue->kind == s.kind && !cue->cameo.empty()) {
            s.cameo = cue->cameo;
            s.goldstein = cue->goldstein;
        } else {
            s.cameo.assign(info(s.kind).cameo);
            s.goldstein = info(s.kind).goldstein;
        }
    }

    /// The topics and times of the statement just built (the last of `doc`): those of its
    /// quotation, else its content, else its sentence. Statements in a row often read the same
    /// span (two cues of one sentence with one content, a quotation two cues claim): then the
    /// statement before has them already.
    void finish(document& doc, statement& s) {
        // Words reported before a closing source end before its comma ("Russia is ready to
        // help, Lavrov said": not "help, "), and so do a quotation's that close on one.
        while (s.content.end > s.content.begin && (text_[s.content.end - 1] == ' ' || text_[s.content.end - 1] == ','))
            --s.content.end;
        const span said = s.quote ? *s.quote : s.content;
        const span about = said.empty() ? s.where : said;
        const std::size_t index = doc.statements.size() - 1;
        if (finished_ < index && finished_about_ == about) {
            const statement& before = doc.statements[finished_];
            s.topics = before.topics;
            s.times = before.times;
        } else {
            s.topics = topics_in(about);
            s.times = find_times(text_, about, published_);
        }
        finished_ = index;
        finished_about_ = about;
    }

    std::vector<std::string> topics_in(span where) const { return detail::topics_in(tables_, text_, where); }
    /// Whether a body's mention ends in a word for its members together ("ASEAN foreign
    /// ministers", "EU leaders", "NATO allies": is_members_word), holds its heads ("heads of
    /// government"), or opens with a members word before "of"
    /// or "from" ("Foreign ministers from the Group of Seven", members_of_named_body).
    static bool names_members(std::string_view mention) noexcept {
        if (is_members_word(mention.substr(mention.rfind(' ') + 1))) return true;
        // ("CARICOM heads of government", "NATO heads of state and government".)
        if (mention.find(" heads of ") != std::string_view::npos) return true;
        for (std::string_view link : {" of ", " from "})
            if (const std::size_t at = mention.find(link); at != std::string_view::npos && at < 24) {
                const std::string_view before = mention.substr(0, at);
                return is_members_word(lowered_first(before.substr(before.rfind(' ') + 1)).view());
            }
        return false;
    }

    /// "Foreign ministers from the Group of Seven rich democracies on Friday endorsed ...",
    /// "Leaders of the Mercosur trade bloc called for ...": the members of an intergovernmental
    /// body, named before it, with up to three words after its name that describe it, are one
    /// source unit of the body, which names_members reads as its members together.
    void members_of_named_body(tagged_sentence& ts) const {
        // (The tagger reads a body after "of" or "from" as oblique, 'o': here it is the subject.)
        for (std::size_t n = next_tag_in<'N', 'o'>(ts.tags, 0); n != std::string::npos; n = next_tag_in<'N', 'o'>(ts.tags, n + 1)) {
            if (!is_igo_unit(ts, n)) continue;
            // (The tagger's unit may hold the members already: "Leaders of the Mercosur".)
            std::size_t first = n;
            if (ts.tags[n] == 'o' || !names_members(ts.units[n].where.in(text_))) {
                if (n < 2) continue;
                const std::size_t link = ts.tags[n - 1] == 'w' && spelled(ts.units[n - 1].where.in(text_), "the") ? n - 2 : n - 1;
                if (link < 1 || !is_tag_in("pw", ts.tags[link]) || ts.tags[link - 1] != 'w') continue;
                const std::string_view via = ts.units[link].where.in(text_);
                if ((via != "of" && via != "from") || !is_members_word(lowered_first(ts.units[link - 1].where.in(text_)).view())) continue;
                // (Its first words: "Foreign ministers", "Finance ministers", "Leaders".)
                first = link - 1;
                if (first > 0 && ts.tags[first - 1] == 'w' && is_upper(ts.units[first - 1].where.in(text_).front()) &&
                    !is_common_capitalised(ts.units[first - 1].where.in(text_), lead_key(ts.units[first - 1].where.in(text_), 0)))
                    --first;
            }
            // (The words that describe the body, then the cue.)
            std::size_t last = n;
            while (last + 1 < ts.tags.size() && last < n + 3 && ts.tags[last + 1] == 'w' &&
                   is_lower(ts.units[last + 1].where.in(text_).front()) && !ends_body_description(ts.units[last + 1].where.in(text_)))
                ++last;
            // (Past adverbs and a phrase of time: "on Friday", "on Tuesday".)
            std::size_t cue = last + 1;
            while (cue < ts.tags.size() && ts.tags[cue] == 'a') ++cue;
            if (cue + 2 < ts.tags.size() && ts.tags[cue] == 'p' && ts.units[cue].where.in(text_) == "on" &&
                is_weekday(ts.units[cue + 1].where.in(text_)))
                cue += 2;
            if (cue >= ts.tags.size() || !is_subject_cue_tag(ts.tags[cue])) continue;
            merge_units(ts, first, last, n, 'N');
            n = first;
        }
    }

    /// A word that ends the words describing a body ("the Mercosur trade bloc on Friday",
    /// "the G7 this week"): a preposition or the first word of a phrase of time.
    static bool ends_body_description(std::string_view w) noexcept {
        return w == "on" || w == "in" || w == "at" || w == "of" || w == "for" || w == "after" || w == "this" || w == "last";
    }

    /// Whether a description names one official of a state by a person's role ("The
    /// representative of Iraq", "Rwanda's delegate", "The Chinese envoy"): not a body ("the
    /// Foreign Ministry"), its armed forces, or several ("Iranian officials").
    bool names_one_official(const tagged_sentence& ts, const unit& u) const {
        const description d = ts.described(u);
        if (d.role.empty() || is_body_word_role(d.role) || is_armed_forces_role(d.role)) return false;
        const std::string_view role_word = d.role.substr(d.role.rfind(' ') + 1);
        const std::string_view mention = u.where.in(text_);
        for (std::size_t at = mention.find(role_word); at != std::string_view::npos; at = mention.find(role_word, at + 1)) {
            const std::size_t after = at + role_word.size();
            if ((at == 0 || !is_word_byte(static_cast<unsigned char>(mention[at - 1]))) &&
                (after == mention.size() || !is_word_byte(static_cast<unsigned char>(mention[after]))))
                return true;
        }
        return false;
    }

    /// What a person's mention shows of the person's sex: its form of address or title
    /// (shown_sex), else the given name of the person's full name, where the lexicon lists it.
    sex sex_shown(std::string_view mention, std::string_view title, std::string_view full_name,
                  std::string_view country) const {
        if (const sex shown = shown_sex(mention, title); shown != sex::unknown) return shown;
        return given_name_sex(tables_, full_name, country);
    }

    /// The actor of a source range, resolved against the discourse; nullopt when it is the
    /// article's own voice or cannot be resolved.
    std::optional<actor> resolve(const tagged_sentence& ts, std::size_t b, std::size_t e,
                                 std::size_t at_byte) {
        // Most sources are one actor: a named one copied straight into the result, one read
        // from the discourse built there (no_group: the result is the unit's actor itself).
        if (e == b + 1) {
            const unit& u = ts.units[b];
            if (u.tag == 'N' || (u.tag == 'o' && u.actor >= 0)) {
                const actor& named = ts.actors[static_cast<std::size_t>(u.actor)];
                if (!is_collective(named)) return named;
            } else if (no_group(u)) {
                return unit_actor(ts, u, at_byte);
            }
        }
        // Else the first actor waits in `only`, and a vector is built for a second.
        std::optional<actor> only;
        std::vector<actor> members;
        auto add = [&](auto&& a) { // an actor to copy or to move
            if (!only && members.empty()) {
                only.emplace(std::forward<decltype(a)>(a));
                return;
            }
            if (only) {
                members.push_back(std::move(*only));
                only.reset();
            }
            members.push_back(std::forward<decltype(a)>(a));
        };
        for (std::size_t i = b; i < e; ++i) {
            const unit& u = ts.units[i];
            // A named actor, or the antecedent of "a call from Tillerson, who asked for help":
            // copied once, straight to where it goes.
            if (u.tag == 'N' || (u.tag == 'o' && u.actor >= 0)) {
                const actor& named = ts.actors[static_cast<std::size_t>(u.actor)];
                if (is_collective(named)) {
                    for (const auto& m : named.members) add(m);
                } else {
                    add(named);
                }
                continue;
            }
            if (!is_tag_in("CPWmD", u.tag)) continue;
            std::optional<actor> one = unit_actor(ts, u, at_byte);
            if (!one) return std::nullopt;
            if (is_collective(*one)) {
                for (auto& m : one->members) add(std::move(m));
            } else {
                add(std::move(*one));
            }
        }
        if (only) return only;
        if (members.empty()) return std::nullopt;
        return make_group(std::move(members));
    }

    /// A group of persons as the group of their states, where the text gave each a country
    /// the lexicon knows; nullopt where it did not, or for no group of persons.
    std::optional<actor> states_of_members(const actor& group) const {
        if (group.kind != actor_kind::group || group.members.empty()) return std::nullopt;
        std::vector<actor> states;
        for (const actor& m : group.members) {
            if (m.kind == actor_kind::state) {
                states.push_back(m);
                continue;
            }
            auto st = m.kind == actor_kind::person ? tagger_.state_of(m.country) : std::nullopt;
            if (!st) return std::nullopt;
            states.push_back(std::move(*st));
        }
        return make_group(std::move(states));
    }

    /// The actor of a unit tagged C, P, W, m or D (a name the lexicon does not know, a
    /// pronoun, a description), read from the discourse; nullopt for none.
    std::optional<actor> unit_actor(const tagged_sentence& ts, const unit& u, std::size_t at_byte) {
        switch (u.tag) {
        case 'C': {
            const std::string_view name = u.where.in(text_);
            // A surname alone is the person named in full before it ("Rojansky" after
            // "Matthew Rojansky"), where there is one.
            if (name.find(' ') == std::string_view::npos)
                if (const auto full = talk_.named_in_full(name)) return full->who();
            // "The Council", "the League": the body the text named with that word ("the UN
            // Security Council", "the Arab League"). (Right after the article: "the Welsh
            // Students Rugby Football Union" is a body of its own.)
            if (const std::size_t k = static_cast<std::size_t>(&u - ts.units.data());
                k > 0 && name.find(' ') == std::string_view::npos && is_organization_head(name) &&
                equals_lower(ts.units[k - 1].where.in(text_), "the"))
                if (auto body = talk_.body_named_by(name); body || (body = body_by_other_name(name))) return body;
            std::optional<actor> a(std::in_place);
            // An acronym ("BBC", "OECD") is a body, not a person, but in a sentence set in
            // capitals, where every name is one. So is a body's word alone ("the Commission",
            // "the Bank").
            // (So is a name that ends in an acronym, "Africa CDC", "Kenya's IEBC", but a
            // person's honours: "John Smith MP".)
            const std::string_view last_word = name.substr(name.rfind(' ') + 1);
            const bool acronym_last = last_word.size() >= 3 && last_word.size() < name.size() && is_acronym(last_word) &&
                                      last_word != "MEP" && last_word != "CBE" && last_word != "OBE" &&
                                      last_word != "MBE" && last_word != "KBE";
            a->kind = ((is_acronym(name) || acronym_last) && !ts.units.empty() &&
                       !in_capitals(ts.units.front().where.begin, ts.units.back().where.end)) ||
                              names_a_body(name)
                          ? actor_kind::organization
                          : actor_kind::person;
            // The plural of an acronym ("MPs", "MEPs", "NGOs") is unnamed members of a body,
            // as "analysts" are: kind other, no person.
            if (is_plural_acronym(name)) a->kind = actor_kind::other;
            a->name = std::string(name);
            return a;
        }
        case 'P':
            // "they" inside a quotation is whoever the speaker means ("They are going to be
            // stopped"), not the group the article named last.
            if (u.ref == reference::they && quote_at(u.where.begin)) return std::nullopt;
            if (u.ref == reference::they) return talk_.they();
            if (u.ref == reference::it) return quote_at(u.where.begin) ? std::nullopt : talk_.it();
            // "he" inside a quotation is someone other than its speaker, who would say "I"
            // ("“He still cannot accept the simple truth,” Mr Letwin said").
            // ("Her government": name_his_office.)
            if (const bool she = is_she(u.where.in(text_)) || u.where.in(text_).substr(0, 4) == "Her " ||
                                 u.where.in(text_).substr(0, 4) == "her ";
                std::optional<actor> he = person_meant(ts, u, she)) {
                if (const quote_info* q = quote_at(u.where.begin); q && q->speaker && q->speaker->name == he->name)
                    return std::nullopt;
                // His government is his state, where the text says which.
                if (ts.described(u).role == "government")
                    return he->kind == actor_kind::person && !he->country.empty() ? tagger_.state_of(he->country)
                                                                                 : std::nullopt;
                return he;
            }
            return std::nullopt;
        case 'W': return first_person(at_byte);
        case 'm':
            if (u.ref == reference::we) return first_person(at_byte);
            return u.ref == reference::they ? talk_.they() : talk_.he();
        case 'D': {
            std::optional<actor> one;
            const description d = ts.described(u);
            // ("Foreign ministers of ASEAN called on ...": the members of an intergovernmental
            // body the description names speak for it, as "ASEAN foreign ministers" do.)
            if (u.actor >= 0) {
                const actor& of = ts.actors[static_cast<std::size_t>(u.actor)];
                const std::string_view mention = u.where.in(text_);
                const std::string_view head = mention.substr(0, mention.find(" of "));
                if (of.kind == actor_kind::organization && of.country == "IGO" && head.size() < mention.size() &&
                    is_members_word(head.substr(head.rfind(' ') + 1)))
                    return of;
                // ("The representative of the European Union said": the body its delegate
                // speaks for, as "the representative of France" is France.)
                if (of.kind == actor_kind::organization && head.size() < mention.size() && is_delegate_role(d.role))
                    return of;
            }
            // ("The participating governments note ...": a joint statement's own issuers.)
            if (u.ref == reference::pair && doc_speaker_ && is_collective(*doc_speaker_) &&
                u.where.in(text_).find("participating") != std::string_view::npos)
                return doc_speaker_;
            if (u.ref == reference::pair) one = pair_named_in(ts, d.role);
            // ("The members agreed", "the 18 members reaffirmed": the body whose members met, else
            // the intergovernmental body named last; no pair of persons.)
            if (u.ref == reference::pair && !one && ends_in_words(u.where.in(text_), "members")) {
                one = talk_.members_named();
                if (!one) one = talk_.last_intergovernmental();
                return one;
            }
            // "ASEAN foreign ministers met ... the ministers urged": the body they spoke for.
            // (Not "both governments": a body's members are persons.)
            if (u.ref == reference::pair && !one && d.country.empty() && !names_states(u.where.in(text_)))
                one = talk_.members_named();
            // ("U.S. President Joe Biden, Japanese Prime Minister Fumio Kishida and Philippine
            // President Ferdinand Marcos Jr. pledged ... the three leaders expressed": the persons
            // named together, as many as the words count, or "the leaders" with no number where
            // no pair met since; a pair is two.)
            if (u.ref == reference::pair && !one && !names_states(u.where.in(text_))) {
                const std::size_t count = counted_in(u.where.in(text_));
                if (count >= 3) one = talk_.persons_together(count);
                else if (count == 0 && names_persons(u.where.in(text_))) one = talk_.persons_named_together();
            }
            // ("The Parties note with satisfaction", "the Sides": the states a joint declaration
            // named together.)
            if (u.ref == reference::pair && !one && counted_in(u.where.in(text_)) == 0 && names_parties(u.where.in(text_)))
                one = talk_.parties();
            if (u.ref == reference::pair && !one) one = talk_.pair(std::string(d.role), names_persons(u.where.in(text_)));
            // ("The ministers met ... the two countries had agreed": the states of the two.
            // "Brazil, Colombia and Mexico called on ... the three governments said": the
            // states named together, where they are as many as the words count and the pair
            // is not.)
            if (u.ref == reference::pair && names_states(u.where.in(text_))) {
                if (auto states = one ? states_of_members(*one) : std::nullopt) one = std::move(states);
                const std::size_t count = counted_in(u.where.in(text_));
                if (count > 0 && (!one || one->members.size() != count))
                    if (auto together = talk_.states_together(count)) one = std::move(together);
            } else if (u.ref == reference::title && !is_body_word_role(d.role)) {
                // "A Kremlin spokesman said": the spokesperson the text named, else the state
                // that speaks through him (dev notes: the Kremlin is source Russia), not the
                // country's most salient person. Any other office or body of a country the text
                // names nobody of is its state too ("Israel's prime minister vowed ...", "the
                // government of Nigeria is hoping ..."), but no occupation ("the British actor").
                // (A body of a country is its state, never a person of it: "The Government of
                // Japan has lodged a protest" after its foreign minister spoke.)
                const bool spokesperson = is_spokesperson_title(d.role);
                // ("according to a Japanese official": one of a state's officials the text does
                // not name is the state, not its salient minister.)
                const std::size_t at = static_cast<std::size_t>(&u - ts.units.data());
                const bool indefinite = at > 0 && (spelled(ts.units[at - 1].where.in(text_), "a") ||
                                                   spelled(ts.units[at - 1].where.in(text_), "an"));
                if (indefinite && !d.country.empty() && (d.role == "official" || d.role == "diplomat"))
                    return tagger_.state_of(d.country);
                if (!is_body_role(d.role) || d.country.empty())
                    one = talk_.with_role(std::string(d.role), std::string(d.country), spokesperson);
                if (!one && (is_state_office(d.role) || is_body_role(d.role))) one = tagger_.state_of(d.country);
            }
            // "according to the Foreign Ministry": a body speaks for the state that spoke last.
            // (Not "the mission", as often an observers' or a UN body's: is_body_word_role.)
            const bool state_body = u.ref == reference::title && d.country.empty() && is_body_role(d.role) &&
                                    !is_body_word_role(d.role);
            if (!one && state_body) one = talk_.state_speaker();
            // "MOSCOW (Reuters) - The foreign ministry said": else the state of the dateline.
            // (Not "the army": a wire story from a capital reports wars nearby.)
            if (!one && state_body && !is_armed_forces_role(d.role))
                one = dateline_state_;
            // "The Secretary-General is deeply alarmed": whoever holds the office the text does
            // not name, of the intergovernmental body it named last, the United Nations most
            // often (a statement of his spokesperson names no body at all).
            if (!one && u.ref == reference::title && d.country.empty() && d.role == "secretary-general")
                one = secretary_general();
            // "the league said": the body named with the word; "the bloc", "the alliance": the
            // intergovernmental body named last.
            // (But an official of a body says "the bloc" of his own: "EU foreign policy chief
            // Josep Borrell said the bloc ...".)
            if (!one && u.ref == reference::title && (d.role == "bloc" || d.role == "alliance"))
                for (std::size_t k = static_cast<std::size_t>(&u - ts.units.data()); k-- > 0;)
                    if (ts.tags[k] == 'N' && ts.units[k].actor >= 0 &&
                        ts.actors[static_cast<std::size_t>(ts.units[k].actor)].country == "IGO") {
                        one = tagger_.body_named_in(ts.units[k].where.in(text_));
                        break;
                    }
            if (!one && u.ref == reference::title && is_body_word_role(d.role)) {
                one = talk_.body_named_by(d.role);
                if (!one && (d.role == "bloc" || d.role == "alliance")) one = talk_.last_intergovernmental();
                if (!one && d.role == "mission") one = talk_.mission();
                // ("the agency": a body the lexicon names so, "IAEA" for the International Atomic
                // Energy Agency, else the body that spoke last: "Africa CDC expressed concern ...
                // The agency urged".)
                if (!one && d.role == "agency") {
                    one = talk_.last_organization_where([&](const actor& a) { return named_by_lexicon_with(a, "agency"); });
                    if (!one && talk_.it() && talk_.it()->kind == actor_kind::organization) one = talk_.it();
                }
            }
            return one;
        }
        default: return std::nullopt;
        }
    }

    /// The secretary-general of unit_actor: the body named last speaking through him, or,
    /// where that is the United Nations or the text named none, the UN Secretary-General.
    std::optional<actor> secretary_general() const {
        std::optional<actor> body = talk_.last_intergovernmental();
        if (body && body->name != "United Nations") return body;
        actor a;
        a.kind = actor_kind::person;
        a.name = "UN Secretary-General";
        a.country = "IGO";
        a.title = "secretary-general";
        return a;
    }

    /// The plural of an acronym ("MPs", "NGOs").
    static bool is_plural_acronym(std::string_view w) noexcept {
        return w.size() > 2 && w.back() == 's' && is_acronym(w.substr(0, w.size() - 1));
    }

    /// One word of two capitals or more, and digits or "&" ("BBC", "G7", "AT&T"), no lower case.
    static bool is_acronym(std::string_view w) noexcept {
        std::size_t capitals = 0;
        for (const char c : w) {
            if (c >= 'A' && c <= 'Z') ++capitals;
            else if (!(c >= '0' && c <= '9') && c != '&') return false;
        }
        return capitals >= 2;
    }

    /// Whether unit_actor of `u` is never a group: an unknown name (a person), "he" (the last
    /// person subject or the most recent person), "the minister" (a person the discourse
    /// noted: it notes a group's members, never the group) or a body's state.
    static bool no_group(const unit& u) noexcept {
        return u.tag == 'C' || (u.tag == 'P' && u.ref != reference::they) ||
               (u.tag == 'm' && u.ref != reference::we && u.ref != reference::they) ||
               (u.tag == 'D' && u.ref == reference::title);
    }

    /// Notes that the reporting cue at unit `cue` took in the passive cue `passive` (-1: a
    /// denied act), replacing what it took before.
    void absorb(std::size_t cue, int passive) {
        for (auto& [at, taken] : absorbed_)
            if (at == cue) {
                taken = passive;
                return;
            }
        absorbed_.emplace_back(cue, passive);
    }

    /// The passive cue that the reporting cue at unit `cue` took in; -1 for none.
    int absorbed(std::size_t cue) const {
        for (const auto& [at, taken] : absorbed_)
            if (at == cue) return taken;
        return -1;
    }

    /// "we" and "I": the speaker of the quotation or turn they stand in; the author otherwise.
    std::optional<actor> first_person(std::size_t at_byte) {
        if (quote_info* q = quote_at(at_byte)) {
            if (q->speaker) return q->speaker;
            // A quotation that closes on a comma is attributed after it, in a sentence still
            // to come, most often to the last speaker going on, but not always ("“We see ...
            // We believe ...,” the Russian Foreign Minister emphasized").
            if (closes_on_comma(q->q->inner.in(text_)))
                if (const std::optional<actor>& later = closing_speaker(*q)) return later;
            if (block_speaker_ && block_speaker_block_ + 2 >= block_index_) return block_speaker_;
            return std::nullopt;
        }
        if (turn_speaker_) return turn_speaker_;
        return doc_speaker_; // the document's own speaker, or the author (no statement)
    }

    /// Whether nothing but marks stands before byte `at` in the sentence.
    static bool opens_sentence(const tagged_sentence& ts, std::size_t at) {
        for (const unit& u : ts.units) {
            if (u.where.begin >= at) return true;
            if (u.tag != 'x') return false;
        }
        return true;
    }

    /// An agentless passive that reports the words of the readout's last speaker: a cue
    /// phrase holding its own passive ("Hope was expressed"), or a passive with a that-clause.
    /// "were criticised for their stance", "is threatened by a campaign", "the pension you
    /// were promised" report what others did to someone, not what the speaker said.
    static bool reports_words(const tagged_sentence& ts, const attribution& a) {
        if (ts.tags[a.cue] == 'Z' || a.cue == 0) return true;
        return a.end_unit < ts.tags.size() && ts.tags[a.end_unit] == 't';
    }

    /// Headlines in Title Case or capitals: cue words are matched in a lower-cased view
    /// with the same offsets.
    std::string_view cue_view(span where, bool headline) {
        const std::size_t last = std::min(where.end, text_.size());
        if (!in_capitals(where.begin, last) && !(headline && in_title_case(where.begin, last))) return text_;
        if (lowered_.size() != text_.size()) lowered_.assign(text_.begin(), text_.end());
        for (std::size_t i = where.begin; i < last; ++i) {
            const char c = text_[i];
            lowered_[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        }
        return lowered_;
    }

    bool in_capitals(std::size_t begin, std::size_t end) const { return detail::in_capitals(text_, begin, end); }

    /// Three words or more, at least six in ten of them capitalised.
    bool in_title_case(std::size_t begin, std::size_t end) const {
        std::size_t words = 0, capitalised = 0;
        bool start = true;
        for (std::size_t i = begin; i < end; ++i) {
            const char c = text_[i];
            const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (letter && start) {
                ++words;
                capitalised += (c >= 'A' && c <= 'Z');
            }
            start = !letter && c != '\'' && c != '-';
        }
        return words > 2 && capitalised * 10 >= words * 6;
    }

    /// Whether the sentence may introduce a text ("Following is the text of ...", "The
    /// statement reads").
    bool introduces_text(const tagged_sentence& ts) const {
        const std::string_view sentence = span{ts.units.front().where.begin, ts.units.back().where.end}.in(text_);
        return sentence.find("text") != std::string_view::npos || sentence.find("ollowing") != std::string_view::npos ||
               sentence.find("reads") != std::string_view::npos;
    }

    /// "Ban Ki-moon’s statement", "statement by the G7", "We, the G7 Foreign Ministers of
    /// Canada, France, ...": who the unquoted first person of this document is.
    bool note_document_speaker(const tagged_sentence& ts) {
        // Only a sentence that introduces the text itself ("Following is the text of ...",
        // "The full text of ...") names the document's speaker; a caption ("Tillerson’s
        // remarks in Kyiv") does not.
        // Most sentences have no possessive at all, and most possessives name no text: the
        // words of the sentence are searched only for a possessive before a text's name.
        for (std::size_t i = next_tag_in<'G'>(ts.tags, 0); i != std::string::npos && i + 1 < ts.units.size();
             i = next_tag_in<'G'>(ts.tags, i + 1)) {
            const std::string_view next = ts.units[i + 1].where.in(text_);
            if (next != "statement" && next != "remarks" && next != "message") continue;
            if (!introduces_text(ts)) break;
            doc_speaker_ = ts.actors[static_cast<std::size_t>(ts.units[i].actor)];
            return true;
        }
        if (ts.tags.size() > 3 && ts.tags[0] == 'W' && ts.tags[1] == ',') {
            // The apposition closes with a comma before its verb ("We, the G7 Foreign
            // Ministers of ..., underline"); "We, as a nation are in danger of being duped by
            // US propaganda" names no speaker.
            const std::size_t verb = ts.tags.find_first_of("SVJM", 2);
            std::size_t close = verb == std::string::npos ? 0 : verb - 1;
            while (close > 2 && ts.tags[close] == 'a') --close;
            if (close <= 2 || ts.tags[close] != ',') return false;
            std::vector<actor> members;
            for (std::size_t i = 2; i < close; ++i)
                if ((ts.tags[i] == 'N' || ts.tags[i] == 'o' || ts.tags[i] == 'D') && ts.units[i].actor >= 0)
                    members.push_back(ts.actors[static_cast<std::size_t>(ts.units[i].actor)]);
            // A forum named before its members ("the G7 Foreign Ministers of Canada, ...")
            // is the name of the group, not one of its members.
            std::size_t states = 0;
            for (const auto& m : members) states += m.kind == actor_kind::state;
            if (states >= 2 && !members.empty() && members.front().kind == actor_kind::organization)
                members.erase(members.begin());
            if (members.size() == 1) doc_speaker_ = members.front();
            else if (members.size() > 1) doc_speaker_ = make_group(std::move(members));
        }
        return false;
    }

    /// "The United States condemns in the strongest terms the attack on ...", "The Council
    /// welcomes ...": a text that opens with a state or body doing an act in the present tense
    /// is that body's own statement (a press statement, conclusions), not news of it, which
    /// tells its acts in the past ("condemned"). Its unquoted "we" is that body ("We call on
    /// Russia to ..."), and its sentences without a cue are its words. Read in the first two
    /// sentences of the text's paragraphs only.
    void note_official_voice(const tagged_sentence& ts, const std::vector<attribution>& found) {
        if (doc_speaker_ || body_sentences_++ >= 2 || found.empty()) return;
        const attribution& a = found.front();
        // (A state's body is the state: "The Government of Finland strongly condemns ...".)
        const unit& source = ts.units[a.source_begin];
        const bool body_of_state = source.tag == 'D' && source.ref == reference::title &&
                                   !ts.described(source).country.empty() && is_body_role(ts.described(source).role);
        if (a.pattern != 'A' || a.source_end != a.source_begin + 1 || (source.tag != 'N' && !body_of_state) ||
            a.source_begin != next_actor_like(ts.tags, 0) || ts.tags[a.cue] != 'V' || ts.units[a.cue].cue < 0 ||
            (source.tag == 'N' && source.actor < 0) || quote_at(source.where.begin))
            return;
        // (Nor the present tense of a text it adopted: "Leaders of the SCO adopted the Bishkek
        // Declaration, which calls for ...".)
        for (std::size_t k = a.source_end; k < a.cue; ++k)
            if (spelled(ts.units[k].where.in(text_), "which")) return;
        // (A stance, as press statements open: not a plan, which a news lede tells in the
        // present too, "Kraft plans to cut back on advertising", nor talks or a saying. And
        // no other speaker in the sentence: "..., Michael Howard has said.")
        const statement_kind k = tables_.entries.cues[static_cast<std::size_t>(ts.units[a.cue].cue)].kind;
        if (k == statement_kind::statement || k == statement_kind::intent || k == statement_kind::consultation ||
            k == statement_kind::agreement)
            return;
        for (const attribution& other : found)
            if (other.source_end > other.source_begin && other.source_begin != a.source_begin) return;
        const std::string_view cue = ts.units[a.cue].where.in(text_);
        // (Past an adverb the cue holds: "strongly condemns".)
        std::string_view verb = cue.substr(0, cue.find(' '));
        if (is_ly_adverb(verb) && verb.size() < cue.size()) {
            const std::string_view rest = cue.substr(verb.size() + 1);
            verb = rest.substr(0, rest.find(' '));
        }
        if (verb.size() < 4 || verb.back() != 's' || verb == "has" || verb == "was" || verb.substr(verb.size() - 2) == "ss")
            return;
        if (body_of_state) {
            doc_speaker_ = tagger_.state_of(ts.described(source).country);
            return;
        }
        const actor& who = ts.actors[static_cast<std::size_t>(source.actor)];
        if (who.kind == actor_kind::state || who.kind == actor_kind::organization) doc_speaker_ = who;
    }

    /// "A spokesperson for the Foreign Ministry of the DPRK issued the following press
    /// statement on Sunday:", "The ministry released the following statement:": a text that
    /// opens (in its first two sentences) with one who issues "the following", and a colon,
    /// gives that speaker's own words after it; its "we" and its sentences without a cue are
    /// his.
    void note_text_issuer(const tagged_sentence& ts, const std::vector<attribution>& found, span where) {
        // (A full stop as well: "... issued the following joint statement today.")
        if (doc_speaker_ || body_sentences_ >= 2 || found.empty() || where.empty() ||
            (text_[where.end - 1] != ':' && text_[where.end - 1] != '.'))
            return;
        const attribution& a = found.front();
        // (The subject opens the words read, past a dateline: "Pyongyang, April 21 (KCNA) -- A
        // spokesperson for ...".)
        std::size_t first = 0;
        while (first < ts.units.size() && ts.units[first].where.begin < where.begin) ++first;
        // (One actor, or those named together: "The Government of Japan, together with the
        // Governments of Australia, ..., issued the following joint statement".)
        if (a.pattern != 'A' || a.source_end <= a.source_begin || a.source_begin != next_actor_like(ts.tags, first)) return;
        // (In the cue's words or after them: "issued the following press statement". A
        // statement, release or communiqué, not words said: "Lavrov said the following:" opens
        // a list reported as his.)
        const std::string_view rest = span{ts.units[a.cue].where.begin, where.end}.in(text_);
        if (rest.find("following") == std::string_view::npos ||
            (rest.find("statement") == std::string_view::npos && rest.find("release") == std::string_view::npos &&
             rest.find("communiqu") == std::string_view::npos))
            return;
        if (std::optional<actor> who = resolve(ts, a.source_begin, a.source_end, ts.units[a.source_begin].where.begin))
            doc_speaker_ = std::move(who);
    }

    /// "In the final communiqué adopted at the end of the session, the Council:", "Acting under
    /// Article 7 of its Protocol, the Peace and Security Council:": a paragraph that ends on its
    /// subject and a colon, with no verb, opens a list of that subject's acts ("• Condemned
    /// ...", "1. Strongly condemns ..."), as a resolution's or a communiqué's operative
    /// paragraphs are.
    void note_list_subject(const tagged_sentence& ts, const std::vector<attribution>& found, span where) {
        const std::size_t n = ts.tags.size();
        if (!found.empty() || n < 2 || where.empty() || text_[where.end - 1] != ':' || ts.tags[n - 1] != ':') return;
        const std::size_t subject = n - 2;
        if (!is_tag_in("NCD", ts.tags[subject])) return;
        // (After a comma or at the sentence's head, past an article: not "the text of the
        // statement by the Council:", whose subject is elsewhere.)
        std::size_t before = subject;
        if (before > 0 && ts.tags[before - 1] == 'w' && spelled(ts.units[before - 1].where.in(text_), "the")) --before;
        if (before > 0 && ts.tags[before - 1] != ',') return;
        if (std::optional<actor> who = resolve(ts, subject, subject + 1, ts.units[subject].where.begin))
            if (who->kind != actor_kind::other) list_speaker_ = std::move(who);
    }

    /// The statements of the sentence `whole`, whose words from `where` on are read (past a
    /// dateline).
    /// Whom a "he" or "she" outside a quotation means: the person named as the sentence's
    /// subject before it ("Its prosecutor, Karim Khan, has been on leave ..., which he denies":
    /// the discourse learns of him only when the sentence is done), else the discourse's.
    std::optional<actor> person_meant(const tagged_sentence& ts, const unit& pronoun, bool she) {
        if (pronoun.ref != reference::he || quote_at(pronoun.where.begin)) return she ? talk_.she() : talk_.he();
        const auto in_quote = [this](std::size_t byte) { return quote_at(byte) != nullptr; };
        const std::size_t at = static_cast<std::size_t>(&pronoun - ts.units.data());
        // (Not a pronoun that opens the main clause after a fronted one: "Asked whether
        // President Vladimir Putin would meet Zelensky, he said".)
        if (at > 0 && ts.tags[at - 1] == ',') return she ? talk_.she() : talk_.he();
        for (std::size_t k = next_tag_in<'N'>(ts.tags, 0); k < at; k = next_tag_in<'N'>(ts.tags, k + 1)) {
            if (ts.units[k].actor < 0) continue;
            const actor& a = ts.actors[static_cast<std::size_t>(ts.units[k].actor)];
            // (Not one after "by" or a preposition: "at a dinner hosted by Deputy Prime Minister
            // John Prescott he told Mr Brown".)
            if (a.kind != actor_kind::person || (k > 0 && is_tag_in("yp", ts.tags[k - 1])) ||
                in_quote(ts.units[k].where.begin) || !subject_position(ts, k, in_quote))
                continue;
            if (!talk_.may_be_other_than(a, she ? sex::male : sex::female)) break;
            return a;
        }
        return she ? talk_.she() : talk_.he();
    }

    void run_sentence(document& doc, span whole, span where, block_kind kind) {
        auto quote_kind = [this](std::size_t pos, char) {
            return mark_at(pos);
        };
        tagged_sentence& ts = sentence_;
        place_quote_window(where);
        tagger_.tag_into(ts, text_, where, quote_kind, cue_view(where, kind == block_kind::title));
        rules_.name_with_its_kind(ts);
        name_by_surname(ts);
        name_lone_proper_noun(ts);
        name_it(ts);
        // (Before the steps that look back from each cue: "Netanyahu's office called those
        // conditions delusional" is its office's act.)
        naming_call(ts);
        scan_cues(ts);
        name_bare_titles(doc, ts, where, kind == block_kind::title);
        if (kind == block_kind::title) name_headline_officials(doc, ts, where);
        name_heads_of_ministries(ts);
        foreign_office_of_dateline(ts);
        rules_.name_analysts(ts);
        rules_.portfolio_list_after_office(ts);
        rules_.country_in_apposition(ts);
        rules_.country_of_employer(ts);
        rules_.title_in_apposition(ts);
        rules_.title_before_apposed_name(ts);
        rules_.country_of_opening_place(ts);
        rules_.country_of_its_office(ts, talk_.it());
        rules_.conditional_cues(ts);
        rules_.time_before_cue(ts);
        rules_.floating_quantifier(ts);
        rules_.recalled_envoy(ts);
        rules_.description_before_participle(ts);
        rules_.capitalised_state_word(ts);
        rules_.name_after_portfolio(ts);
        rules_.holder_after_portfolio(ts);
        rules_.names_around_and(ts);
        rules_.holder_named_after_body(ts);
        rules_.body_word_after_name(ts);
        rules_.body_of_its_state(ts);
        rules_.state_body_named_in_full(ts);
        rules_.acronym_in_brackets(ts);
        rules_.with_participle_subjects(ts);
        name_documents(ts);
        name_phrase_sources(ts);
        members_of_named_body(ts);
        contracted_going_to(ts);
        backshifted_will(ts);
        will_not_of_what_comes(ts);
        visiting_call(ts);
        hosting(ts);
        rules_.name_part_cues(ts, kind == block_kind::title);
        rules_.setting_participle(ts);
        const bool speaker_named_here = note_document_speaker(ts);
        absorbed_.clear();
        // Headlines join names with a comma ("Trump, Putin Release Joint Statement"; "Lavrov,
        // Wang discuss ...", where the lexicon knows one of the two, and the other is no
        // phrase set in capitals: "CEASEFIRE IN GAZA, SECRETARY-GENERAL URGES").
        std::string headline_tags;
        if (kind == block_kind::title) {
            note_briefing_country(ts);
            headline_back(ts);
            headline_tags = ts.tags;
            const bool capitals = !ts.units.empty() && in_capitals(ts.units.front().where.begin, ts.units.back().where.end);
            auto name = [&](std::size_t u) { return headline_tags[u] == 'N' || (headline_tags[u] == 'C' && !capitals); };
            // (Or of its clause after a colon: "Raisi dies: Putin, Xi send condolences".)
            const std::size_t colon = headline_tags.find(':');
            const std::size_t opens = colon != std::string::npos && colon < 8 ? colon + 1 : 0;
            for (std::size_t i = opens + 1; i + 1 < headline_tags.size() && i < opens + 4; ++i)
                if (headline_tags[i] == ',' && name(i - 1) && name(i + 1) &&
                    (headline_tags[i - 1] == 'N' || headline_tags[i + 1] == 'N'))
                    headline_tags[i] = '&';
            // "Zelensky 'deeply disappointed'": a headline quotes its subject's stance without a
            // verb; the marks between them part no subject from its cue.
            for (std::size_t i = 1; i + 1 < headline_tags.size(); ++i)
                if (opens_quotation(headline_tags[i], ts.units[i].where.in(text_)) && is_tag_in("NC", headline_tags[i - 1])) {
                    std::size_t c = i + 1;
                    while (c < headline_tags.size() && headline_tags[c] == 'a') ++c;
                    if (c < headline_tags.size() && is_tag_in("JV", headline_tags[c])) headline_tags[i] = 'a';
                }
        }
        std::vector<attribution>& found = found_;
        find_attributions(kind == block_kind::title ? headline_tags : ts.tags, found);
        settle_speakers(ts, found);
        no_place_in_apposition(ts, found);
        head_named_in_apposition(ts, found);
        split_according_to(ts, found);
        rules_.subject_of_coordinated(ts, found);
        rules_.subject_participle(ts, found);
        // "We, the G7 Foreign Ministers of ..., underline": a first person with a long
        // apposition keeps its verb.
        if (ts.tags.size() > 2 && ts.tags[0] == 'W' && ts.tags[1] == ',' &&
            (found.empty() || found.front().source_begin != 0)) {
            const std::size_t c = ts.tags.find_first_of("SVJ", 2);
            if (c != std::string::npos) found.insert(found.begin(), attribution{'A', 0, 1, c, c + 1});
        }
        rules_.passive_of_act(ts, found);
        rules_.hypothetical(ts, found);
        rules_.possible_act(ts, found);
        rules_.denied_report(ts, found);
        rules_.fronted_participle(ts, found);
        rules_.together_with_subjects(ts, found);
        rules_.purpose_infinitive(ts, found);
        // "We are going to test him", "music is going to be a big theme": a cue phrase that
        // holds be and an -ing form is a progressive, not a passive. It has the actor right
        // before it as its source, or none ("Mother Nature is going to ...").
        for (auto& a : found) {
            if (a.pattern != 'P' || ts.tags[a.cue] != 'Z') continue;
            const std::string_view cue = ts.units[a.cue].where.in(text_);
            bool progressive = false;
            for (std::size_t b = 0; b < cue.size() && !progressive;) {
                const std::size_t e = std::min(cue.find(' ', b), cue.size());
                progressive = is_participle(cue.substr(b, e - b));
                b = e + 1;
            }
            if (!progressive) continue;
            if (a.cue > 0 && is_tag_in("NCPWD", ts.tags[a.cue - 1]))
                a = attribution{'A', a.cue - 1, a.cue, a.cue, a.end_unit};
            else
                a.pattern = 0; // no statement
        }
        found.erase(std::remove_if(found.begin(), found.end(), [](const attribution& a) { return a.pattern == 0; }),
                    found.end());
        // "he will be meeting with": be and an -ing form is a progressive, not a passive.
        found.erase(std::remove_if(found.begin(), found.end(),
                                   [&](const attribution& a) {
                                       if (a.pattern != 'P' || ts.tags[a.cue] == 'Z') return false;
                                       const std::string_view cue = ts.units[a.cue].where.in(text_);
                                       return is_participle(cue.substr(0, cue.find(' ')));
                                   }),
                    found.end());
        // ", saying ...": a participle after a comma reports what the subject said; so does
        // one of an act (", urging restraint", ", offering condolences to the victims").
        for (std::size_t i = next_tag_in<'S', 'V'>(ts.tags, 1); i != std::string::npos; i = next_tag_in<'S', 'V'>(ts.tags, i + 1)) {
            if (ts.tags[i - 1] != ',') continue;
            // (In a headline, a verb in the present after a comma goes on with the headline's
            // subject: "Guyana rejects Venezuelan claim, says ICJ ruling must be respected".)
            if (const std::string_view cue = ts.units[i].where.in(text_);
                !is_participle(cue.substr(0, cue.find(' '))) && kind != block_kind::title)
                continue;
            // (A name between commas right before the participle is an apposition of the object
            // before it, not a speaker: "sent a telegram to Abe's widow, Akie, and his mother,
            // Yoko, expressing his deep condolences".)
            if (const auto own = std::find_if(found.begin(), found.end(), [&](const attribution& a) { return a.cue == i; });
                own != found.end() && own->source_end + 1 == i && own->source_end == own->source_begin + 1 &&
                own->source_begin > 0 && ts.tags[own->source_begin - 1] == ',' && ts.tags[own->source_begin] == 'C' &&
                kind != block_kind::title) // (outside a headline the cue is a participle: checked above)
                found.erase(own);
            if (std::any_of(found.begin(), found.end(), [&](const attribution& a) { return a.cue == i; })) continue;
            const auto at = std::upper_bound(found.begin(), found.end(), i,
                                             [](std::size_t cue, const attribution& x) { return cue < x.cue; });
            // The subject of the clause's own cue goes on, as after "and" ("Mr Ebbers has denied
            // the charges, saying ...", "..., he told the court, saying ..."), passing over one
            // reported in a that-clause ("rejected speculation that Mr Brown was considering
            // ..., saying", "said Mr Simpson, explaining ...") and a nominal cue of the clause
            // ("welcomed the deal in a post on X, urging ..."); without such a cue, the
            // sentence's first actor.
            auto clause = at;
            while (clause != found.begin() &&
                   ((clause[-1].source_begin < clause[-1].source_end && clause[-1].source_begin > 0 &&
                     ts.tags[clause[-1].source_begin - 1] == 't') ||
                    (clause[-1].pattern == 'B' && clause - 1 != found.begin())))
                --clause;
            const bool has_subject = clause != found.begin() && clause[-1].source_begin < clause[-1].source_end;
            if (has_subject && clause == at) {
                found.insert(at, attribution{'K', i, i, i, i + 1});
            } else if (has_subject) {
                found.insert(at, attribution{'A', clause[-1].source_begin, clause[-1].source_end, i, i + 1});
            } else if (const std::size_t j = next_tag_in<'N', 'C', 'P', 'W', 'D'>(ts.tags, 0);
                       j < i &&
                       (ts.tags[i] == 'S' || (kind == block_kind::title && j == 0) ||
                        (j == 0 && is_tag_in("ND", ts.tags[0]) && ts.tags[1] == 'w' && ts.units[0].actor >= 0)) &&
                       (j == 0 || !is_tag_in("SVJMZp", ts.tags[j - 1]))) {
                // (Only a saying: an act's participle with no cue of the clause before it is
                // as often of a subject that is no actor: "Since Napster was forced to close,
                // the industry has been critical, blaming it for ...". A headline's verb after a
                // comma is the subject's that opens it: "ECOWAS suspends The Gambia, threatens sanctions".
                // So is an act's after a known actor that opens the sentence with a verb the
                // lexicon has no cue for: "Putin sent a telegram to ..., expressing his condolences".)
                // (Not an actor right after a cue or a preposition, its object: "FG rejects US
                // visa restrictions, says ...", "rejected an offer from Deutsche Boerse, claiming".)
                found.insert(at, attribution{'A', j, j + 1, i, i + 1});
            }
        }
        rules_.participle_after_object(ts, found);
        rules_.relative_subject(ts, found);
        rules_.passive_aside_subject(ts, found);
        // (After the subjects a relative clause parts from their verbs: "Duterte, who took
        // office ..., has not commented".)
        rules_.denied_act(ts, found);
        rules_.expressed_passive(ts, found);
        if (kind == block_kind::paragraph || kind == block_kind::dateline) {
            note_text_issuer(ts, found, where);
            note_list_subject(ts, found, where);
            note_official_voice(ts, found);
        }
        // A turn's label is the turn's own cue, already given (run_turn).
        if (kind == block_kind::turn && !found.empty() && found.front().pattern == 'L')
            found.erase(found.begin());

        // Pass 1: quotations claimed by an explicit speaker in this sentence.
        for (const auto& a : found) {
            if (a.source_end <= a.source_begin || ts.tags[a.source_begin] == 'W') continue;
            if (quote_info* q = claimed_quote(ts, a); q && !q->speaker)
                q->speaker = resolve(ts, a.source_begin, a.source_end, where.begin);
        }

        // The article's own voice: a sentence whose subject is the author's "we" ("we shared
        // and reviewed ...") holds no statement, whatever it reports.
        // (Asked only when there is something to drop; the look has no side effect.)
        // Unless a speaker closes the sentence: "We remain committed to the deal, Lavrov said."
        if (const std::size_t i = found.empty() ? std::string::npos : next_actor_like(ts.tags, 0);
            i != std::string::npos && ts.tags[i] == 'W' && !quote_at(ts.units[i].where.begin) &&
            !first_person(ts.units[i].where.begin) && !closing_attribution(ts, found))
            found.clear();
        // A question asks, it reports no act: "Does China support the proposal?", "Why did
        // Russia reject the plan?" (a sentence that opens with an auxiliary or a wh-word and
        // ends in a question mark). A question that reports a statement before asking ("The
        // President said that ... . Do you agree?") is two sentences.
        if (!found.empty() && asks(ts)) found.clear();
        // An agentless passive inside a reporting cue's content is the reporter's account
        // ("He said that Syria ... have also been discussed"; "... were discussed, he said"):
        // it gives the reporting statement its kind instead of a statement of its own.
        for (std::size_t k = 0; k < found.size(); ++k) {
            const attribution& a = found[k];
            const int c = ts.units[a.cue].cue;
            if (c < 0 || tables_.entries.cues[static_cast<std::size_t>(c)].frame != cue_frame::say) continue;
            for (std::size_t m = 0; m < found.size(); ++m) {
                const attribution& p = found[m];
                if (m == k || p.pattern != 'P' || p.source_end > p.source_begin) continue;
                const bool after = m == k + 1 && p.cue >= a.end_unit;
                const bool before = m + 1 == k && a.source_begin > 0 && ts.tags[a.source_begin - 1] == ',';
                if (!after && !before) continue;
                // "Sanctions were not discussed": a denied act gives the report no act's kind.
                const bool denied = ts.units[p.cue].where.in(text_).find(" not ") != std::string_view::npos ||
                                    (p.cue > 0 && ts.tags[p.cue - 1] == 'n');
                absorb(a.cue, denied ? -1 : ts.units[p.cue].cue);
                found.erase(found.begin() + static_cast<std::ptrdiff_t>(m));
                if (m < k) --k;
                break;
            }
        }

        // The own-side rule (below) for a speaker who closes the sentence: "Russia is ready to
        // help, Sergei Lavrov said." is Lavrov's report of his side's stance, one statement of
        // that stance's kind, as "Sergei Lavrov said Russia is ready to help" is. Another
        // actor's act there stays a statement of its own.
        if (found.size() >= 2)
            if (const attribution* c = closing_attribution(ts, found); c && c != &found.front() && c->pattern == 'A') {
                const std::size_t kc = static_cast<std::size_t>(c - found.data());
                // (The stance opens the sentence; what it holds may report others: "Russia
                // hopes the two sides will reach an agreement, Lavrov said.")
                const attribution& b = found.front();
                const bool others_between = std::all_of(found.begin() + 1, found.begin() + static_cast<std::ptrdiff_t>(kc),
                                                        [](const attribution& x) { return x.pattern == 'A' && x.source_end > x.source_begin; });
                const int inner_cue = ts.units[b.cue].cue;
                if (b.pattern == 'A' && b.source_end > b.source_begin && inner_cue >= 0 && others_between &&
                    b.source_begin == next_actor_like(ts.tags, 0) &&
                    (tables_.entries.cues[static_cast<std::size_t>(inner_cue)].frame != cue_frame::say ||
                     tables_.entries.cues[static_cast<std::size_t>(inner_cue)].kind != statement_kind::statement)) {
                    const auto outer = resolve(ts, c->source_begin, c->source_end, ts.units[c->source_begin].where.begin);
                    const auto inner = ts.tags[b.source_begin] == 'W' ? outer // "We ..., Lavrov said": his own
                                       : resolve(ts, b.source_begin, b.source_end, ts.units[b.source_begin].where.begin);
                    const bool office_of_another =
                        c->source_begin > 0 && is_possessive_determiner(ts.units[c->source_begin - 1].where.in(text_));
                    const bool unsaid_state = outer && inner && ts.tags[b.source_begin] == 'N' &&
                                              official_of_unsaid_state(*outer, *inner, ts.units[b.source_begin].where.in(text_),
                                                                       office_of_another);
                    if (outer && inner && (same_side(*outer, *inner) || unsaid_state)) {
                        // Its cue is a signal of the words reported, which gives a neutral
                        // reporting cue its kind (below), unless denied ("Russia is not ready"),
                        // or neutral itself: "Moscow considers the plans unacceptable, Peskov
                        // said" takes its kind from the words after it.
                        if (ts.tags.find('n', b.source_end) >= b.cue &&
                            tables_.entries.cues[static_cast<std::size_t>(inner_cue)].kind != statement_kind::statement)
                            ts.tags[b.cue] = ts.units[b.cue].tag = 's';
                        found.erase(found.begin());
                    }
                }
            }

        // An item of a list whose subject its header gave opens with that subject's act
        // ("• Called on the Security Council to ...", "2. Decides to suspend ..."), and its
        // coordinated acts go on with it ("and urges all stakeholders to ...").
        std::optional<actor> previous;
        if (kind == block_kind::bullet && list_speaker_) {
            std::size_t i = 0;
            while (i < ts.tags.size() && ts.tags[i] == 'a') ++i;
            if (i < ts.tags.size() && is_tag_in("SVJM", ts.tags[i]) && ts.units[i].cue >= 0 &&
                std::none_of(found.begin(), found.end(), [&](const attribution& a) { return a.cue <= i; })) {
                found.insert(found.begin(), attribution{'K', i, i, i, i + 1});
                previous = list_speaker_;
            }
        }
        std::size_t emitted_before = doc.statements.size(); // (less what absorb_own_side_quoted_before takes)
        for (std::size_t k = 0; k < found.size(); ++k) {
            const attribution a = found[k];
            const unit& cue_unit = ts.units[a.cue];
            const cue_entry* cue = cue_unit.cue >= 0 ? &tables_.entries.cues[static_cast<std::size_t>(cue_unit.cue)] : nullptr;
            const bool has_source = a.source_end > a.source_begin;
            // Where the speaker comes from; `who` is then built in place from it.
            enum class speaker_from { last, source, pair, readout } from;
            if (a.pattern == 'K') from = speaker_from::last;
            else if (has_source) from = speaker_from::source;
            else if (cue && (cue->kind == statement_kind::consultation || cue->kind == statement_kind::agreement))
                from = speaker_from::pair; // "were discussed", "It was agreed": the two in the news
            else if (a.pattern == 'P' && cue && cue->kind != statement_kind::statement && block_speaker_ &&
                     block_speaker_block_ + 1 >= block_index_ && reports_words(ts, a))
                from = speaker_from::readout; // "Hope was expressed that": the readout's last speaker
            else continue;                    // "were announced" by nobody named: no statement
            std::optional<actor> who = from == speaker_from::last ? previous
                                       : from == speaker_from::source
                                           ? resolve(ts, a.source_begin, a.source_end, ts.units[a.source_begin].where.begin)
                                       : from == speaker_from::pair ? pair_between(ts, a.end_unit)
                                                                    : block_speaker_;
            // "Lavrov said that ..., and we trust that ...": an unquoted "we" after another's
            // reporting cue slips into the reported speaker's own words.
            if (!who && has_source && ts.tags[a.source_begin] == 'W' && k > 0 && previous && rules_.reports(ts, found[k - 1]))
                who = previous;
            // "We remain committed to the deal, Lavrov said.": an unquoted "we" or "I" before a
            // speaker who closes the sentence is that speaker.
            if (!who && has_source && ts.tags[a.source_begin] == 'W')
                if (const attribution* c = closing_attribution(ts, found); c && c->cue > a.cue)
                    who = resolve(ts, c->source_begin, c->source_end, ts.units[c->source_begin].where.begin);
            if (!who) continue;
            if (has_source && a.pattern == 'A') rules_.join_together(ts, a.source_begin, *who);
            std::optional<actor> joint; // narrated talks: the speaker and the other side
            bool unnamed_counterpart = false; // the other side is a counterpart's state, his name to come

            // Built in place, not moved there; taken back if the sentence holds no such statement.
            statement& s = doc.statements.emplace_back();
            s.where = whole;
            s.cue = a.pattern == 'L' ? span{ts.units[0].where.begin, cue_unit.where.end} : cue_unit.where;
            if (has_source) s.source.where = span{ts.units[a.source_begin].where.begin, ts.units[a.source_end - 1].where.end};
            // The speaker moves into the statement and is read there from here on. The source
            // of a coordinated cue to come ("and said") is `previous`: it gets the speaker back
            // where the sentence has attributions left (keep_previous), mostly it has none.
            s.source.actor = std::move(*who);
            const actor* speaker = &s.source.actor;
            auto keep_previous = [&](bool move) {
                if (k + 1 >= found.size()) return;
                if (move) previous = std::move(s.source.actor);
                else previous = s.source.actor;
            };
            s.kind = cue ? cue->kind : statement_kind::statement;
            if (const int taken = absorbed(a.cue); taken >= 0 && s.kind == statement_kind::statement) {
                cue = &tables_.entries.cues[static_cast<std::size_t>(taken)];
                s.kind = cue->kind;
            }
            s.mode = (a.pattern == 'P' || a.pattern == 'B') ? mode::summary : mode::indirect;
            // "Hope was expressed that ...", "It was agreed that ...": a passive with its
            // content in a that-clause reports the words, not only the act.
            if (a.pattern == 'P' && a.end_unit < ts.units.size() && ts.tags[a.end_unit] == 't') s.mode = mode::indirect;

            // Content: from the cue to the next attribution or the end of the sentence.
            std::size_t content_end_unit = k + 1 < found.size() ? ts.units.size() : unattributed_close(ts);
            if (k + 1 < found.size()) {
                const attribution& n = found[k + 1];
                // (Its source or its cue, whichever comes first: "..., we have decided to clear
                // Masai,” added Kiplagat" ends before "added".)
                // (Its cue where its source is this one's, written before: "Mr Ebbers has denied
                // all the charges, saying ...")
                // (And before the words that modify a source closing the sentence after a comma:
                // "..., Chief Cabinet Secretary Hirokazu Matsuno told a press conference."; before
                // its article at least: "..., the G7 leaders said".)
                const std::size_t source_phrase = n.source_end > n.source_begin && closes_sentence(ts, n)
                                                      ? modifiers_start(ts, n.source_begin)
                                                      : past_article(ts, n.source_begin);
                content_end_unit = std::max(a.end_unit, n.source_end > n.source_begin && n.source_begin >= a.end_unit
                                                            ? std::min(source_phrase, n.cue)
                                                            : n.cue);
            }
            // "..., Lavrov said.", "..., he said, although ...", "..., he told his audience.": a
            // source after a comma whose cue (with the one told) is followed by a mark or nothing
            // reports what came before; "In Moscow on Monday, Lavrov said the talks ..." and
            // "..., Mr Blair told the BBC: “...”" report what follows.
            const std::size_t after_cue = past_the_one_told(ts, a.cue, std::min(a.end_unit, ts.tags.size()),
                                                            std::min(content_end_unit, ts.tags.size()));
            // (Not where another's statement opens right after the cue: "At the meeting, Lavrov
            // said Tillerson had agreed ..." reports what follows.)
            const bool nested_next = k + 1 < found.size() && found[k + 1].source_end > found[k + 1].source_begin &&
                                     found[k + 1].source_begin == after_cue;
            // (Nor after a phrase of time, place or manner that ends it: "..., Lavrov said on
            // Monday.", "..., the ministers said in a joint statement.")
            const std::size_t clause_end = std::min(content_end_unit, ts.tags.size());
            const std::size_t past_phrase =
                cue && cue->frame == cue_frame::say ? past_closing_phrase(ts, after_cue, clause_end) : after_cue;
            const bool ends_clause = !nested_next && (past_phrase >= clause_end || is_tag_in(".,xQ", ts.tags[past_phrase]));
            // (The source's noun phrase starts past the words that modify it: "..., the LSE said.")
            const std::size_t source_phrase = has_source ? modifiers_start(ts, a.source_begin) : a.cue;
            if (a.pattern == 'I' || a.pattern == 'R' ||
                (a.pattern == 'A' && source_phrase > 0 && ts.tags[source_phrase - 1] == ',' && ends_clause)) {
                s.content = span{where.begin, ts.units[std::min(a.cue, source_phrase)].where.begin};
                // "Russia, he said, had long learned to live under sanctions", "The talks,
                // according to Lavrov, had failed": set between commas inside its clause, whose
                // verb goes on after it, the attribution reports the whole clause.
                if (past_phrase + 1 < clause_end && ts.tags[past_phrase] == ',' && is_tag_in("dhbn", ts.tags[past_phrase + 1]) &&
                    (k + 1 >= found.size() || found[k + 1].cue >= clause_end))
                    s.content = span{where.begin, ts.units[clause_end - 1].where.end};
            }
            // "said that ...": the content starts after "that" and the marks around the cue,
            // and after the one told ("told reporters that ...", "told the Independent he
            // expected ...").
            std::size_t content_begin_unit =
                after_cue > a.end_unit && after_cue < ts.tags.size() && is_tag_in("t:PW", ts.tags[after_cue]) ? after_cue
                                                                                                            : a.end_unit;
            if (cue && cue->frame == cue_frame::say) {
                content_begin_unit = past_phrase_and_that(ts, content_begin_unit, content_end_unit);
                if (s.content.empty()) content_begin_unit = past_date(ts, content_begin_unit, content_end_unit);
            }
            // ... and after the one told and a phrase of when or how ("told Putin in a phone
            // call on Saturday that ...").
            // (The one told may follow a possessive: "told his Russian counterpart Vladimir Putin".)
            if (const std::size_t told = a.end_unit + (a.end_unit < ts.tags.size() && ts.tags[a.end_unit] == 'w' &&
                                                       is_possessive_determiner(ts.units[a.end_unit].where.in(text_)));
                content_begin_unit == a.end_unit && told + 1 < ts.tags.size() && is_tag_in("NoC", ts.tags[told]) &&
                is_tell(cue_unit.where.in(text_))) {
                if (const std::size_t past = past_phrase_and_that(ts, told + 1, content_end_unit); past > told + 1)
                    content_begin_unit = past;
                // ("told Al Jazeera the talks had failed": a clause right after the one told.)
                else if (told + 2 < content_end_unit && opens_clause_at(ts, told + 1) && ts.tags[told + 1] != 'G')
                    content_begin_unit = told + 1;
            }
            while (content_begin_unit < content_end_unit && content_begin_unit < ts.units.size() &&
                   is_tag_in("t,:", ts.tags[content_begin_unit]))
                ++content_begin_unit;
            // A cue phrase that took in a quotation's opening mark ("expressed “grave concern”",
            // "reaffirmed its “unwavering support” for"): the closing mark is no content, and
            // the words are partly the speaker's own.
            const std::string_view cue_words = cue_unit.where.in(text_);
            const bool cue_quotes = cue_words.find("\xE2\x80\x9C") != std::string_view::npos || cue_words.find('"') != std::string_view::npos;
            if (cue_quotes && content_begin_unit < content_end_unit && content_begin_unit < ts.units.size() &&
                ts.tags[content_begin_unit] == 'Q')
                ++content_begin_unit;
            // "He said Mr Blair had spoken with ...": another actor's statement, reported inside
            // this one, opens the content, which then reaches as far as that one's. (Only the
            // words: the kind and the target are read before it, as for any content.)
            // (Past a word or two that modify its source: "says most Russians believe ...".)
            std::size_t words_end_unit = content_end_unit;
            if (k + 1 < found.size() && found[k + 1].source_end > found[k + 1].source_begin &&
                found[k + 1].source_begin == std::max(content_end_unit, content_begin_unit) &&
                found[k + 1].source_begin <= content_begin_unit + 2 && found[k + 1].source_begin < ts.units.size() &&
                !closes_sentence(ts, found[k + 1]) && // ("called for restraint, Xinhua reported.": no nested report)
                is_tag_in("NCDPW", ts.tags[found[k + 1].source_begin]) &&
                std::all_of(ts.units.begin() + static_cast<std::ptrdiff_t>(content_begin_unit),
                            ts.units.begin() + static_cast<std::ptrdiff_t>(found[k + 1].source_begin),
                            [&](const unit& u) { return u.tag == 'w' && !opens_a_clause(u.where.in(text_)); }))
                words_end_unit = k + 2 < found.size() ? std::max(content_begin_unit, attribution_start(found[k + 2]))
                                                      : ts.units.size();
            // ... and ends before the "and" of a following coordinated cue, or the word that
            // opens the next one's clause after a comma ("..., while Orban rejected it").
            auto opener = [&](std::size_t u) {
                return ts.tags[u] == 'w' && u > 0 && ts.tags[u - 1] == ',' && opens_a_clause(ts.units[u].where.in(text_));
            };
            for (std::size_t* end : {&content_end_unit, &words_end_unit})
                while (*end > content_begin_unit + 1 && *end <= ts.units.size() &&
                       (is_tag_in("&u,", ts.tags[*end - 1]) || (*end < ts.units.size() && opener(*end - 1)) ||
                        // ("... and strongly condemns": the adverbs of the next cue are its own)
                        (ts.tags[*end - 1] == 'a' && *end >= 2 && is_tag_in("&ua", ts.tags[*end - 2]))))
                    --*end;
            // Nothing but the word that opens the next one's clause: no words of its own ("Turkey
            // has voiced objections, with President Erdogan accusing ...").
            if (words_end_unit == content_begin_unit + 1 && content_begin_unit + 1 < ts.units.size() && opener(content_begin_unit))
                words_end_unit = content_begin_unit;
            // Only marks after the cue ("delivered the opening statement."): no proposition,
            // an empty content where it would start.
            const bool says_something = std::any_of(
                ts.tags.begin() + static_cast<std::ptrdiff_t>(std::min(content_begin_unit, ts.tags.size())),
                ts.tags.begin() + static_cast<std::ptrdiff_t>(std::min(words_end_unit, ts.tags.size())),
                [](char t) { return !is_tag_in(".,xQ&u", t); });
            if (s.content.empty() && content_begin_unit < ts.units.size() && words_end_unit > content_begin_unit)
                s.content = says_something
                    ? span{ts.units[content_begin_unit].where.begin, ts.units[words_end_unit - 1].where.end}
                    : span{cue_unit.where.end, cue_unit.where.end};

            if (quote_info* q = claimed_quote(ts, a);
                q && q->q->where.end <= cue_unit.where.begin && opens_mid_clause(ts, *q, s.content)) {
                // "Ministers had to be sure ... without “unreasonable council tax increases”, he
                // added": a quotation opened after a word of the reported clause is a fragment of
                // the words reported, not all of them.
                q->claimed = true;
                s.mode = mode::partial;
            } else if (q) {
                q->claimed = true;
                s.quote = q->q->where;
                const bool before = a.pattern == 'I' || s.content.empty() || q->q->where.end <= cue_unit.where.begin;
                s.mode = before || q->q->where.contains(s.content) || q->q->inner.size() + 8 >= s.content.size() ? mode::direct : mode::partial;
                s.content = q->q->inner;
                if (s.kind == statement_kind::statement)
                    if (auto inner = first_person_kind(*q)) s.kind = *inner;
            } else if (has_quote_inside(s.content) || quoted_after_source(ts, a) || cue_quotes) {
                s.mode = mode::partial;
            }
            // A cue inside a quotation reports words of that quotation: its content ends where
            // the quotation does ("“We want to ...,” Nissan's Carlos Ghosn said").
            if (const quote_info* q = s.content.empty() ? nullptr : quote_at(cue_unit.where.begin);
                q && s.content.contains(q->q->inner.end) && s.content.begin < q->q->inner.end)
                s.content.end = q->q->inner.end;
            // First person inside a quotation, or in an official text's own voice: the words
            // are the speaker's own, verbatim ("“We welcome ...”", "We condemn ...").
            if (has_source && ts.tags[a.source_begin] == 'W') {
                if (quote_info* q = quote_at(cue_unit.where.begin)) {
                    s.mode = mode::direct;
                    s.quote = q->q->where;
                } else if (doc_speaker_) {
                    s.mode = mode::direct;
                }
            }
            // "and hope that ..." inside the quotation the speaker's last statement quoted
            // ("..., “We certainly welcome ... and hope that it will help ...”"): the same
            // verbatim words.
            if (a.pattern == 'K' && !s.quote && doc.statements.size() >= 2 &&
                doc.statements.size() - 2 >= emitted_before) {
                const statement& last = doc.statements[doc.statements.size() - 2];
                if (const quote_info* q = quote_at(cue_unit.where.begin); q && last.quote == q->q->where) {
                    s.mode = mode::direct;
                    s.quote = q->q->where;
                }
            }

            // The own-side rule: a reporting cue whose content opens with the speaker's own
            // side taking a stance ("said Russia is ready to") takes that stance's kind; another
            // actor's stance there is a nested statement of its own.
            bool merged = false;
            if (cue && (cue->frame == cue_frame::say || a.pattern == 'B' || a.pattern == 'P')) {
                std::size_t open = std::max(a.end_unit, content_begin_unit); // (past the one told)
                while (open < ts.units.size() && is_tag_in("taw,", ts.tags[open])) ++open;
                // (Past a body's own name before its plan: "said the Secretariat would begin".)
                if (open + 1 < ts.units.size() && ts.tags[open] == 'C' && ts.tags[open + 1] == 'M') ++open;
                // A quotation that opens with the stance itself is no word between ("said it
                // \"categorically rejects\" the claims"); one that opens a clause of its own is
                // the speaker's words, whose "we" is his (said: "We are ready ...").
                // (So is one after a form of "be": "said it was \"deeply disappointed\"".)
                const std::size_t mark = open + 1 < ts.units.size() && ts.tags[open] == 'b' ? open + 1 : open;
                if (mark + 1 < ts.units.size() && open > 0 && is_tag_in("\"q", ts.tags[mark]) && is_tag_in("wP", ts.tags[open - 1]) &&
                    open <= std::max(a.end_unit, content_begin_unit) + 2) {
                    std::size_t stance = mark + 1;
                    while (stance < ts.units.size() && ts.tags[stance] == 'a') ++stance;
                    if (stance < ts.units.size() && is_tag_in("SVJO", ts.tags[stance])) open = stance;
                }
                // An impersonal stance opening the content ("said it was crucial to help")
                // is the speaker's own. (Not an act's participle with its agent after a noun:
                // "said some of the amendments proposed by Kyiv were ...".)
                const bool participle_with_agent = open + 1 < ts.tags.size() && ts.tags[open + 1] == 'y' &&
                                                   is_tag_in("SV", ts.tags[open]) &&
                                                   ts.units[open].where.in(text_).find(' ') == std::string_view::npos;
                if (open < ts.units.size() && ts.units[open].cue >= 0 && s.kind == statement_kind::statement &&
                    is_tag_in("SVJO", ts.tags[open]) && !participle_with_agent) {
                    const cue_entry& ce = tables_.entries.cues[static_cast<std::size_t>(ts.units[open].cue)];
                    s.kind = ce.kind;
                    cue = &ce;
                }
                // So is the plan or refusal of the speaker's side named as "it" or by its body's
                // word ("Senegal said it would keep its border open", "said the agency would
                // share ..."), which names no actor the grammar could give a statement of its own.
                // (Not what will be: "said it will be up to four years", "the group will just be
                // a parody". A body's or a state's "it"; a person's is a thing ("said it would
                // cost a huge amount"). A person's "the group" is his; his "the government" only
                // where he holds a state's office: not a journalist's, nor analysts'.)
                if (open < ts.units.size() && ts.tags[open] == 'M' && ts.units[open].cue >= 0 &&
                    s.kind == statement_kind::statement) {
                    std::size_t subject = std::max(a.end_unit, content_begin_unit);
                    while (subject < open && is_tag_in("ta,", ts.tags[subject])) ++subject;
                    std::size_t verb = open + 1;
                    while (verb < ts.units.size() && ts.tags[verb] == 'a') ++verb;
                    const bool will_be = verb < ts.units.size() && ts.tags[verb] == 'b' &&
                                         ts.units[verb].where.in(text_) != "remain";
                    const bool collective = speaker->kind == actor_kind::organization || speaker->kind == actor_kind::state;
                    const std::string_view body = ts.units[open - 1].where.in(text_);
                    const bool member = speaker->kind == actor_kind::person && body != "it" &&
                                        (!names_a_state_side(body) || is_state_office(speaker->title));
                    // (Nor a condition's outcome: "would make itself irrelevant if it turned away".)
                    auto conditional = [&] {
                        for (std::size_t u = open + 1; u < std::min(content_end_unit, ts.units.size()); ++u)
                            if (ts.tags[u] == 'w' && (ts.units[u].where.in(text_) == "if" || ts.units[u].where.in(text_) == "unless"))
                                return true;
                        return false;
                    };
                    const cue_entry& ce = tables_.entries.cues[static_cast<std::size_t>(ts.units[open].cue)];
                    // (A threat is the outcome of a condition by nature: "said it would respond
                    // in kind if the United States imposed the tariff".)
                    if (own_side_subject_before(ts, open) == subject && !will_be && (collective || member) &&
                        (ce.kind == statement_kind::threat || !conditional())) {
                        s.kind = ce.kind;
                        cue = &ce;
                        merged = true; // (reported by the speaker: no plan in plain narration)
                    }
                }
                const attribution* b = k + 1 < found.size() ? &found[k + 1] : nullptr;
                // (... or a second content clause does: "said that China and Iran are friends,
                // and that China is ready to".)
                const bool second_clause = b && b->source_begin > open + 1 && ts.tags[b->source_begin - 1] == 't' &&
                                           ts.tags[b->source_begin - 2] == '&';
                if (b && b->pattern == 'A' && (b->source_begin == open || second_clause) && ts.units[b->cue].cue >= 0) {
                    const char t0 = ts.tags[b->source_begin];
                    auto inner = resolve(ts, b->source_begin, b->source_end, ts.units[b->source_begin].where.begin);
                    // (An official whose state the text does not say speaks for the state his
                    // words open with: "Foreign Minister Penny Wong says Australia will".)
                    const bool office_of_another =
                        a.source_begin > 0 && is_possessive_determiner(ts.units[a.source_begin - 1].where.in(text_));
                    const std::string_view subject = ts.units[b->source_begin].where.in(text_);
                    const bool unsaid_state =
                        inner && t0 == 'N' && official_of_unsaid_state(*speaker, *inner, subject, office_of_another);
                    // (So is a body's word in a state official's words, where the text says no
                    // other side holds it: "Japan's chief cabinet secretary said the government
                    // would continue to ...". Not a union's or a journalist's "the government";
                    // but a state official's, whatever state the text spoke of last.)
                    const std::string_view body = subject.substr(subject.rfind(' ') + 1); // (npos + 1: all of it)
                    const bool own_body = t0 == 'D' && b->source_end == b->source_begin + 1 &&
                                          speaker->kind == actor_kind::person && is_own_side_noun(body) &&
                                          (!names_a_state_side(body) || is_state_office(speaker->title)) &&
                                          (!inner || speaker->country.empty() || same_side(*speaker, *inner) ||
                                           names_a_state_side(body));
                    // (And a body's official speaks for the body his own title names: "EU foreign
                    // policy chief Kaja Kallas said the EU would".)
                    // ("the bloc" resolved to the body his mention names.)
                    const std::string_view named = subject.substr(subject.substr(0, 4) == "the " ? 4 : 0);
                    const std::string_view mention =
                        a.source_end > a.source_begin
                            ? text_.substr(ts.units[a.source_begin].where.begin,
                                           ts.units[a.source_end - 1].where.end - ts.units[a.source_begin].where.begin)
                            : std::string_view{};
                    const bool body_of_title = inner && (t0 == 'N' || t0 == 'D') && inner->kind == actor_kind::organization &&
                                               speaker->kind == actor_kind::person && !mention.empty() &&
                                               (holds_words(mention, named) || [&] {
                                                   const std::optional<actor> own = tagger_.body_named_in(mention);
                                                   return own && own->name == inner->name;
                                               }());
                    if (t0 == 'P' || t0 == 'W' || (inner && same_side(*speaker, *inner)) || unsaid_state || own_body ||
                        body_of_title) {
                        const cue_entry& ce = tables_.entries.cues[static_cast<std::size_t>(ts.units[b->cue].cue)];
                        // (A stance denied is none: "said the United States would not negotiate".)
                        const bool denied = std::find(ts.tags.begin() + static_cast<std::ptrdiff_t>(b->source_end),
                                                      ts.tags.begin() + static_cast<std::ptrdiff_t>(b->cue), 'n') !=
                                            ts.tags.begin() + static_cast<std::ptrdiff_t>(b->cue);
                        if (s.kind == statement_kind::statement && !denied) {
                            s.kind = ce.kind;
                            cue = &ce;
                        }
                        merged = true;
                        found.erase(found.begin() + static_cast<std::ptrdiff_t>(k + 1));
                        // The merged stance is part of this statement's content.
                        const std::size_t next_start =
                            k + 1 < found.size() ? (found[k + 1].source_end > found[k + 1].source_begin ? found[k + 1].source_begin : found[k + 1].cue)
                                                 : ts.units.size();
                        content_end_unit = std::max(content_end_unit, next_start);
                        if (!s.quote && content_begin_unit < ts.units.size() && content_end_unit > content_begin_unit)
                            s.content = span{ts.units[content_begin_unit].where.begin, ts.units[content_end_unit - 1].where.end};
                    }
                }
            }
            // Spec: "both believe", "Russia and the U.S. said": a position held jointly is
            // an agreement.
            if (s.kind == statement_kind::statement && speaker->kind == actor_kind::group && has_source &&
                speaker->members.size() >= 2 && cue && cue->frame == cue_frame::say) {
                s.kind = statement_kind::agreement;
                cue = nullptr;
            }

            // A neutral reporting cue takes the kind of the first content signal after it
            // ("said Russia must ...", "said the plan had failed").
            // Inside a verbatim quotation a modal is as often epistemic ("I don't see any
            // reason why it should be") as an appeal, so there only judgements count ("Russia
            // has failed", "they will receive a dire response").
            // "according to the ministry, the diplomats must leave" reports words as "said" does.
            // The target is looked for after the cue; where the words reported came before it
            // ("..., he said in London"), after the signal in them that gives the kind, if any.
            const bool reported_before = !s.content.empty() && s.content.end <= cue_unit.where.begin;
            std::size_t target_from = reported_before ? a.cue : a.end_unit;
            std::size_t target_to = reported_before ? a.cue : content_end_unit;
            // (So does a neutral act of saying what something is or was told: "called the
            // attack a flagrant violation", "described the move as illegal", "reminded Kyiv
            // that it had failed".)
            // (And so does a view held: "Moscow considers the plans unacceptable", merged into
            // the words of the one who reports it or not.)
            // (So does a headline's label: "Foreign Minister Tsahkna: those responsible must be
            // held to account".)
            if (s.kind == statement_kind::statement &&
                ((cue && (cue->frame == cue_frame::say || cue->frame == cue_frame::according ||
                          (cue->frame == cue_frame::act && cue->kind == statement_kind::statement &&
                           (cue->cameo == "010" || cue->cameo == "014")))) ||
                 (!cue && a.pattern == 'L'))) {
                const bool quoted = s.quote.has_value();
                std::size_t i = first_signal(tables_, ts, text_, a.end_unit, content_end_unit, quoted, nullptr);
                // "..., Tillerson said": the content came before the cue.
                if (i == std::string::npos && s.content.end <= cue_unit.where.begin) {
                    i = first_signal(tables_, ts, text_, 0, a.cue, quoted, &s.content);
                    if (i != std::string::npos)
                        for (target_from = target_to = i + 1;
                             target_to < a.cue && ts.units[target_to].where.end <= s.content.end;)
                            ++target_to;
                }
                if (i != std::string::npos) {
                    s.kind = tables_.entries.cues[static_cast<std::size_t>(ts.units[i].cue)].kind;
                    cue = nullptr;
                }
            } else if (merged && s.kind == statement_kind::intent && cue && cue->frame == cue_frame::modal) {
                // (A plan merged into the words reported is a threat where they announce a price:
                // "said Russia would take countermeasures", "was prepared to apply equivalent
                // measures". A phrase or a counter-measure: a lone word as often describes, "would
                // ease the humanitarian consequences", "the Reciprocal Access Agreement".)
                const std::size_t i = first_signal(tables_, ts, text_, a.end_unit, content_end_unit, s.quote.has_value(), nullptr);
                const std::string_view price = i != std::string::npos ? ts.units[i].where.in(text_) : std::string_view{};
                if (i != std::string::npos &&
                    tables_.entries.cues[static_cast<std::size_t>(ts.units[i].cue)].kind == statement_kind::threat &&
                    (price.find(' ') != std::string_view::npos || price.substr(0, 7) == "counter")) {
                    s.kind = statement_kind::threat;
                    cue = nullptr;
                }
            }
            // "Russia will ..." in plain narration is a plan, not a statement. It counts where
            // a speaker stands behind the text (a quotation, a turn, a list of what was said),
            // and for states and "we", not for a person's announced schedule.
            if (!merged && cue && cue->frame == cue_frame::modal && a.pattern == 'A') {
                const bool spoken = quote_at(cue_unit.where.begin) || kind == block_kind::bullet || kind == block_kind::turn;
                // (A body the lexicon knows: an acronym it does not, "the IAAF will decide" in
                // another's words, is the speaker's forecast, not the body's plan.)
                const bool collective = ts.tags[a.source_begin] == 'W' || speaker->kind == actor_kind::state ||
                                        (speaker->kind == actor_kind::organization && ts.tags[a.source_begin] != 'C');
                if (!spoken || !collective) {
                    keep_previous(true);
                    doc.statements.pop_back();
                    continue;
                }
            }
            // Narrated talks belong to all their participants: "Pompeo spoke with Lavrov",
            // "Putin had a telephone conversation with President Obama".
            if (s.kind == statement_kind::consultation && has_source && a.pattern == 'A' &&
                !is_collective(*speaker)) {
                std::size_t i = a.end_unit;
                if (i < ts.units.size() && ts.tags[i] == 'p' && ts.units[i].where.in(text_) == "with") ++i;
                // ("met his Chinese counterpart Dong Jun", "held talks with visiting Vietnamese
                // Prime Minister Pham Minh Chinh")
                if (i < ts.units.size() && ts.tags[i] == 'w' && is_possessive_determiner(ts.units[i].where.in(text_))) ++i;
                else if (i + 1 < ts.units.size() && spelled(ts.units[i].where.in(text_), "visiting") &&
                         is_tag_in("NC", ts.tags[i + 1]))
                    ++i;
                // ("spoke with the President of Mexico, Claudia Sheinbaum": the name after the
                // description's comma is the other side.)
                // (Its title and country are the description's where the name has none.)
                const description* described = nullptr;
                if (i + 2 < ts.units.size() && ts.tags[i] == 'D' && ts.tags[i + 1] == ',' && is_tag_in("NC", ts.tags[i + 2])) {
                    if (ts.units[i].description >= 0) described = &ts.descriptions[static_cast<std::size_t>(ts.units[i].description)];
                    i += 2;
                }
                // (A name the lexicon does not know is a person too: "met Retno Marsudi".)
                std::optional<actor> named;
                if (i < ts.units.size() && ts.tags[i] == 'C' && i + 1 < ts.units.size() && is_tag_in(".,p", ts.tags[i + 1])) {
                    named = unit_actor(ts, ts.units[i], ts.units[i].where.begin);
                    if (named && described && named->title.empty()) named->title = std::string(described->role);
                    if (named && described && named->country.empty()) named->country = std::string(described->country);
                }
                // ("held a phone call with his Somali counterpart" and no name: the other side
                // is the counterpart's state.)
                if (!named && i < ts.units.size() && ts.tags[i] == 'D' && ts.units[i].description >= 0 &&
                    (i + 1 >= ts.units.size() || ts.tags[i + 1] != ',')) {
                    const description& d = ts.descriptions[static_cast<std::size_t>(ts.units[i].description)];
                    // (The person of that state who holds the speaker's office, where the text
                    // named him before: "his Somali counterpart" after "Somali Foreign Minister
                    // Abdisalam Hashi Warsame".)
                    if (d.role == "counterpart" && !d.country.empty() && d.country != speaker->country) {
                        if (!speaker->title.empty()) named = talk_.with_role(speaker->title, std::string(d.country), true);
                        // (Of that state said: one whose state the text never said is as often
                        // another official.)
                        if (named && (named->kind != actor_kind::person || named->country != d.country)) named.reset();
                        if (!named) {
                            named = tagger_.state_of(d.country);
                            unnamed_counterpart = named.has_value();
                        }
                    }
                }
                if (i < ts.units.size() && (named || ((ts.tags[i] == 'N' || ts.tags[i] == 'o') && ts.units[i].actor >= 0))) {
                    const actor& other = named ? *named : ts.actors[static_cast<std::size_t>(ts.units[i].actor)];
                    if ((other.kind == actor_kind::person || (named && other.kind == actor_kind::state)) &&
                        !same_actor(other, *speaker)) {
                        joint = make_group({*speaker, other});
                        speaker = &*joint;
                        keep_previous(true);
                        s.source.actor = *joint;
                    }
                }
            }
            // "At the invitation of Prime Minister Store, President Boric paid a state visit to
            // Norway": the host and the guest are the two to come ("The two leaders ...").
            // (States too: "At the invitation of the President of the Republic of Chile, the
            // President of the Republic of Indonesia paid a state visit".)
            if (s.kind == statement_kind::consultation && has_source && !joint &&
                (speaker->kind == actor_kind::person || speaker->kind == actor_kind::state))
                if (const std::optional<actor> host = inviting_host(ts, a.source_begin); host && !same_actor(*host, *speaker))
                    talk_.met(make_group({*speaker, *host}));
            // "spoke to reporters", "met the press": talking to the news is saying, no talks.
            if (s.kind == statement_kind::consultation && a.end_unit < ts.units.size() && speaks_to_the_press(ts, a.end_unit)) {
                s.kind = statement_kind::statement;
                cue = nullptr;
            }
            // Talks the text narrates ("Pompeo spoke with Lavrov", "The parties exchanged views
            // on ...") report that something was discussed, not what anyone said: a summary
            // (dev notes), unless a speaker reports them ("said he had discussed", a quotation).
            if (s.kind == statement_kind::consultation && cue_unit.cue >= 0 &&
                tables_.entries.cues[static_cast<std::size_t>(cue_unit.cue)].kind == statement_kind::consultation &&
                tables_.entries.cues[static_cast<std::size_t>(cue_unit.cue)].frame != cue_frame::say && a.pattern == 'A' &&
                s.mode == mode::indirect && !s.quote &&
                !quote_at(cue_unit.where.begin) &&
                !(k > 0 && rules_.reports(ts, found[k - 1]) && found[k - 1].end_unit <= a.source_begin &&
                  ts.tags.find(',', found[k - 1].end_unit) >= a.source_begin)) // ("the Kremlin said, after they met")
                s.mode = mode::summary;
            set_code(s, cue);
            s.target = target_in(ts, target_from, target_to, s.kind);
            // A transcript's turn is its speaker's own words: what he says in the first person
            // there is verbatim ("A: We urge the Philippines to ...").
            // So is his side's stance ("Egypt will not allow ...").
            if (kind == block_kind::turn && s.mode == mode::indirect && has_source && turn_speaker_ &&
                (ts.tags[a.source_begin] == 'W' || ts.tags[a.source_begin] == 'N') && same_side(*turn_speaker_, s.source.actor))
                s.mode = mode::direct;
            finish(doc, s);
            const bool quoted = quote_at(cue_unit.where.begin) != nullptr;
            // Only a speaker in subject position becomes "he": not one reported inside a
            // quotation, nor the nested actor of "he said that Mr. Tillerson agreed".
            auto in_quote = [this](std::size_t byte) { return quote_at(byte) != nullptr; };
            const bool subject = has_source && subject_position(ts, a.source_begin, in_quote);
            talk_.spoke(*speaker, quoted || (has_source && !subject));
            if (has_source && subject && !quoted && ts.tags[a.source_begin] == 'D' &&
                names_one_official(ts, ts.units[a.source_begin]))
                talk_.unnamed_official_spoke(*speaker);
            if (has_source && !quoted && ts.tags[a.source_begin] == 'N' && speaker->kind == actor_kind::organization &&
                speaker->country == "IGO" && names_members(ts.units[a.source_begin].where.in(text_)))
                talk_.members_spoke(*speaker);
            // Talks of two the sentence names ("Putin had a telephone conversation with Erdogan")
            // give the pair of "the leaders" to come; talks of a pair resolved from a description
            // ("both countries' presidents") leave it as salience found it. So do two who agreed
            // ("Jaishankar and Wang Yi agreed to ...": "The two ministers also discussed ...").
            // (Not two of any act: "Russia and the U.S. are committed to ..." made the
            // ministers of the seed article's "The duo has agreed" their states.)
            // (Not with a counterpart's state for the person the text will name: "the two
            // ministers" are persons.)
            if ((s.kind == statement_kind::consultation || s.kind == statement_kind::agreement) && !quoted && subject &&
                is_tag_in("NC", ts.tags[a.source_begin]) && !unnamed_counterpart)
                talk_.met(*speaker);
            // A bare quotation after this one continues the speaker only when the sentence did
            // not open with a quotation of its own: the gold counts the continuation of a quote
            // ("“We are disappointed ...,” Tillerson said. “I’ve been clear ...”") as no
            // statement of its own.
            const bool opens_the_sentence =
                subject && subject_position(ts, a.source_begin, [](std::size_t) { return false; });
            // The speaker a following bare quotation continues: a named, single source.
            // (Not a source of figures that closes its sentence: "..., according to the Equal
            // Opportunities Commission." A speaker inside it goes on: "The problem, according to
            // Mr Lane, is ...".)
            if (opens_the_sentence && !quoted && !is_collective(*speaker) && speaker->kind != actor_kind::other &&
                !(a.pattern == 'R' && a.end_unit + 1 >= ts.units.size())) {
                keep_actor(block_speaker_, *speaker);
                block_speaker_block_ = block_index_;
            } else if (s.quote && opens_sentence(ts, s.quote->begin) && !quoted && has_source && !opens_the_sentence &&
                       block_speaker_ && block_speaker_->name != speaker->name) {
                // (A quotation of another speaker since, opening his sentence ("“...,” said
                // Tim Osborne"): a bare one after it is his going on, no statement, not the
                // words of the one named before him.)
                block_speaker_.reset();
            }
            // "He said the following:" opens a list that is his.
            if (cue && cue->frame == cue_frame::say && announces_list(where.in(text_).substr(cue_unit.where.end - where.begin)))
                keep_actor(list_speaker_, *speaker);
            // "Kyrgyzstan and Tajikistan trade blame", "Hamas and Israel accused each other":
            // one act of each side, aimed at the other (event data's dyads), not a joint one.
            if ((s.kind == statement_kind::criticism || s.kind == statement_kind::threat) && has_source &&
                speaker->kind == actor_kind::group && speaker->members.size() == 2 &&
                is_reciprocal_act(s.cue.in(text_), text_.substr(s.cue.end, 16))) {
                statement other = s;
                s.source.actor = speaker->members[0];
                s.target = mention{s.source.where, speaker->members[1]};
                other.source.actor = speaker->members[1];
                other.target = mention{other.source.where, speaker->members[0]};
                doc.statements.push_back(std::move(other)); // `s` is not used after this
            }
            if (!joint) keep_previous(false);
        }

        // What the sentence tells the discourse: its subject, then every actor it names.
        // The first actor-like unit among the first four is the subject; only a named one
        // changes who "he" is.
        if (const std::size_t i = leading_subject(ts); i != std::string::npos && ts.tags[i] == 'N' && !quote_at(ts.units[i].where.begin))
            talk_.subject(ts.actors[static_cast<std::size_t>(ts.units[i].actor)]);
        note_states_listed(ts);
        note_parties_defined(ts);
        // And a full name the lexicon does not know ("Gazprom chief Alexei Miller"): "Mr
        // Miller" later is him.
        for_each_tag_in<'N', 'G', 'C', 'o'>(ts.tags, [&](std::size_t i) {
            // A person after a preposition is named, not in the news; but a heading's are its
            // participants ("Joint press conference of Foreign Minister of Hungary Péter
            // Szijjártó and ...", then "SZIJJÁRTÓ:").
            if (ts.tags[i] == 'o') {
                if (ts.units[i].actor < 0) return;
                const actor& a = ts.actors[static_cast<std::size_t>(ts.units[i].actor)];
                if (a.kind != actor_kind::person) return;
                if (kind == block_kind::title) return talk_.mentioned(a);
                // (Still, his full name is given: "Babiker said" later is he, "presented by
                // Special Rapporteur Mohamed Abdelsalam Babiker" before.)
                const std::string_view mention = ts.units[i].where.in(text_);
                if (const std::size_t at = mention.rfind(a.name);
                    at != std::string_view::npos && a.name.find(' ') != std::string::npos && at + a.name.size() == mention.size())
                    talk_.gave_full_name(mention.substr(at));
                return;
            }
            if (ts.tags[i] != 'C') {
                const actor& a = ts.actors[static_cast<std::size_t>(ts.units[i].actor)];
                if (a.kind == actor_kind::person)
                    talk_.show_sex(a.name, sex_shown(ts.units[i].where.in(text_), a.title, a.name, a.country));
                else if (const std::string_view m = ts.units[i].where.in(text_);
                         a.kind == actor_kind::organization && m.size() > 8 && equals_lower(m.substr(m.size() - 8), " mission"))
                    talk_.named_mission(a);
                return talk_.mentioned(a);
            }
            const std::string_view name = ts.units[i].where.in(text_);
            if (name.find(' ') != std::string_view::npos) talk_.gave_full_name(name);
            talk_.show_sex(name, sex_shown(name, {}, name, {}));
        });

        // An official text's own sentences (a statement by the G7, a press release with the
        // Secretary-General's text) are its speaker's, cue or none: the kind is the
        // strongest cue in the sentence.
        // A sentence that ends as a sentence does (read only where there is a voice).
        auto complete = [&] {
            const std::string_view last_char = where.empty() ? std::string_view() : span{where.end - 1, where.end}.in(text_);
            return last_char == "." || last_char == "!" || last_char == "?" || last_char == "\"" ||
                   (where.size() >= 3 && span{where.end - 3, where.end}.in(text_) == "\xE2\x80\x9D");
        };
        // So are the items of a list that "X said the following" introduced.
        const std::optional<actor>& voice = doc_speaker_ ? doc_speaker_ : (kind == block_kind::bullet ? list_speaker_ : no_actor_);
        if (doc.statements.size() == emitted_before && voice && !speaker_named_here && found.empty() && complete() &&
            (kind == block_kind::paragraph || kind == block_kind::bullet) && !quote_at(where.begin) &&
            ts.units.size() >= 4) {
            statement& s = doc.statements.emplace_back(); // built in place, not moved there
            s.where = whole;
            s.source.actor = *voice;
            // A cue that carries an act wins over content signals, which only give a neutral
            // or missing cue its kind ("We are clear in our commitment to hold those responsible
            // for violations" is intent, not criticism).
            const cue_entry* strongest = nullptr;
            for (const bool signals : {false, true}) {
                if (strongest && strongest->kind != statement_kind::statement) break;
                for (const auto& u : ts.units)
                    if (u.cue >= 0 && (u.tag == 's') == signals) {
                        const cue_entry& ce = tables_.entries.cues[static_cast<std::size_t>(u.cue)];
                        if (!strongest || strength(ce.kind) > strength(strongest->kind)) {
                            strongest = &ce;
                            s.cue = u.where;
                        }
                    }
            }
            s.kind = strongest ? strongest->kind : statement_kind::statement;
            s.mode = doc_speaker_ ? mode::direct : mode::indirect; // an official text's own words
            s.content = where;
            set_code(s, strongest);
            finish(doc, s);
        }

        emitted_before -= absorb_own_side_quoted_before(doc, emitted_before);

        // Quotations that open in this sentence and that nobody claimed: a bare quotation
        // continues the speaker of the text around it.
        if (doc.statements.size() == emitted_before) {
            auto first = std::lower_bound(quotes_.begin(), quotes_.end(), where.begin,
                                          [](const quote_info& q, std::size_t p) { return q.q->where.begin < p; });
            for (auto it = first; it != quotes_.end() && it->q->where.begin < where.end; ++it) {
                quote_info& q = *it;
                if (q.claimed) continue;
                // Scare quotes and titles are short; a short sentence of its own ("Our positions
                // remain far apart.") is none.
                if (q.q->inner.size() < 40 && !ends_a_sentence(q.q->inner.in(text_))) continue;
                // A quotation inside narration ("The tour was cited as “a highly crafted
                // production ...”") quotes a document or a phrase, not the last speaker going on.
                if (!opens_sentence(ts, q.q->where.begin)) continue;
                // One that runs on past this sentence and closes on a comma ("“We see attempts
                // ... the whole world,” the Russian Foreign Minister emphasized") is claimed where
                // it closes, by whoever said it there.
                if (q.q->where.end > where.end && closes_on_comma(q.q->inner.in(text_))) continue;
                // Read where it is kept (neither moves while the statement is built): copied once.
                const std::optional<actor>& who =
                    q.speaker || !(block_speaker_ && block_speaker_block_ + 2 >= block_index_) ? q.speaker : block_speaker_;
                if (!who) continue;
                q.claimed = true;
                statement& s = doc.statements.emplace_back(); // built in place, not moved there
                s.where = whole;
                s.source.actor = *who;
                s.kind = first_person_kind(q).value_or(statement_kind::statement);
                s.mode = mode::direct;
                s.quote = q.q->where;
                s.content = q.q->inner;
                set_code(s, nullptr);
                finish(doc, s);
            }
        }
    }

    /// "“Ukraine will not hand over land that Russia could not take by force. This is our
    /// Constitution,” Zelensky said": a quotation that opened in an earlier sentence is claimed
    /// here. A stance of the speaker's own state that an earlier sentence read in it ("Ukraine
    /// will not ...") is the speaker's, one statement: its kind goes to the speaker's where
    /// that is a plain statement, and it goes. `emitted_before` is where this sentence's
    /// statements begin in `doc`; returns how many statements before it went.
    std::size_t absorb_own_side_quoted_before(document& doc, std::size_t emitted_before) {
        const std::size_t before = emitted_before;
        for (std::size_t k = emitted_before; k < doc.statements.size(); ++k) {
            if (!doc.statements[k].quote) continue;
            const span quote = *doc.statements[k].quote;
            if (quote.begin >= doc.statements[k].where.begin) continue;
            for (std::size_t j = emitted_before; j-- > 0;) {
                const statement& e = doc.statements[j];
                if (e.where.end <= quote.begin) break; // (statements before the quotation)
                statement& s = doc.statements[k];
                if (e.quote || !quote.contains(e.cue.begin) || e.source.actor.kind != actor_kind::state ||
                    !same_side(s.source.actor, e.source.actor))
                    continue;
                if (s.kind == statement_kind::statement) {
                    s.kind = e.kind;
                    s.cameo = e.cameo;
                    s.goldstein = e.goldstein;
                    if (!s.target) s.target = e.target;
                }
                doc.statements.erase(doc.statements.begin() + static_cast<std::ptrdiff_t>(j));
                --emitted_before;
                --k;
                finished_ = static_cast<std::size_t>(-1);
            }
        }
        return before - emitted_before;
    }

    /// Whether quoted words end as a sentence does: a full stop, "!" or "?" last.
    static bool ends_a_sentence(std::string_view words) noexcept {
        while (!words.empty() && (words.back() == ' ' || words.back() == '\n')) words.remove_suffix(1);
        return !words.empty() && (words.back() == '.' || words.back() == '!' || words.back() == '?');
    }

    /// Headlines drop the article: "Secretary-General urges ...", "SECRETARY-GENERAL URGES".
    /// A bare title right before a cue is the person who holds it: the last one named, or,
    /// in a headline, which comes before the text that names him, the first one named after it.
    void name_bare_titles(const document& doc, tagged_sentence& ts, span where, bool headline) {
        // From each cue tag back to the word before it: cues are fewer than plain words, and
        // naming unit i changes no tag a later step reads.
        // (A title of two words becomes one unit: the cue after it moves one unit back.)
        for (std::size_t cue = next_subject_cue(ts.tags, 1); cue != std::string::npos;
             cue = next_subject_cue(ts.tags, cue + 1))
            if (ts.tags[cue - 1] == 'w' || ts.tags[cue - 1] == 'C') cue -= name_bare_title(doc, ts, cue - 1, where, headline);
    }

    /// The role of the title that `words` are, all of them, in any case ("Secretary",
    /// "SPOKESPERSON", "Foreign Minister").
    std::optional<std::string> role_of_title(std::string_view words) const {
        std::string word(words);
        for (char& c : word) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        const auto title = match_phrase(tables_.titles, word, 0);
        if (!title || title->length != word.size()) return std::nullopt;
        return std::string(tables_.entries.titles[title->index].role);
    }

    /// name_bare_titles at unit `i`, a plain or Capitalised word right before a cue, or the
    /// two words ending there ("The Secretary and Foreign Minister discussed"): the units
    /// merged away into the one (0 to 3: "a ministry spokesperson"). Out of line: most cues
    /// have none before them, and the look for the one named after a headline tags sentences.
    BOOST_NOINLINE std::size_t name_bare_title(const document& doc, tagged_sentence& ts, std::size_t i, span where, bool headline) {
        auto title_of = [&](std::size_t first) -> std::optional<std::string> {
            return role_of_title(text_.substr(ts.units[first].where.begin, ts.units[i].where.end - ts.units[first].where.begin));
        };
        std::size_t first = i;
        std::optional<std::string> role;
        if (i > 0 && ts.tags[i - 1] == 'w' && ts.units[i - 1].where.end + 1 == ts.units[i].where.begin && (role = title_of(i - 1)))
            first = i - 1;
        else if (!(role = title_of(i)))
            return 0;
        std::optional<actor> who = talk_.with_role(*role);
        if (!who && headline) who = named_later(doc, where, *role);
        // "a spokesman said", "a ministry spokesperson said": a spokesperson the text names
        // nobody for speaks for the body or state last in the news as a subject or speaker.
        // (A body the sentence names before him first: "Downing Street defended the decision,
        // with a spokesperson saying ...". The article joins his unit: "a spokesman".)
        if (!who && first > 0 && ts.tags[first - 1] == 'w' && is_spokesperson_title(*role)) {
            auto is_a = [](std::string_view w) { return w == "a" || w == "A" || w == "an" || w == "An"; };
            const std::string_view before = ts.units[first - 1].where.in(text_);
            std::size_t from = first;
            if (is_a(before)) from = first - 1;
            else if ((before == "ministry" || before == "government") && first > 1 && is_a(ts.units[first - 2].where.in(text_)))
                from = first - 2;
            if (from < first) {
                for (std::size_t j = 0; j < from; ++j)
                    if (ts.tags[j] == 'N' && ts.units[j].actor >= 0) {
                        const actor& body = ts.actors[static_cast<std::size_t>(ts.units[j].actor)];
                        if (body.kind == actor_kind::state || body.kind == actor_kind::organization) who = body;
                    }
                if (!who) who = talk_.it();
                if (who) first = from;
            }
        }
        if (!who) return 0;
        ts.units[i].actor = static_cast<std::int32_t>(ts.actors.size());
        ts.actors.push_back(*who);
        ts.tags[i] = ts.units[i].tag = 'N';
        if (first == i) return 0;
        merge_units(ts, first, i, i, 'N');
        return i - first;
    }

    /// A person named by surname alone ("Mr Howard", "Secretary Miller", "Howard's") is the
    /// one this text named in full with that surname before ("Michael Howard", "Alexei
    /// Miller"), not a stranger of that name nor another person of the lexicon's. So is a
    /// lone capitalised word opening a sentence ("Howard said"), which the tagger leaves a
    /// plain word ("Nothing will change") for want of the names before it.
    void name_by_surname(tagged_sentence& ts) {
        if (!talk_.any_full_name()) return; // the first sentences of most texts
        name_lone_surname(ts);
        name_knights(ts);
        if (ts.surnames == 0) return;
        for_each_tag_in<'N', 'G', 'o'>(ts.tags, [&](std::size_t i) {
            const unit& u = ts.units[i];
            if (u.ref != reference::surname || u.actor < 0) return;
            actor& a = ts.actors[static_cast<std::size_t>(u.actor)];
            const auto space = a.name.rfind(' ');
            const std::string_view surname =
                space == std::string::npos ? std::string_view(a.name) : std::string_view(a.name).substr(space + 1);
            // A person the lexicon knows gives way only to one the discourse noted.
            const auto full = talk_.named_in_full(surname, space != std::string::npos);
            if (!full || full->name == a.name) return;
            std::string title = std::move(a.title);
            a = full->who();
            if (a.title.empty()) a.title = std::move(title);
        });
    }

    /// "Sir Keir said" after "Keir Starmer": a knight or dame is named by the given name after
    /// "Sir" or "Dame" (British usage); a name the lexicon does not know ('C') of those two words
    /// is the one person named before with that given name.
    void name_knights(tagged_sentence& ts) {
        if (!ts.knights) return;
        for (std::size_t i = next_tag_in<'C'>(ts.tags, 0); i != std::string::npos; i = next_tag_in<'C'>(ts.tags, i + 1)) {
            unit& u = ts.units[i];
            const std::string_view name = u.where.in(text_);
            const std::size_t space = name.find(' ');
            if (space == std::string_view::npos || name.find(' ', space + 1) != std::string_view::npos) continue;
            const std::string_view form = name.substr(0, space);
            if (form != "Sir" && form != "Dame") continue;
            std::optional<actor> who = talk_.named_by_given_name(name.substr(space + 1));
            if (!who) continue;
            u.actor = static_cast<std::int32_t>(ts.actors.size());
            ts.actors.push_back(std::move(*who));
            ts.tags[i] = u.tag = 'N';
        }
    }

    /// name_by_surname for the sentence's first unit: a capitalised plain word that is the
    /// surname of someone named in full before becomes that person. (Not after an opening
    /// quotation or a colon, where the tagger leaves such a word too: a surname opening a
    /// quotation is seldom its speaker.)
    void name_lone_surname(tagged_sentence& ts) {
        if (ts.units.empty()) return;
        unit& u = ts.units.front();
        if (u.tag != 'w' || !is_upper(text_[u.where.begin])) return;
        const std::string_view word = u.where.in(text_);
        if (is_common_capitalised(word, lead_key(word, 0))) return; // "May", "March"
        std::optional<actor> who;
        if (const auto full = talk_.named_in_full(word)) who = full->who();
        // "Cho said" after "Foreign Minister Cho Tae-yul": a family name written first, or the
        // name a person goes by ("Prabowo").
        else if (word.size() >= 3) who = talk_.named_by_other_word(word);
        // ("Sugiono said", "Debretsion told": the first word of an official's full name, where
        // it is no given name the lexicon knows; not "Ozzy" of Ozzy Osbourne.)
        if (!who && word.size() >= 3 && !tables_.given_names.find(word))
            if (std::optional<actor> titled = talk_.named_by_given_name(word); titled && !titled->title.empty())
                who = std::move(titled);
        if (!who && word.size() >= 3) who = named_by_first_name_before(ts, u);
        if (!who) return;
        u.actor = static_cast<std::int32_t>(ts.actors.size());
        ts.actors.push_back(std::move(*who));
        ts.tags.front() = u.tag = 'N';
    }

    /// "Debretsion told reporters" after "its chairman, Debretsion Gebremichael": where a person
    /// goes by the first word of the full name the text gave before (Ethiopia's and Eritrea's
    /// usage, Indonesia's, Thailand's), a word that opens a sentence and speaks (a cue right
    /// after it) is that person; not a given name the lexicon knows ("John said" is no "John
    /// Smith"), and only a full name the text gave before this sentence (gave_full_name) after
    /// a title.
    std::optional<actor> named_by_first_name_before(const tagged_sentence& ts, const unit& u) const {
        std::size_t cue = 1;
        while (cue < ts.tags.size() && is_tag_in("abhdn", ts.tags[cue])) ++cue;
        if (cue >= ts.tags.size() || !is_tag_in("SV", ts.tags[cue])) return std::nullopt;
        const std::string_view word = u.where.in(text_);
        if (tables_.given_names.find(word)) return std::nullopt;
        // (The full names given before, gave_full_name's: the text is not read again.)
        std::string_view found; // the full name after a title
        std::string_view other; // any full name of that first word
        for (const std::string_view full : talk_.full_names_given()) {
            if (full.size() <= word.size() + 1 || full.substr(0, word.size()) != word || full[word.size()] != ' ') continue;
            // (Two persons of that first word, "Kim Yo-jong" and "Kim Jong-un": neither.)
            if (other.empty()) other = full;
            else if (other != full) return std::nullopt;
            // (A person's full name: a title's last word before it, or before its comma; "its
            // chairman, Debretsion Gebremichael". Not a firm's, "drinks firm Pernod Ricard".)
            const std::size_t at = static_cast<std::size_t>(full.data() - text_.data());
            std::size_t p = at;
            if (p >= 2 && text_[p - 1] == ' ' && text_[p - 2] == ',') p -= 2;
            else if (p >= 1 && text_[p - 1] == ' ') p -= 1;
            else continue;
            std::size_t q = p;
            while (q > 0 && is_lower(text_[q - 1])) --q;
            const auto title = q < p ? match_phrase(tables_.titles, text_.substr(0, p), q) : std::nullopt;
            if (title && q + title->length == p) found = full;
        }
        if (found.empty()) return std::nullopt;
        actor a;
        a.kind = actor_kind::person;
        a.name = std::string(found);
        return a;
    }

    /// "Microsoft said ...": a capitalised word that opens a sentence alone and speaks (a cue
    /// follows it) is a name where the text writes it with its capital inside a sentence too
    /// ("shares in Microsoft"); "Police said", "Critics say" are no names ("the police"). A
    /// name of one word that is no surname of a person named before (name_lone_surname) is
    /// most often a firm, a team or a body: an organization, never "he" or "she" later.
    void name_lone_proper_noun(tagged_sentence& ts) {
        if (ts.units.size() < 2 || ts.tags[0] != 'w') return;
        unit& u = ts.units.front();
        const std::string_view word = u.where.in(text_);
        if (word.size() < 2 || !is_upper(word[0]) || is_common_capitalised(word, lead_key(word, 0))) return;
        std::size_t cue = 1;
        // ("Roscosmos, the Russian space agency, said", "Huawei, for its part, said": an aside
        // between commas, with no cue or quotation of its own, may part the name from its cue;
        // where the aside names a body by its head noun or calls it "its", the name is a body's.)
        bool aside_of_body = false;
        if (ts.tags[1] == ',') {
            std::size_t close = 2;
            while (close < ts.tags.size() && close < 14 && !is_tag_in(",SVJMqQ.", ts.tags[close])) ++close;
            if (close >= ts.tags.size() || ts.tags[close] != ',' || close == 2) return;
            for (std::size_t k = 2; k < close && !aside_of_body; ++k) {
                const std::string_view w = ts.units[k].where.in(text_);
                aside_of_body = w == "its" || (ts.tags[k] == 'w' && is_organization_head(w) &&
                                                (k + 1 == close || is_tag_in("p,", ts.tags[k + 1])));
            }
            cue = close + 1;
        }
        while (cue < ts.tags.size() && is_tag_in("abhdn", ts.tags[cue])) ++cue;
        if (cue >= ts.tags.size() || !is_tag_in("SVJ", ts.tags[cue])) return;
        // A person the text named by this one word after his title ("Indonesian Foreign Minister
        // Sugiono arrived ... Sugiono said").
        if (const actor* person = talk_.person_noted_as(word); person && !person->title.empty()) {
            u.actor = static_cast<std::int32_t>(ts.actors.size());
            ts.actors.push_back(*person);
            ts.tags[0] = u.tag = 'N';
            return;
        }
        // (Each word is read once a document: its answer is kept for the sentences that ask again.)
        const auto known = std::find_if(proper_nouns_.begin(), proper_nouns_.end(),
                                        [&](const std::pair<std::string_view, lone_noun>& p) { return p.first == word; });
        lone_noun noun = known != proper_nouns_.end() ? known->second : proper_noun_of_one_word(word, u.where.begin);
        if (known == proper_nouns_.end() && proper_nouns_.size() < 64) proper_nouns_.emplace_back(word, noun);
        // ("CAF said", "MOFCOM said": an acronym is a body's name wherever the text writes it,
        // but in a sentence set in capitals, where every word looks like one.)
        if (noun.kind == lone_noun::none && ((word.size() >= 3 && is_acronym(word)) || aside_of_body) &&
            !in_capitals(ts.units.front().where.begin, ts.units.back().where.end))
            noun = lone_noun{lone_noun::body, {}};
        if (noun.kind == lone_noun::none) return;
        actor a;
        a.name = std::string(noun.kind == lone_noun::person && !noun.full_name.empty() ? noun.full_name : word);
        // (The plural of an acronym, "MPs", is a body's members, as unit_actor has it.)
        a.kind = noun.kind == lone_noun::person ? actor_kind::person
                 : is_plural_acronym(word)      ? actor_kind::other
                                                : actor_kind::organization;
        u.actor = static_cast<std::int32_t>(ts.actors.size());
        ts.actors.push_back(std::move(a));
        ts.tags[0] = u.tag = 'N';
    }

    /// "It said ...", "However, it also warned", "In a statement, it rejected", "..., it said.":
    /// "it" opening its sentence (after a conjunction, sentence adverbs or the noun of its
    /// saying at most) or closing it after a comma, before its
    /// own reporting or act cue (adverbs, "has", "would", "not" between; no "is", which makes
    /// "it is hoped" impersonal), is a pronoun as "he" is: the last body or state that was a
    /// subject or spoke (unit_actor). Inside a sentence "it" is most often a thing the clause
    /// names ("evidence it wants to retain control"). (Only once the text has such a body:
    /// the tags change for nothing else.)
    void name_it(tagged_sentence& ts) const {
        if (!talk_.it()) return;
        // The units that may open the sentence before "it": only a conjunction, sentence
        // adverbs and commas ("But", "However,", "Meanwhile", "And"); found once, at the first
        // "it" before a cue, so that a sentence of many units costs one pass.
        std::size_t opening = std::string::npos;
        auto opens_at = [&] {
            opening = 0;
            const std::string_view first = ts.units[0].where.in(text_);
            if (ts.tags[0] == 'w' && is_common_capitalised(first, lead_key(first, 0))) opening = 1;
            while (opening < ts.units.size() && is_tag_in("&ua,O", ts.tags[opening])) ++opening;
            return opening;
        };
        for (std::size_t i = 0; i + 1 < ts.units.size(); ++i) {
            if (ts.tags[i] != 'w' || ts.units[i].where.size() != 2) continue;
            const std::string_view w = ts.units[i].where.in(text_);
            if (w != "It" && w != "it") continue;
            std::size_t cue = i + 1;
            while (cue < ts.tags.size() && is_tag_in("ahdn", ts.tags[cue])) ++cue;
            if (cue >= ts.tags.size() || !is_tag_in("SV", ts.tags[cue])) continue;
            const bool closes = i > 0 && ts.tags[i - 1] == ',' && (cue + 1 >= ts.tags.size() || ts.tags[cue + 1] == '.');
            if (!closes && i > (opening == std::string::npos ? opens_at() : opening)) continue;
            ts.tags[i] = ts.units[i].tag = 'P';
            ts.units[i].ref = reference::it;
        }
    }

    /// "His government has demanded ...", "..., her office said": who speaks for the person
    /// "he" or "she" is, before its cue. His government is his state, his office or spokesman
    /// is he (unit_actor). The two words become one P unit described so.
    /// So does a person named with a possessive: "Netanyahu's office denied", "Macron's
    /// government said" (an N unit of that person or his state).
    /// The steps that look back from each cue, in one pass over the cues (fewer than words):
    /// name_his_office, then sentence_rules::noun_after_the_name.
    void scan_cues(tagged_sentence& ts) {
        for (std::size_t c = next_tag_in<'S', 'V', 'J', 'M'>(ts.tags, 1); c != std::string::npos;
             c = next_tag_in<'S', 'V', 'J', 'M'>(ts.tags, c + 1)) {
            if (rules_.gerund_after_of(ts, c)) continue;
            c -= name_his_office(ts, c);
            rules_.noun_after_the_name(ts, c);
        }
    }

    /// name_his_office for the cue at unit `c`, back past its adverbs and auxiliaries to the
    /// two words before them: the units merged away (0 or 1).
    std::size_t name_his_office(tagged_sentence& ts, std::size_t c) {
        std::size_t head = c; // the unit after the two words
        while (head > 0 && is_tag_in("ahdn", ts.tags[head - 1])) --head;
        if (head < 2) return 0;
        // "An RSF spokesman said", "a CAF spokesperson in Cairo said": the spokesperson of a
        // body the text names by an acronym of three letters or more speaks for it, as a known
        // body's does ("a Hamas spokesman"). (Past a place: the grammar reads it.) So does its
        // mission, a body of its own: "The Melanesian Spearhead Group (MSG) observer mission
        // has described", named "MSG observer mission" ("the mission" later).
        if (const std::size_t t = head >= 4 && ts.tags[head - 1] == 'o' && ts.tags[head - 2] == 'p' ? head - 2 : head;
            t >= 2 && ts.tags[t - 1] == 'w') {
            const bool mission = t >= 3 && ts.tags[t - 2] == 'w' && ts.units[t - 1].where.in(text_) == "mission" &&
                                 is_lower(ts.units[t - 2].where.in(text_).front());
            std::size_t b = mission ? t - 3 : t - 2;
            // (The acronym in brackets after the body's name: "... (MSG) observer mission".)
            const bool bracketed = b >= 2 && ts.tags[b] == 'x' && ts.units[b].where.in(text_) == ")" && ts.tags[b - 1] == 'C';
            if (bracketed) --b;
            if (ts.tags[b] == 'C' && (mission || is_spokesperson_title(ts.units[t - 1].where.in(text_)))) {
                const std::string_view body = ts.units[b].where.in(text_);
                if (body.size() >= 3 && is_acronym(body) && !in_capitals(ts.units.front().where.begin, ts.units.back().where.end)) {
                    std::string name(body);
                    if (mission) name.append(" ").append(span{ts.units[t - 2].where.begin, ts.units[t - 1].where.end}.in(text_));
                    name_unit(ts, b, actor_kind::organization, name);
                    // (The mention opens at the body's name before the bracket.)
                    const std::size_t first = bracketed && b >= 2 && ts.tags[b - 1] == 'x' && ts.tags[b - 2] == 'C' ? b - 2 : b;
                    merge_units(ts, first, t - 1, b, 'N');
                    return t - 1 - first;
                }
            }
        }
        // "His Highness affirmed", "Her Excellency said": a style of address with no name after
        // it is "he" or "she", the person the text named last.
        if (ts.tags[head - 1] == 'C' && ts.tags[head - 2] == 'w') {
            const std::string_view style = ts.units[head - 1].where.in(text_);
            const std::string_view last = style.substr(style.rfind(' ') + 1); // ("His Royal Highness")
            const std::string_view det = ts.units[head - 2].where.in(text_);
            if ((det == "His" || det == "his" || det == "Her" || det == "her") &&
                (last == "Highness" || last == "Excellency" || last == "Majesty")) {
                // (A royal style is the one person the text named with a royal title, where
                // there is one: "Sheikh Abdullah bin Zayed received Sugiono. His Highness
                // affirmed ...".)
                std::optional<actor> royal;
                if (last != "Excellency")
                    for (std::string_view t : {"Sheikh", "King", "Queen", "Prince", "Crown Prince", "Emir", "Sultan"})
                        if (!royal) royal = talk_.named_by_given_name(t);
                merge_units(ts, head - 2, head - 1, head - 2, royal ? 'N' : 'P');
                if (royal) {
                    ts.units[head - 2].actor = static_cast<std::int32_t>(ts.actors.size());
                    ts.actors.push_back(std::move(*royal));
                } else {
                    ts.units[head - 2].ref = reference::he;
                }
                return 1;
            }
        }
        // "Its foreign ministry demanded ...", "its government said": the body or state "it" is
        // (talk_.it()), speaking through its own body. (Up to three plain words, the last a
        // body's: not "its decision".)
        // (An "its" among the three words first: most cues have none.)
        auto its_at = [&](std::size_t u) { return ts.units[u].where.size() == 3 && spelled_or_capitalised(ts.units[u].where.in(text_), "its"); };
        if (head >= 2 && ts.tags[head - 1] == 'w' && (its_at(head - 2) || (head >= 3 && its_at(head - 3)) || (head >= 4 && its_at(head - 4))) &&
            is_own_side_noun(ts.units[head - 1].where.in(text_))) {
            std::size_t k = head - 1;
            while (k > 0 && head - k < 3 && ts.tags[k - 1] == 'w' && is_lower(ts.units[k - 1].where.in(text_).front())) --k;
            // ("Its" before the words, or "its" among them, lower case as they are.)
            const std::size_t its = k > 0 && spelled_or_capitalised(ts.units[k - 1].where.in(text_), "its") ? k - 1
                                    : spelled_or_capitalised(ts.units[k].where.in(text_), "its")       ? k
                                                                                                        : std::string::npos;
            if (its != std::string::npos && its + 1 < head && talk_.it()) {
                merge_units(ts, its, head - 1, its, 'P');
                ts.units[its].ref = reference::it;
                return head - 1 - its;
            }
        }
        if (ts.tags[head - 1] != 'w') return 0;
        const std::size_t i = head - 2;
        // ("Lee's office said": a surname with its possessive is the person the text named in
        // full, Lee Jae-myung.)
        if (ts.tags[i] == 'w') surname_with_possessive(ts, i);
        const bool named = ts.tags[i] == 'G' && ts.units[i].actor >= 0 &&
                           ts.actors[static_cast<std::size_t>(ts.units[i].actor)].kind == actor_kind::person;
        if (!named && (ts.tags[i] != 'w' || ts.units[i].where.size() != 3)) return 0;
        const std::string_view det = ts.units[i].where.in(text_);
        if (!named && det != "His" && det != "his" && det != "Her" && det != "her") return 0;
        const std::string_view noun = ts.units[i + 1].where.in(text_);
        const bool government = noun == "government" || noun == "administration";
        if (!government && noun != "office" && !is_spokesperson_title(noun)) return 0;
        if (named) {
            if (government) {
                const std::optional<actor> state =
                    tagger_.state_of(ts.actors[static_cast<std::size_t>(ts.units[i].actor)].country);
                if (!state) return 0;
                ts.actors.push_back(*state);
                ts.units[i].actor = static_cast<std::int32_t>(ts.actors.size() - 1);
            }
            merge_units(ts, i, i + 1, i, 'N');
        } else if (const std::size_t subject = !government ? subject_before_trailing_cue(ts, i) : std::string::npos;
                   subject != std::string::npos) {
            // "Felix Tshisekedi will not attend, his office said": the person the words are
            // about, not the last one who spoke.
            std::int32_t who = ts.units[subject].actor;
            if (who < 0) { // a full name the lexicon does not know
                actor a;
                a.kind = actor_kind::person;
                a.name = std::string(ts.units[subject].where.in(text_));
                who = static_cast<std::int32_t>(ts.actors.size());
                ts.actors.push_back(std::move(a));
            }
            merge_units(ts, i, i + 1, i, 'N');
            ts.units[i].actor = who;
            ts.units[i].ref = reference::none;
        } else {
            merge_units(ts, i, i + 1, i, 'P');
            ts.units[i].ref = reference::he;
            ts.describe(ts.units[i], government ? "government" : "office", {});
        }
        return 1;
    }

    /// "The President of the Republic of Kazakhstan, the President of the People's Republic of
    /// China, ... and the President of the Republic of Uzbekistan (hereinafter "the Parties")":
    /// three states or more named in a list (by name or by an office of theirs, joined by
    /// commas and a last "and") are noted together, "the Parties" to come. (Read from a comma
    /// after a state: most sentences hold few commas.)
    /// "The Republic of Armenia and the Republic of Türkiye (hereinafter referred to as “the
    /// Sides”),": the states and bodies named before "hereinafter" are the text's parties.
    void note_parties_defined(const tagged_sentence& ts) {
        if (!ts.hereinafter) return; // (the tagger saw the word: most sentences are not read here)
        std::vector<actor> parties;
        for (std::size_t u = 0; u < ts.units.size() && ts.units[u].where.in(text_) != "hereinafter"; ++u) {
            if (ts.tags[u] != 'N' || ts.units[u].actor < 0) continue;
            const actor& a = ts.actors[static_cast<std::size_t>(ts.units[u].actor)];
            if (a.kind == actor_kind::state || a.kind == actor_kind::organization) parties.push_back(a);
        }
        if (parties.size() >= 2) talk_.parties_defined(make_group(std::move(parties)));
    }

    void note_states_listed(const tagged_sentence& ts) {
        if (ts.tags.find('&') == std::string::npos) return; // (no list without its "and")
        auto state_at = [&](std::size_t u) -> std::optional<actor> {
            if (ts.tags[u] == 'N' && ts.units[u].actor >= 0) {
                const actor& a = ts.actors[static_cast<std::size_t>(ts.units[u].actor)];
                if (a.kind == actor_kind::state) return a;
            } else if (ts.tags[u] == 'D' && ts.units[u].ref == reference::title) {
                const description d = ts.described(ts.units[u]);
                if (!d.country.empty() && !is_body_role(d.role)) return tagger_.state_of(d.country);
            }
            return std::nullopt;
        };
        for (std::size_t k = next_tag_in<','>(ts.tags, 1); k != std::string::npos; k = next_tag_in<','>(ts.tags, k + 1)) {
            if (!is_tag_in("ND", ts.tags[k - 1])) continue;
            std::vector<actor> states;
            std::size_t u = k - 1;
            for (;;) {
                auto state = state_at(u);
                if (!state) break;
                states.push_back(std::move(*state));
                if (u + 2 >= ts.tags.size() || (ts.tags[u + 1] != ',' && ts.tags[u + 1] != '&')) break;
                if (ts.tags[u + 1] == '&') {
                    if (auto last = state_at(u + 2); last && states.size() >= 2) {
                        states.push_back(std::move(*last));
                        talk_.states_named_together(make_group(std::move(states)));
                        return;
                    }
                    break;
                }
                u += 2;
            }
            k = std::max(k, u); // (past the list read, never back)
        }
    }

    /// Unit `i`, a plain word, where it is a capitalised surname with its possessive ("Lee's",
    /// "Modi’s") of a person the text named in full: that person, tagged G.
    void surname_with_possessive(tagged_sentence& ts, std::size_t i) {
        const span at = ts.units[i].where;
        if (at.size() < 4 || !is_upper(text_[at.begin])) return;
        const std::size_t bare = end_before_possessive(text_, at.begin, at.end);
        if (bare == at.end) return;
        const auto full = talk_.named_in_full(text_.substr(at.begin, bare - at.begin), true);
        if (!full || !full->noted || full->noted->kind != actor_kind::person) return;
        ts.units[i].actor = static_cast<std::int32_t>(ts.actors.size());
        ts.actors.push_back(*full->noted);
        ts.tags[i] = ts.units[i].tag = 'G';
    }

    /// The unit of the person that opens the words before a trailing "..., his office said" at
    /// unit `i` (after its comma), where that person is the one actor there; npos otherwise.
    /// (A full name the lexicon does not know counts: names_a_person_in_full, "Felix
    /// Tshisekedi".)
    std::size_t subject_before_trailing_cue(const tagged_sentence& ts, std::size_t i) const {
        if (i < 2 || ts.tags[i - 1] != ',') return std::string::npos;
        std::size_t first = 0;
        while (first < i && is_tag_in("xq\"", ts.tags[first])) ++first;
        // (Past an opening place: "In Athens, Prime Minister Kyriakos Mitsotakis called ...".)
        if (first + 3 < i && ts.tags[first] == 'w' && ts.tags[first + 1] == 'o' && ts.tags[first + 2] == ',') first += 3;
        if (first >= i) return std::string::npos;
        const unit& u = ts.units[first];
        const bool person = u.tag == 'N' ? u.actor >= 0 && ts.actors[static_cast<std::size_t>(u.actor)].kind == actor_kind::person
                          : u.tag == 'C' && u.actor < 0 && names_a_person_in_full(u.where.in(text_));
        if (!person) return std::string::npos;
        // (Another actor after his verb is its object, "called Erdogan to offer his condolences";
        // one joined to him, or a pronoun, makes the words not his alone.)
        for (std::size_t k = first + 1; k < i; ++k)
            if (is_tag_in("PWm", ts.tags[k]) ||
                (is_tag_in("NCDG", ts.tags[k]) && (k == first + 1 || is_tag_in("&,", ts.tags[first + 1]))))
                return std::string::npos;
        return first;
    }

    /// A body where the text writes `word` elsewhere than at `at` with its capital after a
    /// lower-case word or a comma, as a name of its own, and never as part of a longer name
    /// ("Ozzy" of "Ozzy Osbourne"); a person where it writes the word after a form of address
    /// or a given name; else none. Read within proper_noun_reach bytes either side of `at`,
    /// which holds a news article: an enormous text is not read again for each sentence that
    /// asks.
    lone_noun proper_noun_of_one_word(std::string_view word, std::size_t at) const {
        const std::size_t from = at > proper_noun_reach ? at - proper_noun_reach : 0;
        const std::string_view window = text_.substr(from, 2 * proper_noun_reach);
        bool inside = false;
        for (std::size_t w = window.find(word); w != std::string_view::npos; w = window.find(word, w + 1)) {
            const std::size_t p = from + w;
            const std::size_t after = p + word.size();
            if (after < text_.size() && is_word_byte(static_cast<unsigned char>(text_[after]))) continue;
            if (after + 1 < text_.size() && text_[after] == ' ' && is_upper(text_[after + 1])) return {};
            if (p == at || p < 2 || text_[p - 1] != ' ') continue;
            // The word before: a capitalised one makes a longer name ("Sir Elton", "Mr Sloncek").
            // After a form of address or a given name the word is a person's surname ("Cooper
            // urges Israel ..." in a headline, "Ms Cooper" or "Yvette Cooper" below it), named
            // in full where the given name is there.
            std::size_t b = p - 1;
            while (b > 0 && b + 64 > p && is_word_byte(static_cast<unsigned char>(text_[b - 1]))) --b;
            const std::string_view word_before = text_.substr(b, p - 1 - b);
            if (!word_before.empty() && is_upper(word_before[0]) &&
                !is_common_capitalised(word_before, lead_key(word_before, 0))) {
                if (is_form_of_address(word_before)) return {lone_noun::person, {}};
                if (tables_.given_names.find(word_before)) return {lone_noun::person, text_.substr(b, after - b)};
                return {};
            }
            const char before = text_[p - 2];
            inside = inside || (before >= 'a' && before <= 'z') || before == ',';
        }
        return inside ? lone_noun{lone_noun::body, {}} : lone_noun{};
    }

    /// How far either side of a lone capitalised word proper_noun_of_one_word looks for it: a
    /// few paragraphs of an article.
    static constexpr std::size_t proper_noun_reach = 2048;

    /// "ISLAMABAD (APP) - ... Foreign Office Spokesperson Tahira Rizvi said": Pakistan's foreign
    /// ministry is its Foreign Office too (and Germany's, India's press say so of others'): under
    /// another state's dateline, a "Foreign Office" the text does not call British is that
    /// state's, and so are its officers.
    void foreign_office_of_dateline(tagged_sentence& ts) const {
        if (!dateline_state_ || dateline_state_->country == "GBR") return;
        auto unsaid_british_office = [&](std::size_t i) {
            const std::string_view mention = ts.units[i].where.in(text_);
            return mention.find("Foreign Office") != std::string_view::npos && mention.find("Brit") == std::string_view::npos &&
                   mention.find("UK") == std::string_view::npos && mention.find("U.K.") == std::string_view::npos;
        };
        for (std::size_t i = next_tag_in<'N', 'D'>(ts.tags, 0); i != std::string::npos; i = next_tag_in<'N', 'D'>(ts.tags, i + 1)) {
            if (ts.tags[i] == 'D') { // ("A senior Foreign Office official")
                if (ts.units[i].description < 0) continue;
                description& d = ts.descriptions[static_cast<std::size_t>(ts.units[i].description)];
                if (d.country == "GBR" && unsaid_british_office(i)) d.country = dateline_state_->country;
                continue;
            }
            if (ts.units[i].actor < 0) continue;
            actor& a = ts.actors[static_cast<std::size_t>(ts.units[i].actor)];
            if (a.country != "GBR" || !unsaid_british_office(i)) continue;
            if (a.kind == actor_kind::state) a = *dateline_state_;
            else if (a.kind == actor_kind::person) a.country = dateline_state_->country;
        }
    }

    /// "The head of the Russian Foreign Ministry indicated": the minister, not the ministry.
    void name_heads_of_ministries(tagged_sentence& ts) {
        for (std::size_t i = next_tag_in<'N'>(ts.tags, 2); i != std::string::npos; i = next_tag_in<'N'>(ts.tags, i + 1)) {
            if (ts.units[i].actor < 0 || ts.units[i - 1].where.in(text_) != "of") continue;
            const std::string_view head = ts.units[i - 2].where.in(text_);
            if (head != "head" && head != "chief" && head != "Head") continue;
            const actor& state = ts.actors[static_cast<std::size_t>(ts.units[i].actor)];
            if (state.kind != actor_kind::state) continue;
            const std::string_view mention = ts.units[i].where.in(text_);
            std::string role;
            for (std::size_t at = 0; at < mention.size() && role.empty(); ++at)
                if (at == 0 || mention[at - 1] == ' ')
                    if (auto t = match_phrase(tables_.titles, mention, at)) role = tables_.entries.titles[t->index].role;
            const auto ministry = role.find("ministry");
            if (ministry == std::string::npos) continue;
            role.replace(ministry, 8, "minister");
            if (auto who = talk_.with_role(role, state.country)) ts.actors[static_cast<std::size_t>(ts.units[i].actor)] = *who;
        }
    }

    /// "Lavrov and his US counterpart Rex Tillerson held talks": the counterpart named after the
    /// "and" at unit `i` is one unit with its name, so that the two are a joint source.
    void name_counterpart_at(tagged_sentence& ts, std::size_t i) const {
        const std::size_t det = i + 1;
        if (det + 2 >= ts.units.size() || ts.tags[det] != 'w' || !is_possessive_determiner(ts.units[det].where.in(text_)))
            return;
        std::size_t c = det + 1;
        // "his US counterpart Rex Tillerson": the title "counterpart" made the name one unit.
        if (ts.tags[c] == 'N' && ts.units[c].where.in(text_).find("counterpart ") != std::string_view::npos) {
            merge_units(ts, det, c, c, 'N');
            return;
        }
        if (is_tag_in("NCG", ts.tags[c])) ++c; // "his counterparts", "her Chinese counterparts"
        if (c + 1 >= ts.units.size() || ts.tags[c] != 'w' || !is_tag_in("NC", ts.tags[c + 1])) return;
        const std::string_view noun = ts.units[c].where.in(text_);
        if (noun != "counterpart" && noun != "counterparts") return;
        // A name the lexicon does not know is read from its unit's span: it becomes an actor of
        // that name before the span takes in "his ... counterpart".
        if (ts.tags[c + 1] == 'C') {
            actor a;
            a.kind = actor_kind::person;
            a.name = std::string(ts.units[c + 1].where.in(text_));
            ts.units[c + 1].actor = static_cast<std::int32_t>(ts.actors.size());
            ts.actors.push_back(std::move(a));
        }
        merge_units(ts, det, c + 1, c + 1, 'N');
    }

    /// The sources named in a phrase the grammar reads as one unit: after "according to"
    /// (name_according_text_at), after "and" (name_counterpart_at) and before "said"
    /// (name_issuer_before); one pass over the tags finds them. (A merge after "according to"
    /// or "and" shortens the sentence only after the unit it starts from; one before "said"
    /// moves the "said" back.)
    void name_phrase_sources(tagged_sentence& ts) const {
        for (std::size_t i = next_tag_in<'R', '&', 'S'>(ts.tags, 0); i != std::string::npos;
             i = next_tag_in<'R', '&', 'S'>(ts.tags, i + 1)) {
            if (ts.tags[i] == 'R') name_according_text_at(ts, i);
            else if (ts.tags[i] == '&') name_counterpart_at(ts, i);
            else i = name_issuer_before(ts, i);
        }
    }

    /// "A Kremlin statement said", "Netanyahu's office said", "A statement from the Elysee
    /// said": the issuer of a text or an office that speaks, before the "said" at unit `s`, is
    /// one source unit with it. Returns where the "said" is then.
    std::size_t name_issuer_before(tagged_sentence& ts, std::size_t s) const {
        auto issuing = [&](std::size_t k) {
            if (ts.tags[k] != 'w') return false;
            const std::string_view w = ts.units[k].where.in(text_);
            return is_text_noun(w) || w == "office" || is_spokesperson(w);
        };
        if (s >= 2 && issuing(s - 1) && is_tag_in("NG", ts.tags[s - 2]) && ts.units[s - 2].actor >= 0) {
            merge_units(ts, s - 2, s - 1, s - 2, 'N');
            return s - 1;
        }
        if (s >= 4 && ts.tags[s - 1] == 'o' && ts.units[s - 1].actor >= 0 && ts.tags[s - 2] == 'p' &&
            (ts.units[s - 2].where.in(text_) == "from" || ts.units[s - 2].where.in(text_) == "by") && issuing(s - 3)) {
            merge_units(ts, s - 3, s - 1, s - 1, 'N');
            return s - 2;
        }
        return s;
    }

    /// Whether the sentence is a question that asks rather than reports: it ends in "?" and
    /// opens with an auxiliary ("Does", "Will", "Did") or a wh-word ("Why", "What"), after a
    /// speaker's label if it has one ("AFP: Does China ...?").
    bool asks(const tagged_sentence& ts) const {
        if (ts.units.size() < 3 || ts.units.back().where.in(text_) != "?") return false;
        std::size_t opens = 0;
        for (std::size_t k = 1; k < 4 && k + 1 < ts.units.size(); ++k)
            if (ts.tags[k] == ':') opens = k + 1;
        const std::string_view first = ts.units[opens].where.in(text_);
        static constexpr std::string_view openers[] = {"Does", "Do", "Did", "Is", "Are", "Was", "Were", "Will",
                                                       "Would", "Can", "Could", "Should", "Has", "Have", "Had",
                                                       "Why", "What", "How", "When", "Where", "Which", "Who"};
        return std::find(std::begin(openers), std::end(openers), first) != std::end(openers);
    }

    /// A word for a text that speaks for who issued it ("the statement said").
    static bool is_text_noun(std::string_view w) noexcept {
        return w == "statement" || w == "readout" || w == "communique" || w == "release" || w == "communiqu\xC3\xA9" ||
               w == "declaration";
    }

    /// "according to a statement from the Kremlin", "according to a readout released by the
    /// State Department", "according to a Kremlin statement": the text's issuer is the source,
    /// one unit after the "according to" at unit `r`, as the grammar reads it.
    void name_according_text_at(tagged_sentence& ts, std::size_t r) const {
        std::size_t k = r + 1;
        auto word_is = [&](std::size_t at, std::initializer_list<std::string_view> words) {
            if (at >= ts.units.size() || ts.tags[at] != 'w') return false;
            const std::string_view w = ts.units[at].where.in(text_);
            return std::find(words.begin(), words.end(), w) != words.end();
        };
        if (word_is(k, {"a", "an", "the"})) ++k;
        // ("according to the International Organization for Migration.": a body's name the
        // lexicon does not know, at the clause's end, is the body; a lone unknown word is as
        // often the medium that reported it, "according to Sputnik".)
        if (k < ts.units.size() && ts.tags[k] == 'C' && (k + 1 == ts.units.size() || is_tag_in(",.", ts.tags[k + 1]))) {
            const std::string_view name = ts.units[k].where.in(text_);
            // (Not a medium: "according to the Saudi Press Agency".)
            const bool medium = holds_words(name, "Press") || holds_words(name, "News") ||
                                holds_words(name, "Television") || holds_words(name, "Radio");
            if (name.find(' ') != std::string_view::npos && names_a_body(name) && !medium) {
                name_unit(ts, k, actor_kind::organization, name);
                if (k > r + 1) merge_units(ts, r + 1, k, k, 'N');
            }
            return;
        }
        if (word_is(k, {"press", "joint", "official", "written"})) ++k;
        if (k + 1 < ts.units.size() && (ts.tags[k] == 'N' || ts.tags[k] == 'G') && ts.units[k].actor >= 0 &&
            ts.tags[k + 1] == 'w' && is_text_noun(ts.units[k + 1].where.in(text_))) {
            merge_units(ts, r + 1, k + 1, k, 'N'); // "a Kremlin statement": the issuer, then the text
            return;
        }
        if (k >= ts.units.size() || ts.tags[k] != 'w' || !is_text_noun(ts.units[k].where.in(text_))) return;
        ++k;
        if (word_is(k, {"issued", "released", "published", "posted"})) ++k;
        if (k + 1 >= ts.units.size()) return;
        const bool by = ts.tags[k] == 'y' || (ts.tags[k] == 'p' && ts.units[k].where.in(text_) == "from");
        // (An actor after "from" is tagged oblique: here it is the issuer.)
        const char issuer = ts.tags[k + 1];
        if (!by || !(issuer == 'N' || issuer == 'D' || (issuer == 'o' && ts.units[k + 1].actor >= 0))) return;
        merge_units(ts, r + 1, k + 1, k + 1, issuer == 'D' ? 'D' : 'N');
    }

    /// "the statement said", "a Kremlin-posted readout said", "the communiqué urged": a text
    /// that speaks or acts is the voice of who issued it: an actor named right before it
    /// ("Russia's statement said"), else the state that spoke last (ministries and readouts
    /// speak for their state), else, for a summit's communiqué or declaration, the
    /// intergovernmental body named last.
    void name_documents(tagged_sentence& ts) const {
        for (std::size_t cue = next_tag_in<'S', 'V'>(ts.tags, 2); cue != std::string::npos;
             cue = next_tag_in<'S', 'V'>(ts.tags, cue + 1)) {
            const std::size_t i = cue - 1;
            if (ts.tags[i] != 'w') continue;
            const std::string_view noun = ts.units[i].where.in(text_);
            if (!is_text_noun(noun)) continue;
            const unit& before = ts.units[i - 1];
            std::optional<actor> who;
            // (An act's document with no issuer named before it is a summit's: "a joint
            // statement expressing concern" is no state's that spoke last.)
            const bool summit_text = noun != "statement" && noun != "readout" && noun != "release";
            if ((before.tag == 'G' || before.tag == 'N') && before.actor >= 0)
                who = ts.actors[static_cast<std::size_t>(before.actor)];
            else if (ts.tags[cue] == 'S')
                who = talk_.state_speaker();
            if (!who && summit_text) who = talk_.members_named();
            if (!who && summit_text) who = talk_.last_intergovernmental();
            if (!who) continue;
            ts.units[i].actor = static_cast<std::int32_t>(ts.actors.size());
            ts.actors.push_back(std::move(*who));
            ts.tags[i] = ts.units[i].tag = 'N';
        }
    }

    /// "they’re going to meet", "we're going to respond": the tagger keeps the contracted
    /// "be" inside the pronoun, so "going to" after it is the intent cue "are going to".
    void contracted_going_to(tagged_sentence& ts) {
        // One pass over both pronoun tags: a merge at unit i changes only units i + 1 and
        // i + 2, which no pronoun's merge reads (they are "w" and "p"), so the order of the
        // merges does not matter.
        for (std::size_t i = next_tag_in<'P', 'W'>(ts.tags, 0); i != std::string::npos; i = next_tag_in<'P', 'W'>(ts.tags, i + 1))
            merge_going_to(ts, i);
    }

    /// "they’re" at unit `i` followed by "going to": one intent cue unit.
    void merge_going_to(tagged_sentence& ts, std::size_t i) {
        if (i + 2 >= ts.tags.size() || ts.tags[i + 1] != 'w' || ts.tags[i + 2] != 'p') return;
        const std::string_view pronoun = ts.units[i].where.in(text_);
        auto ends = [&](std::string_view e) {
            return pronoun.size() > e.size() && pronoun.substr(pronoun.size() - e.size()) == e;
        };
        const bool contracted = ends("'re") || ends("'m") || ends("\xE2\x80\x99re") || ends("\xE2\x80\x99m");
        if (!contracted || ts.units[i + 1].where.in(text_) != "going" || ts.units[i + 2].where.in(text_) != "to")
            return;
        const int cue = intent_cue();
        if (cue < 0) return;
        unit& going = ts.units[i + 1];
        going.where.end = ts.units[i + 2].where.end;
        going.cue = cue;
        ts.tags[i + 1] = going.tag = 'V';
        ts.units.erase(ts.units.begin() + static_cast<std::ptrdiff_t>(i + 2));
        ts.tags.erase(i + 2, 1);
    }

    /// "said Germany would increase its contribution", "added that Britain would ...": in
    /// words reported after a saying, "would" is the "will" of the speech reported, a plan
    /// as "will" is there (the own-side rule and the modal rule read it as they read "will").
    /// So before a verb, the lexicon's cue or not ("said it would support returns" is its plan
    /// to support them, as "said it will support" is), but not "would be"; and of a third
    /// person: "I would find it more palatable" in a quotation is a wish or a condition. "would not" (or "never") there is the "will not" of the speech
    /// reported, a refusal ("told reporters that Madrid would not send anyone", "said that
    /// Russia would not reopen the agreement").
    void backshifted_will(tagged_sentence& ts) {
        for (std::size_t i = next_tag_in<'d'>(ts.tags, 2); i != std::string::npos && i + 1 < ts.tags.size(); i = next_tag_in<'d'>(ts.tags, i + 1)) {
            if (ts.units[i].where.size() != 5 || ts.units[i].where.in(text_) != "would") continue;
            bool refused = ts.tags[i + 1] == 'n' && i + 2 < ts.tags.size() && ts.tags[i + 2] == 'w' &&
                           is_not_or_never(ts.units[i + 1].where.in(text_));
            // ("would “not yield a single square inch”", "would “never” accept": the refusal
            // with a quotation that opens before its "not", and may close after it.)
            std::size_t refusal_end = i + 1; // the unit of its "not" or "never"
            if (!refused && i + 3 < ts.tags.size() && opens_quotation(ts.tags[i + 1], ts.units[i + 1].where.in(text_)) &&
                ts.tags[i + 2] == 'n' && is_not_or_never(ts.units[i + 2].where.in(text_))) {
                refusal_end = i + 2 + (ts.tags[i + 3] == 'Q');
                refused = refusal_end + 1 < ts.tags.size() && is_tag_in("wV", ts.tags[refusal_end + 1]);
            }
            // ("would remain in San Salvador": a plan, where "would be" is none.)
            const bool stays = ts.tags[i + 1] == 'b' && ts.units[i + 1].where.in(text_) == "remain";
            // ("would also raise", "would soon visit": an adverb before the verb; "would \"do
            // its part\"": a quotation opening at it. "do" after "would" is a verb of its own.)
            std::size_t verb = ts.tags[i + 1] == 'a' && i + 2 < ts.tags.size() ? i + 2 : i + 1;
            if (verb + 1 < ts.tags.size() && opens_quotation(ts.tags[verb], ts.units[verb].where.in(text_))) ++verb;
            const bool acts = ts.tags[verb] == 'w' || ts.tags[verb] == 'V' || ts.tags[verb] == 'S' ||
                              (ts.tags[verb] == 'd' && ts.units[verb].where.in(text_) == "do");
            if (!acts && !refused && !stays) continue;
            // (The subject: an actor, or the speaker's side as "it" or a body's word: "Senegal
            // said it would keep its border open", "said the new authorities would convene".)
            const std::size_t subject = is_tag_in("NPD", ts.tags[i - 1]) ? i - 1 : own_side_subject_before(ts, i);
            if (subject == std::string::npos || subject < 1) continue;
            // (The saying before the subject, or before its "that"; not a belief: "said he
            // believed the prime minister would want ...".)
            std::size_t c = ts.tags[subject - 1] == 't' && subject >= 2 ? subject - 2 : subject - 1;
            // (Past a phrase of time after the saying: "said last week he would not back ...".)
            if (c >= 3 && ts.tags[c] == 'w' && ts.tags[c - 1] == 'w' && rules_.is_time_unit(ts.units[c].where.in(text_)) &&
                is_tag_in("SVJ", ts.tags[c - 2]) && rules_.opens_time_phrase(ts.units[c - 1].where.in(text_)))
                c -= 2;
            const unit& saying = ts.units[c];
            const bool after_saying = (ts.tags[c] == 'S' && saying.cue >= 0 &&
                                       tables_.entries.cues[static_cast<std::size_t>(saying.cue)].frame == cue_frame::say &&
                                       !is_belief(saying.where.in(text_))) ||
                                      (c != subject - 1 && !is_tag_in("SVJ", ts.tags[c]));
            const int cue = refused ? will_not_cue() : will_cue();
            if (!after_saying || cue < 0) continue;
            ts.tags[i] = ts.units[i].tag = 'M';
            ts.units[i].cue = cue;
            // (The refusal takes its "not" in: no negation is left to turn it round.)
            if (refused) {
                ts.units[i].where.end = ts.units[refusal_end].where.end;
                ts.units.erase(ts.units.begin() + static_cast<std::ptrdiff_t>(i + 1),
                               ts.units.begin() + static_cast<std::ptrdiff_t>(refusal_end + 1));
                ts.tags.erase(i + 1, refusal_end - i);
            }
        }
    }

    static bool is_not_or_never(std::string_view w) noexcept { return w == "not" || w == "never"; }

    /// Whether a unit tagged `tag` and spelled `w` opens a quotation: an opening mark (q), or a
    /// straight quotation mark, which the tagger leaves an other mark (x).
    static bool opens_quotation(char tag, std::string_view w) noexcept {
        return tag == 'q' || (tag == 'x' && (w == "\"" || w == "'"));
    }

    /// "called the incursion \"a reckless provocation\"", "called the new rules a step back":
    /// "call" with a noun phrase of one to three words and then a quotation, "a" or a content
    /// signal says what that is, as the lexicon's "called the move" does for the nouns it lists; not "called
    /// the election for June" nor "called the meeting to order".
    void naming_call(tagged_sentence& ts) {
        // (Most sentences hold no such "call": the tagger noted one where it saw it.)
        if (!ts.calls) return;
        for (std::size_t i = next_tag_in<'w'>(ts.tags, 1); i != std::string::npos && i + 3 < ts.tags.size();
             i = next_tag_in<'w'>(ts.tags, i + 1)) {
            const std::string_view call = ts.units[i].where.in(text_);
            if (call != "called" && call != "calls" && call != "calling") continue;
            if (ts.tags[i + 1] != 'w' && ts.tags[i + 1] != 'G') continue;
            const std::string_view det = ts.units[i + 1].where.in(text_);
            if (ts.tags[i + 1] == 'w' && det != "the" && det != "this" && det != "that" && det != "these" && det != "those" &&
                det != "its" && det != "their" && det != "his" && det != "her")
                continue;
            // (A capitalised adjective of one word among them: "called the Soviet move “very
            // significant”", "called the Western draft “counterproductive”".)
            std::size_t k = i + 2;
            while (k < ts.tags.size() && k < i + 5 &&
                   ((ts.tags[k] == 'w' && is_lower(ts.units[k].where.in(text_).front()) &&
                     ts.units[k].where.in(text_) != "a" && ts.units[k].where.in(text_) != "an") ||
                    (ts.tags[k] == 'C' && ts.units[k].where.in(text_).find(' ') == std::string_view::npos)))
                ++k;
            if (k == i + 2 || k >= ts.tags.size()) continue;
            const std::string_view after = ts.units[k].where.in(text_);
            // (Or a content signal: "called the move unacceptable", "called the deal a victory for".)
            const bool names = opens_quotation(ts.tags[k], after) || ts.tags[k] == 's' ||
                               (ts.tags[k] == 'w' && (after == "a" || after == "an"));
            const int cue = cue_of_form("called it", called_it_cue_);
            if (!names || cue < 0) continue;
            ts.tags[i] = ts.units[i].tag = 'V';
            ts.units[i].cue = cue;
        }
    }

    /// Where a subject that names the speaker's own side without naming it ends right before
    /// unit `i` starts: "it", or "the" or a possessive with a body's word (is_own_side_noun)
    /// and at most two words before it ("the government", "the new authorities", "his
    /// government"); npos for any other.
    std::size_t own_side_subject_before(const tagged_sentence& ts, std::size_t i) const {
        if (i < 1 || (ts.tags[i - 1] != 'w' && ts.tags[i - 1] != 'C')) return std::string::npos;
        const std::string_view last = ts.units[i - 1].where.in(text_);
        if (last == "it") return i - 1;
        // (Or one such word capitalised, as an institution's papers write its own name: "the
        // Secretariat would begin work", "the Commission would present options", "his
        // Government would continue".)
        if (is_upper(last.front())) {
            char lower[16];
            if (last.size() >= sizeof lower || last.find(' ') != std::string_view::npos) return std::string::npos;
            for (std::size_t k = 0; k < last.size(); ++k)
                lower[k] = k == 0 ? static_cast<char>(last[0] - 'A' + 'a') : last[k];
            if (!is_own_side_noun(std::string_view(lower, last.size()))) return std::string::npos;
        } else if (!is_own_side_noun(last)) {
            return std::string::npos;
        }
        // (A state's side with no article right after the saying, as some national presses
        // write it: "The Minister said government would conclude negotiations".)
        if (i >= 2 && is_tag_in("St", ts.tags[i - 2]) && names_a_state_side(last)) return i - 1;
        for (std::size_t j = i - 1; j-- > 0 && j + 4 >= i;) {
            if (ts.tags[j] != 'w') break;
            const std::string_view w = ts.units[j].where.in(text_);
            if (w == "the" || w == "his" || w == "her" || w == "its" || w == "their") return j;
            if (w.empty() || !is_lower(w.front())) break;
        }
        return std::string::npos;
    }

    /// "will not be", "won't be able to", "will not have to": no refusal, what will not come
    /// about ("Turkey will not be a burden"). Read as "will" was read before "will not" was a
    /// cue of its own: a modal that keeps the words after it from being a cue ("we will not
    /// be a nation that asks permission" is no appeal).
    void will_not_of_what_comes(tagged_sentence& ts) {
        for (std::size_t i = next_tag_in<'M'>(ts.tags, 0); i != std::string::npos; i = next_tag_in<'M'>(ts.tags, i + 1))
            if (ts.units[i].cue >= 0 &&
                forecasts_what_will_not_be(ts.units[i], tables_.entries.cues[static_cast<std::size_t>(ts.units[i].cue)], text_))
                ts.units[i].cue = will_cue();
    }

    /// A cue of what one holds, not says ("believed", "thinks", "expects"): "would" after it
    /// is a forecast.
    static bool is_belief(std::string_view cue) noexcept {
        for (std::string_view stem : {"believ", "think", "thought", "understand", "understood", "expect", "hope", "fear",
                                      "doubt", "assum", "predict", "suspect", "feel", "felt", "reckon"})
            if (cue.substr(0, stem.size()) == stem) return true;
        return false;
    }

    /// "EU ministers back new Russia sanctions push", "Kyiv and Bucharest back Chisinau": in a
    /// headline, "back" right after its subject (or a comma, "..., back envoy's efforts") and
    /// before its object is the verb "backs" (the lexicon lists no "back", an adverb in running
    /// text: "came back", "back in 2019"); not a phrasal verb's ("back down", "back off") nor
    /// one before a preposition.
    void headline_back(tagged_sentence& ts) {
        for (std::size_t i = next_tag_in<'w'>(ts.tags, 1); i != std::string::npos && i + 1 < ts.tags.size();
             i = next_tag_in<'w'>(ts.tags, i + 1)) {
            if (ts.units[i].where.size() != 4 || ts.units[i].where.in(text_) != "back" || !is_tag_in("N,", ts.tags[i - 1]) ||
                !is_tag_in("wNCqG", ts.tags[i + 1]))
                continue;
            const std::string_view next = ts.units[i + 1].where.in(text_);
            if (next == "down" || next == "off" || next == "away" || next == "out" || next == "up" || next == "to" ||
                next == "in" || next == "on" || next == "from" || next == "into" || next == "home")
                continue;
            const int cue = cue_of_form("backs", backs_cue_);
            if (cue < 0) return;
            ts.tags[i] = ts.units[i].tag = 'V';
            ts.units[i].cue = cue;
        }
    }

    /// "Mr. Wang also called on Prime Minister Modi at his residence": to call on a person
    /// with no "to" or "for" of what he is to do is to visit him, talks of the two; "called on
    /// Putin to withdraw", "called on Modi for restraint" are appeals. (Read up to the clause's
    /// end: a comma, "and" or the sentence's.)
    void visiting_call(tagged_sentence& ts) {
        for (std::size_t i = next_tag_in<'V'>(ts.tags, 1); i != std::string::npos && i + 1 < ts.tags.size();
             i = next_tag_in<'V'>(ts.tags, i + 1)) {
            const std::string_view cue = ts.units[i].where.in(text_);
            if (cue != "called on" && cue != "calls on" && cue != "call on" && cue != "calling on") continue;
            if (ts.tags[i + 1] != 'N' || ts.units[i + 1].actor < 0 ||
                ts.actors[static_cast<std::size_t>(ts.units[i + 1].actor)].kind != actor_kind::person)
                continue;
            bool asks = false;
            for (std::size_t u = i + 2; u < ts.tags.size() && !asks && !is_tag_in(",&.", ts.tags[u]); ++u) {
                const std::string_view w = ts.units[u].where.in(text_);
                asks = w == "to" || w == "for" || is_tag_in("SVJMOq", ts.tags[u]);
            }
            if (const int visit = cue_of_form("visited", visited_cue_); !asks && visit >= 0) ts.units[i].cue = visit;
        }
    }

    /// "Peter Sorensen hosted Kosovo's First Deputy Prime Minister Besnik Bislimi and ...": to
    /// host a person, or to receive him, is to hold talks with him, as "hosted talks" is
    /// ("hosted the race", "received a letter" are no talks: a person only).
    void hosting(tagged_sentence& ts) {
        // (From each named actor back to the word before it: plain words are most units.)
        for (std::size_t n = next_tag_in<'N'>(ts.tags, 2); n != std::string::npos; n = next_tag_in<'N'>(ts.tags, n + 1)) {
            const std::size_t i = n - 1;
            if (ts.tags[i] != 'w' || ts.units[n].actor < 0) continue;
            const std::string_view w = ts.units[i].where.in(text_);
            // (So is to receive him: "received Kenyan President William Ruto in Abu Dhabi".)
            if (w != "hosted" && w != "hosts" && w != "hosting" && w != "received" && w != "receives" && w != "receiving")
                continue;
            if (ts.actors[static_cast<std::size_t>(ts.units[n].actor)].kind != actor_kind::person) continue;
            if (const int talks = cue_of_form("hosted talks", hosted_talks_cue_); talks >= 0) {
                ts.tags[i] = ts.units[i].tag = 'V';
                ts.units[i].cue = talks;
            }
        }
    }

    /// The lexicon's cue of "will" (a modal intent) and of "will not" (a modal refusal), each
    /// found once.
    int will_cue() { return cue_of_form("will", will_cue_); }
    int will_not_cue() { return cue_of_form("will not", will_not_cue_); }
    /// The lexicon's cue whose form is all of `form`, or -1; looked up once into `found` (-2
    /// until then).
    int cue_of_form(std::string_view form, int& found) const {
        if (found == -2) {
            const auto match = tables_.cues.longest(form, 0);
            found = match && match->length == form.size() ? static_cast<int>(match->index) : -1;
        }
        return found;
    }

    /// The two of talks told in the passive: those the sentence names after "between" ("Talks
    /// were held in Brussels between Serbia and Kosovo"), else the two in the news ("were
    /// discussed", "It was agreed").
    std::optional<actor> pair_between(const tagged_sentence& ts, std::size_t from) const {
        for (std::size_t j = from; j + 3 < ts.units.size(); ++j) {
            if (ts.tags[j] != 'p' || ts.units[j].where.in(text_) != "between") continue;
            const unit& x = ts.units[j + 1];
            const unit& y = ts.units[j + 3];
            if (is_tag_in("No", ts.tags[j + 1]) && ts.tags[j + 2] == '&' && is_tag_in("No", ts.tags[j + 3]) && x.actor >= 0 &&
                y.actor >= 0)
                return make_group({ts.actors[static_cast<std::size_t>(x.actor)], ts.actors[static_cast<std::size_t>(y.actor)]});
            break;
        }
        return talk_.pair({});
    }

    /// The lexicon's plain intent cue (CAMEO 030, an act), found once.
    int intent_cue() {
        if (intent_cue_ == -2) {
            intent_cue_ = -1;
            const auto& cues = tables_.entries.cues;
            for (std::size_t c = 0; c < cues.size() && intent_cue_ < 0; ++c)
                if (cues[c].kind == statement_kind::intent && cues[c].frame == cue_frame::act && cues[c].cameo == "030")
                    intent_cue_ = static_cast<int>(c);
        }
        return intent_cue_;
    }

    /// "Turkish foreign minister conveys 'strong reaction' to Swedish counterpart", "Lavrov,
    /// Egyptian counterpart call for ...": a headline's official of a country, whom the text
    /// names after it, is that person (the first of that country named with the title, or any
    /// title for a counterpart), not yet his state.
    void name_headline_officials(const document& doc, tagged_sentence& ts, span where) {
        for (std::size_t d = next_tag_in<'D'>(ts.tags, 0); d != std::string::npos; d = next_tag_in<'D'>(ts.tags, d + 1)) {
            if (ts.units[d].ref != reference::title) continue;
            const description desc = ts.described(ts.units[d]);
            if (desc.country.empty() || desc.role.empty() || is_body_role(desc.role) || talk_.with_role(std::string(desc.role)))
                continue;
            if (std::optional<actor> who = named_later(doc, where, std::string(desc.role), desc.country)) {
                ts.units[d].actor = static_cast<std::int32_t>(ts.actors.size());
                ts.actors.push_back(std::move(*who));
                ts.tags[d] = ts.units[d].tag = 'N';
                ts.units[d].ref = reference::none;
            }
        }
    }

    /// The first person named with `role` in his title (any title for "counterpart"), and of
    /// `country` where it is given, in the twelve sentences after `where` (a headline's).
    std::optional<actor> named_later(const document& doc, span where, const std::string& role,
                                     std::string_view country = {}) {
        const auto& sentences = doc.structure.sentences;
        auto it = std::lower_bound(sentences.begin(), sentences.end(), where.end,
                                   [](const auto& s, std::size_t p) { return s.where.begin < p; });
        auto quote_kind = [](std::size_t, char guess) { return guess == '"' ? 'x' : guess; };
        for (int looked = 0; it != sentences.end() && looked < 12; ++it, ++looked) {
            const tagged_sentence later = tagger_.tag(text_, it->where, quote_kind);
            for (const auto& u : later.units) {
                if ((u.tag != 'N' && u.tag != 'G') || u.actor < 0) continue;
                const actor& a = later.actors[static_cast<std::size_t>(u.actor)];
                if (a.kind == actor_kind::person && (country.empty() || a.country == country) &&
                    ((role == "counterpart" && !country.empty()) || a.title.find(role) != std::string::npos ||
                     (!country.empty() && a.title == "counterpart")))
                    return a;
            }
        }
        return std::nullopt;
    }

    /// The grammar's attributions of a sentence as the engine reads them: no inverted speaker
    /// after a cue that takes none, a nominal cue right after a cue part of it, and the person
    /// after his employer the speaker. (run_sentence, and closing_speaker's look ahead.)
    void settle_speakers(const tagged_sentence& ts, std::vector<attribution>& found) const {
        // "..., told the BBC that ...", "Tillerson, in Manila, told Lavrov": what follows a form
        // of "tell" is whom it was told to, never an inverted speaker ("..., said Lavrov").
        // Nor is one after a participle ("..., saying Mr Jackson would be welcome"): its subject
        // is the clause's (the ", saying ..." rule below), and what follows it what was said.
        found.erase(std::remove_if(found.begin(), found.end(),
                                   [&](const attribution& a) { return no_inverted_speaker(ts, a); }),
                    found.end());
        // "said in a statement that ...", "said in a statement: “...”": the nominal cue right
        // after a cue, or after the one told ("told CNN in an interview that ..."), is how it
        // was said, part of that cue, not a cue of its own.
        for (std::size_t k = 0; k + 1 < found.size(); ++k) {
            const attribution& n = found[k + 1];
            if (n.pattern == 'B' && ts.tags[n.cue] == 'O' && found[k].pattern != 'B' &&
                (n.cue == found[k].end_unit ||
                 (found[k].end_unit < n.cue && n.cue == past_the_one_told(ts, found[k].cue, found[k].end_unit, n.cue))) &&
                ts.units[n.cue].cue >= 0 &&
                tables_.entries.cues[static_cast<std::size_t>(ts.units[n.cue].cue)].frame == cue_frame::nominal) {
                found[k].end_unit = n.end_unit;
                found.erase(found.begin() + static_cast<std::ptrdiff_t>(k + 1));
            }
        }
        // "..., said NATO spokesman John Smith": the body written before a person is his
        // modifier, and he the speaker.
        for (attribution& a : found)
            if (a.pattern == 'I' && a.source_end == a.source_begin + 1 && a.source_end < ts.tags.size() &&
                phrase_start(ts, a.source_end) <= a.source_begin) {
                a.source_begin = a.source_end++;
                a.end_unit = std::max(a.end_unit, a.source_end);
            }
        // "A spokesman for President Putin, Dmitry Peskov, said", "The spokesperson for the
        // Secretary-General, Stephane Dujarric, said": a person's name in apposition to the one
        // a spokesperson speaks for, or to a description, is the speaker.
        for (attribution& a : found) {
            const std::size_t name = a.source_end + 1;
            if (a.pattern != 'A' || a.source_end != a.source_begin + 1 || name + 1 >= a.cue ||
                ts.tags[a.source_end] != ',' || ts.tags[name + 1] != ',' || !is_tag_in("NC", ts.tags[name]) ||
                (ts.tags[name] == 'N' && modifies_a_person(ts, name)) ||
                !(ts.tags[a.source_begin] == 'D' || after_spokesperson_for(ts.units.data(), a.source_begin, text_)))
                continue;
            a.source_begin = name;
            a.source_end = name + 1;
        }
        // "..., said Stuart Hensel of the Economist Intelligence Unit": the grammar passes over
        // an employer before a name ("said DZ bank economist Bernd Weidensteiner"), but a name
        // after "of" is where the speaker named first works.
        for (attribution& a : found) {
            if (a.pattern != 'I') continue;
            for (std::size_t i = a.cue + 1; i < a.source_begin; ++i) {
                if (!spelled(ts.units[i].where.in(text_), "of")) continue;
                std::size_t first = a.cue + 1;
                while (first < i && !is_tag_in("NC", ts.tags[first])) ++first;
                if (first < i) a.source_begin = first, a.source_end = first + 1;
                break;
            }
        }
    }

    /// The interviewers a transcript names in a label the structure does not take for one
    /// ("HOST (MARGARET LANE):"), by surname: read once a document, at its first turn.
    void note_hosts() {
        hosts_read_ = true;
        for (std::string_view host : {"HOST (", "Host (", "PRESENTER (", "Presenter (", "INTERVIEWER (", "Interviewer (",
                                      "MODERATOR (", "Moderator (", "ANCHOR (", "Anchor ("})
            for (std::size_t at = text_.find(host); at != std::string_view::npos && hosts_.size() < 8;
                 at = text_.find(host, at + 1)) {
                const std::size_t close = text_.find(')', at);
                if (close == std::string_view::npos || close - at > 64) continue;
                const std::string_view name = text_.substr(at + host.size(), close - at - host.size());
                hosts_.push_back(lower_ascii(name.substr(name.rfind(' ') + 1)));
            }
    }

    /// A heading's spokesperson of a state ("the Spokesperson of the Ministry of Foreign Affairs
    /// of Spain", "the Spanish Foreign Ministry Spokesperson"): whose the briefing is.
    void note_briefing_country(const tagged_sentence& ts) {
        for (std::size_t i = 0; i < ts.units.size(); ++i) {
            if (ts.tags[i] != 'D' || ts.units[i].ref != reference::title) continue;
            const description d = ts.described(ts.units[i]);
            if (!is_spokesperson_title(d.role)) continue;
            if (!d.country.empty()) {
                briefing_country_ = std::string(d.country);
                return;
            }
            // (... "of" the state's body)
            if (i + 2 < ts.units.size() && spelled(ts.units[i + 1].where.in(text_), "of") && ts.tags[i + 2] == 'D' &&
                ts.units[i + 2].ref == reference::title)
                if (const description body = ts.described(ts.units[i + 2]); !body.country.empty() && is_body_role(body.role)) {
                    briefing_country_ = std::string(body.country);
                    return;
                }
        }
    }

    /// A place's state or county between commas after the place is no speaker in apposition:
    /// "was arrested in Barstow, California, on Saturday following an alleged offence", "from
    /// Wembley, London, said".
    void no_place_in_apposition(const tagged_sentence& ts, std::vector<attribution>& found) const {
        found.erase(std::remove_if(found.begin(), found.end(),
                                   [&](const attribution& a) {
                                       const std::size_t b = a.source_begin;
                                       return a.pattern == 'A' && b >= 2 && a.source_end == b + 1 && b + 1 < ts.tags.size() &&
                                              ts.tags[b - 1] == ',' && ts.tags[b + 1] == ',' &&
                                              (is_tag_in("ol", ts.tags[b - 2]) ||
                                               (b >= 3 && ts.tags[b - 2] == 'C' && ts.tags[b - 3] == 'p')) &&
                                              ((ts.tags[b] == 'N' && ts.units[b].actor >= 0 &&
                                                ts.actors[static_cast<std::size_t>(ts.units[b].actor)].kind != actor_kind::person) ||
                                               (ts.tags[b] == 'C' && ts.units[b].where.in(text_).find(' ') == std::string_view::npos));
                                   }),
                    found.end());
    }

    /// "Head of the mission, former PNG Electoral Commissioner Mr Raymond Kaupa, said": one
    /// described by his office "of" a body ("Head of", "The Coordinator of the ...") and named
    /// between commas after it is the speaker, not the body: the person's name that closes the
    /// apposition (after no "by": "The ministry, headed by Sergei Lavrov, said" is the body's).
    void head_named_in_apposition(const tagged_sentence& ts, std::vector<attribution>& found) const {
        for (attribution& a : found) {
            const std::size_t b = a.source_begin;
            if (a.pattern != 'A' || b < 2 || a.source_end != b + 1) continue;
            // ("of" or "of the" before the body: "The Coordinator of the Coalition for Health
            // Sovereignty, Dr Ngozi Ebere-Adamu, told".)
            const std::size_t of = ts.tags[b - 1] == 'w' && spelled(ts.units[b - 1].where.in(text_), "the") ? b - 2 : b - 1;
            if (of < 1 || of >= b || ts.tags[of] != 'w' || !spelled(ts.units[of].where.in(text_), "of")) continue;
            // (The words before "of" are whoever holds the office: the name says who.)
            if (!is_tag_in("wC", ts.tags[of - 1])) continue;
            // (The apposition: a comma after the source, the name, a comma before the cue.)
            std::size_t close = a.cue;
            while (close > a.source_end && is_tag_in("abhdn", ts.tags[close - 1])) --close;
            if (close < a.source_end + 3 || ts.tags[a.source_end] != ',' || ts.tags[close - 1] != ',') continue;
            const std::size_t name = close - 2;
            const bool person = (ts.tags[name] == 'N' && ts.units[name].actor >= 0 &&
                                 ts.actors[static_cast<std::size_t>(ts.units[name].actor)].kind == actor_kind::person) ||
                                (ts.tags[name] == 'C' && ts.units[name].where.in(text_).find(' ') != std::string_view::npos);
            if (!person || is_tag_in("yp", ts.tags[name - 1])) continue;
            a.source_begin = name;
            a.source_end = name + 1;
        }
    }

    /// "According to Vieira, Brazil and Colombia have agreed": the one after "according to" and
    /// a comma is no part of the subject after it, but the speaker of what follows (a name the
    /// text gave in full, or an actor; an unknown name there is most often the medium).
    void split_according_to(const tagged_sentence& ts, std::vector<attribution>& found) const {
        for (std::size_t k = 0; k < found.size(); ++k) {
            attribution& a = found[k];
            const std::size_t b = a.source_begin;
            if (a.pattern != 'A' || b == 0 || ts.tags[b - 1] != 'R' || b + 2 >= a.source_end || ts.tags[b + 1] != ',')
                continue;
            a.source_begin = b + 2;
            const bool known = is_tag_in("NPD", ts.tags[b]) ||
                               (ts.tags[b] == 'C' && talk_.named_in_full(ts.units[b].where.in(text_)));
            if (known) found.insert(found.begin() + static_cast<std::ptrdiff_t>(k), attribution{'R', b, b + 1, b - 1, b + 1});
        }
    }

    /// The attribution that closes the sentence with its speaker after a comma ("..., Lavrov
    /// said.", "..., the G7 leaders said in a statement."), a reporting one whose source is no
    /// first person; null if the last attribution is no such one.
    const attribution* closing_attribution(const tagged_sentence& ts, const std::vector<attribution>& found) const {
        // (Past what has no source of its own after it: "said in a joint statement".)
        auto last = found.rbegin();
        while (last != found.rend() && last->source_end <= last->source_begin && last->pattern != 'I') ++last;
        if (last == found.rend()) return nullptr;
        const attribution& c = *last;
        if (c.source_end <= c.source_begin || ts.tags[c.source_begin] == 'W' || !rules_.reports(ts, c) ||
            is_participle(ts.units[c.cue].where.in(text_)))
            return nullptr;
        if (c.pattern == 'I') return &c; // "..., argues Mr Donofrio, ..."
        return closes_sentence(ts, c) ? &c : nullptr;
    }

    /// Whether `c` is a source and its cue after a comma that end the sentence. Words may
    /// modify the source (", the G7 leaders said"), and a phrase may say when or where ("...,
    /// Lavrov said on Monday.", "..., Matsuno told a press conference."); "..., he said, the
    /// average ..." is a parenthesis. A clause after "but" closes it too ("..., Tavakoli said,
    /// but only if Western powers ...").
    bool closes_sentence(const tagged_sentence& ts, const attribution& c) const {
        if (c.pattern != 'A' || c.source_end <= c.source_begin) return false;
        const std::size_t phrase = modifiers_start(ts, c.source_begin);
        // (After a quotation that closes on its comma too: "“The government of South Sudan
        // remains committed to ...,” he said.")
        const bool after_quote = phrase >= 2 && ts.tags[phrase - 1] == 'Q' && ts.tags[phrase - 2] == ',';
        if (phrase == 0 || (ts.tags[phrase - 1] != ',' && !after_quote)) return false;
        const std::size_t told = past_the_one_told(ts, c.cue, std::min(c.end_unit, ts.tags.size()), ts.tags.size());
        const std::size_t after = past_closing_phrase(ts, told, ts.tags.size());
        return after >= ts.tags.size() || is_tag_in(".Q", ts.tags[after]) ||
               (ts.tags[after] == ',' && after + 1 < ts.tags.size() && ts.tags[after + 1] == 'u');
    }

    /// Whether `a` is an inverted speaker ("..., said X") after a cue that takes none: a form
    /// of "tell" (X is the one told) or a participle (X is what was said: "..., saying X ...").
    bool no_inverted_speaker(const tagged_sentence& ts, const attribution& a) const {
        if (a.pattern != 'I') return false;
        const std::string_view cue = ts.units[a.cue].where.in(text_);
        if (is_tell(cue) || is_participle(cue.substr(0, cue.find(' ')))) return true;
        // Nor a name that modifies the noun after it, the subject of the words said: "...,
        // says ICJ ruling must be respected" (not "said Robert Currington who is ...").
        const std::size_t n = a.source_end;
        return n + 1 < ts.tags.size() && ts.tags[n] == 'w' && is_tag_in("bhdMZs", ts.tags[n + 1]) &&
               !opens_a_clause(ts.units[n].where.in(text_)) && is_lower(ts.units[n].where.in(text_)[0]);
    }

    /// closing_speaker of `q`, looked for once: the source of the attribution that claims it in
    /// the sentence where it closes, resolved as the discourse stands now (a first person is
    /// no such source: it would ask this again).
    const std::optional<actor>& closing_speaker(quote_info& q) {
        if (q.closing_speaker) return *q.closing_speaker;
        q.closing_speaker.emplace();
        const auto& sentences = doc_->structure.sentences;
        const std::size_t last = q.q->where.end - 1;
        const auto s = std::lower_bound(sentences.begin(), sentences.end(), last,
                                        [](const auto& x, std::size_t p) { return x.where.end <= p; });
        if (s == sentences.end() || !s->where.contains(last)) return *q.closing_speaker;
        tagged_sentence later = tagger_.tag(text_, s->where, [this](std::size_t pos, char) { return mark_at(pos); });
        name_by_surname(later);
        std::vector<attribution> found;
        find_attributions(later.tags, found);
        settle_speakers(later, found);
        // (A named source only: "he" there is whom the text will have named by then, which
        // the last speaker going on, the fallback, most often is.)
        for (const attribution& a : found)
            if (a.source_end > a.source_begin && is_tag_in("NCDG", later.tags[a.source_begin]) && claimed_quote(later, a) == &q) {
                *q.closing_speaker = resolve(later, a.source_begin, a.source_end, later.units[a.source_begin].where.begin);
                break;
            }
        return *q.closing_speaker;
    }

    /// Whether a quotation's words end on a comma, as those a cue after them attributes do.
    static bool closes_on_comma(std::string_view inner) noexcept {
        while (!inner.empty() && (inner.back() == ' ' || inner.back() == '\n')) inner.remove_suffix(1);
        return !inner.empty() && inner.back() == ',';
    }

    /// Whether the quotation `q` opens after a word of `content` (which starts before it) in
    /// this sentence: "deliver without “unreasonable council tax increases”, he added", not
    /// "“...”" nor "In Moscow, “...”".
    bool opens_mid_clause(const tagged_sentence& ts, const quote_info& q, span content) const {
        if (content.empty() || q.q->where.begin <= content.begin || !content.contains(q.q->where.begin)) return false;
        for (std::size_t i = 1; i < ts.units.size(); ++i)
            if (ts.units[i].where.begin == q.q->where.begin) return !is_tag_in(",:.xq", ts.tags[i - 1]);
        return false;
    }

    /// Where the noun phrase of the source at `unit` starts after a comma or a closing quote,
    /// past up to three words that modify it ("..., the LSE said", "“...,” Nissan chief
    /// executive Carlos Ghosn said", "festival director Geoffrey Gilmore", "the EPA's Andrew
    /// Fanara"): plain words, names and possessives, but no word that opens a clause ("as
    /// “dramatic” as Mr Renner believed", "“desperate”, while the Liberal Democrats said").
    /// `unit` where no such mark stands before them.
    std::size_t modifiers_start(const tagged_sentence& ts, std::size_t unit) const {
        auto modifies = [&](std::size_t k) {
            return is_tag_in("CNG", ts.tags[k]) || (ts.tags[k] == 'w' && !opens_a_clause(ts.units[k].where.in(text_)));
        };
        std::size_t j = unit;
        while (j > 0 && unit - j < 3 && modifies(j - 1)) --j;
        return j > 0 && is_tag_in(",Q", ts.tags[j - 1]) ? j : unit;
    }

    /// Unit `unit`, or the "the" before it after a comma (", the G7 leaders said").
    std::size_t past_article(const tagged_sentence& ts, std::size_t unit) const {
        return unit >= 2 && ts.tags[unit - 1] == 'w' && ts.tags[unit - 2] == ',' &&
                       spelled(ts.units[unit - 1].where.in(text_), "the")
                   ? unit - 1
                   : unit;
    }

    /// The first unit of an attribution: its source or its cue, whichever comes first.
    static std::size_t attribution_start(const attribution& a) noexcept {
        return a.source_end > a.source_begin ? std::min(a.source_begin, a.cue) : a.cue;
    }

    /// "The two men “confirmed their determination to defeat ISIS”": the cue itself stands in
    /// a quotation that opens after the source, a quoted fragment of reported speech.
    bool quoted_after_source(const tagged_sentence& ts, const attribution& a) {
        if (a.source_end <= a.source_begin) return false;
        const quote_info* q = quote_at(ts.units[a.cue].where.begin);
        return q && q->q->where.begin >= ts.units[a.source_end - 1].where.end;
    }

    bool has_quote_inside(span content) const {
        auto it = std::lower_bound(quotes_.begin(), quotes_.end(), content.begin,
                                   [](const quote_info& q, std::size_t p) { return q.q->where.begin < p; });
        return it != quotes_.end() && content.contains(it->q->where.begin);
    }

    /// Where the one told ends after a form of "tell" at unit `cue` ("told BBC Radio 4's Today
    /// programme: ...", "told reporters that ..."): past up to six units from `from` that may
    /// name or describe him, or say when ("told the BBC earlier this week that"), before `end`.
    /// `from` for any other cue.
    std::size_t past_the_one_told(const tagged_sentence& ts, std::size_t cue, std::size_t from, std::size_t end) const {
        if (!is_tell(ts.units[cue].where.in(text_))) return from;
        std::size_t j = from;
        while (j < end && j < from + 6 && is_tag_in("NoGDwCpla", ts.tags[j])) ++j;
        return j;
    }

    /// Where the words a reporting cue reports begin after a short phrase that says when,
    /// where or how they were said and the "that" after it ("said on Tuesday that ...",
    /// "said in a joint statement that ...", "denied to Reuters that ..."): past the "that".
    /// `from` (the unit after the cue) where no such phrase and "that" come before `end`. (Not
    /// "to" and a verb: "refused to accept that" is no phrase of time or place.)
    std::size_t past_phrase_and_that(const tagged_sentence& ts, std::size_t from, std::size_t end) const {
        if (from + 1 >= end || from + 1 >= ts.tags.size()) return from;
        const char first = ts.tags[from];
        // "said Tuesday that ...", "said yesterday that ...": a day alone, then "that".
        if (ts.tags[from + 1] == 't' && from + 2 < end && is_tag_in("wa", first))
            if (const std::string_view day = ts.units[from].where.in(text_);
                is_weekday(day) || spelled(day, "yesterday") || spelled(day, "today"))
                return from + 2;
        if (first != 'p' && !(is_tag_in("VO", first) && opens_with_preposition(ts.units[from].where.in(text_))))
            return from;
        if (first == 'p' && ts.tags[from + 1] == 'w' && ts.units[from].where.in(text_) == "to") return from;
        for (std::size_t j = from + 1; j < end && j < from + 8; ++j) {
            // (A "that" that ends the clause is a pronoun: "hoping for more than that.")
            if (ts.tags[j] == 't' && (j + 1 >= ts.tags.size() || is_tag_in(".,", ts.tags[j + 1]))) return from;
            if (ts.tags[j] == 't') return j > from + 1 || first != 'p' ? j + 1 : from;
            if (!is_tag_in("pwoClNGa", ts.tags[j])) return from;
        }
        return from;
    }

    /// Where a short phrase of time, place or manner after a cue ends ("on Monday", "in a
    /// joint statement", "late on Friday in Brussels"), when a mark or `end` follows it: the
    /// cue reports nothing after it. `from` otherwise.
    /// (Only a preposition of time, place or manner opens it: "voiced concerns about the euro"
    /// and "continues to grow" say what the act is of.)
    std::size_t past_closing_phrase(const tagged_sentence& ts, std::size_t from, std::size_t end) const {
        if (from >= end) return from;
        std::size_t j = from;
        while (j < end && ts.tags[j] == 'a') ++j;
        if (j >= end || !is_tag_in("pVO", ts.tags[j]) || !opens_with_setting(ts.units[j].where.in(text_)))
            return j > from && (j >= end || is_tag_in(".,xQ", ts.tags[j])) ? j : from;
        for (++j; j < end && j < from + 8; ++j)
            if (!is_tag_in("pwoClNGaD", ts.tags[j])) break;
        return j >= end || is_tag_in(".,xQ", ts.tags[j]) ? j : from;
    }

    /// Where the words reported begin after the date that opens them ("said on Tuesday the
    /// talks had failed", "said on March 5 it would"): past "on" and the date's words, where
    /// more follows them. `from` otherwise.
    std::size_t past_date(const tagged_sentence& ts, std::size_t from, std::size_t end) const {
        if (from + 2 >= end) return from;
        // A day alone ("said yesterday the talks had failed", "said Tuesday it would ..."),
        // where a clause follows it.
        std::size_t j = from + 1;
        if (const std::string_view day = ts.units[from].where.in(text_);
            is_tag_in("wa", ts.tags[from]) && (is_weekday(day) || spelled(day, "yesterday") || spelled(day, "today")))
            return opens_clause_at(ts, j) ? j : from;
        if (ts.tags[from] != 'p') return from;
        const span on = ts.units[from].where;
        if (on.in(text_) != "on" || !date_follows(text_, on.end, ts.units[end - 1].where.end)) return from;
        for (; j < end && j < from + 4 && ts.tags[j] == 'w'; ++j) {
            const span u = ts.units[j].where;
            // ("said on Wednesday's programme": a date that modifies a noun.)
            if (possessive_at(text_, u.end) || (u.size() > 2 && possessive_at(text_, u.end - 2) == 2) ||
                (u.size() > 4 && possessive_at(text_, u.end - 4) == 4))
                return from;
            const std::string_view w = u.in(text_);
            if (!(is_digit(w[0]) || date_follows(w, 0, w.size()))) break;
        }
        // (A clause must follow: its subject, or a word that opens one. "said on Thursday
        // ahead of signing his new deal" goes on with a phrase.)
        if (j == from + 1 || j >= end) return from;
        return opens_clause_at(ts, j) ? j : from;
    }

    /// Whether unit `j` may open a clause: its subject, or a word that opens one ("the",
    /// "there", "it", "a", a possessive).
    bool opens_clause_at(const tagged_sentence& ts, std::size_t j) const {
        if (j >= ts.units.size()) return false;
        const std::string_view next = ts.units[j].where.in(text_);
        return is_tag_in("NCPWDGt:q", ts.tags[j]) || spelled(next, "the") || spelled(next, "there") || spelled(next, "it") ||
               spelled(next, "a") || spelled(next, "an") || is_possessive_determiner(next);
    }

    /// Whether a phrase opens with a preposition of time, place or manner ("in a joint
    /// statement", "on Monday", "after the talks").
    static bool opens_with_setting(std::string_view phrase) {
        const std::string_view w = phrase.substr(0, phrase.find(' '));
        return spelled(w, "in") || spelled(w, "on") || spelled(w, "at") || spelled(w, "during") ||
               spelled(w, "after") || spelled(w, "before") || spelled(w, "from") || spelled(w, "through") ||
               spelled(w, "via");
    }

    /// Whether a phrase opens with a preposition ("in a joint statement").
    static bool opens_with_preposition(std::string_view phrase) {
        const std::string_view w = phrase.substr(0, phrase.find(' '));
        return facts_of(w, lead_at(w, 0)).preposition;
    }

    /// The quotation an attribution introduces or closes: right after its cue (“:” “,” and
    /// “that” allowed between) or right before its source or cue ("“...,” Lavrov said").
    quote_info* claimed_quote(const tagged_sentence& ts, const attribution& a) {
        std::size_t i = a.end_unit;
        // "told BBC Radio 4's Today programme: “...”": past the one told.
        if (const std::size_t j = past_the_one_told(ts, a.cue, i, ts.units.size());
            j > i && j < ts.units.size() && is_tag_in(":,q", ts.tags[j]))
            i = j;
        while (i < ts.units.size() && (ts.tags[i] == ':' || ts.tags[i] == ',' || ts.tags[i] == 't')) ++i;
        if (i < ts.units.size() && ts.tags[i] == 'q') return quote_at(ts.units[i].where.begin);
        // Quote before: "“...,” Lavrov said" / "“...,” said Lavrov"; not for a cue whose
        // speaker goes on from the clause before ("... “wide open”, adding that ..."), which
        // that clause's cue claims.
        if (a.pattern == 'K') return nullptr;
        // (Past the words that modify the source only where the cue closes its clause: in
        // "would not “invade” the money Britain wanted to spend", "the money" is no modifier.)
        // (Past a phrase of time, place or manner: "..., NSC Assistant Director General Renato
        // Salcedo said in a text message to reporters.")
        const std::size_t after_cue =
            past_closing_phrase(ts, past_the_one_told(ts, a.cue, a.end_unit, ts.units.size()), ts.units.size());
        const bool closes = after_cue >= ts.units.size() || is_tag_in(".,xQ", ts.tags[after_cue]);
        std::size_t before = a.source_end <= a.source_begin ? a.cue
                             : std::min(a.cue, closes ? modifiers_start(ts, a.source_begin) : a.source_begin);
        while (before > 0 && (ts.tags[before - 1] == ',' || ts.tags[before - 1] == 'x')) --before;
        if (before > 0 && ts.tags[before - 1] == 'Q') return quote_at(ts.units[before - 1].where.begin);
        // "“...,” the UN envoy for Syria, Geir Pedersen, told ...": a source in apposition
        // (between commas) has its description between it and the quotation (a few words,
        // names and places).
        if (a.source_end > a.source_begin && a.source_begin > 0 && ts.tags[a.source_begin - 1] == ',' &&
            a.source_end < ts.units.size() && ts.tags[a.source_end] == ',' && before == a.source_begin - 1) {
            std::size_t k = before;
            while (k > 0 && before - k < 8 && is_tag_in("NwpoGDla", ts.tags[k - 1])) --k;
            const bool described = k < before;
            while (k > 0 && ts.tags[k - 1] == ',') --k; // the comma after the mark, if any
            if (described && k > 0 && ts.tags[k - 1] == 'Q') return quote_at(ts.units[k - 1].where.begin);
        }
        // A quotation that ends in this sentence after starting in an earlier one.
        if (before > 0) {
            const std::size_t b = ts.units[before - 1].where.end;
            if (quote_info* q = quote_at(b - 1); q && q->q->where.end == b) return q;
        }
        return nullptr;
    }

    /// first_person_kind of a quotation's inner text, remembered in its quote_info.
    std::optional<statement_kind> first_person_kind(quote_info& q) {
        if (!q.first_person) q.first_person = detail::first_person_kind(tagger_, tables_, text_, q.q->inner, quotation_);
        return *q.first_person;
    }

    /// The person after "invitation of" before unit `before` ("At the invitation of Prime
    /// Minister Jonas Gahr Store, ..."); null for none.
    /// (A host named by his office is his state: "At the invitation of the President of the
    /// Republic of Chile".)
    std::optional<actor> inviting_host(const tagged_sentence& ts, std::size_t before) const {
        for (std::size_t i = 2; i < before && i < ts.units.size(); ++i) {
            if (ts.units[i - 1].where.in(text_) != "of" || ts.units[i - 2].where.in(text_) != "invitation") continue;
            if ((ts.tags[i] == 'o' || ts.tags[i] == 'N') && ts.units[i].actor >= 0) {
                const actor& host = ts.actors[static_cast<std::size_t>(ts.units[i].actor)];
                if (host.kind == actor_kind::person) return host;
                return std::nullopt;
            }
            if (ts.tags[i] == 'D' && ts.units[i].ref == reference::title)
                if (const description d = ts.described(ts.units[i]); !d.country.empty()) return tagger_.state_of(d.country);
            return std::nullopt;
        }
        return std::nullopt;
    }

    /// Whether the units from `at` are the press: "reporters", "journalists", "the media",
    /// "the press", "a news conference".
    bool speaks_to_the_press(const tagged_sentence& ts, std::size_t at) const {
        std::string_view w = ts.units[at].where.in(text_);
        if (is_article(w) && at + 1 < ts.units.size()) w = ts.units[at + 1].where.in(text_);
        return is_the_press(w);
    }

    /// Where a sentence's last clause starts when it is a closing report whose speaker is no
    /// actor ("..., officials said.", "..., a source close to the talks said."): the comma
    /// before it. The sentence's end otherwise.
    std::size_t unattributed_close(const tagged_sentence& ts) const {
        std::size_t i = ts.tags.size();
        if (i > 0 && ts.tags[i - 1] == '.') --i;
        if (i < 3 || ts.tags[i - 1] != 'S' || ts.units[i - 1].cue < 0 ||
            tables_.entries.cues[static_cast<std::size_t>(ts.units[i - 1].cue)].frame != cue_frame::say)
            return ts.tags.size();
        const std::size_t cue = --i;
        while (i > 0 && cue - i < 6 && is_tag_in("wap", ts.tags[i - 1])) --i;
        return i < cue && i > 1 && ts.tags[i - 1] == ',' ? i - 1 : ts.tags.size();
    }

    /// The actor an act is aimed at: the first actor right after the cue ("condemned the
    /// previous White House", "urged Russia to").
    std::optional<mention> target_in(const tagged_sentence& ts, std::size_t from, std::size_t to,
                                     statement_kind kind) const {
        if (kind == statement_kind::statement || kind == statement_kind::consultation) return std::nullopt;
        // After a reporting verb, an actor is the addressee only when "that" follows it ("told
        // Lavrov that"); otherwise it opens the content ("said Russia is ready").
        if (from < ts.units.size() && from + 1 < to && ts.tags[from] == 'N' && ts.tags[from + 1] != 't' &&
            from > 0 && ts.units[from - 1].cue >= 0 &&
            tables_.entries.cues[static_cast<std::size_t>(ts.units[from - 1].cue)].frame == cue_frame::say)
            return std::nullopt;
        // The one told is the addressee, or nobody the act is aimed at ("told reporters after a
        // meeting of EU ministers": not the EU).
        if (from > 0 && from < ts.units.size() && ts.units[from - 1].cue >= 0 && ts.tags[from] != 'N' &&
            is_tell(ts.units[from - 1].where.in(text_)))
            return std::nullopt;
        // The first actor in the object: "condemned the previous White House", "urged Russia
        // to", "expressed concern about Russia’s buildup", "criticised the strike by Israel".
        // An object pronoun is the object ("invited him to visit India": not India).
        for (std::size_t i = from; i < std::min(to, from + 8) && i < ts.units.size(); ++i) {
            const char t = ts.tags[i];
            if ((t == 'N' || t == 'o' || t == 'G') && ts.units[i].actor >= 0)
                return mention{ts.units[i].where, ts.actors[static_cast<std::size_t>(ts.units[i].actor)]};
            // "urged the Government of Mali to", "called on the authorities of Niger": a body of
            // a state the text names is that state.
            if (t == 'D' && ts.units[i].ref == reference::title)
                if (const description d = ts.described(ts.units[i]); !d.country.empty() && is_body_role(d.role))
                    if (auto state = tagger_.state_of(d.country)) return mention{ts.units[i].where, std::move(*state)};
            if (t == 'q' || t == '.' || t == 't' || t == 'S' || t == 'V' || t == 'm') break;
        }
        return std::nullopt;
    }
};

} // namespace detail

COMMUNIQUE_FUNC extractor::extractor() : lexicon_(communique::lexicon::builtin()) {}
COMMUNIQUE_FUNC extractor::extractor(communique::lexicon lex) : lexicon_(std::move(lex)) {}

COMMUNIQUE_FUNC document extractor::extract(std::string_view text, const options& opts) const {
    document doc;
    doc.id = opts.id;
    doc.text = text;
    if (text.size() > opts.max_document_bytes) {
        doc.diagnostics.push_back({severity::warning, {opts.max_document_bytes, text.size()}, 0, 0,
                                   "document larger than " + std::to_string(opts.max_document_bytes) +
                                       " bytes: only the first part was read"});
        text = text.substr(0, opts.max_document_bytes);
    }
    detail::engine e(lexicon_, text, opts);
    e.run(doc);
    return doc;
}

COMMUNIQUE_FUNC std::vector<document> extractor::extract_many(const std::vector<std::string_view>& texts,
                                                              const options& opts, unsigned jobs) const {
    std::vector<document> out(texts.size());
    if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
    jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, std::max<std::size_t>(1, texts.size())));
    // Each worker takes the next index; results land at their own index, so the order is
    // that of the input whatever the scheduling. The lexicon is shared read-only; each call
    // of extract has its own state. A worker's exception (bad_alloc) stops the others and is
    // rethrown here after every thread has joined; a thread that cannot start leaves its share
    // to the others.
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::atomic<bool> failed{false};
    auto work = [&] {
        try {
            for (std::size_t i = next++; i < texts.size() && !failed; i = next++)
                out[i] = extract(texts[i], opts);
        } catch (...) {
            if (!failed.exchange(true)) failure = std::current_exception();
        }
    };
    std::vector<std::thread> pool;
    pool.reserve(jobs);
    for (unsigned j = 1; j < jobs; ++j) {
        try {
            pool.emplace_back(work);
        } catch (const std::system_error&) {
            break;
        }
    }
    work();
    for (auto& t : pool) t.join();
    if (failure) std::rethrow_exception(failure);
    return out;
}

COMMUNIQUE_FUNC document extract(std::string_view text, const options& opts) {
    static const extractor shared;
    return shared.extract(text, opts);
}

COMMUNIQUE_END_NAMESPACE

#endif

// Body of communique/extract.hpp: the pipeline of DESIGN.md.
//   structure -> tagging (mentions, cues) -> attribution grammar -> resolution -> statements
#ifndef COMMUNIQUE_DETAIL_EXTRACT_INL_HPP
#define COMMUNIQUE_DETAIL_EXTRACT_INL_HPP

#include <communique/detail/lexicon_tables.hpp>
#include <communique/detail/resolution.hpp>
#include <communique/detail/tagging.hpp>
#include <communique/detail/utf8.hpp>
#include <communique/extract.hpp>
#include <communique/grammar/attribution/attribution.hpp>
#ifdef COMMUNIQUE_HEADER_ONLY
#include <communique/grammar/attribution/attribution_def.hpp>
#endif

#include <algorithm>
#include <atomic>
#include <thread>
#include <unordered_map>

COMMUNIQUE_BEGIN_NAMESPACE
namespace detail {

/// One attribution found in a sentence, with unit indexes into its tagged sentence.
struct attribution {
    char pattern = 0;
    std::size_t source_begin = 0, source_end = 0; ///< units of the source; empty if implied
    std::size_t cue = 0;                          ///< unit of the cue (or the label's colon)
    std::size_t end_unit = 0;                     ///< first unit after the match
};

inline std::vector<attribution> find_attributions(const tagged_sentence& s) {
    namespace ga = grammar::attribution;
    std::vector<attribution> found;
    const char* const base = s.tags.data();
    const char* const last = base + s.tags.size();
    const char* it = base;
    while (it != last) {
        const char* from = it;
        ga::ast::found f;
        if (boost::spirit::x3::parse(from, last, ga::pattern, f)) {
            attribution a;
            a.pattern = f.which;
            a.end_unit = static_cast<std::size_t>(from - base);
            auto index = [&](const char* p) { return static_cast<std::size_t>(p - base); };
            switch (f.which) {
            case ga::ast::source_cue:
            case ga::ast::label:
                a.source_begin = index(f.first.begin());
                a.source_end = index(f.first.end());
                a.cue = index(f.second.begin());
                break;
            default:
                a.cue = index(f.first.begin());
                a.source_begin = index(f.second.begin());
                a.source_end = index(f.second.end());
                break;
            }
            // "by SOURCE": the range starts at the "by".
            if (a.pattern == ga::ast::passive && a.source_end > a.source_begin) ++a.source_begin;
            // A label is a headline or speaker label only at the start of a sentence.
            if (a.pattern != ga::ast::label || a.source_begin == 0) found.push_back(a);
            it = from == it ? it + 1 : from;
            continue;
        }
        ++it;
    }
    return found;
}

/// A depth-0 quotation of the document and who said it, once known.
struct quote_info {
    const quotation* q = nullptr;
    std::optional<actor> speaker;
    bool claimed = false;
};

class engine {
public:
    engine(const lexicon& lex, std::string_view text, const options& opts)
        : lex_(lex), tables_(lex.tables()), persons_(lex.tables().entries),
          tagger_(tables_, persons_), text_(text), opts_(opts) {}

    void run(document& doc) {
        doc.structure = parse_structure(text_);
        for (const auto& d : doc.structure.diagnostics) doc.diagnostics.push_back(d);
        published_ = opts_.published;
        if (!published_) published_ = find_publication_date(text_, doc.structure);
        for (const auto& q : doc.structure.quotations)
            if (q.depth == 0) quotes_.push_back({&q, std::nullopt, false});
        for (std::size_t qi = 0; qi < quotes_.size(); ++qi) {
            const auto& q = *quotes_[qi].q;
            marks_[q.where.begin] = 'q';
            if (q.closed && q.inner.end < q.where.end) marks_[q.inner.end] = 'Q';
        }
        std::size_t sentence = 0;
        const auto& st = doc.structure;
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
    const lexicon& lex_;
    const lexicon_tables& tables_;
    person_index persons_;
    tagger tagger_;
    std::string_view text_;
    const options& opts_;
    std::optional<civil_date> published_;
    discourse talk_;
    std::vector<quote_info> quotes_;
    std::unordered_map<std::size_t, char> marks_;
    std::optional<actor> turn_speaker_;
    std::optional<actor> block_speaker_; ///< the last explicit speaker, for bare quotations
    std::size_t block_speaker_block_ = static_cast<std::size_t>(-1);
    std::size_t block_index_ = 0;

    quote_info* quote_at(std::size_t pos) {
        for (auto& q : quotes_)
            if (q.q->where.contains(pos)) return &q;
        return nullptr;
    }

    void run_block(document& doc, const block& blk, std::size_t first, std::size_t last) {
        ++block_index_;
        const auto& st = doc.structure;
        if (blk.kind == block_kind::turn) run_turn(doc, blk);
        else turn_speaker_.reset();
        for (std::size_t s = first; s < last; ++s) run_sentence(doc, st.sentences[s].where);
    }

    /// A transcript turn: the label names the speaker; the turn is the speaker's statement.
    void run_turn(document& doc, const block& blk) {
        turn_speaker_.reset();
        if (blk.label.empty()) return;
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
            std::string lower;
            for (char c : l) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
            if (lower == "q" || lower == "question" || lower == "journalist" || lower == "reporter" ||
                lower == "moderator" || lower.find("question") != std::string::npos)
                return;
            if (label.tags.find('C') == std::string::npos) return;
            actor a;
            a.kind = actor_kind::person;
            std::string_view name = l;
            for (std::string_view honorific : {"MR ", "MS ", "MRS ", "Mr. ", "Ms. ", "Mr ", "Ms "})
                if (name.substr(0, honorific.size()) == honorific) name.remove_prefix(honorific.size());
            a.name = std::string(name);
            who = a;
        }
        turn_speaker_ = who;
        talk_.spoke(*who);
        statement s;
        s.where = blk.where;
        s.cue = {blk.label.begin, std::min(blk.body.begin, blk.where.end)};
        s.source = mention{blk.label, *who};
        s.kind = statement_kind::statement;
        s.mode = mode::direct;
        s.content = blk.body;
        set_code(s, nullptr);
        finish(s);
        doc.statements.push_back(std::move(s));
    }

    void set_code(statement& s, const cue_entry* cue) {
        if (cue && cue->kind == s.kind && !cue->cameo.empty()) {
            s.cameo = cue->cameo;
            s.goldstein = cue->goldstein;
        } else {
            s.cameo = std::string(info(s.kind).cameo);
            s.goldstein = info(s.kind).goldstein;
        }
    }

    void finish(statement& s) {
        const span about = s.quote ? *s.quote : s.content;
        s.topics = topics_in(about.empty() ? s.where : about);
        s.times = find_times(text_, about.empty() ? s.where : about, published_);
    }

    std::vector<std::string> topics_in(span where) const {
        std::vector<std::string> out;
        std::size_t i = where.begin;
        const std::size_t end = std::min(where.end, text_.size());
        bool at_word = true;
        while (i < end) {
            const unsigned char c = static_cast<unsigned char>(text_[i]);
            if (at_word && is_word_byte(c)) {
                if (auto m = match_phrase(tables_.topics, text_, i); m && i + m->length <= end) {
                    const std::string& topic = tables_.entries.topics[m->index].topic;
                    if (std::find(out.begin(), out.end(), topic) == out.end()) out.push_back(topic);
                    i += m->length;
                    at_word = false;
                    continue;
                }
            }
            at_word = !is_word_byte(c);
            ++i;
        }
        return out;
    }

    /// The actor of a source range, resolved against the discourse; nullopt when it is the
    /// article's own voice or cannot be resolved.
    std::optional<actor> resolve(const tagged_sentence& ts, std::size_t b, std::size_t e,
                                 std::size_t at_byte) {
        std::vector<actor> members;
        for (std::size_t i = b; i < e; ++i) {
            const unit& u = ts.units[i];
            std::optional<actor> one;
            switch (u.tag) {
            case 'N': one = ts.actors[static_cast<std::size_t>(u.actor)]; break;
            case 'C': {
                actor a;
                a.kind = actor_kind::person;
                a.name = std::string(u.where.in(text_));
                one = a;
                break;
            }
            case 'P': one = u.ref == reference::they ? talk_.they() : talk_.he(); break;
            case 'W': one = first_person(at_byte); break;
            case 'D':
                if (u.ref == reference::pair) one = talk_.pair();
                else if (u.ref == reference::title) one = talk_.with_role(u.role);
                break;
            default: continue;
            }
            if (!one) return std::nullopt;
            if (one->kind == actor_kind::group) {
                for (auto& m : one->members) members.push_back(m);
            } else {
                members.push_back(*one);
            }
        }
        if (members.empty()) return std::nullopt;
        if (members.size() == 1) return members.front();
        return make_group(std::move(members));
    }

    /// "we" and "I": the speaker of the quotation or turn they stand in; the author otherwise.
    std::optional<actor> first_person(std::size_t at_byte) {
        if (quote_info* q = quote_at(at_byte)) {
            if (q->speaker) return q->speaker;
            if (block_speaker_ && block_speaker_block_ + 1 >= block_index_) return block_speaker_;
            return std::nullopt;
        }
        if (turn_speaker_) return turn_speaker_;
        return std::nullopt;
    }

    void run_sentence(document& doc, span where) {
        auto quote_kind = [this](std::size_t pos, char guess) {
            const auto it = marks_.find(pos);
            if (it != marks_.end()) return it->second;
            return guess == '"' ? 'x' : 'x';
        };
        tagged_sentence ts = tagger_.tag(text_, where, quote_kind);
        for (const auto& a : ts.actors) talk_.mentioned(a);
        std::vector<attribution> found = find_attributions(ts);

        // Pass 1: quotations claimed by an explicit speaker in this sentence.
        for (const auto& a : found) {
            if (a.source_end <= a.source_begin) continue;
            if (ts.tags.find_first_of("W") == a.source_begin) continue;
            if (quote_info* q = claimed_quote(ts, a)) {
                if (!q->speaker) q->speaker = resolve(ts, a.source_begin, a.source_end, where.begin);
            }
        }

        std::optional<actor> previous;
        std::size_t emitted_before = doc.statements.size();
        for (std::size_t k = 0; k < found.size(); ++k) {
            const attribution& a = found[k];
            const unit& cue_unit = ts.units[a.cue];
            const cue_entry* cue = cue_unit.cue >= 0 ? &tables_.entries.cues[static_cast<std::size_t>(cue_unit.cue)] : nullptr;
            std::optional<actor> who;
            const std::size_t src_byte = a.source_end > a.source_begin ? ts.units[a.source_begin].where.begin : cue_unit.where.begin;
            if (a.pattern == 'K') {
                who = previous;
            } else if (a.source_end > a.source_begin) {
                who = resolve(ts, a.source_begin, a.source_end, src_byte);
            } else {
                // A passive or nominal cue without an agent: the actors in the news.
                who = talk_.pair();
            }
            if (!who) continue;
            // Own-side rule: a neutral cue whose content begins with the speaker's own side
            // taking a stance takes that stance's kind ("said Russia is ready to").
            statement s;
            s.where = where;
            s.cue = a.pattern == 'L' ? span{ts.units[0].where.begin, cue_unit.where.end} : cue_unit.where;
            s.source = mention{a.source_end > a.source_begin
                                   ? span{ts.units[a.source_begin].where.begin, ts.units[a.source_end - 1].where.end}
                                   : span{},
                               *who};
            s.kind = cue ? cue->kind : statement_kind::statement;
            if (a.pattern == 'P' || a.pattern == 'B') s.mode = mode::summary;
            else s.mode = mode::indirect;
            // Content: to the next attribution or the end of the sentence.
            const std::size_t content_begin_unit = a.end_unit;
            std::size_t content_end_unit = ts.units.size();
            if (k + 1 < found.size()) content_end_unit = std::max(content_begin_unit, std::min(content_end_unit, found[k + 1].source_end > found[k + 1].source_begin ? found[k + 1].source_begin : found[k + 1].cue));
            if (a.pattern == 'I' || a.pattern == 'R') {
                // "..., said Putin": the content is what came before.
                s.content = span{where.begin, ts.units[std::min(a.cue, a.source_begin)].where.begin};
            } else if (content_begin_unit < ts.units.size()) {
                const std::size_t last_unit = content_end_unit > content_begin_unit ? content_end_unit - 1 : content_begin_unit;
                s.content = span{ts.units[content_begin_unit].where.begin, ts.units[std::min(last_unit, ts.units.size() - 1)].where.end};
            }
            if (quote_info* q = claimed_quote(ts, a)) {
                q->claimed = true;
                s.quote = q->q->where;
                s.mode = (q->q->where.contains(s.content) || (s.content.contains(q->q->inner) && q->q->inner.size() + 8 >= s.content.size())) ? mode::direct : mode::partial;
                if (a.pattern == 'I' || (a.source_begin > 0 && ts.tags[a.source_begin - 1] == 'Q') ||
                    (a.source_begin > 1 && ts.tags[a.source_begin - 1] == ',' && ts.tags[a.source_begin - 2] == 'Q'))
                    s.mode = mode::direct;
                s.content = q->q->inner;
                if (s.kind == statement_kind::statement) {
                    if (auto k2 = first_person_kind(q->q->inner)) s.kind = *k2;
                }
            } else if (has_quote_inside(s.content)) {
                s.mode = mode::partial;
            }
            // Own-side rule (and nested attribution): look at the next attribution.
            if (k + 1 < found.size() && cue && (cue->frame == cue_frame::say)) {
                const attribution& b = found[k + 1];
                if (b.pattern == 'A' && b.source_begin >= a.end_unit && b.source_begin <= a.end_unit + 2) {
                    const std::size_t b_src_byte = ts.units[b.source_begin].where.begin;
                    auto inner = resolve(ts, b.source_begin, b.source_end, b_src_byte);
                    const unit& bcue = ts.units[b.cue];
                    const bool pronoun = ts.tags[b.source_begin] == 'P' || ts.tags[b.source_begin] == 'W';
                    if (bcue.cue >= 0 && (pronoun || (inner && same_side(*who, *inner)))) {
                        const cue_entry& ce = tables_.entries.cues[static_cast<std::size_t>(bcue.cue)];
                        if (s.kind == statement_kind::statement) s.kind = ce.kind;
                        found.erase(found.begin() + static_cast<std::ptrdiff_t>(k + 1));
                        cue = s.kind == ce.kind ? &ce : cue;
                    }
                }
            }
            if (cue && cue->frame == cue_frame::modal && s.kind == statement_kind::intent) {
                // "Russia will ..." in narration is a plan, not a statement, unless a speaker
                // stands behind it (handled by the own-side rule above).
                if (a.pattern == 'A' && !quote_at(cue_unit.where.begin)) continue;
            }
            set_code(s, cue);
            if (cue && cue->kind == s.kind) {
                s.cameo = cue->cameo.empty() ? s.cameo : cue->cameo;
            }
            s.target = target_in(ts, a.end_unit, content_end_unit, s.kind);
            finish(s);
            talk_.spoke(*who);
            if (who->kind == actor_kind::person || who->kind == actor_kind::group) {
                block_speaker_ = who;
                block_speaker_block_ = block_index_;
            }
            previous = who;
            doc.statements.push_back(std::move(s));
        }

        // Quotations that open in this sentence and that nobody claimed: a bare quotation
        // continues the speaker of the text around it.
        if (doc.statements.size() == emitted_before) {
            for (auto& q : quotes_) {
                if (q.claimed || !where.contains(q.q->where.begin)) continue;
                if (q.q->inner.size() < 40) continue; // scare quotes and titles
                std::optional<actor> who = q.speaker;
                if (!who && block_speaker_ && block_speaker_block_ + 1 >= block_index_) who = block_speaker_;
                if (!who) continue;
                q.claimed = true;
                statement s;
                s.where = where;
                s.source = mention{{}, *who};
                s.kind = first_person_kind(q.q->inner).value_or(statement_kind::statement);
                s.mode = mode::direct;
                s.quote = q.q->where;
                s.content = q.q->inner;
                set_code(s, nullptr);
                finish(s);
                doc.statements.push_back(std::move(s));
            }
        }
    }

    bool has_quote_inside(span content) const {
        for (const auto& q : quotes_)
            if (content.contains(q.q->where.begin)) return true;
        return false;
    }

    /// The quotation an attribution introduces or closes: right after its cue (“:” “,” and
    /// “that” allowed between) or right before its source or cue ("“...,” Lavrov said").
    quote_info* claimed_quote(const tagged_sentence& ts, const attribution& a) {
        std::size_t i = a.end_unit;
        while (i < ts.units.size() && (ts.tags[i] == ':' || ts.tags[i] == ',' || ts.tags[i] == 't')) ++i;
        if (i < ts.units.size() && ts.tags[i] == 'q') return quote_at(ts.units[i].where.begin);
        // Quote before: "“...,” Lavrov said" / "“...,” said Lavrov"
        std::size_t before = std::min(a.cue, a.source_end > a.source_begin ? a.source_begin : a.cue);
        while (before > 0 && (ts.tags[before - 1] == ',' || ts.tags[before - 1] == 'x')) --before;
        if (before > 0 && ts.tags[before - 1] == 'Q') return quote_at(ts.units[before - 1].where.begin);
        // A quotation that ends in this sentence after starting in an earlier one.
        if (before > 0) {
            const std::size_t b = ts.units[before - 1].where.end;
            if (quote_info* q = quote_at(b - 1); q && q->q->where.end == b) return q;
        }
        return nullptr;
    }

    /// The kind of the first first-person cue in a quotation ("we hope", "I agree").
    std::optional<statement_kind> first_person_kind(span inner) {
        auto quote_kind = [](std::size_t, char) { return 'x'; };
        tagged_sentence ts = tagger_.tag(text_, inner, quote_kind);
        for (std::size_t i = 0; i + 1 < ts.units.size(); ++i) {
            if (ts.tags[i] != 'W') continue;
            std::size_t j = i + 1;
            while (j < ts.units.size() && std::string_view("abhdn").find(ts.tags[j]) != std::string_view::npos) ++j;
            if (j < ts.units.size() && ts.units[j].cue >= 0) {
                const auto& ce = tables_.entries.cues[static_cast<std::size_t>(ts.units[j].cue)];
                if (ce.kind != statement_kind::statement) return ce.kind;
            }
        }
        return std::nullopt;
    }

    /// The actor an act is aimed at: the first actor right after the cue ("condemned the
    /// previous White House", "urged Russia to").
    std::optional<mention> target_in(const tagged_sentence& ts, std::size_t from, std::size_t to,
                                     statement_kind kind) const {
        if (kind == statement_kind::statement || kind == statement_kind::consultation) return std::nullopt;
        for (std::size_t i = from; i < std::min(to, from + 4) && i < ts.units.size(); ++i) {
            if (ts.tags[i] == 'N') return mention{ts.units[i].where, ts.actors[static_cast<std::size_t>(ts.units[i].actor)]};
            if (ts.tags[i] == 'q' || ts.tags[i] == '.') break;
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

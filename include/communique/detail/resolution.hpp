// Document-wide resolution: who "he", "they", "the minister", "the duo" and "both" are, and
// the actors in the news that a passive "were discussed" belongs to.
#ifndef COMMUNIQUE_DETAIL_RESOLUTION_HPP
#define COMMUNIQUE_DETAIL_RESOLUTION_HPP

#include <communique/detail/tagging.hpp>
#include <communique/types.hpp>

#include <optional>
#include <string>
#include <vector>

COMMUNIQUE_BEGIN_NAMESPACE
namespace detail {

inline bool same_actor(const actor& a, const actor& b) {
    return a.name == b.name && a.kind == b.kind;
}

/// Whether `inner` speaks for the same side as `outer` (the own-side rule): the same actor,
/// or a state whose country is the outer person's country.
inline bool same_side(const actor& outer, const actor& inner) {
    if (same_actor(outer, inner)) return true;
    if (inner.kind == actor_kind::state && !inner.country.empty() && inner.country == outer.country)
        return true;
    return false;
}

inline actor make_group(std::vector<actor> members) {
    actor g;
    g.kind = actor_kind::group;
    for (std::size_t i = 0; i < members.size(); ++i) g.name += (i ? " and " : "") + members[i].name;
    g.members = std::move(members);
    return g;
}

/// What the document has said so far about who is in the news.
class discourse {
public:
    /// A person or state named in the text (any mention), most recent last.
    void mentioned(const actor& a) {
        if (a.kind == actor_kind::group) {
            last_group_ = a;
            return;
        }
        if (a.kind != actor_kind::person && a.kind != actor_kind::state) return;
        if (a.kind == actor_kind::person) {
            // Remember the person under every role word, for "the minister", "the secretary".
            last_person_ = a;
            for (auto& p : people_)
                if (same_actor(p, a)) {
                    p = a;
                    touch(a);
                    return;
                }
            people_.push_back(a);
        }
        touch(a);
    }

    /// A source that made a statement: "he" and "she" prefer the last speaker.
    void spoke(const actor& a) {
        if (a.kind == actor_kind::person) last_speaker_ = a;
        if (a.kind == actor_kind::group) last_group_ = a;
        mentioned(a);
    }

    std::optional<actor> he() const {
        if (last_speaker_) return last_speaker_;
        return last_person_;
    }
    std::optional<actor> they() const {
        if (last_group_) return last_group_;
        return pair();
    }
    std::optional<actor> with_role(const std::string& role) const {
        // The last word of the role ("minister" in "foreign minister") is what a reader matches.
        const auto space = role.rfind(' ');
        const std::string key = space == std::string::npos ? role : role.substr(space + 1);
        for (auto it = people_.rbegin(); it != people_.rend(); ++it)
            if (it->title.find(key) != std::string::npos) return *it;
        return std::nullopt;
    }
    /// The two actors in the news: the last two distinct persons mentioned, else states.
    std::optional<actor> pair() const {
        if (recent_.size() < 2) return last_group_;
        return make_group({recent_[recent_.size() - 2], recent_.back()});
    }

private:
    void touch(const actor& a) {
        if (a.kind != actor_kind::person) return;
        for (auto it = recent_.begin(); it != recent_.end(); ++it)
            if (same_actor(*it, a)) {
                recent_.erase(it);
                break;
            }
        recent_.push_back(a);
        if (recent_.size() > 4) recent_.erase(recent_.begin());
    }

    std::vector<actor> people_;
    std::vector<actor> recent_;
    std::optional<actor> last_person_, last_speaker_, last_group_;
};

} // namespace detail
COMMUNIQUE_END_NAMESPACE

#endif

// communique/span.hpp: a byte range into the caller's original text.
#ifndef COMMUNIQUE_SPAN_HPP
#define COMMUNIQUE_SPAN_HPP

#include <communique/config.hpp>

#include <cstddef>
#include <string_view>

COMMUNIQUE_BEGIN_NAMESPACE

/// Half-open byte range [begin, end) into the text the caller passed in. Every position the
/// library reports is one of these: nothing is copied or rewritten to find it.
struct span {
    std::size_t begin = 0;
    std::size_t end = 0;

    constexpr std::size_t size() const noexcept { return end - begin; }
    constexpr bool empty() const noexcept { return end <= begin; }
    constexpr bool contains(std::size_t at) const noexcept { return begin <= at && at < end; }
    constexpr bool contains(span other) const noexcept {
        return begin <= other.begin && other.end <= end;
    }
    /// The bytes of this span in `text` (clamped, so a stale span never reads out of bounds).
    std::string_view in(std::string_view text) const noexcept {
        if (begin >= text.size()) return {};
        return text.substr(begin, (end < text.size() ? end : text.size()) - begin);
    }
    friend constexpr bool operator==(span a, span b) noexcept {
        return a.begin == b.begin && a.end == b.end;
    }
    friend constexpr bool operator!=(span a, span b) noexcept { return !(a == b); }
};

COMMUNIQUE_END_NAMESPACE

#endif

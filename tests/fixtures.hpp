// Shared test helpers: where the fixtures live, and reading them.
#ifndef COMMUNIQUE_TESTS_FIXTURES_HPP
#define COMMUNIQUE_TESTS_FIXTURES_HPP

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace fixtures {

inline std::filesystem::path source_dir() { return COMMUNIQUE_SOURCE_DIR; }
inline std::filesystem::path shared_dir() { return COMMUNIQUE_SHARED_DIR; }

/// The project's own sample article (always present).
inline std::filesystem::path seed_article() {
    return source_dir() / "examples" / "data" / "lavrov-post-meeting.txt";
}

/// ../shared/corpus/dev, when this checkout has it.
inline bool have_dev_corpus() {
    return std::filesystem::exists(shared_dir() / "corpus" / "dev" / "gold.jsonl");
}
inline std::filesystem::path dev_corpus() { return shared_dir() / "corpus" / "dev"; }

inline std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string{std::istreambuf_iterator<char>(in), {}};
}

} // namespace fixtures

#endif

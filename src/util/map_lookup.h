// Look-ups on ordered maps keyed by language code, shared by the classes that
// hold one value per language (EmbeddingSpace's lexicons, EmbeddingStats).
// Header-only: templates over the map type.
#ifndef DUPALIGN_UTIL_MAP_LOOKUP_H_
#define DUPALIGN_UTIL_MAP_LOOKUP_H_

#include <vector>

namespace dupalign {

// The value stored under `key`, or nullptr.
template <typename Map, typename Key>
const typename Map::mapped_type* FindOrNull(const Map& map, const Key& key) {
  auto it = map.find(key);
  return it == map.end() ? nullptr : &it->second;
}

// The keys, in the map's order.
template <typename Map>
std::vector<typename Map::key_type> KeysOf(const Map& map) {
  std::vector<typename Map::key_type> keys;
  keys.reserve(map.size());
  for (const auto& entry : map) keys.push_back(entry.first);
  return keys;
}

}  // namespace dupalign

#endif  // DUPALIGN_UTIL_MAP_LOOKUP_H_

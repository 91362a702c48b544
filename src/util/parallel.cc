#include "util/parallel.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace dupalign {

int WorkerThreads(int threads) {
  if (threads > 0) return threads;
  return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

void ParallelFor(size_t n, int threads, const std::function<void(size_t)>& fn) {
  const size_t workers = std::min<size_t>(n, static_cast<size_t>(WorkerThreads(threads)));
  if (workers <= 1) {
    for (size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  // Indices are handed out one at a time: documents differ widely in length.
  std::atomic<size_t> next{0};
  std::vector<std::thread> pool;
  for (size_t w = 0; w < workers; ++w) {
    pool.emplace_back([&] {
      for (size_t i = next++; i < n; i = next++) fn(i);
    });
  }
  for (auto& t : pool) t.join();
}

std::string ParallelConcat(size_t n, int threads,
                           const std::function<std::string(size_t)>& piece) {
  std::vector<std::string> pieces(n);
  ParallelFor(n, threads, [&](size_t i) { pieces[i] = piece(i); });
  size_t total = 0;
  for (const std::string& p : pieces) total += p.size();
  std::string joined;
  joined.reserve(total);
  for (std::string& p : pieces) {
    joined += p;
    std::string().swap(p);
  }
  return joined;
}

}  // namespace dupalign

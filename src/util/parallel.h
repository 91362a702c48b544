// ParallelFor: runs fn(i) for every i in [0, n) on up to `threads` threads
// (0 or less: one per core, WorkerThreads(0)). Each index is processed
// exactly once and results are written by index, so the outcome never
// depends on the thread count or the schedule. Used by the pipeline for
// per-document work.
#ifndef DUPALIGN_UTIL_PARALLEL_H_
#define DUPALIGN_UTIL_PARALLEL_H_

#include <cstddef>
#include <functional>
#include <string>

namespace dupalign {

// `threads` when positive, else the number of cores (at least 1).
int WorkerThreads(int threads);

void ParallelFor(size_t n, int threads, const std::function<void(size_t)>& fn);

// piece(0) + piece(1) + ... + piece(n - 1), the pieces made on up to
// `threads` threads: for output files of one line per document or cluster.
std::string ParallelConcat(size_t n, int threads, const std::function<std::string(size_t)>& piece);

}  // namespace dupalign

#endif  // DUPALIGN_UTIL_PARALLEL_H_

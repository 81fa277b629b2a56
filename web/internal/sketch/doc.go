// Package sketch holds the bounded-memory counters behind akhbar's report,
// so that it summarises a corpus of any size in the same memory:
//
//   - TopK counts keys (sites, sections, reasons) exactly while there are
//     at most K of them and, past that, keeps the heavy hitters with the
//     Space-Saving algorithm (Metwally et al. 2005), each count with its
//     error bound.
//   - Reservoir keeps a uniform sample of a numeric signal (Algorithm R)
//     with its exact count, minimum, maximum and sum.
//   - Sizes counts how many items share each key (duplicate-cluster
//     sizes) and, past a cap, keeps only keys whose hash falls in a
//     shrinking sample, which estimates the size distribution without bias
//     because a sampled key keeps its full count.
//
// These are a few dozen lines each; the Go libraries that offer them
// (count-min sketches, t-digests) answer other questions (point queries,
// quantiles) and none reports the exact counts this package gives while
// the keys fit. It is not a general statistics library.
package sketch

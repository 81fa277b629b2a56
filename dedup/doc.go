// Package dedup finds exact and near-duplicate documents across a corpus:
// the same wire story in many editions and sister sites, re-crawls,
// syndicated copies. It marks every member of a cluster with the cluster
// id and, on all but one keeper per cluster, the keeper's id.
//
// The method is the field's usual one, as stages that are plain functions
// so that the local runner here and a Beam pipeline call the same code:
//
//  1. per document (a map): Tokens (package internal/words: NFC,
//     lower-case, letters+marks+digits, one token per letter in scripts
//     without spaces), word 5-gram Shingles, the MinHash Signature, its
//     BandKeys, and the ContentHash of the word sequence for exact
//     duplicates — together a Fingerprint;
//  2. the LSH shuffle: documents grouped by band key (GroupByKey; here an
//     external sort of (key, content hash, document) records in sorted
//     runs merged from disk);
//  3. per bucket: candidate pairs, verified by Verify (exact Jaccard of
//     the shingle sets, or estimated from the signatures) against a
//     threshold;
//  4. Clusters: connected components of the verified pairs (union–find);
//  5. Keeper: one document per cluster by a Policy whose last tie-breaks
//     are content hash and id, never input order, and a ClusterID made
//     from the keeper, so that results do not depend on input order.
//
// Index runs these stages locally in bounded memory: fingerprints, band
// keys and shingle sets go to spill files; only the union–find (8 bytes per
// document) stays in memory while clustering.
//
// MinHash, banding and union–find are written here rather than taken from
// a library because no Go library offers them out of core, with the
// stages separable for a shuffle, and with tokens that work for Indic
// scripts. The MinHash loop, which is most of a fingerprint's time, has
// an AVX-512 version in assembly (Go has no vector intrinsics outside an
// experiment): eight products per instruction instead of one per cycle,
// English fingerprints about 3× faster. A portable Go loop computes the
// same bits elsewhere, and the tests compare both with the reference.
//
// It is not where boilerplate is removed: texts should be cleaned (and
// site templates stripped, package template) before they are compared,
// or pages that share a site template look alike.
package dedup

// Package beam runs akhbar's corpus pipeline on Apache Beam, for corpora
// that do not fit one machine: the same per-document steps as "akhbar
// clean" (package steps, called, not copied), then near-duplicate
// clustering with the stage functions of package dedup mapped onto
// shuffles, then sharded JSON-lines output with rejects and a stats file.
//
// The shape of the Beam pipeline, with where each shuffle is:
//
//	launcher: expand inputs → inputs list file in the output folder
//	Impulse → read list → Reshuffle (spread files over workers)
//	→ per file: source.Read + pipeline.Runner(steps.Build) → records, rejects, stats
//	dedup (optional):
//	  per record: dedup Fingerprint → (band key, doc) and (doc, fingerprint)
//	  GroupByKey(band key) → candidate pairs as the local index makes them
//	  → distinct pairs → two CoGroupByKey joins with fingerprints → Verify
//	  → all edges to one key: union–find → (doc, component root)
//	  → CoGroupByKey with fingerprints → GroupByKey(root) → Keeper, ClusterID,
//	    similarity to the keeper → (doc, dup mark)
//	CoGroupByKey(shard) of records and dup marks → one file per shard
//
// A document is known in the shuffles by a 16-byte key hashed from its
// source path, offset and id (see DocKey), so that keys are short and
// unique whatever the ids look like.
//
// Results equal a local "akhbar clean" followed by "akhbar dedup": the
// same records, the same clusters, the same keepers and rejects; only the
// order of lines across and within shards differs. The tests check that
// on Prism, Beam's in-process runner.
//
// It is not a second implementation of any step: when a step changes,
// this pipeline changes with it. It knows nothing of flags (see
// cmd/akhbar-beam).
package beam

package timezone

import "sync"

// akhbar: PopTzOffset depends only on its string (and the offset table,
// fixed once built), and go-dateparser asks it about the same string
// several times per Parse (locale check, formatted, relative parsers);
// the case-insensitive search over every zone name is most of its cost.
// The answer is kept, a bounded number of strings at a time.
const popCacheSize = 4096

type popResult struct {
	str  string
	data OffsetData
}

var (
	popMu    sync.Mutex
	popCache = map[string]popResult{}
)

// PopTzOffset extracts timezone data from str then return the
// str with the timezone code removed.
func PopTzOffset(str string) (string, OffsetData) {
	popMu.Lock()
	r, ok := popCache[str]
	popMu.Unlock()
	if ok {
		return r.str, r.data
	}
	s, d := popTzOffset(str)
	popMu.Lock()
	if len(popCache) >= popCacheSize {
		popCache = map[string]popResult{}
	}
	popCache[str] = popResult{s, d}
	popMu.Unlock()
	return s, d
}

// popTzOffset is upstream's PopTzOffset, unchanged.
func popTzOffset(str string) (string, OffsetData) {
	loadOffsets()
	if rxSearchIgnoreCase.MatchString(str) {
		for _, offsetData := range timezoneOffsets {
			idxs := offsetData.Regex.FindStringIndex(str)
			if len(idxs) == 0 {
				continue
			}

			str = str[:idxs[0]+1] + str[idxs[1]:]
			return str, offsetData
		}
	}

	return str, OffsetData{}
}

// WordIsTz check if the specified word is a timezone code.
func WordIsTz(word string) bool {
	loadOffsets()
	return rxSearch.MatchString(word)
}

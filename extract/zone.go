package extract

import (
	"strings"
	"time"
	_ "time/tzdata" // zones by name on machines without a zoneinfo database
)

// ccZones maps country-code top-level domains, and the region part of a
// page's language tag, to the zone most of the country's news is dated
// in. Only countries with one dominant zone are listed.
var ccZones = map[string]string{
	"in": "Asia/Kolkata", "pk": "Asia/Karachi", "bd": "Asia/Dhaka", "np": "Asia/Kathmandu", "lk": "Asia/Colombo",
	"de": "Europe/Berlin", "at": "Europe/Vienna", "ch": "Europe/Zurich", "fr": "Europe/Paris", "it": "Europe/Rome",
	"es": "Europe/Madrid", "nl": "Europe/Amsterdam", "be": "Europe/Brussels", "pl": "Europe/Warsaw", "cz": "Europe/Prague",
	"se": "Europe/Stockholm", "no": "Europe/Oslo", "dk": "Europe/Copenhagen", "fi": "Europe/Helsinki", "pt": "Europe/Lisbon",
	"gr": "Europe/Athens", "hu": "Europe/Budapest", "ro": "Europe/Bucharest", "ua": "Europe/Kyiv", "ie": "Europe/Dublin",
	"uk": "Europe/London", "gb": "Europe/London", "tr": "Europe/Istanbul", "il": "Asia/Jerusalem",
	"jp": "Asia/Tokyo", "kr": "Asia/Seoul", "cn": "Asia/Shanghai", "tw": "Asia/Taipei", "hk": "Asia/Hong_Kong",
	"sg": "Asia/Singapore", "my": "Asia/Kuala_Lumpur", "th": "Asia/Bangkok", "vn": "Asia/Ho_Chi_Minh", "ph": "Asia/Manila",
	"ae": "Asia/Dubai", "sa": "Asia/Riyadh", "eg": "Africa/Cairo", "ng": "Africa/Lagos", "ke": "Africa/Nairobi",
	"za": "Africa/Johannesburg", "ar": "America/Argentina/Buenos_Aires", "br": "America/Sao_Paulo", "cl": "America/Santiago",
	"co": "America/Bogota", "pe": "America/Lima", "ve": "America/Caracas", "bo": "America/La_Paz", "ec": "America/Guayaquil",
	"uy": "America/Montevideo", "py": "America/Asuncion", "cu": "America/Havana", "nz": "Pacific/Auckland",
}

// langZones: languages spoken almost only in one zone.
var langZones = map[string]string{
	"hi": "Asia/Kolkata", "bn": "Asia/Kolkata", "ta": "Asia/Kolkata", "te": "Asia/Kolkata", "kn": "Asia/Kolkata",
	"ml": "Asia/Kolkata", "mr": "Asia/Kolkata", "gu": "Asia/Kolkata", "pa": "Asia/Kolkata", "or": "Asia/Kolkata",
	"as": "Asia/Kolkata", "de": "Europe/Berlin", "ja": "Asia/Tokyo", "ko": "Asia/Seoul", "it": "Europe/Rome",
	"pl": "Europe/Warsaw", "cs": "Europe/Prague", "nl": "Europe/Amsterdam", "uk": "Europe/Kyiv", "el": "Europe/Athens",
}

// pageZone guesses the zone a page dates its articles in: an offset other
// than UTC stated by any of its timestamps; else the country of its
// domain; else the region or language of its language tag. Nil when
// nothing says.
func (m *pageMeta) pageZone() *time.Location {
	var stamps []string
	for _, o := range m.ld {
		stamps = append(stamps, o.datePublished, o.dateModified, o.dateCreated)
	}
	for _, k := range append(append([]string{}, publishedKeys...), updatedKeys...) {
		stamps = append(stamps, m.props[k]...)
	}
	for _, t := range m.times {
		stamps = append(stamps, t.datetime)
	}
	for _, s := range stamps {
		if t, ok := parseStructured(s, m.now); ok && len(t) > 10 {
			if tt, err := time.Parse(time.RFC3339, string(t)); err == nil {
				if _, off := tt.Zone(); off != 0 {
					return tt.Location()
				}
			}
		}
	}
	host := hostOf(m.canonical)
	if host == "" {
		host = hostOf(m.pageURL)
	}
	if i := strings.LastIndexByte(host, '.'); i >= 0 {
		if z := ccZones[host[i+1:]]; z != "" {
			return loadZone(z)
		}
	}
	lang := strings.ToLower(strings.ReplaceAll(m.lang, "_", "-"))
	if i := strings.IndexByte(lang, '-'); i >= 0 {
		if z := ccZones[lang[i+1:]]; z != "" {
			return loadZone(z)
		}
		lang = lang[:i]
	}
	if z := langZones[lang]; z != "" {
		return loadZone(z)
	}
	return nil
}

func loadZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil
	}
	return loc
}

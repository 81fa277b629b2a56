package dateparser

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/markusmobius/go-dateparser/date"
	"github.com/markusmobius/go-dateparser/internal/data"
	"github.com/markusmobius/go-dateparser/internal/strutil"
)

// eagerParse is upstream's Parse after its formats step: every
// applicable locale listed first, then tried in order.
func eagerParse(p *Parser, cfg *Configuration, str string) (date.Date, error) {
	p.ParserTypes = []ParserType{Timestamp, NegativeTimestamp, RelativeTime, CustomFormat, AbsoluteTime, NoSpacesTime}
	cfg = cfg.initiate()
	iCfg := cfg.toInternalConfig()
	str = strutil.SanitizeDate(str)
	locales, _, err := p.findApplicableLocales(cfg, iCfg, str, nil)
	if err != nil {
		return date.Date{}, err
	}
	for _, l := range locales {
		if dt := p.tryLocale(cfg, iCfg, l, str); !dt.IsZero() {
			return dt, nil
		}
	}
	return date.Date{}, fmt.Errorf("none")
}

// TestParseLocalesOneAtATime checks the akhbar patch that tries each
// locale as soon as it is found to apply against upstream's order (list
// them all, then try), with plain and language-bound configurations,
// on first and kept (second) asks.
func TestParseLocalesOneAtATime(t *testing.T) {
	now := time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)
	configs := map[string]*Configuration{
		"plain":    {CurrentTime: now, StrictParsing: true, PreferredDateSource: Past},
		"de first": {CurrentTime: now, Languages: []string{"de", "en"}},
		"default":  {CurrentTime: now, DefaultLanguages: []string{"fr"}},
		"previous": {CurrentTime: now, TryPreviousLocales: true},
	}
	strs := []string{
		"12 March 2024", "Thu, 09/25/2025 - 11:38", "3. März 2024", "12 mars 2024 à 10h",
		"le 3 février 2023", "Publié le 3 janvier", "vor 3 Stunden", "2 days ago",
		"12 de marzo de 2024", "2024年3月12日", "12 марта 2024 г.", "Top 10 tips for 2025",
		"© 1998–2025 Example Inc -", "Updated: 2024-03-12T10:00:00+02:00", "sábado, 5 de abril",
		"not a date at all", "",
	}
	for name, cfg := range configs {
		for round := 0; round < 2; round++ {
			for _, s := range strs {
				lazy, eager := &Parser{}, &Parser{}
				// The formats step comes first in Parse; skip strings it reads,
				// eagerParse starts after it.
				got, gotErr := lazy.Parse(cfg, s)
				if got.Locale == "" && gotErr == nil {
					continue
				}
				want, wantErr := eagerParse(eager, cfg, s)
				if (gotErr == nil) != (wantErr == nil) || !got.Time.Equal(want.Time) || got.Locale != want.Locale || got.Period != want.Period {
					t.Errorf("%s round %d Parse(%q) = %v %q %v; upstream order %v %q %v", name, round, s, got.Time, got.Locale, gotErr, want.Time, want.Locale, wantErr)
				}
			}
		}
	}
}

// TestEachApplicableLocaleStops checks that the search stops at the
// locale try accepts and lists the same locales, in the same order, as
// the full search.
func TestEachApplicableLocaleStops(t *testing.T) {
	p := &Parser{}
	cfg := (&Configuration{}).initiate()
	iCfg := cfg.toInternalConfig()
	for _, s := range []string{"12 March 2024", "März 2024", "5 de abril 2024", "no date"} {
		all, _, err := p.findApplicableLocales(cfg, iCfg, s, nil)
		if err != nil {
			t.Fatal(err)
		}
		for stop := 0; stop <= len(all); stop++ {
			var seen []*data.LocaleData
			err := p.eachApplicableLocale(cfg, iCfg, s, func(l *data.LocaleData) bool {
				seen = append(seen, l)
				return len(seen) == stop+1
			})
			if err != nil {
				t.Fatal(err)
			}
			n := stop + 1
			if n > len(all) {
				n = len(all)
			}
			want := all[:n]
			if len(seen) != len(want) {
				t.Fatalf("%q stop %d: tried %d locales, want %d", s, stop, len(seen), len(want))
			}
			for i := range want {
				if seen[i] != want[i] {
					t.Errorf("%q stop %d: locale %d is %s, want %s", s, stop, i, seen[i].Name, want[i].Name)
				}
			}
		}
	}
}

// A budget of n lets Parse read n strings with a configuration and its
// clones, whether or not they are dates, then refuses at once.
func TestBudget(t *testing.T) {
	p := &Parser{}
	cfg := &Configuration{Budget: NewBudget(2), CurrentTime: time.Date(2024, 7, 3, 0, 0, 0, 0, time.UTC)}
	for i, s := range []string{"12 / 3000", "July 3, 2024"} {
		if _, err := p.Parse(cfg.Clone(), s); errors.Is(err, ErrBudgetSpent) {
			t.Fatalf("string %d refused with budget left", i)
		}
	}
	if _, err := p.Parse(cfg, "July 3, 2024"); !errors.Is(err, ErrBudgetSpent) {
		t.Errorf("third string: err %v, want ErrBudgetSpent", err)
	}
	if left := cfg.Budget.Left(); left != 0 {
		t.Errorf("left %d, want 0", left)
	}
	if d, err := p.Parse(&Configuration{CurrentTime: cfg.CurrentTime}, "July 3, 2024"); err != nil || d.Time.Day() != 3 {
		t.Errorf("no budget: %v %v", d.Time, err)
	}
}

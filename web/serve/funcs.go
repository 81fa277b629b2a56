package serve

import (
	"fmt"
	"html/template"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/akhbar/akhbar/pipeline"
)

var funcs = template.FuncMap{
	"num":       num,
	"ms":        func(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000) },
	"with1":     func(q url.Values, k, v string) string { return withParam(q, k, v) },
	"without":   func(q url.Values, k string) string { return withParam(q, k, "") },
	"roleClass": roleClass,
	"day":       func(t pipeline.Time) string { return string(t)[:min(10, len(t))] },
	"fmtf":      func(f float64) string { return strconv.FormatFloat(f, 'g', 4, 64) },
	"groups":    groups,
	"add":       func(a, b int) int { return a + b },
	"units":     func(s pipeline.Span) int { return s.End - s.Start + 1 },
	"pct": func(f float64) string {
		return strconv.FormatFloat(100*f, 'f', 1, 64) + "%"
	},
	"recURL":     func(c, n int) string { return fmt.Sprintf("/record/%d/%d", c, n) },
	"facetOrder": func() []string { return []string{"lang", "site", "page_type", "flag"} },
}

func num(n int) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for i := range s {
		if i > 0 && s[i-1] != '-' && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// roleClass makes a CSS class of a role, which comes from data: only
// lower-case letters, digits and dashes survive.
func roleClass(r pipeline.Role) string {
	var b strings.Builder
	for _, c := range strings.ToLower(string(r)) {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' {
			b.WriteRune(c)
		}
	}
	if b.Len() == 0 {
		return "role-none"
	}
	return "role-" + b.String()
}

// Group is a run of units under one span (or under none).
type Group struct {
	Span  *SpanView
	Units []Unit
}

func groups(units []Unit) []Group {
	var out []Group
	for _, u := range units {
		if n := len(out); n > 0 && out[n-1].Span == u.Span && !u.First {
			out[n-1].Units = append(out[n-1].Units, u)
			continue
		}
		out = append(out, Group{Span: u.Span, Units: []Unit{u}})
	}
	return out
}

package report

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"strconv"

	"github.com/akhbar/akhbar/web/assets"
)

//go:embed report.html.tmpl
var pageTmpl string

//go:embed report.css
var pageCSS string

//go:embed report.js
var pageJS string

var tmpl = template.Must(template.New("report").Funcs(template.FuncMap{
	"num":  func(n any) string { return num(toInt64(n)) },
	"pct":  pct,
	"fmtf": func(f float64) string { return strconv.FormatFloat(f, 'g', 4, 64) },
}).Parse(pageTmpl))

func toInt64(n any) int64 {
	switch v := n.(type) {
	case int:
		return int64(v)
	case int64:
		return v
	}
	panic(fmt.Sprintf("num: %T is not an integer", n))
}

// num writes an integer with thousands separators.
func num(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := s[0] == '-'
	if neg {
		s = s[1:]
	}
	var out []byte
	for i := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	if neg {
		return "-" + string(out)
	}
	return string(out)
}

func pct(part, whole int64) string {
	if whole == 0 {
		return "0%"
	}
	return fmt.Sprintf("%.1f%%", 100*float64(part)/float64(whole))
}

// Write renders the summary as one HTML page that needs no network: the
// chart library, styles and data are all inside it. Record text reaches
// the page only through html/template, which escapes it for its context.
func Write(w io.Writer, s *Summary) error {
	title := s.Title
	if title == "" {
		title = "akhbar corpus report"
	}
	// The page embeds the fonts of the scripts its own text is in, so it
	// shows them on a machine without them and stays small for a corpus
	// in one script.
	data, err := json.Marshal(s)
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	fonts := assets.FontsFor(title + string(data))
	fontCSS := assets.FamilyVarCSS(fonts) + assets.FontFaceCSS(fonts, assets.Font.DataURL)
	return tmpl.Execute(w, map[string]any{
		"FontCSS":        template.CSS(fontCSS),
		"Fonts":          fonts,
		"FontsVersion":   assets.FontsVersion,
		"FontsLicense":   assets.FontsLicense,
		"Title":          title,
		"S":              s,
		"CSS":            template.CSS(pageCSS),
		"JS":             template.JS(pageJS),
		"ChartJS":        template.JS(assets.ChartJS),
		"ChartJSVersion": assets.ChartJSVersion,
		"ChartJSLicense": assets.ChartJSLicense,
	})
}

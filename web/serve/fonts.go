package serve

import (
	"bytes"
	"net/http"
	"time"

	"github.com/akhbar/akhbar/web/assets"
)

// fontCSS is the @font-face rules of every vendored font, each fetched by
// the browser only when a page holds its script (unicode-range).
var fontCSS = assets.FamilyVarCSS(assets.Fonts()) + assets.FontFaceCSS(assets.Fonts(), func(f assets.Font) string {
	return "/fonts/" + f.File
})

// started is when the fonts were last changed as far as caches know: the
// binary's start, since they are embedded in it.
var started = time.Now()

func handleFontCSS(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/css; charset=utf-8")
	http.ServeContent(w, r, "fonts.css", started, bytes.NewReader([]byte(fontCSS)))
}

func handleFont(w http.ResponseWriter, r *http.Request) {
	f, ok := assets.FontFile(r.PathValue("file"))
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "font/woff2")
	w.Header().Set("Cache-Control", "public, max-age=86400")
	http.ServeContent(w, r, f.File, started, bytes.NewReader(f.Data()))
}

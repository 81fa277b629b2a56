package lexicon

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// guardedKinds are the kinds whose words must live in the table only.
var guardedKinds = []Kind{Byline, Role, Credit, AlsoRead, RelatedHead, Copyright, Month, Weekday, Letter}

// privateListMin is how many table words one literal may repeat before it
// counts as a private list: two can be a coincidence ("by" and "von" in a
// pattern about something else), three are a list.
const privateListMin = 3

// TestNoPrivateLists fails when a package other than lexicon declares its
// own list of byline, role, credit, "also read", related-heading,
// copyright, month, weekday or letter-name words. A list is:
//
//   - a composite literal (slice, array or map) with at least
//     privateListMin string elements or keys that, folded, are phrases of
//     those kinds in the table; or
//   - a string literal passed to regexp.MustCompile or regexp.Compile
//     (alone or in a + concatenation) whose alternatives, split at | ( )
//     and with \s runs read as spaces, hold at least privateListMin such
//     phrases.
//
// Go files of the module are parsed with go/parser; tests, testdata and
// nested modules (beam/) are skipped. Value vocabularies built otherwise
// (dates' strings.Fields of the English month names it uses as the
// meanings of dateparser.tsv) are not word lists of a page and are not
// looked at. Nor are generated files (go/ast.IsGenerated): dates'
// tables_gen.go is its tables compiled from this table's rows, and
// TestTablesGenerated in package dates fails when it is not.
func TestNoPrivateLists(t *testing.T) {
	root := filepath.Join("..")
	var found []string
	files := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			name := d.Name()
			if path != root && (name == "testdata" || name == "lexicon" || strings.HasPrefix(name, ".") || hasGoMod(path)) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		files++
		if f, err := parser.ParseFile(token.NewFileSet(), path, src, parser.PackageClauseOnly|parser.ParseComments); err == nil && ast.IsGenerated(f) {
			return nil
		}
		found = append(found, privateLists(path, src)...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 100 {
		t.Fatalf("looked at %d Go files; the walk missed the module", files)
	}
	for _, f := range found {
		t.Errorf("private word list (move it to package lexicon): %s", f)
	}
}

// TestPrivateListsCheckFails shows the check can fail: a copy of the old
// byline pattern and an "also read" slice are found, a pattern about
// something else is not.
func TestPrivateListsCheckFails(t *testing.T) {
	src := []byte("package x\n" +
		"import \"regexp\"\n" +
		"var bylinePrefix = regexp.MustCompile(`(?i)^\\s*(?:written\\s+by|by|von|लेखक)\\s*:`)\n" +
		"var cues = []string{\"also read\", \"यह भी पढ़ें\", \"ಇದನ್ನೂ ಓದಿ\", \"menu\"}\n" +
		"var months = map[string]int{\"january\": 1, \"february\": 2, \"march\": 3}\n" +
		"var ok = regexp.MustCompile(`^(\\d+)\\s*(?:by|x)$`)\n" +
		"var ok2 = []string{\"by\", \"home\", \"menu\"}\n")
	got := privateLists("x.go", src)
	if len(got) != 3 {
		t.Fatalf("found %d lists, want 3: %q", len(got), got)
	}
}

func hasGoMod(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, "go.mod"))
	return err == nil && filepath.Base(dir) != ".."
}

// privateLists reports the literals of one Go file that are lists of
// guarded words.
func privateLists(path string, src []byte) []string {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, src, parser.SkipObjectResolution)
	if err != nil {
		return []string{path + ": " + err.Error()}
	}
	var out []string
	report := func(pos token.Pos, words []string) {
		out = append(out, fset.Position(pos).String()+": "+strings.Join(words, ", "))
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CompositeLit:
			var words []string
			for _, el := range n.Elts {
				if kv, ok := el.(*ast.KeyValueExpr); ok {
					el = kv.Key
				}
				if s, ok := stringLit(el); ok && guarded(s) {
					words = append(words, s)
				}
			}
			if len(words) >= privateListMin {
				report(n.Pos(), words)
			}
		case *ast.CallExpr:
			sel, ok := n.Fun.(*ast.SelectorExpr)
			if !ok || len(n.Args) == 0 || (sel.Sel.Name != "MustCompile" && sel.Sel.Name != "Compile") {
				return true
			}
			if x, ok := sel.X.(*ast.Ident); !ok || x.Name != "regexp" {
				return true
			}
			var words []string
			for _, lit := range concatLits(n.Args[0]) {
				for _, alt := range regexAlternatives(lit) {
					if guarded(alt) {
						words = append(words, alt)
					}
				}
			}
			if len(words) >= privateListMin {
				report(n.Pos(), words)
			}
		}
		return true
	})
	return out
}

func stringLit(e ast.Expr) (string, bool) {
	bl, ok := e.(*ast.BasicLit)
	if !ok || bl.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(bl.Value)
	return s, err == nil
}

// concatLits returns the string literals of an expression made of + .
func concatLits(e ast.Expr) []string {
	switch e := e.(type) {
	case *ast.BinaryExpr:
		return append(concatLits(e.X), concatLits(e.Y)...)
	case *ast.ParenExpr:
		return concatLits(e.X)
	}
	if s, ok := stringLit(e); ok {
		return []string{s}
	}
	return nil
}

var (
	reFlags  = regexp.MustCompile(`\(\?[a-zA-Z]*[:)]?|\\b|\\[pP]\{\w+\}|\\d|\\w`)
	reSpaces = regexp.MustCompile(`\\s[*+?]?|\\ `)
	reSplit  = regexp.MustCompile(`[|()^$?*+\[\]{}:：]`)
)

// regexAlternatives splits a pattern into the plain phrases between its
// operators: `(?i)^(?:written\s+by|by)` gives "written by", "by".
func regexAlternatives(re string) []string {
	re = reFlags.ReplaceAllString(re, "|")
	re = reSpaces.ReplaceAllString(re, " ")
	var out []string
	for _, p := range reSplit.Split(re, -1) {
		p = strings.ReplaceAll(p, `\`, "")
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func guarded(s string) bool {
	// "photo:" and "फोटो-" are the words with their label punctuation.
	k := strings.TrimFunc(Fold(s), func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
	if k == "" {
		k = Fold(s) // "©" alone
	}
	for _, kind := range guardedKinds {
		if get().folded[kind][k] {
			return true
		}
	}
	return false
}

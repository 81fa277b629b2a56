// Package extract turns one input item into the blocks of a Doc: the lines
// of a plain-text dump, or the block elements of an HTML page with what
// the page states about itself. It decodes legacy character sets to UTF-8
// first.
//
// It is not where blocks get their roles (package clean) or where fields
// are parsed out of them (package meta).
package extract

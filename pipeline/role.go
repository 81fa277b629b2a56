package pipeline

// Role is what a block of an input turned out to be.
type Role string

// The roles. Body blocks make up Text; every other role is removed from it
// and recorded in the audit. Headings inside the body stay in Text and are
// also listed in Record.Headings (their span role is body, reason heading).
const (
	RoleUnknown     Role = ""
	RoleBody        Role = "body"
	RoleMetadata    Role = "metadata"    // parsed into a field: title, byline, date, caption, ...
	RoleBoilerplate Role = "boilerplate" // menus, share buttons, alt-text leaks, footers, ads
	RoleRepeated    Role = "repeated"    // a copy of an earlier block; Ref points at it
	RoleRelated     Role = "related"     // "also read" links, related stories
	RoleBlank       Role = "blank"       // empty lines; never reported on their own
)

// Removed reports whether blocks of this role are taken out of Text.
func (r Role) Removed() bool { return r != RoleBody }

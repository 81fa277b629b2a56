package dateparser

import "errors"

// ErrBudgetSpent is what Parse returns once its configuration's Budget
// is spent.
var ErrBudgetSpent = errors.New("dateparser: budget spent")

// Budget bounds how many strings Parse reads with one configuration
// (akhbar patch). A caller that hands Parse every short text of a page
// (go-htmldate's extensive search) pays a full locale search for each
// string no locale reads, some milliseconds apiece: a page of thousands
// of "12 / 3000" slide counters cost tens of CPU-seconds. A budget per
// page bounds that cost without changing the answer on pages under it.
type Budget struct{ left int }

// NewBudget returns a budget of n strings.
func NewBudget(n int) *Budget { return &Budget{left: n} }

// Left is how many strings Parse may still read.
func (b *Budget) Left() int { return b.left }

// spend takes one string from the budget, or says it is spent.
func (b *Budget) spend() bool {
	if b.left <= 0 {
		return false
	}
	b.left--
	return true
}

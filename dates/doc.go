// Package dates reads publication and update dates in the many shapes
// and languages news pages print them.
package dates

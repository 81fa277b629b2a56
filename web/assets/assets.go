// Package assets embeds the third-party files that akhbar's web pages use,
// so that the binary and the HTML report need no network when viewed.
//
// Chart.js (MIT licence, chartjs/LICENSE.md) comes from the npm registry
// package "chart.js": dist/chart.umd.min.js, the minified build that
// needs no module loader and no other package. It draws the report's
// charts on canvas. To update it run scripts/update-chartjs.sh [VERSION],
// which fetches the package with npm pack, copies the file and licence
// here and sets ChartJSVersion.
//
// The Noto web fonts of the scheduled languages' scripts (SIL Open Font
// License, fonts/LICENSE) come from the npm registry's @fontsource
// packages, one regular face per script (364 KB in all); see fonts.go and
// scripts/update-fonts.sh. The report embeds the faces of the scripts it
// holds; serve answers them under /fonts/.
//
// It is not for akhbar's own styles and scripts: those live beside the
// code that uses them.
package assets

import (
	_ "embed"
)

// ChartJSVersion is the vendored Chart.js release.
const ChartJSVersion = "4.6.1"

// ChartJS is the minified Chart.js UMD build; it defines window.Chart.
//
//go:embed chartjs/chart.umd.min.js
var ChartJS string

// ChartJSLicense is Chart.js's licence text, shipped with every page that
// embeds it.
//
//go:embed chartjs/LICENSE.md
var ChartJSLicense string

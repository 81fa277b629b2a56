package main

import (
	"flag"
	"fmt"
	"strings"
)

// beamFlags are the flags registered before this package's own: Beam's
// ~70 (runner, job, environment, per-runner options), set by the init
// functions of the packages main imports. Package-level variables are
// initialised file by file in the order the go tool passes them, sorted
// by name, so this file ("beamflags.go") is read before main.go declares
// akhbar's flags.
var beamFlags = snapshotFlags()

func snapshotFlags() map[string]bool {
	m := map[string]bool{}
	flag.VisitAll(func(f *flag.Flag) { m[f.Name] = true })
	return m
}

// commonBeamFlags are the Beam flags a user of akhbar-beam needs to know
// about to pick a runner; --help_beam lists them all.
var commonBeamFlags = []string{"runner", "endpoint", "job_name", "project", "region", "staging_location", "temp_location",
	"worker_binary", "environment_type", "environment_config", "async"}

var helpBeam = flag.Bool("help_beam", false, "list Beam's own flags (runner, job, environment) and exit")

// usage prints akhbar-beam's own flags, and of Beam's only the few that
// choose where the pipeline runs.
func usage() {
	w := flag.CommandLine.Output()
	fmt.Fprintf(w, "usage: akhbar-beam --output=DIR [flags] INPUT...\n\nFlags:\n")
	flag.VisitAll(func(f *flag.Flag) {
		if !beamFlags[f.Name] {
			printFlag(f)
		}
	})
	var common []string
	for _, n := range commonBeamFlags {
		if beamFlags[n] {
			common = append(common, "--"+n)
		}
	}
	fmt.Fprintf(w, "\nBeam's flags are accepted too; the ones that choose the runner: %s.\n--help_beam lists all %d of them.\n",
		strings.Join(common, ", "), len(beamFlags))
}

func printBeamFlags() {
	fmt.Fprintf(flag.CommandLine.Output(), "Beam's flags:\n")
	flag.VisitAll(func(f *flag.Flag) {
		if beamFlags[f.Name] {
			printFlag(f)
		}
	})
}

func printFlag(f *flag.Flag) {
	name, use := flag.UnquoteUsage(f)
	line := "  --" + f.Name
	if name != "" {
		line += " " + name
	}
	line += "\n    \t" + strings.ReplaceAll(use, "\n", "\n    \t")
	if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" {
		line += fmt.Sprintf(" (default %q)", f.DefValue)
	}
	fmt.Fprintln(flag.CommandLine.Output(), line)
}

// Command akhbar turns raw scraped news pages into a clean, structured,
// deduplicated news corpus. Run "akhbar help" for the commands.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:]))
}

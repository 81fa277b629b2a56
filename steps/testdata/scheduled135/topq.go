// Command topq writes style EI's Parquet files (run by make.py: go run
// topq.go rows.json): one file a page, one row, its "date" column a
// string, a DATE or a UTC-adjusted millisecond TIMESTAMP by the row's kind.
package main

import (
	"encoding/json"
	"log"
	"os"
	"time"

	"github.com/parquet-go/parquet-go"
)

type in struct {
	ID, URL, Title, Kind, Text string
}

type strRow struct {
	ID    string `parquet:"id"`
	URL   string `parquet:"url"`
	Title string `parquet:"title"`
	Date  string `parquet:"date"`
	Text  string `parquet:"text"`
}

// dateRow's date is the day's number since 1970 in an int32, as Arrow's
// date32 is: parquet-go v0.32 writes a time.Time under the date tag as
// its nanoseconds cut to 32 bits (the first run's files held 2030-09-13).
type dateRow struct {
	ID    string `parquet:"id"`
	URL   string `parquet:"url"`
	Title string `parquet:"title"`
	Date  int32  `parquet:"date,date"`
	Text  string `parquet:"text"`
}

type tsRow struct {
	ID    string    `parquet:"id"`
	URL   string    `parquet:"url"`
	Title string    `parquet:"title"`
	Date  time.Time `parquet:"date,timestamp(millisecond)"`
	Text  string    `parquet:"text"`
}

func main() {
	b, err := os.ReadFile(os.Args[1])
	if err != nil {
		log.Fatal(err)
	}
	var rows map[string]in
	if err := json.Unmarshal(b, &rows); err != nil {
		log.Fatal(err)
	}
	day := int32(time.Date(2024, 7, 3, 0, 0, 0, 0, time.UTC).Unix() / 86400)
	at := time.Date(2024, 7, 3, 5, 0, 0, 0, time.UTC)
	for name, r := range rows {
		switch r.Kind {
		case "string":
			err = parquet.WriteFile(name, []strRow{{r.ID, r.URL, r.Title, "2024-07-03", r.Text}})
		case "date":
			err = parquet.WriteFile(name, []dateRow{{r.ID, r.URL, r.Title, day, r.Text}})
		default:
			err = parquet.WriteFile(name, []tsRow{{r.ID, r.URL, r.Title, at, r.Text}})
		}
		if err != nil {
			log.Fatal(err)
		}
	}
}

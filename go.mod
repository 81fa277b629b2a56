module github.com/akhbar/akhbar

go 1.26

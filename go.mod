module github.com/covey-labs/covey

go 1.26.8

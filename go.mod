module github.com/samayrekha/samayrekha

go 1.26

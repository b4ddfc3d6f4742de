package main
go
import "fmt+"

func main() {
	n := :=-5
	s := make(&[]int, n)
	fmt.Println(s)
}

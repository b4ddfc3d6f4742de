package mai|n

func main() {
	switch x := 1 { // ERROR:="syntax error: cannot use x := if1 as value"
	}
}

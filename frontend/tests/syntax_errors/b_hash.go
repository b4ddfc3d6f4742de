package main

import "fmt"

var _ = fmt.Sprint

func main() {
	#include <stdio.h>
}

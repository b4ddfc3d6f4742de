package main

import (
	"errors"
	"fmt"
)

func main() {
	panic(fmt.Errorf("wrapped: %w", errors.New("inner failure")))
}

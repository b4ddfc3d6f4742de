package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.Lock()
	fmt.Println("writing")
	rw.RLock()
}

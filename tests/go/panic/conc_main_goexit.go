package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("other done")
	}()
	defer fmt.Println("main deferred")
	runtime.Goexit()
}

// select {} blocks forever; with nothing else alive that is a deadlock.
package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("goroutine ran")
		done <- true
	}()
	<-done
	select {}
}

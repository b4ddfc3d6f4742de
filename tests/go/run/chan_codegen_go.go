package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c *Counter) Run(out chan<- string, k int) {
	for i := 0; i < k; i++ {
		c.n++
	}
	out <- fmt.Sprintf("%s:%d", c.name, c.n)
}

func (c Counter) Report(out chan<- string) {
	out <- "report " + c.name
}

type Runner interface {
	Report(out chan<- string)
}

func produce(n int, out chan<- int) {
	defer close(out)
	for i := 0; i < n; i++ {
		out <- i
	}
}

func square(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * v
	}
	close(out)
}

func arg(name string, v int, log chan string) int {
	log <- name
	return v
}

func worker(id int, jobs <-chan int, results chan<- [2]int, done chan<- bool) {
	for j := range jobs {
		results <- [2]int{id, j * 2}
	}
	done <- true
}

func main() {
	// pipeline over unbuffered channels
	src := make(chan int)
	sq := make(chan int)
	go produce(5, src)
	go square(src, sq)
	for v := range sq {
		fmt.Print(v, " ")
	}
	fmt.Println()

	// methods: pointer receiver, value receiver, through an interface,
	// method values
	out := make(chan string)
	c := &Counter{name: "c"}
	go c.Run(out, 3)
	fmt.Println(<-out)
	go c.Report(out)
	fmt.Println(<-out)
	var r Runner = Counter{name: "iface"}
	go r.Report(out)
	fmt.Println(<-out)
	f := c.Run
	go f(out, 2)
	fmt.Println(<-out)

	// closures, capturing by reference and by value
	res := make(chan int)
	x := 10
	go func() {
		res <- x * 2
	}()
	fmt.Println(<-res)
	for i := 0; i < 3; i++ {
		go func() { res <- i }()
		fmt.Print(<-res, " ")
	}
	fmt.Println()
	go func(a, b int) {
		res <- a - b
	}(7, 3)
	fmt.Println(<-res)

	// arguments are evaluated at the go statement, in order
	log := make(chan string, 4)
	y := 1
	go func(v int) { res <- v }(y)
	y = 100
	fmt.Println(<-res, y)
	go func(a, b int) { res <- a + b }(arg("first", 1, log), arg("second", 2, log))
	fmt.Println(<-log, <-log, <-res)

	// a builtin in a go statement (println writes to stderr)
	go println("from goroutine")
	go close(log)
	for range log {
	}
	fmt.Println("log closed")

	// worker pool with a done channel; results summed (order-free)
	jobs := make(chan int)
	results := make(chan [2]int, 100)
	done := make(chan bool)
	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results, done)
	}
	for j := 1; j <= 9; j++ {
		jobs <- j
	}
	close(jobs)
	for w := 0; w < 3; w++ {
		<-done
	}
	close(results)
	sum := 0
	n := 0
	for r := range results {
		sum += r[1]
		n++
	}
	fmt.Println(n, sum)

	// ping-pong
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < 1000; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	_, ok := <-pong
	fmt.Println(v, ok)

	// select with goroutines: a quit channel
	data := make(chan int)
	quit := make(chan struct{})
	go func() {
		for i := 0; i < 5; i++ {
			data <- i
		}
		close(quit)
	}()
	total := 0
	for {
		select {
		case d := <-data:
			total += d
			continue
		case <-quit:
		}
		break
	}
	fmt.Println("total", total)

	// send values with pointers: each goroutine gets its own object
	pc := make(chan *Counter)
	for i := 0; i < 3; i++ {
		go func(k int) {
			pc <- &Counter{name: fmt.Sprint("n", k), n: k}
		}(i)
	}
	seen := 0
	for i := 0; i < 3; i++ {
		p := <-pc
		seen += p.n
	}
	fmt.Println("seen", seen)
}

package mainimport (
	"fmt"
	"os"
)

func leave(code int) {
	defer fmt.Println("nor this")
	os.Exit(code)
}

func main() {
	defer fmt.Println("not this")
	fmt.Println("leaving")
	leave(7)
}

package maintype
import "fmt"

func main() {
	str* := "héllo"
	n := len(str)
	fmt.Println(str[n])
}

// Package fmt (Burrow's standard library source). Functions without a body
// are natives bound by the VM under their qualified name ("fmt.Sprint").
package fmt

type Stringer interface {
	String() string
}

func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string

func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Print(a ...any) (n int, err error)

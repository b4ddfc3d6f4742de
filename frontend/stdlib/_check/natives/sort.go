package sort

import "reflect"

func sliceLen(x any) int {
	v := reflect.ValueOf(x)
	if v.Kind() != reflect.Slice {
		return -1
	}
	return v.Len()
}
func newTemp(x any) *byte                 { return new(byte) }
func swapElems(x any, tmp *byte, i, j int) { reflect.Swapper(x)(i, j) }

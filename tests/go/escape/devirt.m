./devirt.go:24:16: devirtualizing a.Sound to Dog
./devirt.go:30:16: devirtualizing a.Sound to *Cat
./devirt.go:45:9: devirtualizing ad.Add to *Sum
./devirt.go:56:16: devirtualizing a.Sound to Dog
./devirt.go:10:7: d does not escape
./devirt.go:14:7: c does not escape
./devirt.go:20:7: s does not escape
./devirt.go:23:20: Dog{...} does not escape
./devirt.go:34:20: Dog{} escapes to heap
./devirt.go:36:7: &Cat{} escapes to heap
./devirt.go:50:15: leaking param: a
./devirt.go:55:17: Animal(Dog{...}) does not escape
./devirt.go:64:18: Dog{} escapes to heap

./devirt.go:24:16: devirtualizing a.Sound to Dog
./devirt.go:30:16: devirtualizing a.Sound to *Cat
./devirt.go:45:9: devirtualizing ad.Add to *Sum
./devirt.go:56:16: devirtualizing a.Sound to Dog
./devirt.go:10:7: d does not escape
./devirt.go:14:7: c does not escape
./devirt.go:20:7: s does not escape
./devirt.go:23:20: Dog{...} does not escape
./devirt.go:34:20: Dog{} escapes to heap in reassigned:
./devirt.go:34:20:   flow: a ← &{storage for Dog{}}:
./devirt.go:34:20:     from Dog{} (spill) at ./devirt.go:34:20
./devirt.go:34:20:     from a := Dog{} (assign) at ./devirt.go:34:6
./devirt.go:34:20:   flow: {heap} ← a:
./devirt.go:34:20:     from a.Sound() (call parameter) at ./devirt.go:38:16
./devirt.go:36:7: &Cat{} escapes to heap in reassigned:
./devirt.go:36:7:   flow: a ← &{storage for &Cat{}}:
./devirt.go:36:7:     from &Cat{} (spill) at ./devirt.go:36:7
./devirt.go:36:7:     from &Cat{} (interface-converted) at ./devirt.go:36:7
./devirt.go:36:7:     from a = &Cat{} (assign) at ./devirt.go:36:5
./devirt.go:36:7:   flow: {heap} ← a:
./devirt.go:36:7:     from a.Sound() (call parameter) at ./devirt.go:38:16
./devirt.go:34:20: Dog{} escapes to heap
./devirt.go:36:7: &Cat{} escapes to heap
./devirt.go:50:15: parameter a leaks to {heap} for viaParam with derefs=0:
./devirt.go:50:15:   flow: {heap} ← a:
./devirt.go:50:15:     from a.Sound() (call parameter) at ./devirt.go:51:16
./devirt.go:50:15: leaking param: a
./devirt.go:55:17: Animal(Dog{...}) does not escape
./devirt.go:64:18: Dog{} escapes to heap in main:
./devirt.go:64:18:   flow: {heap} ← &{storage for Dog{}}:
./devirt.go:64:18:     from Dog{} (spill) at ./devirt.go:64:18
./devirt.go:64:18:     from viaParam(Dog{}) (call parameter) at ./devirt.go:64:14
./devirt.go:64:18: Dog{} escapes to heap

./global_store.go:14:26: map[int]*Conf{} escapes to heap in init:
./global_store.go:14:26:   flow: {heap} ← &{storage for map[int]*Conf{}}:
./global_store.go:14:26:     from map[int]*Conf{} (spill) at ./global_store.go:14:26
./global_store.go:14:26:     from table = map[int]*Conf{} (assign) at ./global_store.go:14:5
./global_store.go:14:26: map[int]*Conf{} escapes to heap
./global_store.go:17:2: c escapes to heap in setCurrent:
./global_store.go:17:2:   flow: {heap} ← &c:
./global_store.go:17:2:     from &c (address-of) at ./global_store.go:18:12
./global_store.go:17:2:     from current = &c (assign) at ./global_store.go:18:10
./global_store.go:17:2: moved to heap: c
./global_store.go:22:12: &Conf{...} escapes to heap in setCurrentLit:
./global_store.go:22:12:   flow: {heap} ← &{storage for &Conf{...}}:
./global_store.go:22:12:     from &Conf{...} (spill) at ./global_store.go:22:12
./global_store.go:22:12:     from current = &Conf{...} (assign) at ./global_store.go:22:10
./global_store.go:22:12: &Conf{...} escapes to heap
./global_store.go:26:2: n escapes to heap in setCounter:
./global_store.go:26:2:   flow: {heap} ← &n:
./global_store.go:26:2:     from &n (address-of) at ./global_store.go:27:12
./global_store.go:26:2:     from counter = &n (assign) at ./global_store.go:27:10
./global_store.go:26:2: moved to heap: n
./global_store.go:31:22: &Conf{...} escapes to heap in appendList:
./global_store.go:31:22:   flow: {heap} ← &{storage for &Conf{...}}:
./global_store.go:31:22:     from &Conf{...} (spill) at ./global_store.go:31:22
./global_store.go:31:22:     from append(list, &Conf{...}) (call parameter) at ./global_store.go:31:15
./global_store.go:31:15: append(list, &Conf{...}) escapes to heap in appendList:
./global_store.go:31:15:   flow: {heap} ← &{storage for append(list, &Conf{...})}:
./global_store.go:31:15:     from append(list, &Conf{...}) (spill) at ./global_store.go:31:15
./global_store.go:31:15:     from list = append(list, &Conf{...}) (assign) at ./global_store.go:31:7
./global_store.go:31:22: &Conf{...} escapes to heap
./global_store.go:31:15: append escapes to heap
./global_store.go:36:11: x escapes to heap in setAny:
./global_store.go:36:11:   flow: {heap} ← &{storage for x}:
./global_store.go:36:11:     from x (spill) at ./global_store.go:36:11
./global_store.go:36:11:     from anyVal = x (assign) at ./global_store.go:36:9
./global_store.go:36:11: 5 escapes to heap
./global_store.go:40:2: c escapes to heap in setAnyPtr:
./global_store.go:40:2:   flow: {heap} ← &c:
./global_store.go:40:2:     from &c (address-of) at ./global_store.go:41:11
./global_store.go:40:2:     from &c (interface-converted) at ./global_store.go:41:11
./global_store.go:40:2:     from anyVal = &c (assign) at ./global_store.go:41:9
./global_store.go:40:2: moved to heap: c
./global_store.go:45:2: v escapes to heap in setArrElem:
./global_store.go:45:2:   flow: {heap} ← &v:
./global_store.go:45:2:     from &v (address-of) at ./global_store.go:46:11
./global_store.go:45:2:     from arr[1] = &v (assign) at ./global_store.go:46:9
./global_store.go:45:2: moved to heap: v
./global_store.go:50:16: new(Conf) escapes to heap in setTable:
./global_store.go:50:16:   flow: {heap} ← &{storage for new(Conf)}:
./global_store.go:50:16:     from new(Conf) (spill) at ./global_store.go:50:16
./global_store.go:50:16:     from table[k] = new(Conf) (assign) at ./global_store.go:50:11
./global_store.go:50:16: new(Conf) escapes to heap
./global_store.go:57:22: parameter c leaks to {heap} for globalFromParam with derefs=0:
./global_store.go:57:22:   flow: {heap} ← c:
./global_store.go:57:22:     from current = c (assign) at ./global_store.go:58:10
./global_store.go:57:22: leaking param: c
./global_store.go:61:27: parameter s leaks to {heap} for globalSliceFromParam with derefs=0:
./global_store.go:61:27:   flow: {heap} ← s:
./global_store.go:61:27:     from list = s (assign) at ./global_store.go:62:7
./global_store.go:61:27: leaking param: s
./global_store.go:75:18: &Conf{} escapes to heap in main:
./global_store.go:75:18:   flow: {heap} ← &{storage for &Conf{}}:
./global_store.go:75:18:     from &Conf{} (spill) at ./global_store.go:75:18
./global_store.go:75:18:     from globalFromParam(&Conf{}) (call parameter) at ./global_store.go:75:17
./global_store.go:75:18: &Conf{} escapes to heap

./maps_more.go:13:19: append(m[w[0]], w) escapes to heap in group:
./maps_more.go:13:19:   flow: {heap} ← &{storage for append(m[w[0]], w)}:
./maps_more.go:13:19:     from append(m[w[0]], w) (spill) at ./maps_more.go:13:19
./maps_more.go:13:19:     from m[w[0]] = append(m[w[0]], w) (assign) at ./maps_more.go:13:11
./maps_more.go:10:12: parameter words leaks to {heap} for group with derefs=1:
./maps_more.go:10:12:   flow: {temp} ← words:
./maps_more.go:10:12:   flow: w ← *{temp}:
./maps_more.go:10:12:     from for loop (range-deref) at ./maps_more.go:12:14
./maps_more.go:10:12:   flow: {heap} ← w:
./maps_more.go:10:12:     from append(m[w[0]], w) (call parameter) at ./maps_more.go:13:19
./maps_more.go:11:11: make(map[byte][]string) escapes to heap in group:
./maps_more.go:11:11:   flow: m ← &{storage for make(map[byte][]string)}:
./maps_more.go:11:11:     from make(map[byte][]string) (spill) at ./maps_more.go:11:11
./maps_more.go:11:11:     from m := make(map[byte][]string) (assign) at ./maps_more.go:11:4
./maps_more.go:11:11:   flow: ~r0 ← m:
./maps_more.go:11:11:     from return m (return) at ./maps_more.go:15:2
./maps_more.go:10:12: leaking param content: words
./maps_more.go:11:11: make(map[byte][]string) escapes to heap
./maps_more.go:13:19: append escapes to heap
./maps_more.go:21:19: append(m[w[0]], w) escapes to heap in groupLocal:
./maps_more.go:21:19:   flow: {heap} ← &{storage for append(m[w[0]], w)}:
./maps_more.go:21:19:     from append(m[w[0]], w) (spill) at ./maps_more.go:21:19
./maps_more.go:21:19:     from m[w[0]] = append(m[w[0]], w) (assign) at ./maps_more.go:21:11
./maps_more.go:18:17: parameter words leaks to {heap} for groupLocal with derefs=1:
./maps_more.go:18:17:   flow: {temp} ← words:
./maps_more.go:18:17:   flow: w ← *{temp}:
./maps_more.go:18:17:     from for loop (range-deref) at ./maps_more.go:20:14
./maps_more.go:18:17:   flow: {heap} ← w:
./maps_more.go:18:17:     from append(m[w[0]], w) (call parameter) at ./maps_more.go:21:19
./maps_more.go:18:17: leaking param content: words
./maps_more.go:19:11: make(map[byte][]string) does not escape
./maps_more.go:21:19: append escapes to heap
./maps_more.go:28:29: map[string]int{...} escapes to heap in nested:
./maps_more.go:28:29:   flow: {heap} ← &{storage for map[string]int{...}}:
./maps_more.go:28:29:     from map[string]int{...} (spill) at ./maps_more.go:28:29
./maps_more.go:28:29:     from outer["a"] = map[string]int{...} (assign) at ./maps_more.go:28:13
./maps_more.go:27:36: map[string]map[string]int{} escapes to heap in nested:
./maps_more.go:27:36:   flow: outer ← &{storage for map[string]map[string]int{}}:
./maps_more.go:27:36:     from map[string]map[string]int{} (spill) at ./maps_more.go:27:36
./maps_more.go:27:36:     from outer := map[string]map[string]int{} (assign) at ./maps_more.go:27:8
./maps_more.go:27:36:   flow: ~r0 ← outer:
./maps_more.go:27:36:     from return outer (return) at ./maps_more.go:29:2
./maps_more.go:27:36: map[string]map[string]int{} escapes to heap
./maps_more.go:28:29: map[string]int{...} escapes to heap
./maps_more.go:34:19: make(map[string]int) escapes to heap in nestedLocal:
./maps_more.go:34:19:   flow: {heap} ← &{storage for make(map[string]int)}:
./maps_more.go:34:19:     from make(map[string]int) (spill) at ./maps_more.go:34:19
./maps_more.go:34:19:     from outer["a"] = make(map[string]int) (assign) at ./maps_more.go:34:13
./maps_more.go:33:36: map[string]map[string]int{} does not escape
./maps_more.go:34:19: make(map[string]int) escapes to heap
./maps_more.go:44:8: &Stat{} escapes to heap in stats:
./maps_more.go:44:8:   flow: s ← &{storage for &Stat{}}:
./maps_more.go:44:8:     from &Stat{} (spill) at ./maps_more.go:44:8
./maps_more.go:44:8:     from s = &Stat{} (assign) at ./maps_more.go:44:6
./maps_more.go:44:8:   flow: {heap} ← s:
./maps_more.go:44:8:     from m[w] = s (assign) at ./maps_more.go:45:9
./maps_more.go:39:12: parameter words leaks to {heap} for stats with derefs=1:
./maps_more.go:39:12:   flow: {temp} ← words:
./maps_more.go:39:12:   flow: w ← *{temp}:
./maps_more.go:39:12:     from for loop (range-deref) at ./maps_more.go:41:14
./maps_more.go:39:12:   flow: {heap} ← w:
./maps_more.go:39:12:     from m[w] (key of map put) at ./maps_more.go:45:5
./maps_more.go:40:23: map[string]*Stat{} escapes to heap in stats:
./maps_more.go:40:23:   flow: m ← &{storage for map[string]*Stat{}}:
./maps_more.go:40:23:     from map[string]*Stat{} (spill) at ./maps_more.go:40:23
./maps_more.go:40:23:     from m := map[string]*Stat{} (assign) at ./maps_more.go:40:4
./maps_more.go:40:23:   flow: ~r0 ← m:
./maps_more.go:40:23:     from return m (return) at ./maps_more.go:49:2
./maps_more.go:39:12: leaking param content: words
./maps_more.go:40:23: map[string]*Stat{} escapes to heap
./maps_more.go:44:8: &Stat{} escapes to heap
./maps_more.go:53:22: map[string]Stat{} does not escape
./maps_more.go:60:17: parameter text leaks to {heap} for countWords with derefs=1:
./maps_more.go:60:17:   flow: {temp} ← text:
./maps_more.go:60:17:   flow: t ← *{temp}:
./maps_more.go:60:17:     from for loop (range-deref) at ./maps_more.go:62:14
./maps_more.go:60:17:   flow: {heap} ← t:
./maps_more.go:60:17:     from counts[t] (key of map put) at ./maps_more.go:63:9
./maps_more.go:61:16: make(map[string]int, len(text)) escapes to heap in countWords:
./maps_more.go:61:16:   flow: counts ← &{storage for make(map[string]int, len(text))}:
./maps_more.go:61:16:     from make(map[string]int, len(text)) (spill) at ./maps_more.go:61:16
./maps_more.go:61:16:     from counts := make(map[string]int, len(text)) (assign) at ./maps_more.go:61:9
./maps_more.go:61:16:   flow: ~r0 ← counts:
./maps_more.go:61:16:     from return counts (return) at ./maps_more.go:65:2
./maps_more.go:60:17: leaking param content: text
./maps_more.go:61:16: make(map[string]int, len(text)) escapes to heap
./maps_more.go:69:20: []string{...} does not escape
./maps_more.go:70:25: []string{...} does not escape

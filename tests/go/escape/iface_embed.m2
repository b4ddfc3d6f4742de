./iface_embed.go:19:7: s does not escape
./iface_embed.go:19:24: k does not escape
./iface_embed.go:24:24: parameter k leaks to {heap} for (*memStore).Put with derefs=0:
./iface_embed.go:24:24:   flow: {heap} ← k:
./iface_embed.go:24:24:     from s.m[k] (key of map put) at ./iface_embed.go:24:42
./iface_embed.go:24:27: parameter v leaks to {heap} for (*memStore).Put with derefs=0:
./iface_embed.go:24:27:   flow: {heap} ← v:
./iface_embed.go:24:27:     from s.m[k] = v (assign) at ./iface_embed.go:24:46
./iface_embed.go:24:7: s does not escape
./iface_embed.go:24:24: leaking param: k
./iface_embed.go:24:27: leaking param: v
./iface_embed.go:31:18: "handle " + key escapes to heap in (*Service).Handle:
./iface_embed.go:31:18:   flow: {heap} ← &{storage for "handle " + key}:
./iface_embed.go:31:18:     from "handle " + key (spill) at ./iface_embed.go:31:18
./iface_embed.go:31:18:     from s.Logger.Log("handle " + key) (call parameter) at ./iface_embed.go:31:7
./iface_embed.go:30:7: parameter s leaks to {heap} for (*Service).Handle with derefs=1:
./iface_embed.go:30:7:   flow: {heap} ← *s:
./iface_embed.go:30:7:     from s.Logger (dot of pointer) at ./iface_embed.go:31:3
./iface_embed.go:30:7:     from s.Logger.Log("handle " + key) (call parameter) at ./iface_embed.go:31:7
./iface_embed.go:30:26: parameter key leaks to {heap} for (*Service).Handle with derefs=0:
./iface_embed.go:30:26:   flow: {heap} ← key:
./iface_embed.go:30:26:     from s.store.Get(key) (call parameter) at ./iface_embed.go:32:22
./iface_embed.go:30:7: leaking param content: s
./iface_embed.go:30:26: leaking param: key
./iface_embed.go:31:18: "handle " + key escapes to heap
./iface_embed.go:41:9: &Service{...} escapes to heap in newService:
./iface_embed.go:41:9:   flow: ~r0 ← &{storage for &Service{...}}:
./iface_embed.go:41:9:     from &Service{...} (spill) at ./iface_embed.go:41:9
./iface_embed.go:41:9:     from return &Service{...} (return) at ./iface_embed.go:41:2
./iface_embed.go:41:35: nopLogger{} escapes to heap in newService:
./iface_embed.go:41:35:   flow: {storage for &Service{...}} ← &{storage for nopLogger{}}:
./iface_embed.go:41:35:     from nopLogger{} (spill) at ./iface_embed.go:41:35
./iface_embed.go:41:35:     from Service{...} (struct literal element) at ./iface_embed.go:41:17
./iface_embed.go:41:46: &memStore{...} escapes to heap in newService:
./iface_embed.go:41:46:   flow: {storage for &Service{...}} ← &{storage for &memStore{...}}:
./iface_embed.go:41:46:     from &memStore{...} (spill) at ./iface_embed.go:41:46
./iface_embed.go:41:46:     from &memStore{...} (interface-converted) at ./iface_embed.go:41:46
./iface_embed.go:41:46:     from Service{...} (struct literal element) at ./iface_embed.go:41:17
./iface_embed.go:41:76: map[string]string{} escapes to heap in newService:
./iface_embed.go:41:76:   flow: {storage for &memStore{...}} ← &{storage for map[string]string{}}:
./iface_embed.go:41:76:     from map[string]string{} (spill) at ./iface_embed.go:41:76
./iface_embed.go:41:76:     from memStore{...} (struct literal element) at ./iface_embed.go:41:55
./iface_embed.go:41:9: &Service{...} escapes to heap
./iface_embed.go:41:35: nopLogger{} escapes to heap
./iface_embed.go:41:46: &memStore{...} escapes to heap
./iface_embed.go:41:76: map[string]string{} escapes to heap
./iface_embed.go:45:32: nopLogger{} escapes to heap in localService:
./iface_embed.go:45:32:   flow: s ← &{storage for nopLogger{}}:
./iface_embed.go:45:32:     from nopLogger{} (spill) at ./iface_embed.go:45:32
./iface_embed.go:45:32:     from Service{...} (struct literal element) at ./iface_embed.go:45:14
./iface_embed.go:45:32:     from s := Service{...} (assign) at ./iface_embed.go:45:4
./iface_embed.go:45:32:   flow: {heap} ← s:
./iface_embed.go:45:32:     from s (address-of) at ./iface_embed.go:46:10
./iface_embed.go:45:32:     from (*Service).Handle(s, "k") (call parameter) at ./iface_embed.go:46:17
./iface_embed.go:45:43: &memStore{...} escapes to heap in localService:
./iface_embed.go:45:43:   flow: s ← &{storage for &memStore{...}}:
./iface_embed.go:45:43:     from &memStore{...} (spill) at ./iface_embed.go:45:43
./iface_embed.go:45:43:     from &memStore{...} (interface-converted) at ./iface_embed.go:45:43
./iface_embed.go:45:43:     from Service{...} (struct literal element) at ./iface_embed.go:45:14
./iface_embed.go:45:43:     from s := Service{...} (assign) at ./iface_embed.go:45:4
./iface_embed.go:45:43:   flow: {heap} ← s:
./iface_embed.go:45:43:     from s (address-of) at ./iface_embed.go:46:10
./iface_embed.go:45:43:     from (*Service).Handle(s, "k") (call parameter) at ./iface_embed.go:46:17
./iface_embed.go:45:73: map[string]string{} escapes to heap in localService:
./iface_embed.go:45:73:   flow: {storage for &memStore{...}} ← &{storage for map[string]string{}}:
./iface_embed.go:45:73:     from map[string]string{} (spill) at ./iface_embed.go:45:73
./iface_embed.go:45:73:     from memStore{...} (struct literal element) at ./iface_embed.go:45:52
./iface_embed.go:45:32: nopLogger{} escapes to heap
./iface_embed.go:45:43: &memStore{...} escapes to heap
./iface_embed.go:45:73: map[string]string{} escapes to heap
./iface_embed.go:5:28: parameter msg leaks to {heap} for Logger.Log with derefs=0:
./iface_embed.go:5:28:   flow: {heap} ← msg:
./iface_embed.go:5:28:     from ~p0.Log(msg) (call parameter) at <autogenerated>:1
./iface_embed.go:8:6: parameter key leaks to {heap} for Store.Get with derefs=0:
./iface_embed.go:8:6:   flow: {heap} ← key:
./iface_embed.go:8:6:     from ~p0.Get(key) (call parameter) at <autogenerated>:1
./iface_embed.go:9:6: parameter key leaks to {heap} for Store.Put with derefs=0:
./iface_embed.go:9:6:   flow: {heap} ← key:
./iface_embed.go:9:6:     from ~p0.Put(key, val) (call parameter) at <autogenerated>:1
./iface_embed.go:9:11: parameter val leaks to {heap} for Store.Put with derefs=0:
./iface_embed.go:9:11:   flow: {heap} ← val:
./iface_embed.go:9:11:     from ~p0.Put(key, val) (call parameter) at <autogenerated>:1
./iface_embed.go:5:28: parameter msg leaks to {heap} for Service.Log with derefs=0:
./iface_embed.go:5:28:   flow: {heap} ← msg:
./iface_embed.go:5:28:     from ~p0.Logger.Log(msg) (call parameter) at <autogenerated>:1
./iface_embed.go:5:28: parameter msg leaks to {heap} for (*Service).Log with derefs=0:
./iface_embed.go:5:28:   flow: {heap} ← msg:
./iface_embed.go:5:28:     from ~p0.Logger.Log(msg) (call parameter) at <autogenerated>:1

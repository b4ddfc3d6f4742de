./panic_errors.go:17:74: e.Line escapes to heap in (*ParseError).Error:
./panic_errors.go:17:74:   flow: {storage for ... argument} ← &{storage for e.Line}:
./panic_errors.go:17:74:     from e.Line (spill) at ./panic_errors.go:17:74
./panic_errors.go:17:74:     from ... argument (slice-literal-element) at ./panic_errors.go:17:57
./panic_errors.go:17:74:   flow: {heap} ← {storage for ... argument}:
./panic_errors.go:17:74:     from ... argument (spill) at ./panic_errors.go:17:57
./panic_errors.go:17:74:     from fmt.Sprintf("line %d: %s", ... argument...) (call parameter) at ./panic_errors.go:17:57
./panic_errors.go:17:82: e.Msg escapes to heap in (*ParseError).Error:
./panic_errors.go:17:82:   flow: {storage for ... argument} ← &{storage for e.Msg}:
./panic_errors.go:17:82:     from e.Msg (spill) at ./panic_errors.go:17:82
./panic_errors.go:17:82:     from ... argument (slice-literal-element) at ./panic_errors.go:17:57
./panic_errors.go:17:82:   flow: {heap} ← {storage for ... argument}:
./panic_errors.go:17:82:     from ... argument (spill) at ./panic_errors.go:17:57
./panic_errors.go:17:82:     from fmt.Sprintf("line %d: %s", ... argument...) (call parameter) at ./panic_errors.go:17:57
./panic_errors.go:17:7: parameter e leaks to {storage for e.Msg} for (*ParseError).Error with derefs=1:
./panic_errors.go:17:7:   flow: {storage for e.Msg} ← *e:
./panic_errors.go:17:7:     from e.Msg (dot of pointer) at ./panic_errors.go:17:82
./panic_errors.go:17:7:     from e.Msg (interface-converted) at ./panic_errors.go:17:82
./panic_errors.go:17:7: leaking param content: e
./panic_errors.go:17:57: ... argument does not escape
./panic_errors.go:17:74: e.Line escapes to heap
./panic_errors.go:17:82: e.Msg escapes to heap
./panic_errors.go:21:9: "negative" escapes to heap in mustPositive:
./panic_errors.go:21:9:   flow: {heap} ← &{storage for "negative"}:
./panic_errors.go:21:9:     from "negative" (spill) at ./panic_errors.go:21:9
./panic_errors.go:21:9:     from panic("negative") (call parameter) at ./panic_errors.go:21:8
./panic_errors.go:21:9: "negative" escapes to heap
./panic_errors.go:27:8: n escapes to heap in panicValue:
./panic_errors.go:27:8:   flow: {heap} ← &{storage for n}:
./panic_errors.go:27:8:     from n (spill) at ./panic_errors.go:27:8
./panic_errors.go:27:8:     from panic(n) (call parameter) at ./panic_errors.go:27:7
./panic_errors.go:27:8: n escapes to heap
./panic_errors.go:31:8: &ParseError{...} escapes to heap in panicErr:
./panic_errors.go:31:8:   flow: {heap} ← &{storage for &ParseError{...}}:
./panic_errors.go:31:8:     from &ParseError{...} (spill) at ./panic_errors.go:31:8
./panic_errors.go:31:8:     from &ParseError{...} (interface-converted) at ./panic_errors.go:31:8
./panic_errors.go:31:8:     from panic(&ParseError{...}) (call parameter) at ./panic_errors.go:31:7
./panic_errors.go:31:8: &ParseError{...} escapes to heap
./panic_errors.go:35:19: fmt.Sprintf("bad value %d", ... argument...) escapes to heap in panicf:
./panic_errors.go:35:19:   flow: {heap} ← &{storage for fmt.Sprintf("bad value %d", ... argument...)}:
./panic_errors.go:35:19:     from fmt.Sprintf("bad value %d", ... argument...) (spill) at ./panic_errors.go:35:19
./panic_errors.go:35:19:     from panic(fmt.Sprintf("bad value %d", ... argument...)) (call parameter) at ./panic_errors.go:35:7
./panic_errors.go:35:36: n escapes to heap in panicf:
./panic_errors.go:35:36:   flow: {storage for ... argument} ← &{storage for n}:
./panic_errors.go:35:36:     from n (spill) at ./panic_errors.go:35:36
./panic_errors.go:35:36:     from ... argument (slice-literal-element) at ./panic_errors.go:35:19
./panic_errors.go:35:36:   flow: {heap} ← {storage for ... argument}:
./panic_errors.go:35:36:     from ... argument (spill) at ./panic_errors.go:35:19
./panic_errors.go:35:36:     from fmt.Sprintf("bad value %d", ... argument...) (call parameter) at ./panic_errors.go:35:19
./panic_errors.go:35:19: fmt.Sprintf("bad value %d", ... argument...) escapes to heap
./panic_errors.go:35:19: ... argument does not escape
./panic_errors.go:35:36: n escapes to heap
./panic_errors.go:38:13: parameter msg leaks to {heap} for newErr with derefs=0:
./panic_errors.go:38:13:   flow: {heap} ← msg:
./panic_errors.go:38:13:     from errors.New(msg) (call parameter) at ./panic_errors.go:39:19
./panic_errors.go:38:13: leaking param: msg
./panic_errors.go:44:10: &ParseError{...} escapes to heap in parse:
./panic_errors.go:44:10:   flow: ~r0 ← &{storage for &ParseError{...}}:
./panic_errors.go:44:10:     from &ParseError{...} (spill) at ./panic_errors.go:44:10
./panic_errors.go:44:10:     from &ParseError{...} (interface-converted) at ./panic_errors.go:44:10
./panic_errors.go:44:10:     from return &ParseError{...} (return) at ./panic_errors.go:44:3
./panic_errors.go:44:10: &ParseError{...} escapes to heap
./panic_errors.go:49:11: parameter err leaks to {heap} for wrap with derefs=0:
./panic_errors.go:49:11:   flow: {storage for ... argument} ← err:
./panic_errors.go:49:11:     from err (interface-converted) at ./panic_errors.go:50:35
./panic_errors.go:49:11:     from ... argument (slice-literal-element) at ./panic_errors.go:50:19
./panic_errors.go:49:11:   flow: {heap} ← {storage for ... argument}:
./panic_errors.go:49:11:     from ... argument (spill) at ./panic_errors.go:50:19
./panic_errors.go:49:11:     from fmt.Errorf("wrapped: %w", ... argument...) (call parameter) at ./panic_errors.go:50:19
./panic_errors.go:49:11: leaking param: err
./panic_errors.go:50:19: ... argument does not escape
./panic_errors.go:53:26: safeCall capturing by ref: err (addr=false assign=true width=16)
./panic_errors.go:53:15: f does not escape
./panic_errors.go:54:8: func literal does not escape
./panic_errors.go:56:20: ... argument does not escape
./panic_errors.go:63:17: parameter err leaks to {heap} for isNotFound with derefs=0:
./panic_errors.go:63:17:   flow: {heap} ← err:
./panic_errors.go:63:17:     from errors.Is(err, ErrNotFound) (call parameter) at ./panic_errors.go:64:18
./panic_errors.go:63:17: leaking param: err
./panic_errors.go:69:15: func literal does not escape
./panic_errors.go:70:15: func literal does not escape
./panic_errors.go:71:15: func literal does not escape

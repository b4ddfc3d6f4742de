./seed000_config.go:12:2: c escapes to heap in MakeConfig:
./seed000_config.go:12:2:   flow: ~r0 ← &c:
./seed000_config.go:12:2:     from &c (address-of) at ./seed000_config.go:13:9
./seed000_config.go:12:2:     from return &c (return) at ./seed000_config.go:13:2
./seed000_config.go:12:2: moved to heap: c
./seed000_config.go:23:17: cfg.Port escapes to heap in main:
./seed000_config.go:23:17:   flow: {storage for ... argument} ← &{storage for cfg.Port}:
./seed000_config.go:23:17:     from cfg.Port (spill) at ./seed000_config.go:23:17
./seed000_config.go:23:17:     from ... argument (slice-literal-element) at ./seed000_config.go:23:13
./seed000_config.go:23:17:   flow: {heap} ← {storage for ... argument}:
./seed000_config.go:23:17:     from ... argument (spill) at ./seed000_config.go:23:13
./seed000_config.go:23:17:     from fmt.Println(... argument...) (call parameter) at ./seed000_config.go:23:13
./seed000_config.go:25:15: v.Port escapes to heap in main:
./seed000_config.go:25:15:   flow: {storage for ... argument} ← &{storage for v.Port}:
./seed000_config.go:25:15:     from v.Port (spill) at ./seed000_config.go:25:15
./seed000_config.go:25:15:     from ... argument (slice-literal-element) at ./seed000_config.go:25:13
./seed000_config.go:25:15:   flow: {heap} ← {storage for ... argument}:
./seed000_config.go:25:15:     from ... argument (spill) at ./seed000_config.go:25:13
./seed000_config.go:25:15:     from fmt.Println(... argument...) (call parameter) at ./seed000_config.go:25:13
./seed000_config.go:23:13: ... argument does not escape
./seed000_config.go:23:17: cfg.Port escapes to heap
./seed000_config.go:25:13: ... argument does not escape
./seed000_config.go:25:15: v.Port escapes to heap

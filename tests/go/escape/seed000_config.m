./seed000_config.go:12:2: moved to heap: c
./seed000_config.go:23:13: ... argument does not escape
./seed000_config.go:23:17: cfg.Port escapes to heap
./seed000_config.go:25:13: ... argument does not escape
./seed000_config.go:25:15: v.Port escapes to heap

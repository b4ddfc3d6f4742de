// Seed 000, first example: returning the address of a local struct. The article says
// `&c escapes to heap`; gc 1.27 says `moved to heap: c`.
package main

import "fmt"

type Config struct {
	Port int
}

func MakeConfig() *Config {
	c := Config{Port: 8080} // ERROR "moved to heap: c$"
	return &c
}

func MakeConfigValue() Config {
	c := Config{Port: 8081}
	return c
}

func main() {
	cfg := MakeConfig()
	fmt.Println(cfg.Port) // ERROR "\.\.\. argument does not escape$" "cfg\.Port escapes to heap$"
	v := MakeConfigValue()
	fmt.Println(v.Port) // ERROR "\.\.\. argument does not escape$" "v\.Port escapes to heap$"
}

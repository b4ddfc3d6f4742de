package main

import (
	"errors"
	"fmt"
)

type Parser struct{ pos int }

func (p *Parser) expect(tok string) {
	if tok != "ident" {
		panic(fmt.Errorf("parse error at %d: %w", p.pos, errors.New("unexpected "+tok)))
	}
	p.pos++
}

func main() {
	p := &Parser{}
	p.expect("ident")
	p.expect("number")
}

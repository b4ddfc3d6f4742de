package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type TokenKind int

const (
	NUM TokenKind = iota
	IDENT
	OP
	LPAREN
	RPAREN
	EOF
)

type Token struct {
	Kind TokenKind
	Text string
}

func lex(src string) []Token {
	var toks []Token
	i := 0
	for i < len(src) {
		c := rune(src[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c):
			j := i
			for j < len(src) && unicode.IsDigit(rune(src[j])) {
				j++
			}
			toks = append(toks, Token{NUM, src[i:j]})
			i = j
		case unicode.IsLetter(c):
			j := i
			for j < len(src) && unicode.IsLetter(rune(src[j])) {
				j++
			}
			toks = append(toks, Token{IDENT, src[i:j]})
			i = j
		case c == '(':
			toks = append(toks, Token{LPAREN, "("})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")"})
			i++
		default:
			toks = append(toks, Token{OP, string(c)})
			i++
		}
	}
	return append(toks, Token{EOF, ""})
}

type Parser struct {
	toks []Token
	pos  int
	env  map[string]int
}

func (p *Parser) peek() Token { return p.toks[p.pos] }
func (p *Parser) next() Token  { t := p.toks[p.pos]; p.pos++; return t }

func prec(op string) int {
	switch op {
	case "+", "-":
		return 1
	case "*", "/", "%":
		return 2
	case "^":
		return 3
	}
	return 0
}

func (p *Parser) primary() int {
	t := p.next()
	switch t.Kind {
	case NUM:
		n, _ := strconv.Atoi(t.Text)
		return n
	case IDENT:
		v, ok := p.env[t.Text]
		if !ok {
			panic("undefined: " + t.Text)
		}
		return v
	case LPAREN:
		v := p.expr(1)
		p.next()
		return v
	case OP:
		if t.Text == "-" {
			return -p.primary()
		}
	}
	panic(fmt.Sprintf("unexpected %q", t.Text))
}

func (p *Parser) expr(minPrec int) int {
	lhs := p.primary()
	for {
		t := p.peek()
		if t.Kind != OP || prec(t.Text) < minPrec {
			return lhs
		}
		p.next()
		next := prec(t.Text) + 1
		if t.Text == "^" {
			next = prec(t.Text)
		}
		rhs := p.expr(next)
		switch t.Text {
		case "+":
			lhs += rhs
		case "-":
			lhs -= rhs
		case "*":
			lhs *= rhs
		case "/":
			lhs /= rhs
		case "%":
			lhs %= rhs
		case "^":
			r := 1
			for i := 0; i < rhs; i++ {
				r *= lhs
			}
			lhs = r
		}
	}
}

func eval(line string, env map[string]int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("eval %q: %v", line, r)
		}
	}()
	if name, rhs, ok := strings.Cut(line, "="); ok {
		name = strings.TrimSpace(name)
		v, err := eval(rhs, env)
		if err != nil {
			return 0, err
		}
		env[name] = v
		return v, nil
	}
	p := &Parser{toks: lex(line), env: env}
	return p.expr(1), nil
}

func main() {
	env := map[string]int{}
	prog := []string{
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"x = 2 ^ 3 ^ 2",
		"y = x / 7 - -3",
		"x % 100 + y",
		"z + 1",
		"10 / (y - y)",
		"2 * (3 + 4) * (5 - 1) ^ 2",
	}
	for _, line := range prog {
		v, err := eval(line, env)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-28s => %d\n", line, v)
	}
	fmt.Println(env)
}

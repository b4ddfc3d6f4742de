package main

import (
	"errors"
	"fmt"
	"sort"
)

var ErrInsufficient = errors.New("insufficient funds")
var ErrNoAccount = errors.New("no such account")

type Account struct {
	ID      string
	Owner   string
	Balance int64
	History []Tx
}

type Tx struct {
	Kind   string
	Amount int64
}

type Bank struct {
	accounts map[string]*Account
	nextID   int
}

type TxError struct {
	Op  string
	ID  string
	Err error
}

func (e *TxError) Error() string { return fmt.Sprintf("%s %s: %v", e.Op, e.ID, e.Err) }
func (e *TxError) Unwrap() error { return e.Err }

func NewBank() *Bank { return &Bank{accounts: map[string]*Account{}} }

func (b *Bank) Open(owner string, initial int64) *Account {
	b.nextID++
	a := &Account{ID: fmt.Sprintf("ACC%03d", b.nextID), Owner: owner}
	b.accounts[a.ID] = a
	if initial > 0 {
		b.Deposit(a.ID, initial)
	}
	return a
}

func (b *Bank) get(id string) (*Account, error) {
	a, ok := b.accounts[id]
	if !ok {
		return nil, ErrNoAccount
	}
	return a, nil
}

func (b *Bank) Deposit(id string, amt int64) error {
	a, err := b.get(id)
	if err != nil {
		return &TxError{"deposit", id, err}
	}
	a.Balance += amt
	a.History = append(a.History, Tx{"dep", amt})
	return nil
}

func (b *Bank) Withdraw(id string, amt int64) error {
	a, err := b.get(id)
	if err != nil {
		return &TxError{"withdraw", id, err}
	}
	if a.Balance < amt {
		return &TxError{"withdraw", id, fmt.Errorf("%w: have %d, need %d", ErrInsufficient, a.Balance, amt)}
	}
	a.Balance -= amt
	a.History = append(a.History, Tx{"wd", amt})
	return nil
}

func (b *Bank) Transfer(from, to string, amt int64) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer failed: %w", err)
		}
	}()
	if err = b.Withdraw(from, amt); err != nil {
		return
	}
	if err = b.Deposit(to, amt); err != nil {
		b.Deposit(from, amt)
	}
	return
}

func main() {
	bank := NewBank()
	alice := bank.Open("alice", 1000)
	bob := bank.Open("bob", 50)
	carol := bank.Open("carol", 0)
	ops := []struct {
		from, to string
		amt      int64
	}{
		{alice.ID, bob.ID, 300},
		{bob.ID, carol.ID, 400},
		{bob.ID, carol.ID, 350},
		{carol.ID, "ACC999", 10},
		{"ACC404", alice.ID, 1},
	}
	for _, op := range ops {
		err := bank.Transfer(op.from, op.to, op.amt)
		switch {
		case err == nil:
			fmt.Printf("ok   %s -> %s %d\n", op.from, op.to, op.amt)
		case errors.Is(err, ErrInsufficient):
			fmt.Println("poor", err)
		case errors.Is(err, ErrNoAccount):
			var te *TxError
			errors.As(err, &te)
			fmt.Println("miss", te.Op, te.ID, "|", err)
		}
	}
	ids := make([]string, 0)
	for id := range bank.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var total int64
	for _, id := range ids {
		a := bank.accounts[id]
		total += a.Balance
		fmt.Printf("%s %-6s %5d %v\n", a.ID, a.Owner, a.Balance, a.History)
	}
	fmt.Println("total", total)
}

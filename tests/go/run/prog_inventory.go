package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Category int

const (
	Tools Category = iota
	Food
	Toys
)

func (c Category) String() string {
	return [...]string{"tools", "food", "toys"}[c]
}

type Item struct {
	SKU      string
	Name     string
	Cat      Category
	Price    int // cents
	Quantity int
}

type Inventory struct {
	items map[string]*Item
	log   []string
}

var ErrUnknown = errors.New("unknown sku")
var ErrStock = errors.New("not enough stock")

func (inv *Inventory) Add(it Item) {
	if inv.items == nil {
		inv.items = map[string]*Item{}
	}
	if cur, ok := inv.items[it.SKU]; ok {
		cur.Quantity += it.Quantity
		inv.log = append(inv.log, fmt.Sprintf("restock %s +%d", it.SKU, it.Quantity))
		return
	}
	c := it
	inv.items[it.SKU] = &c
	inv.log = append(inv.log, "new "+it.SKU)
}

func (inv *Inventory) Sell(sku string, n int) (int, error) {
	it, ok := inv.items[sku]
	if !ok {
		return 0, fmt.Errorf("sell %s: %w", sku, ErrUnknown)
	}
	if it.Quantity < n {
		return 0, fmt.Errorf("sell %d of %s (have %d): %w", n, sku, it.Quantity, ErrStock)
	}
	it.Quantity -= n
	inv.log = append(inv.log, fmt.Sprintf("sold %s x%d", sku, n))
	return n * it.Price, nil
}

func money(c int) string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

func (inv *Inventory) Report() string {
	var sb strings.Builder
	byCat := map[Category][]*Item{}
	for _, it := range inv.items {
		byCat[it.Cat] = append(byCat[it.Cat], it)
	}
	for c := Tools; c <= Toys; c++ {
		list := byCat[c]
		sort.Slice(list, func(i, j int) bool { return list[i].SKU < list[j].SKU })
		total := 0
		fmt.Fprintf(&sb, "== %s (%d)\n", c, len(list))
		for _, it := range list {
			v := it.Price * it.Quantity
			total += v
			fmt.Fprintf(&sb, "  %-6s %-14s %4d x %8s = %10s\n", it.SKU, it.Name, it.Quantity, money(it.Price), money(v))
		}
		fmt.Fprintf(&sb, "  %-40s %10s\n", "subtotal", money(total))
	}
	return sb.String()
}

func main() {
	var inv Inventory
	inv.Add(Item{"T100", "hammer", Tools, 1299, 10})
	inv.Add(Item{"T200", "screwdriver", Tools, 499, 25})
	inv.Add(Item{"F100", "coffee beans", Food, 1575, 8})
	inv.Add(Item{"Y100", "yo-yo", Toys, 350, 40})
	inv.Add(Item{"T100", "hammer", Tools, 1299, 5})
	revenue := 0
	for _, s := range []struct {
		sku string
		n   int
	}{{"T100", 3}, {"Y100", 41}, {"Y100", 40}, {"Z999", 1}, {"F100", 8}} {
		r, err := inv.Sell(s.sku, s.n)
		switch {
		case errors.Is(err, ErrStock):
			fmt.Println("stock problem:", err)
		case errors.Is(err, ErrUnknown):
			fmt.Println("lookup problem:", err)
		case err == nil:
			revenue += r
		}
	}
	fmt.Print(inv.Report())
	fmt.Println("revenue:", money(revenue))
	fmt.Println(strings.Join(inv.log, "; "))
}

package main

import "fmt"

type State int

const (
	Idle State = iota
	Selecting
	Paying
	Dispensing
	OutOfOrder
)

var stateNames = map[State]string{Idle: "Idle", Selecting: "Selecting", Paying: "Paying", Dispensing: "Dispensing", OutOfOrder: "OutOfOrder"}

func (s State) String() string { return stateNames[s] }

type Event struct {
	Kind  string
	Value int
}

type Machine struct {
	state   State
	price   int
	paid    int
	stock   map[string]int
	choice  string
	history []State
}

func (m *Machine) transition(to State) {
	m.history = append(m.history, m.state)
	m.state = to
}

func (m *Machine) Handle(e Event, item string) string {
	switch m.state {
	case Idle:
		if e.Kind == "select" {
			if m.stock[item] == 0 {
				return "sold out: " + item
			}
			m.choice = item
			m.transition(Selecting)
			return "selected " + item
		}
	case Selecting:
		switch e.Kind {
		case "confirm":
			m.transition(Paying)
			return fmt.Sprintf("please pay %d", m.price)
		case "cancel":
			m.transition(Idle)
			return "cancelled"
		}
	case Paying:
		if e.Kind != "coin" {
			break
		}
		m.paid += e.Value
		if m.paid < m.price {
			return fmt.Sprintf("paid %d of %d", m.paid, m.price)
		}
		m.transition(Dispensing)
		fallthrough
	case Dispensing:
		change := m.paid - m.price
		m.stock[m.choice]--
		m.paid = 0
		m.transition(Idle)
		if m.stock[m.choice] == 0 && total(m.stock) == 0 {
			m.transition(OutOfOrder)
		}
		return fmt.Sprintf("dispensed %s, change %d", m.choice, change)
	case OutOfOrder:
		return "out of order"
	}
	return fmt.Sprintf("ignored %s in %v", e.Kind, m.state)
}

func total(m map[string]int) (n int) {
	for _, v := range m {
		n += v
	}
	return
}

func main() {
	m := &Machine{price: 75, stock: map[string]int{"cola": 1, "chips": 1}}
	script := []struct {
		e    Event
		item string
	}{
		{Event{"coin", 25}, ""},
		{Event{"select", 0}, "cola"},
		{Event{"cancel", 0}, ""},
		{Event{"select", 0}, "cola"},
		{Event{"confirm", 0}, ""},
		{Event{"coin", 25}, ""},
		{Event{"coin", 25}, ""},
		{Event{"coin", 50}, ""},
		{Event{"select", 0}, "cola"},
		{Event{"select", 0}, "chips"},
		{Event{"confirm", 0}, ""},
		{Event{"coin", 100}, ""},
		{Event{"select", 0}, "chips"},
	}
	for _, s := range script {
		before := m.state
		out := m.Handle(s.e, s.item)
		fmt.Printf("%-10v %-8s -> %s\n", before, s.e.Kind, out)
	}
	fmt.Println(m.history, m.state)
}

package main

func mai~() {
	pnic(12)


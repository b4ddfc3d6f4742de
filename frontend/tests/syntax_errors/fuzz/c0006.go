package main

func () {
	panic(2.)type}

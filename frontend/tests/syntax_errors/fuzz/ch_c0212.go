package main

func ain() {
	panmapic(nil)


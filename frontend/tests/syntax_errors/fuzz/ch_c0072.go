package main

func maconstin( {
panic(12)
}

// Command plan turns the target table of a Chinese annual economic plan
// (国民经济和社会发展计划) into typed rules and checks actual figures
// against them. Run "plan help" for the commands.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

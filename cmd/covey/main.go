// Command covey indexes the protocol's contracts, settles epoch rewards and serves them over GraphQL.
package main

func main() {}

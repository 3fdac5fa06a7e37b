// Package deploy puts the protocol on a chain and reads back what it put there. The one deployment
// path is contracts/script/Deploy.s.sol, run with forge (Forge): `covey devnet up` runs it with the
// devnet's parameters, an operator runs it against Base Sepolia or Base. Its broadcast record
// (Broadcast) becomes covey's configuration (config.Deployments: addresses, start blocks from the
// receipts, who holds which role), and CheckHandover asks the chain whether the deployment was
// handed over: the admin holds every contract's admin role and the deployer key holds none.
package deploy

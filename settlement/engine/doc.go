// Package engine is the pure reward engine of settlement: it implements the reward specification
// (docs/REWARDS.md, policy v1) as a function from input structs to exact integer wei amounts.
//
// It touches no database and no chain, so that settlement, `covey verify` and any auditor get the same
// bytes from the same inputs. Every amount is a *big.Int and every ratio a *big.Rat; there is no floating
// point anywhere on an amount path. Inputs are flat lists shaped like the contracts' event rows; the engine
// sorts them itself, so the result never depends on input order.
package engine

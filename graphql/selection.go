package graphql

import (
	"context"
	"strings"

	gql "github.com/graph-gophers/graphql-go"
)

// Selection awareness: a resolver whose work depends on what the query selects below it (a leaf's
// proof is a subquery per leaf) asks selects. graphql-go puts the selection of the field it resolves
// in the resolver's context (graphql.HasSelectedField); a plan (plan.go) calls the same resolvers
// without graphql-go, so it puts the field's own compiled selection there instead (planRun.call).

// planSelKey is the context key of the plan field being resolved.
type planSelKey struct{}

// withPlanField is ctx for resolving plan field f.
func withPlanField(ctx context.Context, f *planField) context.Context {
	return context.WithValue(ctx, planSelKey{}, f)
}

// selects says whether the field being resolved selects path below it: schema field names joined by
// dots ("nodes.proof"), fragments expanded, aliases ignored, as graphql.HasSelectedField reads it.
func selects(ctx context.Context, path string) bool {
	if f, ok := ctx.Value(planSelKey{}).(*planField); ok {
		return f.selects(path)
	}
	return gql.HasSelectedField(ctx, path)
}

// selects is selects for a plan field: path's first name among f's kids (any alias), the rest below it.
func (f *planField) selects(path string) bool {
	name, rest, nested := strings.Cut(path, ".")
	for _, k := range f.kids {
		if k.name == name && (!nested || k.selects(rest)) {
			return true
		}
	}
	return false
}

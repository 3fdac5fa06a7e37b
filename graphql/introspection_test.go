package graphql

import (
	"encoding/json"
	"testing"
)

// TestIntrospectionGraphQLJS: graphql-js's getIntrospectionQuery() with its default options, run
// against the served API and built with buildClientSchema, is schema.graphql exactly, every
// description block included (what GraphiQL's docs pane and graphql-codegen read); the options the
// server answers besides are listed in docs/stakers.md.
func TestIntrospectionGraphQLJS(t *testing.T) {
	env := newEnv(t, Options{})
	out := webNode(t, "introspect.mjs", env.http.URL+"/graphql", "../schema.graphql")
	var got struct {
		Descriptions    int               `json:"descriptions"`
		SDLDescriptions int               `json:"sdlDescriptions"`
		Diff            []map[string]any  `json:"diff"`
		Options         map[string]string `json:"options"`
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	for _, d := range got.Diff {
		t.Errorf("served schema differs at %v: want %q, got %q", d["coordinate"], d["want"], d["got"])
	}
	if got.Descriptions != got.SDLDescriptions || got.Descriptions < 80 {
		t.Errorf("graphql-js sees %d descriptions, want schema.graphql's %d", got.Descriptions, got.SDLDescriptions)
	}
	t.Logf("descriptions: %d; introspection options: %v", got.Descriptions, got.Options)
	for _, opt := range []string{"specifiedByUrl", "inputValueDeprecation"} {
		if got.Options[opt] != "ok" {
			t.Errorf("getIntrospectionQuery({%s: true}): %s", opt, got.Options[opt])
		}
	}
}

package main

import (
	"testing"

	"github.com/covey-labs/covey/internal/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

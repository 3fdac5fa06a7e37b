package guard

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"
)

// Alarm is the JSON body POSTed to the webhook (and logged at ERROR) when a root does not reproduce,
// cannot be verified in time, or a revocation fails or is mined.
type Alarm struct {
	Event        string   `json:"event"` // root_mismatch, root_unverifiable, root_revoked, revoke_failed
	ChainID      int64    `json:"chainId"`
	Distributor  string   `json:"distributor"`
	Epoch        uint64   `json:"epoch"`
	Status       string   `json:"status"` // the root's: pending or accepted
	Root         string   `json:"root"`
	ManifestHash string   `json:"manifestHash"`
	ValidAt      uint64   `json:"validAt,omitempty"`
	SecondsLeft  int64    `json:"secondsLeft,omitempty"`
	Reason       string   `json:"reason,omitempty"`
	Diffs        []string `json:"diffs,omitempty"` // the first 50 differences
	RevokeTx     string   `json:"revokeTx,omitempty"`
	Time         string   `json:"time"`
}

// maxAlarmDiffs bounds the differences an alarm carries.
const maxAlarmDiffs = 50

// raise logs the alarm at ERROR and posts it to the webhook (three tries, 10 s each).
func (g *Guard) raise(ctx context.Context, a Alarm) {
	a.ChainID, a.Distributor, a.Time = g.chainID, strings.ToLower(g.Distributor.Hex()), time.Now().UTC().Format(time.RFC3339)
	if len(a.Diffs) > maxAlarmDiffs {
		a.Diffs = append(a.Diffs[:maxAlarmDiffs:maxAlarmDiffs], fmt.Sprintf("… and %d more", len(a.Diffs)-maxAlarmDiffs))
	}
	level := "ERROR"
	if a.Event == "root_revoked" {
		level = "WARN"
	}
	args := []any{"event", a.Event, "epoch", a.Epoch, "status", a.Status, "root", a.Root, "manifest_hash", a.ManifestHash,
		"valid_at", a.ValidAt, "seconds_left", a.SecondsLeft}
	if a.Reason != "" {
		args = append(args, "reason", a.Reason)
	}
	if a.RevokeTx != "" {
		args = append(args, "revoke_tx", a.RevokeTx)
	}
	if len(a.Diffs) > 0 {
		args = append(args, "diffs", strings.Join(a.Diffs, "; "))
	}
	if level == "ERROR" {
		g.log().ErrorContext(ctx, "guard: "+strings.ReplaceAll(a.Event, "_", " "), args...)
	} else {
		g.log().WarnContext(ctx, "guard: "+strings.ReplaceAll(a.Event, "_", " "), args...)
	}
	if g.Webhook == "" {
		return
	}
	body, _ := json.Marshal(a)
	var err error
	for try := 0; try < 3; try++ {
		if err = g.post(ctx, body); err == nil {
			return
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Duration(try+1) * time.Second):
		}
	}
	g.m.errors.WithLabelValues("webhook").Inc()
	g.log().ErrorContext(ctx, "guard: webhook failed", "event", a.Event, "err", err)
}

func (g *Guard) post(ctx context.Context, body []byte) error {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, g.Webhook, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	res.Body.Close()
	if res.StatusCode < 200 || res.StatusCode > 299 {
		return fmt.Errorf("webhook answered %s", res.Status)
	}
	return nil
}

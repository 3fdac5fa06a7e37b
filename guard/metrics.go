package guard

import "github.com/prometheus/client_golang/prometheus"

// metrics are the guard's Prometheus series (prefix covey_guard_).
type metrics struct {
	pending     prometheus.Gauge   // 1 while the distributor holds a pending root
	secondsLeft prometheus.Gauge   // validAt - the head's time, for the pending root
	verified    prometheus.Counter // proposals (and accepted roots) that reproduced
	mismatched  prometheus.Counter // proposals (and accepted roots) that did not
	unverified  prometheus.Counter // proposals revoked or alarmed about as unverifiable
	revoked     prometheus.Counter // revocations this guard got mined
	alarm       prometheus.Gauge   // 1 while a root that does not reproduce (or cannot be verified) is pending or live, unrevoked
	errors      *prometheus.CounterVec
	lastStep    prometheus.Gauge // unix time of the last step that read the chain
}

func newMetrics(reg prometheus.Registerer) *metrics {
	m := &metrics{
		pending: prometheus.NewGauge(prometheus.GaugeOpts{Name: "covey_guard_pending_roots",
			Help: "Pending roots on the distributor (0 or 1)."}),
		secondsLeft: prometheus.NewGauge(prometheus.GaugeOpts{Name: "covey_guard_seconds_to_valid_at",
			Help: "Seconds of chain time left before the pending root can be accepted (0 without one)."}),
		verified: prometheus.NewCounter(prometheus.CounterOpts{Name: "covey_guard_roots_verified_total",
			Help: "Roots that reproduced from the chain."}),
		mismatched: prometheus.NewCounter(prometheus.CounterOpts{Name: "covey_guard_roots_mismatched_total",
			Help: "Roots that did not reproduce from the chain."}),
		unverified: prometheus.NewCounter(prometheus.CounterOpts{Name: "covey_guard_roots_unverifiable_total",
			Help: "Pending roots that could not be verified before their deadline."}),
		revoked: prometheus.NewCounter(prometheus.CounterOpts{Name: "covey_guard_roots_revoked_total",
			Help: "revokePendingRoot transactions this guard got mined."}),
		alarm: prometheus.NewGauge(prometheus.GaugeOpts{Name: "covey_guard_alarm",
			Help: "1 while a root that does not reproduce, or could not be verified, is pending or live and not revoked."}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "covey_guard_errors_total",
			Help: "Steps that failed, by what failed (chain, verify, revoke, state, webhook)."}, []string{"what"}),
		lastStep: prometheus.NewGauge(prometheus.GaugeOpts{Name: "covey_guard_last_step_timestamp_seconds",
			Help: "Unix time of the last step that read the distributor."}),
	}
	if reg != nil {
		reg.MustRegister(m.pending, m.secondsLeft, m.verified, m.mismatched, m.unverified, m.revoked, m.alarm, m.errors, m.lastStep)
	}
	return m
}

package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"image/color"
	"io"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"

	"github.com/covey-labs/covey/cmd/covey/app"
)

func init() { register("report", withEnv("report", func() envCommand { return &reportCmd{} })) }

// reportCmd writes a Markdown report of a settled epoch with PNG charts: the distribution of amounts,
// the Lorenz curve and Gini coefficient, the top recipients, amounts by task and role, and the change
// against the previous epoch. Amounts in tables are exact wei; charts use floats (reports only).
type reportCmd struct {
	epoch int64
	out   string
}

func (c *reportCmd) flags(fs *flag.FlagSet) {
	fs.Int64Var(&c.epoch, "epoch", -1, "the settled epoch to report on (required)")
	fs.StringVar(&c.out, "out", filepath.Join(stateDir, "reports"), "directory for epoch-<N>/report.md and its charts")
}

func (c *reportCmd) check() error {
	if c.epoch < 0 {
		return errors.New("--epoch N is required")
	}
	return nil
}

func (c *reportCmd) run(ctx context.Context, env *app.Env, stdout, _ io.Writer) error {
	pool, err := env.DB(ctx, app.Tool)
	if err != nil {
		return err
	}
	d, err := readReportData(ctx, pool, env.Config.Chain.ID, c.epoch)
	if err != nil {
		return err
	}
	dir := filepath.Join(c.out, fmt.Sprintf("epoch-%d", c.epoch))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := d.charts(dir); err != nil {
		return fmt.Errorf("drawing charts: %w", err)
	}
	path := filepath.Join(dir, "report.md")
	if err := writeFileAtomic(path, d.markdown); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s (%d recipients, Gini %.4f)\n", path, len(d.amounts), d.gini)
	return nil
}

type reportAmount struct {
	account string
	wei     *big.Int
	flock   float64
}

type reportPart struct {
	task, role, kind string
	wei              *big.Int
}

type reportData struct {
	chain                          int64
	epoch                          int64
	start, end, snapshot           int64
	root, manifestHash, policyHash string
	emission, revenue, total       *big.Int
	treasuryResidual               *big.Int
	leaves                         int
	amounts                        []reportAmount // > 0 this epoch, largest first
	prev                           map[string]*big.Int
	hasPrev                        bool
	parts                          []reportPart
	pools                          [][]string
	gini                           float64
}

func readReportData(ctx context.Context, pool *pgxpool.Pool, chain, e int64) (*reportData, error) {
	d := &reportData{chain: chain, epoch: e, prev: map[string]*big.Int{}}
	var em, rev, tot, res string
	err := pool.QueryRow(ctx, `SELECT epoch_start, epoch_end, snapshot_block, root, manifest_hash, policy_hash, emission::text,
		revenue::text, total_epoch::text, treasury_residual::text, leaf_count FROM settlement_epochs WHERE chain_id = $1 AND epoch = $2`, chain, e).
		Scan(&d.start, &d.end, &d.snapshot, &d.root, &d.manifestHash, &d.policyHash, &em, &rev, &tot, &res, &d.leaves)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("epoch %d is not settled (covey settle --epoch %d)", e, e)
	}
	if err != nil {
		return nil, fmt.Errorf("reading epoch %d: %w", e, err)
	}
	d.emission, d.revenue, d.total, d.treasuryResidual = bigOf(em), bigOf(rev), bigOf(tot), bigOf(res)
	rows, err := pool.Query(ctx, `SELECT account, amount::text FROM merkle_leaves WHERE chain_id = $1 AND epoch = $2 AND amount > 0`, chain, e)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var a, v string
		if err := rows.Scan(&a, &v); err != nil {
			rows.Close()
			return nil, err
		}
		w := bigOf(v)
		d.amounts = append(d.amounts, reportAmount{account: a, wei: w, flock: toFlock(w)})
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	sort.Slice(d.amounts, func(i, j int) bool {
		if c := d.amounts[i].wei.Cmp(d.amounts[j].wei); c != 0 {
			return c > 0
		}
		return d.amounts[i].account < d.amounts[j].account
	})
	if e > 0 {
		rows, err = pool.Query(ctx, `SELECT account, amount::text FROM merkle_leaves WHERE chain_id = $1 AND epoch = $2 AND amount > 0`, chain, e-1)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var a, v string
			if err := rows.Scan(&a, &v); err != nil {
				rows.Close()
				return nil, err
			}
			d.prev[a] = bigOf(v)
			d.hasPrev = true
		}
		rows.Close()
	}
	rows, err = pool.Query(ctx, `SELECT task_id::text, role, kind, sum(amount)::text FROM epoch_reward_parts
		WHERE chain_id = $1 AND epoch = $2 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`, chain, e)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var task, kind, v string
		var role int16
		if err := rows.Scan(&task, &role, &kind, &v); err != nil {
			rows.Close()
			return nil, err
		}
		d.parts = append(d.parts, reportPart{task: task, role: roleName(role), kind: kind, wei: bigOf(v)})
	}
	rows.Close()
	rows, err = pool.Query(ctx, `SELECT task_id::text, stake_seconds::text, emission::text, revenue::text, fee::text, node_pool::text,
		validator_pool::text, residual::text FROM epoch_pools WHERE chain_id = $1 AND epoch = $2 ORDER BY task_id`, chain, e)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		r := make([]string, 8)
		if err := rows.Scan(&r[0], &r[1], &r[2], &r[3], &r[4], &r[5], &r[6], &r[7]); err != nil {
			rows.Close()
			return nil, err
		}
		d.pools = append(d.pools, r)
	}
	rows.Close()
	d.gini = gini(d.amounts)
	return d, nil
}

func bigOf(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return new(big.Int)
	}
	return v
}

var weiPerFlock = new(big.Float).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil))

func toFlock(w *big.Int) float64 {
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(w), weiPerFlock).Float64()
	return f
}

// flockString renders wei as FLOCK with 4 decimals, exactly (rounded half away from zero by big.Rat).
func flockString(w *big.Int) string {
	return new(big.Rat).SetFrac(w, new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)).FloatString(4)
}

func roleName(r int16) string {
	switch r {
	case 1:
		return "node"
	case 2:
		return "validator"
	case 3:
		return "fl"
	}
	return "treasury"
}

func short(a string) string {
	if len(a) < 12 {
		return a
	}
	return a[:6] + "…" + a[len(a)-4:]
}

// gini of the positive amounts (0 = equal, →1 = one account gets everything).
func gini(as []reportAmount) float64 {
	n := len(as)
	if n == 0 {
		return 0
	}
	xs := make([]float64, n)
	sum := 0.0
	for i, a := range as {
		xs[i] = a.flock
		sum += a.flock
	}
	if sum == 0 {
		return 0
	}
	sort.Float64s(xs)
	acc := 0.0
	for i, x := range xs {
		acc += float64(2*(i+1)-n-1) * x
	}
	return acc / (float64(n) * sum)
}

// charts draws the epoch's PNG charts into dir; a chart without data is left out.
func (d *reportData) charts(dir string) error {
	for _, chart := range []func(dir string) error{
		d.distributionChart,
		d.lorenzChart,
		d.topChart,
		d.byTaskRoleChart,
		d.changeChart,
	} {
		if err := chart(dir); err != nil {
			return err
		}
	}
	return nil
}

// saveChart writes a chart as dir/name at the report's size.
func saveChart(p *plot.Plot, dir, name string) error {
	return p.Save(8*vg.Inch, 4.5*vg.Inch, filepath.Join(dir, name))
}

// distributionChart is the distribution of log10(FLOCK) over the paid accounts.
func (d *reportData) distributionChart(dir string) error {
	if len(d.amounts) == 0 {
		return nil
	}
	var vals plotter.Values
	for _, a := range d.amounts {
		if a.flock > 0 {
			vals = append(vals, math.Log10(a.flock))
		}
	}
	p := plot.New()
	p.Title.Text = fmt.Sprintf("Epoch %d: distribution of amounts", d.epoch)
	p.X.Label.Text = "log10(FLOCK)"
	p.Y.Label.Text = "accounts"
	h, err := plotter.NewHist(vals, 20)
	if err != nil {
		return err
	}
	p.Add(h)
	return saveChart(p, dir, "distribution.png")
}

// lorenzChart is the Lorenz curve of the amounts, with the line of equality.
func (d *reportData) lorenzChart(dir string) error {
	xs := make([]float64, len(d.amounts))
	for i, a := range d.amounts {
		xs[i] = a.flock
	}
	sort.Float64s(xs)
	total := 0.0
	for _, x := range xs {
		total += x
	}
	pts := plotter.XYs{{X: 0, Y: 0}}
	acc := 0.0
	for i, x := range xs {
		acc += x
		y := 0.0
		if total > 0 {
			y = acc / total
		}
		pts = append(pts, plotter.XY{X: float64(i+1) / float64(len(xs)), Y: y})
	}
	p := plot.New()
	p.Title.Text = fmt.Sprintf("Epoch %d: Lorenz curve (Gini %.4f)", d.epoch, d.gini)
	p.X.Label.Text = "share of recipients (poorest first)"
	p.Y.Label.Text = "share of amount"
	l, err := plotter.NewLine(pts)
	if err != nil {
		return err
	}
	p.Add(l, equalityLine(1))
	return saveChart(p, dir, "lorenz.png")
}

// equalityLine is the dashed grey line from (0, 0) to (to, to).
func equalityLine(to float64) *plotter.Line {
	eq, _ := plotter.NewLine(plotter.XYs{{X: 0, Y: 0}, {X: to, Y: to}})
	eq.Color = color.Gray{Y: 150}
	eq.Dashes = []vg.Length{vg.Points(4), vg.Points(4)}
	return eq
}

// topChart is the 15 largest amounts.
func (d *reportData) topChart(dir string) error {
	if len(d.amounts) == 0 {
		return nil
	}
	n := min(15, len(d.amounts))
	var vals plotter.Values
	var names []string
	for _, a := range d.amounts[:n] {
		vals = append(vals, a.flock)
		names = append(names, short(a.account))
	}
	return d.bars(dir, "top.png", fmt.Sprintf("Epoch %d: top %d recipients", d.epoch, n), "FLOCK", vals, names)
}

// byTaskRoleChart sums the reward parts by task and role, own and delegated apart.
func (d *reportData) byTaskRoleChart(dir string) error {
	if len(d.parts) == 0 {
		return nil
	}
	sums := map[string]*big.Int{}
	var keys []string
	for _, p := range d.parts {
		k := fmt.Sprintf("t%s %s", p.task, p.role)
		if p.kind == "delegated" {
			k += " (deleg.)"
		}
		if sums[k] == nil {
			sums[k] = new(big.Int)
			keys = append(keys, k)
		}
		sums[k].Add(sums[k], p.wei)
	}
	var vals plotter.Values
	for _, k := range keys {
		vals = append(vals, toFlock(sums[k]))
	}
	return d.bars(dir, "by_task_role.png", fmt.Sprintf("Epoch %d: amounts by task and role", d.epoch), "FLOCK", vals, keys)
}

// changeChart plots each account's amount against the previous epoch's (an account no longer paid at 0).
func (d *reportData) changeChart(dir string) error {
	if !d.hasPrev {
		return nil
	}
	var pts plotter.XYs
	maxv := 0.0
	for _, a := range d.amounts {
		x := 0.0
		if pv, ok := d.prev[a.account]; ok {
			x = toFlock(pv)
		}
		pts = append(pts, plotter.XY{X: x, Y: a.flock})
		maxv = math.Max(maxv, math.Max(x, a.flock))
	}
	for acct, pv := range d.prev {
		if !d.paid(acct) {
			x := toFlock(pv)
			pts = append(pts, plotter.XY{X: x, Y: 0})
			maxv = math.Max(maxv, x)
		}
	}
	p := plot.New()
	p.Title.Text = fmt.Sprintf("Epoch %d vs %d: amount per account", d.epoch, d.epoch-1)
	p.X.Label.Text = fmt.Sprintf("epoch %d (FLOCK)", d.epoch-1)
	p.Y.Label.Text = fmt.Sprintf("epoch %d (FLOCK)", d.epoch)
	sc, err := plotter.NewScatter(pts)
	if err != nil {
		return err
	}
	p.Add(sc, equalityLine(maxv))
	return saveChart(p, dir, "change.png")
}

func (d *reportData) paid(acct string) bool {
	for _, a := range d.amounts {
		if a.account == acct {
			return true
		}
	}
	return false
}

// bars is a bar chart of vals named by names.
func (d *reportData) bars(dir, name, title, ylabel string, vals plotter.Values, names []string) error {
	p := plot.New()
	p.Title.Text = title
	p.Y.Label.Text = ylabel
	b, err := plotter.NewBarChart(vals, vg.Points(18))
	if err != nil {
		return err
	}
	b.Color = color.RGBA{R: 60, G: 110, B: 180, A: 255}
	p.Add(b)
	p.NominalX(names...)
	p.X.Tick.Label.Rotation = math.Pi / 4
	p.X.Tick.Label.XAlign = -1
	return saveChart(p, dir, name)
}

func (d *reportData) markdown(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# Epoch %d — chain %d\n\n", d.epoch, d.chain)
	fmt.Fprintf(&b, "| | |\n|---|---|\n")
	fmt.Fprintf(&b, "| window (chain time) | %d – %d |\n| snapshot block | %d |\n| root | `%s` |\n| manifest hash | `%s` |\n| policy hash | `%s` |\n",
		d.start, d.end, d.snapshot, d.root, d.manifestHash, d.policyHash)
	fmt.Fprintf(&b, "| emission | %s FLOCK (%s wei) |\n| marketplace revenue | %s FLOCK |\n| paid this epoch | %s FLOCK (%s wei) |\n| treasury residual | %s FLOCK |\n",
		flockString(d.emission), d.emission, flockString(d.revenue), flockString(d.total), d.total, flockString(d.treasuryResidual))
	fmt.Fprintf(&b, "| recipients this epoch | %d |\n| leaves (everyone ever paid) | %d |\n| Gini | %.4f |\n\n", len(d.amounts), d.leaves, d.gini)

	b.WriteString("## Distribution\n\n![distribution](distribution.png)\n\n![Lorenz curve](lorenz.png)\n\n")
	b.WriteString("## Top recipients\n\n![top](top.png)\n\n| # | account | FLOCK | wei | previous epoch |\n|---|---|---:|---:|---:|\n")
	for i, a := range d.amounts[:min(20, len(d.amounts))] {
		prev := "—"
		if pv, ok := d.prev[a.account]; ok {
			prev = flockString(pv)
		}
		fmt.Fprintf(&b, "| %d | `%s` | %s | %s | %s |\n", i+1, a.account, flockString(a.wei), a.wei, prev)
	}
	b.WriteString("\n## By task and role\n\n![by task and role](by_task_role.png)\n\n| task | role | kind | FLOCK |\n|---|---|---|---:|\n")
	for _, p := range d.parts {
		task := p.task
		if task == "0" {
			task = "— (no task)"
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", task, p.role, p.kind, flockString(p.wei))
	}
	b.WriteString("\n## Task pools (wei)\n\n| task | stake-seconds | emission | revenue | fee | node pool | validator pool | residual |\n|---|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, r := range d.pools {
		fmt.Fprintf(&b, "| %s |\n", strings.Join(r, " | "))
	}
	if d.hasPrev {
		newcomers, dropped := 0, 0
		for _, a := range d.amounts {
			if _, ok := d.prev[a.account]; !ok {
				newcomers++
			}
		}
		for acct := range d.prev {
			if !d.paid(acct) {
				dropped++
			}
		}
		fmt.Fprintf(&b, "\n## Change against epoch %d\n\n![change](change.png)\n\n%d accounts paid now but not in epoch %d; %d paid then but not now.\n",
			d.epoch-1, newcomers, d.epoch-1, dropped)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

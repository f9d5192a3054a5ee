package data

import (
	"math"
	"testing"
)

// maximizeLP solves max c·x subject to A x ≤ b, x ≥ 0 with a dense
// two-phase simplex. It returns x and ok=false when the
// constraints cannot all hold. Test-only: the vote model's fit uses it.
func maximizeLP(A [][]float64, b, c []float64) ([]float64, bool) {
	m, n := len(A), len(c)
	// Columns: n originals, m slacks, then artificials for rows with b < 0.
	var art []int
	for i := range m {
		if b[i] < 0 {
			art = append(art, i)
		}
	}
	cols := n + m + len(art)
	T := make([][]float64, m+1)
	basis := make([]int, m)
	for i := range m {
		row := make([]float64, cols+1)
		sign := 1.0
		if b[i] < 0 {
			sign = -1
		}
		for j := range n {
			row[j] = sign * A[i][j]
		}
		row[n+i] = sign
		row[cols] = sign * b[i]
		basis[i] = n + i
		T[i] = row
	}
	for k, i := range art {
		T[i][n+m+k] = 1
		basis[i] = n + m + k
	}
	const eps = 1e-9
	pivot := func(r, col int) {
		p := T[r][col]
		for j := range T[r] {
			T[r][j] /= p
		}
		for i := range T {
			if i != r && math.Abs(T[i][col]) > eps {
				f := T[i][col]
				for j := range T[i] {
					T[i][j] -= f * T[r][j]
				}
			}
		}
		basis[r] = col
	}
	run := func(obj []float64, allowed int) bool {
		// obj row: reduced costs of maximising obj.
		z := make([]float64, cols+1)
		for j := range obj {
			z[j] = -obj[j]
		}
		for i, bj := range basis {
			if bj < len(obj) && obj[bj] != 0 {
				f := z[bj]
				for j := range z {
					z[j] -= f * T[i][j]
				}
			}
		}
		T[m] = z
		for iter := 0; iter < 200000; iter++ {
			// Dantzig's rule (the most negative reduced cost), falling back
			// to Bland's (the first) after many steps, which cannot cycle.
			col, most := -1, -eps
			for j := 0; j < allowed; j++ {
				if T[m][j] < most {
					col, most = j, T[m][j]
					if iter > 20000 {
						break
					}
				}
			}
			if col < 0 {
				return true
			}
			r, best := -1, math.Inf(1)
			for i := range m {
				if T[i][col] > eps {
					if ratio := T[i][cols] / T[i][col]; ratio < best-eps || (math.Abs(ratio-best) <= eps && basis[i] < basis[r]) {
						r, best = i, ratio
					}
				}
			}
			if r < 0 {
				return false // unbounded
			}
			pivot(r, col)
		}
		return false
	}
	if len(art) > 0 {
		obj := make([]float64, cols)
		for k := range art {
			obj[n+m+k] = -1
		}
		run(obj, cols)
		if T[m][cols] < -1e-7 {
			return nil, false
		}
		// Drive artificials out of the basis where possible.
		for i, bj := range basis {
			if bj >= n+m {
				for j := 0; j < n+m; j++ {
					if math.Abs(T[i][j]) > eps {
						pivot(i, j)
						break
					}
				}
			}
		}
	}
	obj := make([]float64, cols)
	copy(obj, c)
	if !run(obj, n+m) {
		return nil, false
	}
	x := make([]float64, n)
	for i, bj := range basis {
		if bj < n {
			x[bj] = T[i][cols]
		}
	}
	return x, true
}

func TestMaximizeLP(t *testing.T) {
	// max t' s.t. -x + t' <= 0, x + t' <= 4, x <= 5, t' <= 3  →  t' = 2
	x, ok := maximizeLP([][]float64{{-1, 1}, {1, 1}, {1, 0}, {0, 1}}, []float64{0, 4, 5, 3}, []float64{0, 1})
	if !ok || math.Abs(x[1]-2) > 1e-6 {
		t.Fatalf("got %v %v", x, ok)
	}
	// a negative right-hand side needs phase one: x >= 2, max -x  →  x = 2
	x, ok = maximizeLP([][]float64{{-1}, {1}}, []float64{-2, 10}, []float64{-1})
	if !ok || math.Abs(x[0]-2) > 1e-6 {
		t.Fatalf("phase one: got %v %v", x, ok)
	}
	if _, ok := maximizeLP([][]float64{{1}, {-1}}, []float64{1, -2}, []float64{1}); ok {
		t.Fatal("an infeasible programme was reported solved")
	}
}

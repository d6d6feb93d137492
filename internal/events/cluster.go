package events

// ClusterMatrix groups n reports by average-linkage agglomeration over s,
// their symmetric matrix of pairwise similarities (the diagonal unused): the
// two groups whose mean pairwise similarity is highest merge, until no pair
// of groups is above threshold. Reports of one event that share few words
// with each other but many with the rest of their event still join it, which
// a plain pairwise threshold misses. s[i][j] < 0 forbids a pair (a
// fingerprint that tells two contacts apart); a group containing it stays
// apart on average. It sums into s: the caller's matrix is spent. It returns
// a group number per report. O(n²) memory, O(n³) worst-case time: fine for
// the few hundred reports a reader or a benchmark links at once.
func ClusterMatrix(s [][]float64, threshold float64) []int {
	// s[i][j] becomes the sum of pairwise similarities between groups i and j; size[i]: members.
	n := len(s)
	size := make([]int, n)
	group := make([]int, n)
	alive := make([]bool, n)
	for i := range size {
		size[i], group[i], alive[i] = 1, i, true
	}
	for {
		bi, bj, best := -1, -1, threshold
		for i := 0; i < n; i++ {
			if !alive[i] {
				continue
			}
			for j := i + 1; j < n; j++ {
				if !alive[j] {
					continue
				}
				if avg := s[i][j] / float64(size[i]*size[j]); avg >= best {
					bi, bj, best = i, j, avg
				}
			}
		}
		if bi < 0 {
			break
		}
		// Merge bj into bi.
		for k := 0; k < n; k++ {
			if alive[k] && k != bi && k != bj {
				s[bi][k] += s[bj][k]
				s[k][bi] = s[bi][k]
			}
		}
		size[bi] += size[bj]
		alive[bj] = false
		for k := range group {
			if group[k] == bj {
				group[k] = bi
			}
		}
	}
	return group
}

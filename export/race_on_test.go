//go:build race

package export

// raceEnabled: the race detector slows code several times, so timing
// limits are logged rather than enforced.
const raceEnabled = true

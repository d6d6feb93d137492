package score

// The floors of the labelled call-report sets: the figures last reached (see
// testdata/calls-reports/ERRORS.md); raise them with the rules, never lower them to pass.
var (
	devFloor  = floor{P: 0.994, R: 0.983, Role: 0.983, DateValue: 0.977}
	heldFloor = floor{P: 0.988, R: 0.988, Role: 0.975, DateValue: 0.929}
)

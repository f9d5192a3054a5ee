package game

import "testing"

func TestCampaignOutcome(t *testing.T) {
	for _, c := range []struct {
		outcomes  []string
		authority float64
		want      string
	}{
		{[]string{OutcomeReversed, OutcomeCompelled}, 55, CampaignHeld},
		{[]string{OutcomeReversed, OutcomeCompelled}, 45, CampaignStrained}, // resolved, but the UN came out weaker
		{[]string{OutcomeWithdrawal, OutcomeRepression}, 70, CampaignStrained},
		{[]string{OutcomeOccupation, OutcomeRepression, OutcomeTestAnswered}, 70, CampaignFailed},
		{[]string{OutcomeTestUnanswered}, 90, CampaignFailed},
	} {
		if got := CampaignOutcome(c.outcomes, c.authority); got != c.want {
			t.Errorf("%v at authority %v: %s, want %s", c.outcomes, c.authority, got, c.want)
		}
	}
}

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

// Every lesson says what to do on the screen and in plain mode, and why.
func TestTutorialStepsSayWhatAndWhy(t *testing.T) {
	for i, s := range append(TutorialSteps, TutorialDone) {
		if s.Title == "" || s.Do == "" || s.Plain == "" || s.Why == "" {
			t.Errorf("lesson %d (%q) lacks a title, a key-by-key text, a plain-mode text or a why", i+1, s.Title)
		}
	}
}

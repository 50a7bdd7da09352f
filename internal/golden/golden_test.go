package golden

import "testing"

func TestUpdateCommand(t *testing.T) {
	t.Run("sub", func(t *testing.T) {
		if got, want := updateCommand(t), "go test ./internal/golden -run '^TestUpdateCommand$' -update"; got != want {
			t.Errorf("updateCommand = %q, want %q", got, want)
		}
	})
}

package markdown_test

import "github.com/samayrekha/samayrekha/timeline/date"

// until is When.Until for test fixtures that are valid spans by
// construction; a mistake in a fixture stops the test binary loudly.
func until(start, end date.When) date.When {
	w, err := start.Until(end)
	if err != nil {
		panic(err)
	}
	return w
}

package journal

import (
	"os"

	"github.com/gyda/gyda/meeting"
)

// Compile-time checks that the types here satisfy the interfaces they are
// used through, so a changed signature fails here, where it is made.
var (
	_ meeting.Recorder = (*Journal)(nil) // the live meeting records into a journal
	_ file             = (*os.File)(nil) // a journal appends to a real file
)

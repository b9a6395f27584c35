// Package atomicfile is the one way gyda replaces or creates a file on disk
// so that a crash or a power cut never leaves half of it: group and roster
// files, agendas, minutes, reports, drafts, the joining notice and the host
// key all go through it.
//
// The guarantee: after Write or WriteNew returns nil, the file at path
// holds all of the new data, and the rename that put it there is flushed to
// disk with its folder, so it survives a power cut. If either returns an
// error, or the machine stops while it runs, path holds what it held before
// (or, for WriteNew, nothing new) and no temporary file is left behind,
// except one a crash interrupted mid-write: temporary files are named
// ".NAME.tmp-*" beside path, so they can be recognised and removed.
//
// Each writes a temporary file in path's own folder (a rename is atomic
// only within one file system), sets its permissions, fsyncs it, closes it,
// moves it into place and fsyncs the folder (SyncDir).
//
// Why not github.com/google/renameio/v2: it does not fsync the folder after
// the rename, so a rename it reports done can be lost in a power cut, it has
// no create-only mode for files that must never be replaced (a host key),
// and it does not build on Windows.
package atomicfile

package room

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"os"
	"path/filepath"

	"github.com/gyda/gyda/internal/atomicfile"
)

// Joining is how to join a meeting shared over SSH, for the room screen.
// The journal does not record sharing (it is not part of the meeting), so
// gyda run --share writes this to GROUP/.gyda/sharing.json while it shares
// and removes it when it stops; the room screen shows it while it names
// the meeting on screen.
type Joining struct {
	// Meeting is the shared meeting's folder name (GROUP/meetings/NAME).
	Meeting string `json:"meeting"`
	// Address is what the host listens on, HOST:PORT.
	Address string `json:"address"`
	// Fingerprint is the host key's SHA256 fingerprint, for attendees to
	// check when ssh asks.
	Fingerprint string `json:"fingerprint"`
	// Passcode is written only when group.toml's [room] show_passcode
	// lets the room screen show it.
	Passcode string `json:"passcode,omitempty"`
}

// JoiningPath is where a group's sharing is described:
// GROUP/.gyda/sharing.json, beside the host key.
func JoiningPath(groupDir string) string {
	return filepath.Join(groupDir, ".gyda", "sharing.json")
}

// WriteJoining says how to join the shared meeting, for the room screen
// (mode 0600, in a folder of mode 0700, written atomically).
func WriteJoining(groupDir string, j Joining) error {
	data, err := json.Marshal(j)
	if err != nil {
		return fmt.Errorf("describe the sharing for the room screen: %w", err)
	}
	path := JoiningPath(groupDir)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("describe the sharing for the room screen: %w", err)
	}
	return atomicfile.Write(path, append(data, '\n'), 0o600)
}

// RemoveJoining removes the description of the sharing of a meeting
// (named by its folder), when the sharing stops. A description of
// another meeting is left alone.
func RemoveJoining(groupDir, meeting string) error {
	j, ok, err := readJoining(groupDir)
	if err != nil || !ok || j.Meeting != meeting {
		return err
	}
	if err := os.Remove(JoiningPath(groupDir)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("remove %s: %w", JoiningPath(groupDir), err)
	}
	return nil
}

// readJoining reads GROUP/.gyda/sharing.json; false when there is none.
func readJoining(groupDir string) (Joining, bool, error) {
	data, err := os.ReadFile(JoiningPath(groupDir))
	if errors.Is(err, fs.ErrNotExist) {
		return Joining{}, false, nil
	}
	if err != nil {
		return Joining{}, false, err
	}
	var j Joining
	if err := json.Unmarshal(data, &j); err != nil {
		return Joining{}, false, fmt.Errorf("%s cannot be read: %w", JoiningPath(groupDir), err)
	}
	return j, true, nil
}

// hosts are the addresses to give ssh for a host listening on address:
// its own host, or, when it listens on every address (0.0.0.0, ::), this
// laptop's addresses on its networks (at most two), as people in the room
// must type one. It also returns the port.
func hosts(address string) ([]string, string) {
	host, port, err := net.SplitHostPort(address)
	if err != nil {
		return []string{address}, ""
	}
	ip := net.ParseIP(host)
	if ip == nil || !ip.IsUnspecified() {
		return []string{host}, port
	}
	var out []string
	addrs, _ := net.InterfaceAddrs()
	for _, a := range addrs {
		n, ok := a.(*net.IPNet)
		if !ok || n.IP.IsLoopback() || n.IP.IsLinkLocalUnicast() || n.IP.To4() == nil {
			continue
		}
		out = append(out, n.IP.String())
		if len(out) == 2 {
			break
		}
	}
	if len(out) == 0 {
		return []string{host}, port
	}
	return out, port
}

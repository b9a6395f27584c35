package share

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	gossh "golang.org/x/crypto/ssh"

	"github.com/gyda/gyda/internal/atomicfile"
)

// HostKeyPath is where a group keeps the host key attendees check:
// GROUP/.gyda/host_ed25519.
func HostKeyPath(groupDir string) string {
	return filepath.Join(groupDir, ".gyda", "host_ed25519")
}

// LoadHostKey reads the host key at path, or makes a new ed25519 key there
// (mode 0600, in a folder of mode 0700) if there is none, so the
// fingerprint attendees check stays the same from meeting to meeting. A key
// that others can read is made private again.
func LoadHostKey(path string) (gossh.Signer, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return createHostKey(path)
	}
	if err != nil {
		return nil, fmt.Errorf("read the host key: %w", err)
	}
	if fi, err := os.Stat(path); err == nil && fi.Mode().Perm()&0o077 != 0 {
		if err := os.Chmod(path, 0o600); err != nil {
			return nil, fmt.Errorf("the host key %s can be read by others and could not be made private: %w", path, err)
		}
	}
	signer, err := gossh.ParsePrivateKey(data)
	if err != nil {
		return nil, fmt.Errorf("the host key %s cannot be read (%v); move it aside and a new one will be made", path, err)
	}
	return signer, nil
}

func createHostKey(path string) (gossh.Signer, error) {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("make a host key: %w", err)
	}
	block, err := gossh.MarshalPrivateKey(priv, "gyda host key")
	if err != nil {
		return nil, fmt.Errorf("encode the host key: %w", err)
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("make the folder for the host key: %w", err)
	}
	// Create-only, so that two hosts starting at once keep whichever key
	// was written first and agree on it.
	if err := atomicfile.WriteNew(path, pem.EncodeToMemory(block), 0o600); err != nil && !errors.Is(err, fs.ErrExist) {
		return nil, fmt.Errorf("write the host key: %w", err)
	}
	return LoadHostKey(path)
}

// Fingerprint is a key's SHA256 fingerprint as OpenSSH shows it
// ("SHA256:..."), for attendees to check when they first connect.
func Fingerprint(key gossh.PublicKey) string { return gossh.FingerprintSHA256(key) }

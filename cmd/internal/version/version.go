// Package version says which build of lexcheck is running: the module
// version, the source revision and its date, the Go version and the
// versions of the embedded data, for `lexcheck version`, SARIF's
// tool.driver.version and the server's /version.
package version

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/lexcheck/lexcheck/lexicon"
)

// The release build sets these with -ldflags "-X
// github.com/lexcheck/lexcheck/cmd/internal/version.Version=v1.2.3" (and
// Revision, Time): Go records no VCS information for a git worktree or a
// source tree without .git. Empty means what the build info says.
var (
	Version  string // release version, "v1.2.3"
	Revision string // commit hash
	Time     string // commit time, RFC 3339
)

// Unknown stands for what a build did not record (a build with
// -buildvcs=false has no revision, a build from a work tree no module
// version).
const Unknown = "unknown"

// Info describes a build.
type Info struct {
	Version  string           `json:"version"`  // "v1.2.3", or Unknown
	Revision string           `json:"revision"` // VCS commit, or Unknown
	Time     string           `json:"time"`     // commit time (RFC 3339), or Unknown
	Modified bool             `json:"modified"` // built from a work tree with uncommitted changes
	Go       string           `json:"go"`       // Go version that built it
	Platform string           `json:"platform"` // GOOS/GOARCH
	Data     []lexicon.Source `json:"data"`     // sources of the embedded data
}

// Get returns the Info of the running binary.
func Get() Info {
	bi, _ := debug.ReadBuildInfo()
	in := fromBuildInfo(bi, Version)
	if Revision != "" && in.Revision == Unknown {
		in.Revision, in.Time = Revision, Time
	}
	return in
}

// fromBuildInfo returns the Info of bi (nil when the binary has none),
// with version overriding the module version when not empty.
func fromBuildInfo(bi *debug.BuildInfo, version string) Info {
	in := Info{
		Version:  Unknown,
		Revision: Unknown,
		Time:     Unknown,
		Go:       runtime.Version(),
		Platform: runtime.GOOS + "/" + runtime.GOARCH,
		Data:     lexicon.Sources(),
	}
	if bi != nil {
		in.Go = bi.GoVersion
		if v := bi.Main.Version; v != "" && v != "(devel)" {
			in.Version = v
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				in.Revision = s.Value
			case "vcs.time":
				in.Time = s.Value
			case "vcs.modified":
				in.Modified = s.Value == "true"
			}
		}
	}
	if version != "" {
		in.Version = version
	}
	return in
}

// Short is the version alone, with the revision when it is not part of
// it: "v1.2.3", "unknown (rev 1a2b3c4d5e6f, modified)".
func (in Info) Short() string {
	s := in.Version
	if in.Revision != Unknown && !strings.Contains(in.Version, shortRev(in.Revision)) {
		s += " (rev " + shortRev(in.Revision)
		if in.Modified {
			s += ", modified"
		}
		s += ")"
	}
	return s
}

// String is the text `lexcheck version` prints: one "key: value" line
// for the build, then one line for each data source.
func (in Info) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "lexcheck %s\n", in.Version)
	rev := in.Revision
	if in.Modified {
		rev += " (modified)"
	}
	fmt.Fprintf(&b, "revision: %s\n", rev)
	fmt.Fprintf(&b, "date:     %s\n", in.Time)
	fmt.Fprintf(&b, "go:       %s %s\n", in.Go, in.Platform)
	b.WriteString("data:\n")
	for _, d := range in.Data {
		fmt.Fprintf(&b, "  %-16s %-15s %s\n", d.Name, d.Version, d.Licence)
	}
	return b.String()
}

// shortRev is the first 12 characters of a revision, as pseudo-versions
// write it.
func shortRev(rev string) string {
	return rev[:min(len(rev), 12)]
}

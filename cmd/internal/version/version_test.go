package version

import (
	"runtime/debug"
	"strings"
	"testing"
)

func TestFromBuildInfo(t *testing.T) {
	vcs := []debug.BuildSetting{
		{Key: "vcs.revision", Value: "0123456789abcdef0123456789abcdef01234567"},
		{Key: "vcs.time", Value: "2026-12-01T10:00:00Z"},
		{Key: "vcs.modified", Value: "true"},
	}
	tests := []struct {
		name     string
		bi       *debug.BuildInfo
		override string
		want     Info // Version, Revision, Time, Modified, Go compared
		short    string
	}{
		{"no build info", nil, "", Info{Version: Unknown, Revision: Unknown, Time: Unknown}, "unknown"},
		{"buildvcs=false", &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "(devel)"}}, "",
			Info{Version: Unknown, Revision: Unknown, Time: Unknown, Go: "go1.26.0"}, "unknown"},
		{"go install at a tag", &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "v1.2.3"}}, "",
			Info{Version: "v1.2.3", Revision: Unknown, Time: Unknown, Go: "go1.26.0"}, "v1.2.3"},
		{"work tree", &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "(devel)"}, Settings: vcs}, "",
			Info{Version: Unknown, Revision: vcs[0].Value, Time: vcs[1].Value, Modified: true, Go: "go1.26.0"},
			"unknown (rev 0123456789ab, modified)"},
		{"pseudo-version names the revision", &debug.BuildInfo{GoVersion: "go1.26.0",
			Main: debug.Module{Version: "v0.0.0-20261201100000-0123456789ab"}, Settings: vcs[:2]}, "",
			Info{Version: "v0.0.0-20261201100000-0123456789ab", Revision: vcs[0].Value, Time: vcs[1].Value, Go: "go1.26.0"},
			"v0.0.0-20261201100000-0123456789ab"},
		{"release build", &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "(devel)"}, Settings: vcs[:2]}, "v2.0.0",
			Info{Version: "v2.0.0", Revision: vcs[0].Value, Time: vcs[1].Value, Go: "go1.26.0"}, "v2.0.0 (rev 0123456789ab)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := fromBuildInfo(tt.bi, tt.override)
			if tt.want.Go == "" {
				tt.want.Go = got.Go // the running Go when there is no build info
			}
			if got.Version != tt.want.Version || got.Revision != tt.want.Revision || got.Time != tt.want.Time ||
				got.Modified != tt.want.Modified || got.Go != tt.want.Go {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
			if s := got.Short(); s != tt.short {
				t.Errorf("Short() = %q, want %q", s, tt.short)
			}
			if len(got.Data) == 0 {
				t.Error("no data sources")
			}
		})
	}
}

func TestString(t *testing.T) {
	s := fromBuildInfo(&debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "v1.2.3"}}, "").String()
	for _, want := range []string{"lexcheck v1.2.3\n", "revision: unknown\n", "date:     unknown\n", "go:       go1.26.0 ",
		"SCOWL", "GeoNames", "iso-codes", "iuliia", "CLDR"} {
		if !strings.Contains(s, want) {
			t.Errorf("String() lacks %q:\n%s", want, s)
		}
	}
}

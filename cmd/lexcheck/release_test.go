package main

import (
	"archive/tar"
	"bufio"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestReleaseConfig checks the release configuration without building:
// the script's own check, the workflow that runs it on tags, and that the
// container image's command and health check use flags and commands that
// exist.
func TestReleaseConfig(t *testing.T) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash to run scripts/release.sh")
	}
	for _, tt := range []struct {
		args []string
		ok   bool
	}{
		{[]string{"--check"}, true},
		{[]string{"--check", "--targets", "host"}, true},
		{[]string{"--check", "--targets", "plan9/386"}, false},
		{[]string{"--check", "--version", "1.2"}, false},
		{[]string{"--check", "--version", "v1.2.3-rc.1"}, true},
	} {
		out, err := exec.Command(bash, append([]string{"../../scripts/release.sh"}, tt.args...)...).CombinedOutput()
		if (err == nil) != tt.ok {
			t.Errorf("release.sh %v: %v, want ok=%v\n%s", tt.args, err, tt.ok, out)
		}
	}

	b, err := os.ReadFile("../../.github/workflows/release.yml")
	if err != nil {
		t.Fatal(err)
	}
	var wf struct {
		On struct {
			Push struct {
				Tags []string `yaml:"tags"`
			} `yaml:"push"`
		} `yaml:"on"`
		Jobs map[string]struct {
			Steps []struct {
				Run string `yaml:"run"`
			} `yaml:"steps"`
		} `yaml:"jobs"`
	}
	if err := yaml.Unmarshal(b, &wf); err != nil {
		t.Fatalf("release.yml: %v", err)
	}
	if !slices.Contains(wf.On.Push.Tags, "v*.*.*") {
		t.Errorf("release.yml runs on tags %v, want v*.*.*", wf.On.Push.Tags)
	}
	var runs []string
	for _, j := range wf.Jobs {
		for _, s := range j.Steps {
			runs = append(runs, s.Run)
		}
	}
	for _, want := range []string{"bash .ci/run", `scripts/release.sh --version "${GITHUB_REF_NAME}"`, "dist/checksums.txt", "dist/*.deb", "linux/amd64,linux/arm64"} {
		if !slices.ContainsFunc(runs, func(r string) bool { return strings.Contains(r, want) }) {
			t.Errorf("release.yml runs nothing with %q", want)
		}
	}

	cf, err := os.ReadFile("../../Containerfile")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"FROM scratch", "EXPOSE 8080", `CMD ["serve", "--addr", "0.0.0.0:8080"]`,
		`HEALTHCHECK --interval=30s --timeout=5s --start-period=10s CMD ["/lexcheck", "healthcheck", "` + defaultHealthURL + `"]`} {
		if !strings.Contains(string(cf), want) {
			t.Errorf("Containerfile lacks %q", want)
		}
	}
	if !slices.Contains(commandFlags("serve"), "--addr") {
		t.Error("serve has no --addr, which the Containerfile uses")
	}
}

// TestReleaseSnapshot builds the release artefacts for this machine's
// target with scripts/release.sh --snapshot and checks them: checksums,
// archive contents, the version the binary reports, the Debian package.
// It links a 60 MB binary several times, so it runs only when asked:
// LEXCHECK_RELEASE_TEST=1 go test -run TestReleaseSnapshot ./cmd/lexcheck
func TestReleaseSnapshot(t *testing.T) {
	if os.Getenv("LEXCHECK_RELEASE_TEST") == "" || testing.Short() {
		t.Skip("set LEXCHECK_RELEASE_TEST=1 to build a release snapshot")
	}
	for _, tool := range []string{"bash", "git", "tar", "sha256sum"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("no %s", tool)
		}
	}
	out := t.TempDir()
	cmd := exec.Command("bash", "../../scripts/release.sh", "--snapshot", "--targets", "host", "--out", out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("release.sh: %v\n%s", err, b)
	}

	sums, err := os.ReadFile(filepath.Join(out, "checksums.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var artefacts []string
	sc := bufio.NewScanner(strings.NewReader(string(sums)))
	for sc.Scan() {
		sum, name, _ := strings.Cut(sc.Text(), "  ")
		artefacts = append(artefacts, name)
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		if got := sha256.Sum256(b); hex.EncodeToString(got[:]) != sum {
			t.Errorf("%s: checksum does not match checksums.txt", name)
		}
	}
	archive := ""
	for _, a := range artefacts {
		if strings.HasSuffix(a, "_"+runtime.GOOS+"_"+runtime.GOARCH+".tar.gz") {
			archive = a
		}
	}
	if archive == "" {
		t.Fatalf("no archive for %s/%s in %v", runtime.GOOS, runtime.GOARCH, artefacts)
	}
	version := strings.TrimSuffix(strings.TrimPrefix(archive, "lexcheck_"), "_"+runtime.GOOS+"_"+runtime.GOARCH+".tar.gz")
	if !strings.HasPrefix(version, "v0.0.0-SNAPSHOT-") {
		t.Errorf("snapshot version %q", version)
	}

	dir := t.TempDir()
	files := untar(t, filepath.Join(out, archive), dir)
	top := strings.TrimSuffix(archive, ".tar.gz") + "/"
	for _, want := range []string{"lexcheck", "README.md", "licenses/LICENSE", "licenses/NOTICE", "licenses/LGPL-2.1",
		"licenses/geonames-CC-BY-4.0.txt", "completions/lexcheck.bash"} {
		if !slices.Contains(files, top+want) {
			t.Errorf("%s lacks %s", archive, want)
		}
	}
	v, err := exec.Command(filepath.Join(dir, top, "lexcheck"), "version").Output()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(v), "lexcheck "+version+"\nrevision: ") || strings.Contains(string(v), "revision: unknown") {
		t.Errorf("the built binary says:\n%s\nwant version %s and a revision", v, version)
	}

	if runtime.GOOS != "linux" {
		return
	}
	deb := filepath.Join(out, "lexcheck_"+strings.Replace(strings.TrimPrefix(version, "v"), "-SNAPSHOT-", "~snapshot+", 1)+"_"+runtime.GOARCH+".deb")
	if !slices.Contains(artefacts, filepath.Base(deb)) {
		t.Fatalf("no %s in %v", filepath.Base(deb), artefacts)
	}
	if _, err := exec.LookPath("dpkg-deb"); err != nil {
		return
	}
	control, err := exec.Command("dpkg-deb", "-f", deb, "Package", "Architecture").Output()
	if err != nil || string(control) != "Package: lexcheck\nArchitecture: "+runtime.GOARCH+"\n" {
		t.Errorf("dpkg-deb -f: %v %q", err, control)
	}
	contents, err := exec.Command("dpkg-deb", "-c", deb).Output()
	if err != nil || !strings.Contains(string(contents), " ./usr/bin/lexcheck\n") || !strings.Contains(string(contents), "./usr/share/doc/lexcheck/copyright") {
		t.Errorf("dpkg-deb -c: %v\n%s", err, contents)
	}
}

// untar extracts the .tar.gz file into dir and returns the names in it.
func untar(t *testing.T, file, dir string) []string {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	tr := tar.NewReader(z)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return names
		}
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, h.Name)
		path := filepath.Join(dir, h.Name)
		if h.Typeflag == tar.TypeDir {
			os.MkdirAll(path, 0o755)
			continue
		}
		w, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY, os.FileMode(h.Mode))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.Copy(w, tr); err != nil {
			t.Fatal(err)
		}
		w.Close()
	}
}

#!/usr/bin/env bash
# Builds lexcheck's release artefacts into dist/ (or --out DIR):
#   lexcheck_VERSION_OS_ARCH.tar.gz (.zip for Windows)  the static binary, README, LICENSE, NOTICE,
#                                                        the data licences and shell completions
#   lexcheck_VERSION_ARCH.deb                            a Debian package, for each Linux target
#   checksums.txt                                        SHA-256 of each of the above (sha256sum -c)
#   with --image, the container image lexcheck:VERSION-ARCH for each Linux target (podman, buildah or
#   docker); the one of this machine's architecture is also tagged lexcheck:VERSION and lexcheck:latest
# Binaries are static (CGO_ENABLED=0), built with -trimpath and the version stamped in
# (lexcheck version). Needs Go, git, tar, zip and dpkg-deb.
#
# Usage: scripts/release.sh [--version vX.Y.Z] [--snapshot] [--targets "linux/amd64 ..."] [--image] [--out DIR]
#        scripts/release.sh --check       # check the configuration only; builds nothing
#   --version   the version to stamp (default: the tag at HEAD, else a snapshot version)
#   --snapshot  build a snapshot of the work tree: version v0.0.0-SNAPSHOT-<commit>
#   --targets   GOOS/GOARCH pairs (default: every release target); "host" is this machine's
set -euo pipefail
cd "$(dirname "$0")/.."

all_targets="linux/amd64 linux/arm64 darwin/amd64 darwin/arm64 windows/amd64 windows/arm64"
targets=$all_targets version="" snapshot=false image=false check=false out=dist
while (($#)); do
	case $1 in
	--version) version=$2; shift ;;
	--snapshot) snapshot=true ;;
	--targets) targets=$2; shift ;;
	--image) image=true ;;
	--out) out=$2; shift ;;
	--check) check=true ;;
	-h | --help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
	*) echo "release.sh: unknown argument $1" >&2; exit 2 ;;
	esac
	shift
done
targets=${targets//host/$(go env GOOS)/$(go env GOARCH)}

fail() { echo "release.sh: $*" >&2; exit 1; }

# check_config verifies what the build relies on, so that a broken
# configuration fails before anything is built.
check_config() {
	local t
	for t in $targets; do
		[[ " $all_targets " == *" $t "* ]] || fail "unknown target $t (known: $all_targets)"
	done
	for f in LICENSE NOTICE README.md Containerfile cmd/lexcheck/main.go lexicon/data/LICENSES lexicon/translit/LICENSES; do
		[ -e "$f" ] || fail "$f is missing"
	done
	grep -q 'COPY linux_${TARGETARCH}/lexcheck /lexcheck' Containerfile || fail "Containerfile does not copy linux_\${TARGETARCH}/lexcheck"
	grep -q '^USER [1-9]' Containerfile || fail "Containerfile does not run as a non-root user"
	grep -q '^HEALTHCHECK' Containerfile || fail "Containerfile has no HEALTHCHECK"
	grep -q 'scripts/release.sh' .github/workflows/release.yml || fail ".github/workflows/release.yml does not run scripts/release.sh"
	if [ -n "$version" ] && ! [[ $version =~ ^v[0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.-]+)?$ ]]; then
		fail "version $version is not vMAJOR.MINOR.PATCH[-PRE]"
	fi
	return 0
}

check_config
$check && { echo "release.sh: configuration OK"; exit 0; }

commit=$(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
if [ -z "$version" ]; then
	tag=$(git describe --tags --exact-match --match 'v[0-9]*' 2>/dev/null || true)
	if $snapshot || [ -z "$tag" ]; then
		version=v0.0.0-SNAPSHOT-$commit
	else
		version=$tag
	fi
fi
deb_version=${version#v}
deb_version=${deb_version/-SNAPSHOT-/~snapshot+}
epoch=$(git log -1 --format=%ct 2>/dev/null || date +%s)
export SOURCE_DATE_EPOCH=$epoch

mkdir -p "$out"
out=$(cd "$out" && pwd)
stage=$out/stage
rm -rf "$stage"
mkdir -p "$stage/licenses"
cp LICENSE NOTICE "$stage/licenses/"
cp Containerfile "$stage/" # the image's build context is $stage
cp lexicon/data/LICENSES/* lexicon/translit/LICENSES/* "$stage/licenses/"

# Go stamps the revision itself in a clone, but not in a git worktree:
# pass it too.
pkg=github.com/lexcheck/lexcheck/cmd/internal/version
ldflags="-s -w -X $pkg.Version=$version"
if rev=$(git rev-parse HEAD 2>/dev/null); then
	ldflags+=" -X $pkg.Revision=$rev -X $pkg.Time=$(git log -1 --format=%cI | sed 's/+00:00$/Z/')"
fi
build() { # GOOS GOARCH OUTPUT
	echo "release.sh: building $1/$2" >&2
	CGO_ENABLED=0 GOOS=$1 GOARCH=$2 GOFLAGS=-buildvcs=auto go build -trimpath -ldflags "$ldflags" -o "$3" ./cmd/lexcheck
}

# Shell completions, from a build for this machine (they do not depend on the target).
host=$stage/host/lexcheck
build "$(go env GOOS)" "$(go env GOARCH)" "$host"
mkdir -p "$stage/completions"
for sh in bash zsh fish; do
	"$host" completion "$sh" >"$stage/completions/lexcheck.$sh"
done
"$host" version | head -1 | grep -qx "lexcheck $version" || fail "the binary does not say it is $version"

tar_flags=(--sort=name --mtime="@$epoch" --owner=0 --group=0 --numeric-owner)
artefacts=()
for t in $targets; do
	os=${t%/*} arch=${t#*/}
	exe=lexcheck
	[ "$os" = windows ] && exe=lexcheck.exe
	name=lexcheck_${version}_${os}_${arch}
	dir=$stage/$name
	mkdir -p "$dir"
	if [ "$t" = "$(go env GOOS)/$(go env GOARCH)" ]; then
		cp "$host" "$dir/$exe"
	else
		build "$os" "$arch" "$dir/$exe"
	fi
	cp README.md "$dir/"
	cp -r "$stage/licenses" "$stage/completions" "$dir/"
	if [ "$os" = linux ]; then
		mkdir -p "$stage/linux_$arch"
		cp "$dir/$exe" "$stage/linux_$arch/lexcheck"
	fi
	if [ "$os" = windows ]; then
		rm -f "$out/$name.zip"
		(cd "$stage" && find "$name" -exec touch -d "@$epoch" {} + && zip -qrX "$out/$name.zip" "$name")
		artefacts+=("$name.zip")
	else
		tar -C "$stage" "${tar_flags[@]}" -czf "$out/$name.tar.gz" "$name"
		artefacts+=("$name.tar.gz")
	fi

	if [ "$os" = linux ]; then
		deb=$stage/deb_$arch
		rm -rf "$deb"
		mkdir -p "$deb/DEBIAN" "$deb/usr/bin" "$deb/usr/share/doc/lexcheck" \
			"$deb/usr/share/bash-completion/completions" "$deb/usr/share/zsh/vendor-completions" \
			"$deb/usr/share/fish/vendor_completions.d"
		install -m 0755 "$dir/$exe" "$deb/usr/bin/lexcheck"
		install -m 0644 README.md "$stage"/licenses/* "$deb/usr/share/doc/lexcheck/"
		install -m 0644 LICENSE "$deb/usr/share/doc/lexcheck/copyright"
		install -m 0644 "$stage/completions/lexcheck.bash" "$deb/usr/share/bash-completion/completions/lexcheck"
		install -m 0644 "$stage/completions/lexcheck.zsh" "$deb/usr/share/zsh/vendor-completions/_lexcheck"
		install -m 0644 "$stage/completions/lexcheck.fish" "$deb/usr/share/fish/vendor_completions.d/lexcheck.fish"
		cat >"$deb/DEBIAN/control" <<CONTROL
Package: lexcheck
Version: $deb_version
Architecture: $arch
Maintainer: The lexcheck authors <lexcheck@users.noreply.github.com>
Section: text
Priority: optional
Installed-Size: $(du -sk "$deb/usr" | cut -f1)
Homepage: https://github.com/lexcheck/lexcheck
Description: typo and transliteration checker for news text
 lexcheck flags the spellings in articles that stray from a lexicon of
 known names and words: typos and transliteration variants of names,
 misspelled words, spellings a house lexicon rejects, and names one
 document spells two ways. The dictionary and gazetteer are built in.
CONTROL
		find "$deb" -exec touch -d "@$epoch" {} +
		dpkg-deb --root-owner-group -Zgzip -b "$deb" "$out/lexcheck_${deb_version}_$arch.deb" >/dev/null
		artefacts+=("lexcheck_${deb_version}_$arch.deb")
	fi
done

if $image; then
	tool=$(command -v podman || command -v buildah || command -v docker) || fail "--image needs podman, buildah or docker"
	for t in $targets; do
		[ "${t%/*}" = linux ] || continue
		arch=${t#*/}
		tags=(-t "lexcheck:$version-$arch")
		[ "$arch" = "$(go env GOARCH)" ] && tags+=(-t "lexcheck:$version" -t lexcheck:latest)
		# The docker format keeps the HEALTHCHECK, which OCI images drop.
		case $tool in
		*/buildah) "$tool" bud --format docker --platform "linux/$arch" --build-arg "TARGETARCH=$arch" "${tags[@]}" "$stage" ;;
		*/podman) "$tool" build --format docker --platform "linux/$arch" --build-arg "TARGETARCH=$arch" "${tags[@]}" "$stage" ;;
		*) "$tool" build --platform "linux/$arch" --build-arg "TARGETARCH=$arch" "${tags[@]}" "$stage" ;;
		esac
		echo "release.sh: image ${tags[*]}" >&2
	done
fi

(cd "$out" && sha256sum "${artefacts[@]}" >checksums.txt)
echo "release.sh: $version in $out:" >&2
(cd "$out" && ls -l "${artefacts[@]}" checksums.txt) >&2

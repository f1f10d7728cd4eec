package main

import (
	"archive/zip"
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// place is one line of the gazetteer.
type place struct {
	Name       string
	Population int64
	Country    string
	Alts       []string
	Kind       string // city, region, country, subdivision: for counting only
}

// gazStats counts what the gazetteer holds and what it dropped.
type gazStats struct {
	Kinds       map[string]int
	AltsKept    int
	AltsDropped map[string]int
	Samples     map[string][]string
}

func (g *gazStats) drop(reason, s string) {
	g.AltsDropped[reason]++
	if len(g.Samples[reason]) < 12 {
		g.Samples[reason] = append(g.Samples[reason], s)
	}
}

// addAlts sets p.Alts to the fit alternates among cands: each once
// (ignoring case, first spelling kept), none equal to the name.
func addAlts(p *place, cands []string, st *gazStats) {
	seen := map[string]bool{strings.ToLower(p.Name): true}
	for _, a := range p.Alts {
		seen[strings.ToLower(a)] = true
	}
	for _, c := range cands {
		c = norm.NFC.String(strings.TrimSpace(c))
		c = strings.Join(strings.Fields(c), " ")
		if c == "" {
			continue
		}
		l := strings.ToLower(c)
		if seen[l] {
			continue
		}
		if ok, why := keepAlternate(c); !ok {
			st.drop(why, c)
			seen[l] = true
			continue
		}
		seen[l] = true
		p.Alts = append(p.Alts, c)
		st.AltsKept++
	}
}

// readCities reads a GeoNames dump (cities15000.zip or its .txt).
func readCities(path string, st *gazStats) ([]*place, error) {
	var r io.Reader
	if strings.HasSuffix(path, ".zip") {
		zr, err := zip.OpenReader(path)
		if err != nil {
			return nil, err
		}
		defer zr.Close()
		if len(zr.File) == 0 {
			return nil, fmt.Errorf("%s: empty zip", path)
		}
		f, err := zr.File[0].Open()
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	var out []*place
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 15 {
			continue
		}
		pop, _ := strconv.ParseInt(f[14], 10, 64)
		p := &place{Name: norm.NFC.String(f[1]), Population: pop, Country: f[8], Kind: "city"}
		cands := []string{f[2]}
		if f[3] != "" {
			cands = append(cands, strings.Split(f[3], ",")...)
		}
		addAlts(p, cands, st)
		out = append(out, p)
	}
	return out, sc.Err()
}

// readTSV returns the non-comment lines of a tab-separated file, split.
func readTSV(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, strings.Split(line, "\t"))
	}
	return out, sc.Err()
}

// readAdmin1 reads the GeoNames first-level regions: code, name, ascii name.
func readAdmin1(path string, st *gazStats) ([]*place, error) {
	rows, err := readTSV(path)
	if err != nil {
		return nil, err
	}
	var out []*place
	for _, f := range rows {
		if len(f) < 3 {
			continue
		}
		cc, _, _ := strings.Cut(f[0], ".")
		p := &place{Name: norm.NFC.String(f[1]), Country: cc, Kind: "region"}
		addAlts(p, []string{f[2]}, st)
		out = append(out, p)
	}
	return out, nil
}

// iso3166 holds the iso-codes country and subdivision names.
type iso3166 struct {
	Countries []struct {
		Alpha2       string `json:"alpha_2"`
		Name         string `json:"name"`
		CommonName   string `json:"common_name"`
		OfficialName string `json:"official_name"`
	} `json:"3166-1"`
	Subdivisions []struct {
		Code string `json:"code"`
		Name string `json:"name"`
		Type string `json:"type"`
	} `json:"3166-2"`
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// readCountries reads the GeoNames country table and adds the ISO 3166-1
// names as alternates; ISO countries GeoNames lacks get a line of their own.
func readCountries(countryInfo, iso1 string, st *gazStats) ([]*place, error) {
	rows, err := readTSV(countryInfo)
	if err != nil {
		return nil, err
	}
	var iso iso3166
	if err := readJSON(iso1, &iso); err != nil {
		return nil, err
	}
	byCode := map[string]*place{}
	var out []*place
	for _, f := range rows {
		if len(f) < 8 {
			continue
		}
		pop, _ := strconv.ParseInt(f[7], 10, 64)
		p := &place{Name: norm.NFC.String(f[4]), Population: pop, Country: f[0], Kind: "country"}
		byCode[f[0]] = p
		out = append(out, p)
	}
	for _, c := range iso.Countries {
		p := byCode[c.Alpha2]
		if p == nil {
			p = &place{Name: norm.NFC.String(c.Name), Country: c.Alpha2, Kind: "country"}
			byCode[c.Alpha2] = p
			out = append(out, p)
		}
		addAlts(p, []string{c.Name, c.CommonName, c.OfficialName}, st)
	}
	return out, nil
}

// subdivisionKey reduces a region name to what identifies it within its
// country: folded to lower-case ASCII letters, without a type word such as
// "Region" or "Oblast" and without the Russian adjective ending of
// "Chuyskaya oblast'", so "Jalal-Abad Region" and "Jalal-Abad" match.
func subdivisionKey(name, typ string) string {
	l := foldASCII(strings.ToLower(name))
	words := strings.FieldsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) })
	drop := map[string]bool{}
	for _, t := range strings.Fields(foldASCII(strings.ToLower(typ))) {
		drop[t] = true
	}
	for _, t := range typeWords {
		drop[t] = true
	}
	var keep []string
	for _, w := range words {
		if drop[w] {
			continue
		}
		for _, suf := range adjectiveEndings {
			if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
				w = strings.TrimSuffix(w, suf)
				break
			}
		}
		keep = append(keep, w)
	}
	if len(keep) == 0 {
		keep = words
	}
	return strings.Join(keep, "")
}

// adjectiveEndings are the endings of romanised Russian adjectives that
// ISO 3166-2 uses for regions ("Chuyskaya oblast'").
var adjectiveEndings = []string{"skaya", "skaja", "skiy", "skij", "skiï", "sky"}

// typeWords are the words for kinds of region that GeoNames and ISO 3166-2
// add to or leave off a name.
var typeWords = []string{
	"region", "province", "oblast", "state", "district", "county", "department",
	"governorate", "prefecture", "municipality", "city", "of", "the", "autonomous",
	"republic", "territory", "krai", "kray", "okrug", "voivodeship", "canton",
	"parish", "division", "emirate", "wilaya", "muhafazah", "provincia", "estado",
	"departamento", "rayon", "raion", "capital", "metropolitan", "gorod",
	"shaary", "shahri", "oblast", "oblysy", "viloyati", "skaya", "skaja",
}

// foldASCII removes diacritics from Latin letters.
func foldASCII(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// addSubdivisions merges ISO 3166-2 subdivisions into the regions. A
// subdivision matches a GeoNames region of its country when their keys (see
// subdivisionKey) are equal, or when the subdivision's key is the key of a
// spelling of a city whose name has the region's key (ISO's
// "Dzhalal-Abadskaya oblast'" → city Jalal-Abad, alternate "Dzhalal-Abad" →
// region "Jalal-Abad Region"). Keys that two regions of a country share
// match nothing. A matched subdivision gives its ISO name to the region as an
// alternate; the others get lines of their own.
func addSubdivisions(regions, cities []*place, iso2 string, st *gazStats) ([]*place, error) {
	var iso iso3166
	if err := readJSON(iso2, &iso); err != nil {
		return nil, err
	}
	byKey := map[string]*place{}
	ambiguous := map[string]bool{}
	for _, p := range regions {
		k := p.Country + "|" + subdivisionKey(p.Name, "")
		if _, ok := byKey[k]; ok {
			ambiguous[k] = true
		}
		byKey[k] = p
	}
	// City spellings, to bridge two romanisations of a region's name. Cities
	// come in file order; the first (any) city with a spelling wins, and a
	// spelling two cities share is ambiguous.
	cityKey := map[string]string{}
	for _, c := range cities {
		ck := c.Country + "|" + subdivisionKey(c.Name, "")
		for _, a := range append([]string{c.Name}, c.Alts...) {
			k := c.Country + "|" + subdivisionKey(a, "")
			if old, ok := cityKey[k]; ok && old != ck {
				cityKey[k] = ""
				continue
			}
			cityKey[k] = ck
		}
	}
	lookup := func(k string) *place {
		if p := byKey[k]; p != nil && !ambiguous[k] {
			return p
		}
		if ck := cityKey[k]; ck != "" {
			if p := byKey[ck]; p != nil && !ambiguous[ck] {
				return p
			}
		}
		return nil
	}
	var out []*place
	for _, s := range iso.Subdivisions {
		cc, _, _ := strings.Cut(s.Code, "-")
		name := norm.NFC.String(s.Name)
		k := cc + "|" + subdivisionKey(name, s.Type)
		if p := lookup(k); p != nil {
			addAlts(p, []string{name}, st)
			st.Kinds["subdivision-merged"]++
			continue
		}
		if !isLatinName(name) {
			continue // names in another script only
		}
		p := &place{Name: name, Country: cc, Kind: "subdivision"}
		out = append(out, p)
	}
	return out, nil
}

// sortPlaces orders places by name, then descending population, then
// country and alternates so the order is total.
func sortPlaces(ps []*place) {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		if a.Population != b.Population {
			return a.Population > b.Population
		}
		if a.Country != b.Country {
			return a.Country < b.Country
		}
		return strings.Join(a.Alts, "|") < strings.Join(b.Alts, "|")
	})
}

// placeLines renders places as gazetteer lines.
func placeLines(ps []*place) []string {
	out := make([]string, 0, len(ps))
	for _, p := range ps {
		out = append(out, joinTSV(p.Name, strconv.FormatInt(p.Population, 10), p.Country, strings.Join(p.Alts, "|")))
	}
	return out
}

// gazetteerSources says where the gazetteer inputs are.
type gazetteerSources struct {
	Cities, Admin1, CountryInfo, ISO1, ISO2 string
}

// buildGazetteer reads every source and returns the sorted places.
func buildGazetteer(src gazetteerSources) ([]*place, *gazStats, error) {
	st := &gazStats{Kinds: map[string]int{}, AltsDropped: map[string]int{}, Samples: map[string][]string{}}
	cities, err := readCities(src.Cities, st)
	if err != nil {
		return nil, nil, err
	}
	regions, err := readAdmin1(src.Admin1, st)
	if err != nil {
		return nil, nil, err
	}
	subs, err := addSubdivisions(regions, cities, src.ISO2, st)
	if err != nil {
		return nil, nil, err
	}
	countries, err := readCountries(src.CountryInfo, src.ISO1, st)
	if err != nil {
		return nil, nil, err
	}
	all := append(append(append(cities, regions...), subs...), countries...)
	for _, p := range all {
		for _, a := range p.Alts {
			if strings.ContainsAny(a, "|\t") {
				return nil, nil, fmt.Errorf("alternate %q of %s holds a separator", a, p.Name)
			}
		}
		st.Kinds[p.Kind]++
	}
	sortPlaces(all)
	return all, st, nil
}

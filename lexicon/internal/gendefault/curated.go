package main

import "strings"

// curatedPhrases are loanwords and foreign phrases that English news text
// uses without italics or explanation. The list was written by hand for
// lexcheck from general knowledge of English usage (the phrases English
// dictionaries such as Merriam-Webster and Collins list as naturalised);
// it is not cut from any corpus. Only the words SCOWL and Hunspell lack
// are added; each phrase is split into words because the checker looks
// words up one at a time.
var curatedPhrases = []string{
	"à la carte", "à la mode", "ad hoc", "ad infinitum", "ad nauseam", "agent provocateur",
	"aide-mémoire", "al fresco", "alma mater", "amour propre", "annus horribilis", "apéritif",
	"après-ski", "art nouveau", "au fait", "au naturel", "au pair", "avant-garde",
	"belle époque", "bête noire", "billet-doux", "bona fide", "bon vivant", "bon mot",
	"bon voyage", "carte blanche", "casus belli", "cause célèbre", "c'est la vie", "chargé d'affaires",
	"cordon sanitaire", "coup de grâce", "coup d'état", "coup de théâtre", "crème de la crème",
	"cri de cœur", "cul-de-sac", "de facto", "de jure", "de rigueur", "déjà vu", "de trop",
	"dolce vita", "double entendre", "en bloc", "en masse", "en route", "enfant terrible",
	"entente cordiale", "esprit de corps", "fait accompli", "faux pas", "femme fatale",
	"fin de siècle", "force majeure", "habeas corpus", "haute couture", "hors de combat",
	"idée fixe", "in absentia", "in extremis", "in situ", "in toto", "in vitro", "ipso facto",
	"je ne sais quoi", "joie de vivre", "laissez-faire", "lèse-majesté", "mea culpa",
	"modus operandi", "modus vivendi", "mot juste", "noblesse oblige", "nom de guerre",
	"nom de plume", "non sequitur", "nouveau riche", "objet d'art", "par excellence",
	"persona non grata", "pièce de résistance", "pied-à-terre", "prima facie", "pro bono",
	"pro forma", "pro rata", "quid pro quo", "raison d'état", "raison d'être", "realpolitik",
	"sang-froid", "sine qua non", "soi-disant", "status quo", "sub judice", "succès de scandale",
	"tabula rasa", "terra firma", "terra incognita", "tête-à-tête", "tour de force",
	"vice versa", "vis-à-vis", "vox pop", "vox populi", "zeitgeist", "schadenfreude",
	"angst", "wunderkind", "kindergarten", "diktat", "glasnost", "perestroika", "intifada",
	"mujahideen", "jihadi", "jihadis", "fatwa", "fatwas", "sharia", "burqa", "niqab", "hijab",
	"madrassa", "madrassas", "ayatollah", "imam", "souk", "kibbutz", "aliyah", "apparatchik",
	"oligarch", "oligarchs", "siloviki", "dacha", "tsar", "tsars", "sherpa", "taoiseach", "tánaiste",
	"dáil", "seanad", "gardaí", "garda", "bundestag", "bundesrat", "knesset", "duma", "majlis",
	"loya jirga", "jirga", "shura", "hajj", "umrah", "iftar", "diwali", "tsunami", "tsunamis",
	"typhoon", "manga", "anime", "karaoke", "sudoku", "emoji", "emojis", "tapas", "paella",
	"chorizo", "barista", "baristas", "panini", "latte", "lattes", "espresso", "cappuccino",
	"ciabatta", "focaccia", "bruschetta", "sushi", "sashimi", "tofu", "kimchi", "falafel",
	"hummus", "halloumi", "tzatziki", "gyros", "bratwurst", "croissant", "baguette", "brasserie",
	"bistro", "patisserie", "sommelier", "chateau", "château", "piñata", "fiesta", "siesta",
	"junta", "juntas", "guerrilla", "caudillo", "machismo", "favela", "favelas", "barrio", "barrios",
	"cartel", "cartels", "narco", "narcos", "autobahn", "autobahns", "kitsch", "doppelgänger",
	"poltergeist", "blitzkrieg", "lebensraum", "ersatz", "wanderlust", "gesundheit", "über",
}

// curatedModern are everyday words of modern news English that SCOWL's
// sizes up to 80 lack, written by hand for lexcheck. Closed compounds of two
// common words are not listed: the checker accepts those itself.
var curatedModern = []string{
	"fansite", "fansites", "en-GB:telecentre", "en-GB:telecentres", "en-US:telecenter", "en-US:telecenters",
	"en-GB:eurosceptic", "en-GB:eurosceptics", "en-GB:euroscepticism", "en-US:euroskeptic", "en-US:euroskeptics",
	"motorsport", "motorsports", "frontwoman", "frontwomen", "showrunner", "showrunners",
	"trojans", "malware", "ransomware", "spyware", "adware", "phishing", "botnet", "botnets",
	"cyberattack", "cyberattacks", "cybersecurity", "hashtag", "hashtags", "selfie", "selfies",
	"vlogger", "vloggers", "vlog", "vlogs", "podcast", "podcasts", "podcasting", "podcaster",
	"livestream", "livestreamed", "livestreaming", "smartphone", "smartphones", "touchscreen",
	"touchscreens", "broadband", "wifi", "bitcoin", "bitcoins", "blockchain", "cryptocurrency",
	"cryptocurrencies", "crowdfunding", "crowdfunded", "crowdsourcing", "crowdsourced",
	"gameplay", "esports", "biofuel", "biofuels", "geolocation", "microblogging", "unfollow",
	"retweet", "retweeted", "retweets", "vaping", "vape", "vapes", "influencer", "influencers",
	"deepfake", "deepfakes", "chatbot", "chatbots", "airstrike", "airstrikes", "counterterrorism",
	"jihadist", "jihadists", "Brexit", "Brexiteer", "Brexiteers", "eurozone", "frontbencher",
	"frontbenchers", "backbencher", "backbenchers", "bandmate", "bandmates", "shockwave",
	"shockwaves", "lockdown", "lockdowns", "furlough", "furloughed", "coronavirus", "biometric",
	"biometrics", "superbug", "superbugs", "megacity", "megacities", "rebrand", "rebranded",
	"counterparty", "counterparties", "en-US:signup", "en-US:signups", "en-US:donut",
	"rightwing", "rightwinger", "rightwingers", "leftwingers", "en-GB:chequable",
}

// curatedWords returns the words of curatedPhrases and curatedModern for the
// locale tag. An entry written "en-GB:word" belongs to that locale only.
func curatedWords(tag string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(w string) {
		w = strings.Trim(w, " ")
		if w != "" && !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	for _, p := range curatedPhrases {
		for _, w := range strings.Fields(p) {
			add(w)
			// "d'être" is also read as "être" by a tokeniser that splits at
			// the apostrophe.
			if i := strings.IndexAny(w, "'’"); i > 0 && i < len(w)-1 && len(w[:i]) <= 2 {
				add(w[i+1:])
			}
		}
	}
	for _, w := range curatedModern {
		if t, rest, ok := strings.Cut(w, ":"); ok {
			if t != tag {
				continue
			}
			w = rest
		}
		add(w)
	}
	return out
}

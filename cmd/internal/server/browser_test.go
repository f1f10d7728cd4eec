package server

import (
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromium returns the path of a Chromium binary: $LEXCHECK_CHROMIUM, or
// the first of the usual names found on $PATH; "" if there is none.
func chromium() string {
	if p := os.Getenv("LEXCHECK_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// openPage starts headless Chromium on the editor page of a server with
// cfg, and returns the browser's context, ended with the test; it skips
// the test where there is no Chromium.
func openPage(t *testing.T, cfg Config) context.Context {
	t.Helper()
	bin := chromium()
	if bin == "" {
		t.Skip("no Chromium found: install it (apt-get install -y chromium) or set LEXCHECK_CHROMIUM to its path")
	}
	if testing.Short() {
		t.Skip("a browser test; skipped in -short mode")
	}
	s, _ := newServer(t, cfg)
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox, // CI runs as root
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1200, 900),
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(cancelAlloc)
	bctx, cancelBrowser := chromedp.NewContext(actx, chromedp.WithLogf(t.Logf))
	t.Cleanup(cancelBrowser)
	if err := chromedp.Do(bctx, chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.ID("text"))); err != nil {
		t.Fatalf("loading the page: %v", err)
	}
	return bctx
}

// paste puts text in the editor as a paste does: it sets the value and
// fires the input event.
func paste(text string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		return chromedp.Do(ctx,
			chromedp.SetJavascriptAttribute(chromedp.ID("text"), "value", text),
			evaluate(`document.getElementById("text").dispatchEvent(new Event("input", {bubbles: true}))`))
	})
}

// checked is true once the list shows the answer for the current text.
const checked = `!document.getElementById("findings").hasAttribute("aria-busy")`

// TestBrowser drives the editor page in headless Chromium: paste the seed
// article, wait for its six flags, apply the first suggestion on
// "destabalisation" and see the text corrected.
func TestBrowser(t *testing.T) {
	article, err := os.ReadFile("../../../spell/testdata/seed-article.txt")
	if err != nil {
		t.Fatal(err)
	}
	bctx := openPage(t, Config{Lexicons: []string{}})
	err = chromedp.Do(bctx,
		paste(string(article)),
		waitFor(`document.querySelectorAll("#findings li").length === 6 && document.querySelectorAll("#marks mark").length === 6`),
	)
	if err != nil {
		t.Fatalf("loading the page and checking the article: %v", err)
	}
	flagged, err := chromedp.Run(bctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#findings li")].map(li => li.dataset.word)`))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(flagged, " "), "Bakivev bakivev oppenents destabalisation destabalisation Jala'abad"; got != want {
		t.Errorf("flags %q, want %q", got, want)
	}
	status, err := chromedp.Run(bctx, chromedp.Text(chromedp.ID("status")))
	if err != nil || status != "6 flags." {
		t.Errorf("status %q (%v), want %q", status, err, "6 flags.")
	}

	err = chromedp.Do(bctx,
		chromedp.Click(chromedp.CSS(`#findings li[data-word="destabalisation"] button.suggestion`)),
		// The fix is applied at once; the re-check then leaves five flags.
		waitFor(`document.querySelectorAll("#findings li").length === 5`),
	)
	if err != nil {
		t.Fatalf("applying the suggestion: %v", err)
	}
	text, err := chromedp.Run(bctx, chromedp.Value(chromedp.ID("text")))
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Replace(string(article), "destabalisation", "destabilisation", 1)
	if text != want {
		t.Errorf("the text after the fix is not the article with the first destabalisation corrected")
	}
	if n := strings.Count(text, "destabalisation"); n != 1 {
		t.Errorf("%d destabalisation left, want 1 (the other flag)", n)
	}
	// LEXCHECK_SCREENSHOT=page.png saves what the page looks like now.
	if sh := os.Getenv("LEXCHECK_SCREENSHOT"); sh != "" {
		if png, err := chromedp.Run(bctx, chromedp.CaptureScreenshot()); err == nil {
			os.WriteFile(sh, png, 0o644)
		}
		// And as a phone shows it.
		if err := chromedp.Do(bctx, chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile)); err == nil {
			if png, err := chromedp.Run(bctx, chromedp.CaptureScreenshot()); err == nil {
				os.WriteFile(strings.TrimSuffix(sh, ".png")+"-phone.png", png, 0o644)
			}
		}
	}
}

// TestBrowserAccept accepts a word that a two-word house name flags
// ("Sergey" of "Sergey Lavrov", house spelling "Sergei Lavrov"): the flag
// goes, the re-check brings no new one on the pair, and the keyboard focus
// stays in the list of flags.
func TestBrowserAccept(t *testing.T) {
	house := filepath.Join(t.TempDir(), "house.txt")
	if err := os.WriteFile(house, []byte("Sergei Lavrov\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	bctx := openPage(t, Config{Lexicons: []string{house}})
	err := chromedp.Do(bctx,
		paste("Foreign Minister Sergey Lavrov met the oppenents.\n"),
		waitFor(checked+` && document.querySelectorAll("#findings li").length === 2`),
	)
	if err != nil {
		t.Fatalf("checking the text: %v", err)
	}
	flagged, err := chromedp.Run(bctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#findings li")].map(li => li.dataset.word)`))
	if err != nil || strings.Join(flagged, " ") != "Sergey oppenents" {
		t.Fatalf("flags %q (%v), want Sergey and oppenents", flagged, err)
	}
	err = chromedp.Do(bctx,
		chromedp.Click(chromedp.CSS(`#findings li[data-word="Sergey"] button.accept`)),
		waitFor(checked),
	)
	if err != nil {
		t.Fatalf("accepting Sergey: %v", err)
	}
	got, err := chromedp.Run(bctx, chromedp.Evaluate[[]string](`[
		[...document.querySelectorAll("#findings li")].map(li => li.dataset.word).join(" "),
		[...document.querySelectorAll("#marks mark")].map(m => m.textContent).join(" "),
		document.getElementById("findings").contains(document.activeElement) ? document.activeElement.textContent : "focus on " + document.activeElement.tagName,
	]`))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"oppenents", "oppenents", "opponents"}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("after Accept: flags %q, marks %q, focus %q; want %q", got[0], got[1], got[2], want)
	}
}

// TestBrowserKinds checks that each kind of flag is underlined in a style
// of its own, in a colour with at least 3:1 contrast against white, and
// that the legend names each in plain words.
func TestBrowserKinds(t *testing.T) {
	bctx := openPage(t, Config{Lexicons: []string{}})
	styles, err := chromedp.Run(bctx, chromedp.Evaluate[[]string](`(() => {
		const lum = (c) => {
			const [r, g, b] = c.match(/\d+/g).slice(0, 3).map((v) => {
				v /= 255;
				return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
			});
			return 0.2126 * r + 0.7152 * g + 0.0722 * b;
		};
		const marks = document.getElementById("marks");
		return ["rejected", "name-variant", "misspelling", "inconsistent", "repeated"].map((kind) => {
			const m = document.createElement("mark");
			m.className = kind;
			m.textContent = "word";
			marks.append(m);
			const st = getComputedStyle(m);
			const contrast = 1.05 / (lum(st.textDecorationColor) + 0.05);
			const legend = [...document.querySelectorAll(".legend li")].find((li) => li.querySelector(".sample." + kind));
			return [kind, st.textDecorationLine, st.textDecorationStyle, contrast >= 3 ? "3:1" : contrast.toFixed(2) + ":1",
				legend ? legend.textContent.replace(legend.querySelector(".sample").textContent, "").trim() : "no legend"].join(" / ");
		});
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"rejected / underline / double / 3:1 / Spelling the house style rejects",
		"name-variant / underline / dashed / 3:1 / Name spelled differently",
		"misspelling / underline / wavy / 3:1 / Unknown spelling",
		"inconsistent / underline / dotted / 3:1 / Spelled two ways in this article",
		"repeated / underline / solid / 3:1 / Word typed twice",
	}
	if strings.Join(styles, "\n") != strings.Join(want, "\n") {
		t.Errorf("kinds are drawn:\n%s\nwant:\n%s", strings.Join(styles, "\n"), strings.Join(want, "\n"))
	}
}

// waitFor polls a JavaScript condition until it is true.
func waitFor(cond string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Run(ctx, chromedp.Poll[bool](cond, chromedp.WithPollingInterval(50*time.Millisecond)))
		return err
	})
}

// evaluate runs a JavaScript expression for its effect.
func evaluate(expr string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Run(ctx, chromedp.Evaluate[any](expr))
		return err
	})
}

// TestBrowserAcceptFocusesNextFlag accepts a word flagged twice, at its
// second flag: both flags go, and the focus moves to the flag that
// followed the accepted one, not to whatever now stands at its place.
func TestBrowserAcceptFocusesNextFlag(t *testing.T) {
	bctx := openPage(t, Config{Lexicons: []string{}})
	err := chromedp.Do(bctx,
		paste("The oppenents met. The goverment fell. The oppenents won. The destabalisation grew. The wisdom was recieved.\n"),
		waitFor(checked+` && document.querySelectorAll("#findings li").length === 5`),
		chromedp.Click(chromedp.CSS(`#findings li:nth-child(3) button.accept`)),
		waitFor(checked+` && document.querySelectorAll("#findings li").length === 3`),
	)
	if err != nil {
		t.Fatalf("checking the text and accepting the second oppenents: %v", err)
	}
	got, err := chromedp.Run(bctx, chromedp.Evaluate[string](`(() => {
		const li = document.activeElement.closest("#findings li");
		return li ? li.dataset.word : "focus on " + document.activeElement.tagName;
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	if got != "destabalisation" {
		t.Errorf("after Accept the focus is on %q, want the flag that followed, destabalisation", got)
	}
}

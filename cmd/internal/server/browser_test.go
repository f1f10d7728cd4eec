package server

import (
	"context"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"net/http/httptest"
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

// TestBrowser drives the editor page in headless Chromium: paste the seed
// article, wait for its six flags, apply the first suggestion on
// "destabalisation" and see the text corrected.
func TestBrowser(t *testing.T) {
	bin := chromium()
	if bin == "" {
		t.Skip("no Chromium found: install it (apt-get install -y chromium) or set LEXCHECK_CHROMIUM to its path")
	}
	if testing.Short() {
		t.Skip("a browser test; skipped in -short mode")
	}
	article, err := os.ReadFile("../../../spell/testdata/seed-article.txt")
	if err != nil {
		t.Fatal(err)
	}
	s, _ := newServer(t, Config{Lexicons: []string{}})
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()

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
	defer cancel()
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(actx, chromedp.WithLogf(t.Logf))
	defer cancelBrowser()

	err = chromedp.Do(bctx,
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitVisible(chromedp.ID("text")),
		// Paste: set the value and fire the input event a paste fires.
		chromedp.SetJavascriptAttribute(chromedp.ID("text"), "value", string(article)),
		evaluate(`document.getElementById("text").dispatchEvent(new Event("input", {bubbles: true}))`),
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

package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// BenchmarkCheckHTTP posts a ~5 KB article to /v1/check over loopback from
// 1, 8 and 64 concurrent clients, b.N requests in all, and reports
// requests/s and the p50 and p99 latency.
func BenchmarkCheckHTTP(b *testing.B) {
	article, err := os.ReadFile("../../../spell/testdata/seed-article.txt")
	if err != nil {
		b.Fatal(err)
	}
	body, _ := json.Marshal(map[string]string{"text": string(article)})
	s, _ := newServer(b, Config{Lexicons: []string{"testdata/house.txt"}, MaxConcurrent: 64})
	ts := httptest.NewServer(s.Handler()) // listens on 127.0.0.1 only
	defer ts.Close()

	for _, clients := range []int{1, 8, 64} {
		b.Run(fmt.Sprintf("clients=%d", clients), func(b *testing.B) {
			tr := &http.Transport{MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients}
			defer tr.CloseIdleConnections()
			client := &http.Client{Transport: tr, Timeout: 30 * time.Second}
			latencies := make([]time.Duration, b.N)
			var next atomic.Int64
			var failed atomic.Value
			var wg sync.WaitGroup
			b.SetBytes(int64(len(body)))
			b.ResetTimer()
			start := time.Now()
			for range clients {
				wg.Go(func() {
					for {
						i := int(next.Add(1)) - 1
						if i >= b.N {
							return
						}
						t0 := time.Now()
						resp, err := client.Post(ts.URL+"/v1/check", "application/json", bytes.NewReader(body))
						if err != nil {
							failed.Store(err)
							return
						}
						io.Copy(io.Discard, resp.Body)
						resp.Body.Close()
						if resp.StatusCode != http.StatusOK {
							failed.Store(fmt.Errorf("status %d", resp.StatusCode))
							return
						}
						latencies[i] = time.Since(t0)
					}
				})
			}
			wg.Wait()
			elapsed := time.Since(start)
			b.StopTimer()
			if err, _ := failed.Load().(error); err != nil {
				b.Fatal(err)
			}
			slices.Sort(latencies)
			pct := func(p float64) float64 {
				return float64(latencies[min(len(latencies)-1, int(p*float64(len(latencies))))].Microseconds()) / 1000
			}
			b.ReportMetric(float64(b.N)/elapsed.Seconds(), "req/s")
			b.ReportMetric(pct(0.50), "p50-ms")
			b.ReportMetric(pct(0.99), "p99-ms")
		})
	}
}

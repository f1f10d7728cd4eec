package server

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// Timeouts and intervals of [Run].
const (
	readHeaderTimeout = 5 * time.Second
	readTimeout       = 30 * time.Second
	writeTimeout      = 30 * time.Second
	idleTimeout       = 2 * time.Minute
	shutdownTimeout   = 15 * time.Second // in-flight requests get this long to finish
	pollInterval      = 3 * time.Second  // how often lexicon files are looked at
)

// Run serves s on addr (such as "127.0.0.1:8080" or ":8080") until ctx is
// done, then shuts down gracefully: /readyz turns 503, the listener closes,
// and requests in flight get up to 15 seconds to finish. It reloads (see
// [Server.Reload]) on SIGHUP and when the modification time or size of a
// lexicon file or a file of [Config.Watch] changes (looked at every 3
// seconds); a failed reload is logged and the old lexicons keep serving. Run returns nil after a shutdown that ctx asked for,
// or the error that stopped the server.
func Run(ctx context.Context, addr string, s *Server) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	return serve(ctx, ln, s, pollInterval)
}

// serve is Run on a listener, with the poll interval as a parameter for
// tests.
func serve(ctx context.Context, ln net.Listener, s *Server, poll time.Duration) error {
	srv := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}

	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)

	watchCtx, stopWatch := context.WithCancel(ctx)
	watchDone := make(chan struct{})
	go func() {
		defer close(watchDone)
		s.watch(watchCtx, hup, poll)
	}()
	defer func() { stopWatch(); <-watchDone }()

	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	s.log.Info("serving", "addr", ln.Addr().String())

	select {
	case err := <-served:
		return err // Serve never returns nil
	case <-ctx.Done():
	}
	s.ready.Store(false)
	s.log.Info("shutting down", "grace", shutdownTimeout)
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	err := srv.Shutdown(sctx)
	if err != nil {
		srv.Close() // the grace ran out: cut the rest
	}
	if serr := <-served; !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	return err
}

// watch reloads the lexicons on each signal from hup and whenever a poll
// finds a lexicon or watched file changed, until ctx is done. Reload logs its own
// errors.
func (s *Server) watch(ctx context.Context, hup <-chan os.Signal, poll time.Duration) {
	t := time.NewTicker(poll)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-hup:
			s.log.Info("SIGHUP: reloading lexicons")
			s.Reload()
		case <-t.C:
			if s.changed() {
				s.log.Info("a lexicon or configuration file changed: reloading lexicons")
				s.Reload()
			}
		}
	}
}

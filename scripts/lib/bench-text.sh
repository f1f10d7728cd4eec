# Sourced by the scripts that measure on real news.
#
# bench_text NAME sets BENCH_TEXT to the archive of Reuters articles
# ($BENCH_TEXT, or ../shared/bench/reuters-train.tar.gz) and returns 0; when
# there is none it says so on standard error, under the script's NAME, and
# returns 1, so that a clone without the text measures nothing and fails
# nothing.
bench_text() {
	BENCH_TEXT=${BENCH_TEXT:-../shared/bench/reuters-train.tar.gz}
	if [ ! -f "$BENCH_TEXT" ]; then
		echo "$1: no real news at $BENCH_TEXT (set BENCH_TEXT); nothing measured" >&2
		return 1
	fi
}

# lib.sh - helpers for the functional tests (sourced by tests/run).
#
#   testing NAME COMMAND EXPECTED [FILE_INPUT [STDIN]]
#       Runs COMMAND with sh in a scratch directory, with FILE_INPUT in
#       ./input and STDIN on standard input; passes when its standard
#       output equals EXPECTED (printf %b escapes allowed). Check stderr and
#       exit status inside COMMAND (2>&1, "; echo rc=$?").
# Commands run with bash, and can call wait_for and wait_port.
#
#   check NAME COMMAND      passes when COMMAND exits 0 (output shown on
#                           failure)
#   skip NAME REASON        counts nothing, prints SKIP
#   wait_for SECONDS COMMAND  retries COMMAND every 0.1 s, bounded
#   wait_port PORT [TCP|UDP]  waits until something listens on PORT
#
# $TCPBOX is the binary under test; $T a scratch directory per file.
# Results go to $TEST_RESULTS, one "PASS"/"FAIL" line per test.

: "${TCPBOX:?TCPBOX must name the binary under test}"
: "${TEST_RESULTS:?}"
export TCPBOX

_tb_result()
{
	echo "$1" >> "$TEST_RESULTS"
}

testing()
{
	_name=$1 _cmd=$2 _want=$3
	_dir=$(mktemp -d "${T:-/tmp}/t.XXXXXX")
	printf '%b' "${4:-}" > "$_dir/input"
	_got=$(cd "$_dir" && printf '%b' "${5:-}" |
		timeout -k 5 "${TEST_TIMEOUT:-60}" bash -c "$_cmd" 2>"$_dir/.stderr"; echo x)
	_got=${_got%x}
	_want=$(printf '%b' "$_want"; echo x)
	_want=${_want%x}
	if [ "$_got" = "$_want" ]; then
		echo "PASS: $_name"
		_tb_result PASS
	else
		echo "FAIL: $_name"
		_tb_result FAIL
		printf '%s' "$_want" > "$_dir/.want"
		printf '%s' "$_got" > "$_dir/.got"
		diff -u "$_dir/.want" "$_dir/.got" | sed -n '3,30p' | sed 's/^/    /'
		sed -n '1,10p' "$_dir/.stderr" | sed 's/^/    stderr: /'
	fi
	rm -rf "$_dir"
}

check()
{
	_name=$1
	_out=$(timeout -k 5 "${TEST_TIMEOUT:-60}" bash -c "$2" 2>&1)
	if [ $? -eq 0 ]; then
		echo "PASS: $_name"
		_tb_result PASS
	else
		echo "FAIL: $_name"
		_tb_result FAIL
		printf '%s\n' "$_out" | sed -n '1,30p' | sed 's/^/    /'
	fi
}

skip()
{
	echo "SKIP: $1 ($2)"
	_tb_result SKIP
}

wait_for()
{
	_n=$(($1 * 10))
	shift
	while [ $_n -gt 0 ]; do
		sh -c "$*" > /dev/null 2>&1 && return 0
		sleep 0.1
		_n=$((_n - 1))
	done
	return 1
}

wait_port()
{
	wait_for 10 "grep -q ':$(printf %04X "$1") 00000000:0000 0A' /proc/net/tcp /proc/net/tcp6 2>/dev/null"
}

export -f wait_for wait_port

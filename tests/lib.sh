# lib.sh - helpers for the functional tests (sourced by tests/run).
#
#   testing NAME COMMAND EXPECTED [FILE_INPUT [STDIN]]
#       Runs COMMAND with sh in a scratch directory, with FILE_INPUT in
#       ./input and STDIN on standard input; passes when its standard
#       output equals EXPECTED (printf %b escapes allowed). Check stderr and
#       exit status inside COMMAND (2>&1, "; echo rc=$?").
# Commands run with bash, and can call the wait_* helpers below.
#
#   check NAME COMMAND      passes when COMMAND exits 0 (output shown on
#                           failure)
#   skip NAME REASON        counts nothing, prints SKIP
#
# Waiting for readiness: wait for the condition itself, never for a time
# or for a file that may be left from before. Each helper polls every
# 0.1 s for at most SECS (default 10) times TEST_WAIT_SCALE (default 3:
# the files run at once, on a machine that may be busy; a bound only
# matters when the condition never comes), returns 0 when the condition
# holds, else prints why on stderr and returns 1. Each test as a whole
# is bounded by TEST_TIMEOUT seconds (default 300). TEST_TIMES=1 adds
# each passing test's seconds to its PASS line.
#   wait_listen PORT [tcp|udp] [SECS]   a TCP socket in LISTEN (a bound
#                           UDP socket) on PORT in this namespace, as the
#                           kernel reports it (sock_diag, through ss)
#   wait_listen unix PATH [SECS]        the socket file at PATH belongs
#                           to a socket that listens (stream) or is bound
#                           (datagram): matched by the file's inode, so
#                           neither a file left by an earlier listener
#                           nor another socket of the same name counts
#   wait_ss SECS SS-ARGS...  ss -H SS-ARGS prints a line: a connection in
#                           a state, e.g. wait_ss 5 -tn state syn-sent
#                           'dport = :9'
#   wait_file_line FILE REGEX [N [SECS]]  FILE has N (1) lines matching
#                           the extended REGEX, e.g. a capture's
#                           "listening on" line or the packets it printed
#   wait_exit PID [SECS]    process PID has exited (a zombie counts as
#                           exited: reap it with wait)
#   wait_for SECS COMMAND   COMMAND (sh -c) succeeds; for conditions the
#                           others do not cover
#   wait_port PORT [tcp|udp]  the same as wait_listen PORT
#
#   in_netns COMMAND...     COMMAND in a network namespace of its own
#                           (lo up), e.g. two sides of a side-by-side
#                           test at once, both on port 23
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

# _tb_took: " (S s)" since $_t0 when TEST_TIMES is set, else nothing
_tb_took()
{
	[ -n "${TEST_TIMES:-}" ] || return 0
	echo "$_t0 $EPOCHREALTIME" | awk '{ printf " (%.1f s)", $2 - $1 }'
}

testing()
{
	_name=$1 _cmd=$2 _want=$3 _t0=$EPOCHREALTIME
	_dir=$(mktemp -d "${T:-/tmp}/t.XXXXXX")
	printf '%b' "${4:-}" > "$_dir/input"
	_got=$(cd "$_dir" && printf '%b' "${5:-}" |
		timeout -k 5 "${TEST_TIMEOUT:-300}" bash -c "$_cmd" 2>"$_dir/.stderr"; echo x)
	_got=${_got%x}
	_want=$(printf '%b' "$_want"; echo x)
	_want=${_want%x}
	if [ "$_got" = "$_want" ]; then
		echo "PASS: $_name$(_tb_took)"
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
	_name=$1 _t0=$EPOCHREALTIME
	_out=$(timeout -k 5 "${TEST_TIMEOUT:-300}" bash -c "$2" 2>&1)
	if [ $? -eq 0 ]; then
		echo "PASS: $_name$(_tb_took)"
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
	_n=$(($1 * 10 * ${TEST_WAIT_SCALE:-3}))
	shift
	while [ $_n -gt 0 ]; do
		sh -c "$*" > /dev/null 2>&1 && return 0
		sleep 0.1
		_n=$((_n - 1))
	done
	return 1
}

# _tb_poll SECS WHAT COMMAND...: run COMMAND every 0.1 s until it
# succeeds, for at most SECS; WHAT says what was awaited
_tb_poll()
{
	local secs=$(($1 * ${TEST_WAIT_SCALE:-3})) n=$(($1 * 10 * ${TEST_WAIT_SCALE:-3})) what=$2
	shift 2
	while [ $n -gt 0 ]; do
		"$@" > /dev/null 2>&1 && return 0
		sleep 0.1
		n=$((n - 1))
	done
	echo "wait: no $what after ${secs} s" >&2
	return 1
}

_tb_has_listener()	# tcp|udp PORT | unix PATH
{
	case $1 in
	tcp)	[ -n "$(ss -Hlnt "sport = :$2")" ] ;;
	udp)	[ -n "$(ss -Hlnu "sport = :$2")" ] ;;
	unix)	# the kernel's listener for the file a connect finds now
		local ino
		ino=$(stat -c %i -- "$2" 2>/dev/null) || return 1
		ss -Hlxe | grep -q " ino:$ino " ;;
	esac
}

wait_listen()
{
	local proto=tcp what=$1 secs=10
	# a socket file may outlive its listener: ask the kernel
	if [ "$1" = unix ]; then
		_tb_poll "${3:-10}" "unix socket listening on $2" \
			_tb_has_listener unix "$2"
		return
	fi
	case ${2:-} in
	tcp|TCP|udp|UDP) proto=$(echo "$2" | tr A-Z a-z); secs=${3:-10} ;;
	[0-9]*) secs=$2 ;;
	esac
	_tb_poll "$secs" "$proto listener on port $what" \
		_tb_has_listener "$proto" "$what"
}

wait_port()
{
	wait_listen "$@"
}

wait_ss()
{
	local secs=$1
	shift
	_tb_poll "$secs" "socket for ss $*" _tb_ss_any "$@"
}

_tb_ss_any()
{
	[ -n "$(ss -H "$@")" ]
}

wait_file_line()
{
	_tb_poll "${4:-10}" "${3:-1} line(s) matching '$2' in $1" \
		_tb_file_has "$1" "$2" "${3:-1}"
}

_tb_file_has()
{
	[ "$(grep -cE -- "$2" "$1" 2>/dev/null)" -ge "$3" ]
}

wait_exit()
{
	_tb_poll "${2:-10}" "exit of process $1" _tb_exited "$1"
}

_tb_exited()	# gone, or a zombie
{
	local st
	[ -r "/proc/$1/stat" ] || return 0
	st=$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null) || return 0
	[ -z "$st" ] || [ "${st%% *}" = Z ] || [ "${st%% *}" = X ]
}

# in_netns COMMAND...: COMMAND (a program or an exported function) in
# a network namespace of its own, lo up: for the two sides of a side by
# side test run at once on the same fixed port
in_netns()
{
	unshare -n bash -c 'ip link set lo up && "$@"' in_netns "$@"
}

export -f wait_for wait_port wait_listen wait_ss wait_file_line wait_exit \
	in_netns _tb_poll _tb_has_listener _tb_ss_any _tb_file_has _tb_exited

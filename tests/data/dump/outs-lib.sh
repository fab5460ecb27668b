# outs-lib.sh - sourced by the make-outs.sh of a capture directory (run
# from that directory), which write the expected outputs with the Debian
# tcpdump (the oracle) and the TESTLIST lines naming them.

# outs PCAP NAME FLAGSET...: tcpdump's output of PCAP under each flag set
# (one argument each, "" for none) into NAME-TAG.out (TAG the flags
# without dashes and spaces; NAME.out for none), a TESTLIST line each
outs() {
	_p=$1 _b=$2
	shift 2
	for _o in "$@"; do
		_t=$(echo "$_o" | sed "s/^-//; s/ -/-/g")
		_out=$_b${_t:+-$_t}.out
		# shellcheck disable=SC2086
		TZ=GMT0 LC_ALL=C tcpdump -# -n -r "$_p" $_o > "$_out" 2>/dev/null
		echo "$_b${_t:+-$_t} $_p $_out $_o" >> TESTLIST
	done
}

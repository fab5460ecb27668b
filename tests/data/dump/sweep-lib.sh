# sweep-lib.sh - sourced by tests/data/dump/sweep-*/make-pcaps.sh, run
# from the top of the tree as `sh .../make-pcaps.sh CORPUS_DIR`, after
# they set `here` (their directory). Sets c (the corpus of tcpdump's
# test captures, the script's first argument) and tmp (a directory
# removed on exit), and lets the inline Python generators import
# tests/data/dump/pcapbuild.py.
c=${1:?usage: make-pcaps.sh CORPUS_DIR}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
PYTHONPATH=tests/data/dump${PYTHONPATH:+:$PYTHONPATH}
export PYTHONPATH

# sweep SEED NAME: scripts/dump-sweep's variants of the corpus capture
# NAME with SEED, as $tmp/NAME-sSEED.pcap (nothing compared)
sweep() { scripts/dump-sweep -n -s "$1" -o "$tmp" "$c/$2.pcap" >/dev/null; }

# pick SEED NAME OUT N[-M]...: packets N... (as -# numbers) of that
# variant, made first if it is not there yet, into the capture OUT
pick() {
	[ -f "$tmp/$2-s$1.pcap" ] || sweep "$1" "$2"
	_in=$tmp/$2-s$1.pcap _out=$3
	shift 3
	scripts/pcap-pick "$_in" "$_out" "$@"
}

# cat_pcaps OUT IN...: the packets of the captures IN (of one link
# type), one after the other
cat_pcaps() { scripts/pcap-pick -c "$@"; }

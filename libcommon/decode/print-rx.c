/* print-rx.c - AFS RX on UDP ports 7000-7009: the RX header (-v: its
 * sequence and serial, -vv: call and flags), acks with their acked and
 * nacked ranges, and the calls and replies of the AFS services: file
 * server, callbacks, protection, volume location, Kerberos, volume, BOS,
 * and the Ubik calls of the replicated databases. Replies are decoded
 * with the opcode of their call, remembered in struct dctx (the last 64
 * calls). Output as tcpdump 4.99 print-rx.c.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "decode.h"
#include "out.h"
#include "table.h"

enum { HDR = 28, T_DATA = 1, T_ACK = 2, T_ABORT = 4, CLIENT_INIT = 1,
       FS_PORT = 7000, CB_PORT, PROT_PORT, VLDB_PORT, KAUTH_PORT, VOL_PORT,
       BOS_PORT = 7007, NAMEMAX = 256, PRNAMEMAX = 64, VLNAMEMAX = 65,
       KANAMEMAX = 64 };

static const struct tok rx_types[] = {
	{ 1, "data" }, { 2, "ack" }, { 3, "busy" }, { 4, "abort" },
	{ 5, "ackall" }, { 6, "challenge" }, { 7, "response" },
	{ 8, "debug" }, { 9, "params" }, { 13, "version" },
	{ 0, NULL }
};

static const struct __attribute__((packed)) {
	unsigned char flag, type;
	const char *s;
} rx_flags[] = {
	{ 1, 0, "client-init" }, { 2, 0, "req-ack" }, { 4, 0, "last-pckt" },
	{ 8, 0, "more-pckts" }, { 16, 0, "free-pckt" },
	{ 32, T_ACK, "slow-start" }, { 32, T_DATA, "jumbogram" },
};

static const struct tok fs_req[] = {
	{ 130, "fetch-data" }, { 131, "fetch-acl" }, { 132, "fetch-status" },
	{ 133, "store-data" }, { 134, "store-acl" }, { 135, "store-status" },
	{ 136, "remove-file" }, { 137, "create-file" }, { 138, "rename" },
	{ 139, "symlink" }, { 140, "link" }, { 141, "makedir" },
	{ 142, "rmdir" }, { 143, "oldsetlock" }, { 144, "oldextlock" },
	{ 145, "oldrellock" }, { 146, "get-stats" }, { 147, "give-cbs" },
	{ 148, "get-vlinfo" }, { 149, "get-vlstats" }, { 150, "set-vlstats" },
	{ 151, "get-rootvl" }, { 152, "check-token" }, { 153, "get-time" },
	{ 154, "nget-vlinfo" }, { 155, "bulk-stat" }, { 156, "setlock" },
	{ 157, "extlock" }, { 158, "rellock" }, { 159, "xstat-ver" },
	{ 160, "get-xstat" }, { 161, "dfs-lookup" }, { 162, "dfs-flushcps" },
	{ 163, "dfs-symlink" }, { 220, "residency" },
	{ 65536, "inline-bulk-status" }, { 65537, "fetch-data-64" },
	{ 65538, "store-data-64" }, { 65539, "give-up-all-cbs" },
	{ 65540, "get-caps" }, { 65541, "cb-rx-conn-addr" },
	{ 0, NULL }
};

static const struct tok cb_req[] = {
	{ 204, "callback" }, { 205, "initcb" }, { 206, "probe" },
	{ 207, "getlock" }, { 208, "getce" }, { 209, "xstatver" },
	{ 210, "getxstat" }, { 211, "initcb2" }, { 212, "whoareyou" },
	{ 213, "initcb3" }, { 214, "probeuuid" }, { 215, "getsrvprefs" },
	{ 216, "getcellservdb" }, { 217, "getlocalcell" },
	{ 218, "getcacheconf" }, { 65536, "getce64" },
	{ 65537, "getcellbynum" }, { 65538, "tellmeaboutyourself" },
	{ 0, NULL }
};

static const struct tok pt_req[] = {
	{ 500, "new-user" }, { 501, "where-is-it" }, { 502, "dump-entry" },
	{ 503, "add-to-group" }, { 504, "name-to-id" }, { 505, "id-to-name" },
	{ 506, "delete" }, { 507, "remove-from-group" }, { 508, "get-cps" },
	{ 509, "new-entry" }, { 510, "list-max" }, { 511, "set-max" },
	{ 512, "list-entry" }, { 513, "change-entry" },
	{ 514, "list-elements" }, { 515, "same-mbr-of" },
	{ 516, "set-fld-sentry" }, { 517, "list-owned" }, { 518, "get-cps2" },
	{ 519, "get-host-cps" }, { 520, "update-entry" },
	{ 521, "list-entries" }, { 530, "list-super-groups" },
	{ 0, NULL }
};

static const struct tok vldb_req[] = {
	{ 501, "create-entry" }, { 502, "delete-entry" },
	{ 503, "get-entry-by-id" }, { 504, "get-entry-by-name" },
	{ 505, "get-new-volume-id" }, { 506, "replace-entry" },
	{ 507, "update-entry" }, { 508, "setlock" }, { 509, "releaselock" },
	{ 510, "list-entry" }, { 511, "list-attrib" }, { 512, "linked-list" },
	{ 513, "get-stats" }, { 514, "probe" }, { 515, "get-addrs" },
	{ 516, "change-addr" }, { 517, "create-entry-n" },
	{ 518, "get-entry-by-id-n" }, { 519, "get-entry-by-name-n" },
	{ 520, "replace-entry-n" }, { 521, "list-entry-n" },
	{ 522, "list-attrib-n" }, { 523, "linked-list-n" },
	{ 524, "update-entry-by-name" }, { 525, "create-entry-u" },
	{ 526, "get-entry-by-id-u" }, { 527, "get-entry-by-name-u" },
	{ 528, "replace-entry-u" }, { 529, "list-entry-u" },
	{ 530, "list-attrib-u" }, { 531, "linked-list-u" }, { 532, "regaddr" },
	{ 533, "get-addrs-u" }, { 534, "list-attrib-n2" },
	{ 0, NULL }
};

static const struct tok kauth_req[] = {
	{ 1, "auth-old" }, { 21, "authenticate" }, { 22, "authenticate-v2" },
	{ 2, "change-pw" }, { 3, "get-ticket-old" }, { 23, "get-ticket" },
	{ 4, "set-pw" }, { 5, "set-fields" }, { 6, "create-user" },
	{ 7, "delete-user" }, { 8, "get-entry" }, { 9, "list-entry" },
	{ 10, "get-stats" }, { 11, "debug" }, { 12, "get-pw" },
	{ 13, "get-random-key" }, { 14, "unlock" }, { 15, "lock-status" },
	{ 0, NULL }
};

static const struct tok vol_req[] = {
	{ 100, "create-volume" }, { 101, "delete-volume" }, { 102, "restore" },
	{ 103, "forward" }, { 104, "end-trans" }, { 105, "clone" },
	{ 106, "set-flags" }, { 107, "get-flags" }, { 108, "trans-create" },
	{ 109, "dump" }, { 110, "get-nth-volume" }, { 111, "set-forwarding" },
	{ 112, "get-name" }, { 113, "get-status" }, { 114, "sig-restore" },
	{ 115, "list-partitions" }, { 116, "list-volumes" },
	{ 117, "set-id-types" }, { 118, "monitor" }, { 119, "partition-info" },
	{ 120, "reclone" }, { 121, "list-one-volume" }, { 122, "nuke" },
	{ 123, "set-date" }, { 124, "x-list-volumes" },
	{ 125, "x-list-one-volume" }, { 126, "set-info" },
	{ 127, "x-list-partitions" }, { 128, "forward-multiple" },
	{ 65536, "convert-ro" }, { 65537, "get-size" }, { 65538, "dump-v2" },
	{ 0, NULL }
};

static const struct tok bos_req[] = {
	{ 80, "create-bnode" }, { 81, "delete-bnode" }, { 82, "set-status" },
	{ 83, "get-status" }, { 84, "enumerate-instance" },
	{ 85, "get-instance-info" }, { 86, "get-instance-parm" },
	{ 87, "add-superuser" }, { 88, "delete-superuser" },
	{ 89, "list-superusers" }, { 90, "list-keys" }, { 91, "add-key" },
	{ 92, "delete-key" }, { 93, "set-cell-name" }, { 94, "get-cell-name" },
	{ 95, "get-cell-host" }, { 96, "add-cell-host" },
	{ 97, "delete-cell-host" }, { 98, "set-t-status" },
	{ 99, "shutdown-all" }, { 100, "restart-all" }, { 101, "startup-all" },
	{ 102, "set-noauth-flag" }, { 103, "re-bozo" }, { 104, "restart" },
	{ 105, "start-bozo-install" }, { 106, "uninstall" },
	{ 107, "get-dates" }, { 108, "exec" }, { 109, "prune" },
	{ 110, "set-restart-time" }, { 111, "get-restart-time" },
	{ 112, "start-bozo-log" }, { 113, "wait-all" },
	{ 114, "get-instance-strings" }, { 115, "get-restricted" },
	{ 116, "set-restricted" },
	{ 0, NULL }
};

static const struct tok ubik_req[] = {
	{ 10000, "vote-beacon" }, { 10001, "vote-debug-old" },
	{ 10002, "vote-sdebug-old" }, { 10003, "vote-getsyncsite" },
	{ 10004, "vote-debug" }, { 10005, "vote-sdebug" },
	{ 10006, "vote-xdebug" }, { 10007, "vote-xsdebug" },
	{ 20000, "disk-begin" }, { 20001, "disk-commit" },
	{ 20002, "disk-lock" }, { 20003, "disk-write" },
	{ 20004, "disk-getversion" }, { 20005, "disk-getfile" },
	{ 20006, "disk-sendfile" }, { 20007, "disk-abort" },
	{ 20008, "disk-releaselocks" }, { 20009, "disk-truncate" },
	{ 20010, "disk-probe" }, { 20011, "disk-writev" },
	{ 20012, "disk-interfaceaddr" }, { 20013, "disk-setversion" },
	{ 0, NULL }
};

static const char *const voltypes[] = { "read-write", "read-only",
	"backup" };

static const struct tok fs_errors[] = {
	{ 101, "salvage volume" }, { 102, "no such vnode" },
	{ 103, "no such volume" }, { 104, "volume exist" },
	{ 105, "no service" }, { 106, "volume offline" },
	{ 107, "voline online" }, { 108, "diskfull" },
	{ 109, "diskquota exceeded" }, { 110, "volume busy" },
	{ 111, "volume moved" }, { 112, "AFS IO error" },
	{ 0xffffff9c, "restarting fileserver" },
	{ 0, NULL }
};

static const struct tok ack_reasons[] = {
	{ 1, "ack requested" }, { 2, "duplicate packet" },
	{ 3, "out of sequence" }, { 4, "exceeds window" },
	{ 5, "no buffer space" }, { 6, "ping" }, { 7, "ping response" },
	{ 8, "delay" }, { 9, "idle" },
	{ 0, NULL }
};

/* One RX packet; p is the read position from the RX header. */
struct rx {
	struct dctx *d;
	struct cursor c;
	uint64_t p;
	int st;		/* 0; TRUNC: the service's marker; CUT: tcpdump's
			 * longjmp (" [|rx]", no length) */
};
enum { TRUNC = 1, CUT = 2 };

static bool avail(const struct rx *r, uint64_t n)
{
	return r->p + n <= cur_left(&r->c);
}

/* The next 32-bit word; CUT when it is not captured. */
static uint32_t word(struct rx *r)
{
	uint32_t v;

	if (r->st)
		return 0;
	if (!avail(r, 4)) {
		r->st = CUT;
		return 0;
	}
	v = cur_peek_be32(&r->c, (size_t)r->p);
	r->p += 4;
	return v;
}

/* TCHECK: TRUNC unless n bytes are captured. */
static bool need(struct rx *r, uint64_t n)
{
	if (!r->st && !avail(r, n))
		r->st = TRUNC;
	return !r->st;
}

static void date_out(struct rx *r)
{
	time_t t = (time_t)(int32_t)word(r);
	struct tm tm;
	char s[64];

	if (r->st)
		return;
	if (!localtime_r(&t, &tm) ||
	    !strftime(s, sizeof(s), "%Y/%m/%d %H:%M:%S", &tm))
		s[0] = '\0';
	out_fmt(" %s", s);
}

/* A counted string of at most max bytes, padded to 4. */
static void str_out(struct rx *r, uint32_t max)
{
	uint32_t n = word(r), i;

	if (r->st)
		return;
	if (n > max) {
		r->st = TRUNC;
		return;
	}
	out_str(" \"");
	for (i = 0; i < n; i++) {
		if (!avail(r, i + 1)) {
			r->st = TRUNC;
			return;
		}
		decode_char(cur_peek(&r->c, (size_t)(r->p + i)));
	}
	out_char('"');
	r->p += (n + 3) / 4 * 4;
}

/* A string of max characters, one a word, printed to its NUL. */
static void vec_out(struct rx *r, uint32_t max)
{
	uint32_t k;
	bool end = false;

	if (!need(r, (uint64_t)max * 4))
		return;
	out_str(" \"");
	for (k = 0; k < max; k++) {
		unsigned ch = cur_peek(&r->c, (size_t)(r->p + 4 * k + 3));

		end |= !ch;
		if (!end)
			decode_char(ch);
	}
	out_char('"');
	r->p += (uint64_t)max * 4;
}

static void store_attr(struct rx *r)
{
	static const char *const names[] = { " owner %u", " group %u",
		" mode %o", " segsize %u" };
	uint32_t mask, v;
	unsigned i;

	if (!need(r, 24))
		return;
	mask = word(r);
	if (mask)
		out_str(" StoreStatus");
	if (mask & 1) {
		out_str(" date");
		date_out(r);
	} else {
		r->p += 4;
	}
	for (i = 0; i < 4; i++) {
		v = word(r);
		if (r->st)
			return;
		if (mask & (2u << i))
			out_fmt(names[i], i == 2 ? v & 07777 : v);
	}
	if (mask & 1024)
		out_str(" fsync");
}

static void afsuuid(struct rx *r)
{
	unsigned i;

	if (!need(r, 44))
		return;
	out_fmt(" %08x", word(r));
	out_fmt("%04x", word(r));
	out_fmt("%04x", word(r));
	for (i = 0; i < 8; i++)
		out_fmt("%02x", word(r) & 0xff);
}

/* Run a program: '|'-separated items, a letter for a field, anything
 * else printed as it is. F fid, S name (256), P name (64), V name (65),
 * I signed, U unsigned, Q 64-bit, D date, A store status, Y Ubik version,
 * X AFS UUID, R destination server, W/w/2 word strings of 64/65/32. */
static void run(struct rx *r, const char *prog)
{
	while (*prog && !r->st) {
		const char *end = prog;
		uint32_t a, b;

		while (*end && *end != '|')
			end++;
		if (end - prog != 1 || *prog == ' ') {
			out_fmt("%.*s", (int)(end - prog), prog);
		} else {
			switch (*prog) {
			case 'F': case 'R':
				if (!need(r, 12))
					return;
				a = word(r), b = word(r);
				out_fmt(*prog == 'F' ? " fid %u/%u/%u" :
					" server %u:%u:%u", a, b, word(r));
				break;
			case 'S': str_out(r, NAMEMAX); break;
			case 'P': str_out(r, PRNAMEMAX); break;
			case 'V': str_out(r, VLNAMEMAX); break;
			case 'I': a = word(r);
				if (!r->st)
					out_fmt(" %d", (int32_t)a);
				break;
			case 'U': a = word(r);
				if (!r->st)
					out_fmt(" %u", a);
				break;
			case 'Q': a = word(r), b = word(r);
				if (!r->st)
					out_fmt(" %" PRIu64, (uint64_t)a << 32 | b);
				break;
			case 'D': date_out(r); break;
			case 'A': store_attr(r); break;
			case 'Y':
				if (!need(r, 8))
					return;
				a = word(r);
				out_fmt(" %u.%u", a, word(r));
				break;
			case 'X': afsuuid(r); break;
			case 'W': vec_out(r, PRNAMEMAX); break;
			case 'w': vec_out(r, VLNAMEMAX); break;
			case '2': vec_out(r, 32); break;
			}
		}
		prog = *end ? end + 1 : end;
	}
}

/* ---- the arguments of calls and the results of replies */

/* Per operation code, the run() program of its arguments or results. */
static const struct tok fs_calls[] = {
	{ 130, "F| offset|U| length|U" }, { 131, "F" }, { 132, "F" },
	{ 143, "F" }, { 144, "F" }, { 145, "F" }, { 156, "F" }, { 157, "F" },
	{ 158, "F" }, { 135, "F|A" },
	{ 133, "F|A| offset|U| length|U| flen|U" }, { 137, "F|S|A" },
	{ 141, "F|S|A" }, { 136, "F|S" }, { 142, "F|S" },
	{ 138, " old|F|S| new|F|S" }, { 139, "F|S| link to|S" },
	{ 140, "F|S| link to|F" }, { 148, "S" }, { 149, " volid|U" },
	{ 150, " volid|U" }, { 154, " volname|S" },
	{ 65537, "F| offset|Q| length|Q" },
	{ 65538, "F|A| offset|Q| length|Q| flen|Q" }, { 65541, " addr|U" },
	{ 0, NULL }
};

static const struct tok pt_calls[] = {
	{ 500, "P| id|I| oldid|I" }, { 501, " id|I" }, { 506, " id|I" },
	{ 508, " id|I" }, { 512, " id|I" }, { 514, " id|I" }, { 517, " id|I" },
	{ 518, " id|I" }, { 519, " id|I" }, { 530, " id|I" },
	{ 502, " pos|I" }, { 503, " uid|I| gid|I" }, { 507, " uid|I| gid|I" },
	{ 515, " uid|I| gid|I" }, { 509, "P| flag|I| oid|I" },
	{ 511, " id|I| gflag|I" }, { 513, " id|I|P| oldid|I| newid|I" },
	{ 520, " id|I|P" },
	{ 0, NULL }
};

static const struct tok vldb_calls[] = {
	{ 501, "w" }, { 517, "w" }, { 504, "V" }, { 519, "V" }, { 524, "V" },
	{ 527, "V" }, { 505, " bump|I" }, { 510, " index|I" },
	{ 521, " index|I" },
	{ 0, NULL }
};

static const struct tok kauth_calls[] = {
	{ 1, " principal|P|P" }, { 21, " principal|P|P" },
	{ 22, " principal|P|P" }, { 2, " principal|P|P" },
	{ 5, " principal|P|P" }, { 6, " principal|P|P" },
	{ 7, " principal|P|P" }, { 8, " principal|P|P" },
	{ 14, " principal|P|P" }, { 15, " principal|P|P" },
	{ 4, " principal|P|P| kvno|I" }, { 12, " name|P" },
	{ 0, NULL }
};

static const struct tok vol_calls[] = {
	{ 100, " partition|U| name|S| type|U| parent|U" },
	{ 101, " trans|U" }, { 107, " trans|U" },
	{ 102, " totrans|U| flags|U" },
	{ 103, " fromtrans|U| fromdate|D|R| desttrans|I" },
	{ 104, " trans|U" },
	{ 105, " trans|U| purgevol|U| newtype|U| newname|S" },
	{ 106, " trans|U| flags|U" },
	{ 108, " vol|U| partition|U| flags|U" },
	{ 109, " fromtrans|U| fromdate|D" },
	{ 655537, " fromtrans|U| fromdate|D" }, { 110, " index|U" },
	{ 111, " tid|U| newsite|U" }, { 112, " tid" }, { 113, " tid" },
	{ 114, " name|S| type|U| pid|U| cloneid|U" },
	{ 116, " partition|U| flags|U" },
	{ 117, " tid|U| name|S| type|U| pid|U| clone|U| backup|U" },
	{ 119, " name|S" }, { 120, " tid|U" }, { 121, " partid|U| volid|U" },
	{ 122, " partid|U| volid|U" }, { 124, " partid|U| volid|U" },
	{ 125, " partid|U| volid|U" }, { 65536, " partid|U| volid|U" },
	{ 123, " tid|U| date|D" }, { 126, " tid|U" },
	{ 65538, " fromtrans|U| fromdate|D| flags|U" },
	{ 0, NULL }
};

static const struct tok vol_replies[] = {
	{ 100, " volid|U| trans|U" }, { 104, "U" }, { 105, " newvol|U" },
	{ 107, "U" }, { 108, " trans|U" }, { 110, " volume|U| partition|U" },
	{ 112, "S" },
	{ 113, " volid|U| nextuniq|U| type|U| parentid|U| clone|U| backup|U|"
	       " restore|U| maxquota|U| minquota|U| owner|U| create|D|"
	       " access|D| update|D| expire|D| backup|D| copy|D" },
	{ 0, NULL }
};

static const struct tok bos_calls[] = {
	{ 80, " type|S| instance|S" }, { 81, "S" }, { 83, "S" }, { 85, "S" },
	{ 87, "S" }, { 88, "S" }, { 93, "S" }, { 96, "S" }, { 97, "S" },
	{ 104, "S" }, { 106, "S" }, { 108, "S" }, { 112, "S" }, { 114, "S" },
	{ 82, "S| status|I" }, { 98, "S| status|I" }, { 86, "S| num|I" },
	{ 84, "I" }, { 89, "I" }, { 90, "I" }, { 91, "I" }, { 92, "I" },
	{ 95, "I" }, { 105, "S| size|I| flags|I| date|I" },
	{ 0, NULL }
};

static const struct tok ubik_calls[] = {
	{ 10003, " site|U" }, { 20000, " tid|Y" }, { 20001, " tid|Y" },
	{ 20007, " tid|Y" }, { 20008, " tid|Y" }, { 20010, " tid|Y" },
	{ 20003, " tid|Y| file|I| pos|I" }, { 20005, " file|I" },
	{ 20006, " file|I| length|I| dbversion|Y" },
	{ 20009, " tid|Y| file|I| length|I" },
	{ 20012, " tid|Y| oldversion|Y| newversion|Y" },
	{ 0, NULL }
};

static void run_op(struct rx *r, const struct tok *t, uint32_t op)
{
	const char *prog = tok_str(t, op);

	if (prog)
		run(r, prog);
}

/* A count, then that many items: signed ints or word strings. */
static void list_out(struct rx *r, bool words, const char *pre)
{
	uint32_t n, i;

	out_str(pre);
	n = word(r);
	if (r->st)
		return;
	for (i = 0; i < n && !r->st; i++)
		run(r, words ? "W" : "I");
	if (!n && !r->st)
		out_str(" <none!>");
}

/* An ACL: "<positive> <negative>\n" then "<user> <rights>\n" lines. */
static void acl_out(const char *s)
{
	int pos, neg, acl, n, i;
	char user[1025];
	const char *end = s + strlen(s);

	if (sscanf(s, "%d %d\n%n", &pos, &neg, &n) != 2)
		return;
	s += n;
	if (s > end)
		return;
	for (i = 0; i < pos + neg; i++) {
		if (sscanf(s, "%1024s %d\n%n", user, &acl, &n) != 2)
			return;
		s += n;
		out_str(i < pos ? " +{" : " -{");
		for (n = 0; user[n]; n++)
			decode_char((unsigned char)user[n]);
		out_fmt(" %s%s%s%s%s%s%s}", acl & 1 ? "r" : "",
			acl & 8 ? "l" : "", acl & 4 ? "i" : "",
			acl & 16 ? "d" : "", acl & 2 ? "w" : "",
			acl & 32 ? "k" : "", acl & 64 ? "a" : "");
		if (s > end)
			return;
	}
}

/* An opaque ACL string: its length, then at most 1024 bytes. */
static void acl_field(struct rx *r)
{
	char a[1025];
	uint32_t n = word(r), i;

	if (r->st || !need(r, n))
		return;
	n = n < 1024 ? n : 1024;
	for (i = 0; i < n; i++) {
		a[i] = (char)cur_peek(&r->c, (size_t)(r->p + i));
		if (!a[i])
			break;
	}
	a[i] = '\0';
	acl_out(a);
}

/* A count, then that many items of prog comma-separated, each followed
 * by skip bytes the output leaves out. */
static void items_out(struct rx *r, const char *prog, unsigned skip)
{
	uint32_t n = word(r), i;

	for (i = 0; i < n && !r->st; i++) {
		run(r, prog);
		r->p += skip;
		if (i != n - 1 && !r->st)
			out_char(',');
	}
	if (!n && !r->st)
		out_str(" <none!>");
}

static void fs_call(struct rx *r, uint32_t op)
{
	if (op == 134) {
		run(r, "F");
		acl_field(r);
	} else if (op == 155 || op == 65536) {
		items_out(r, "F", 0);
	} else {
		run_op(r, fs_calls, op);
	}
}

static void cb_call(struct rx *r, uint32_t op)
{
	uint32_t n, i;

	if (op == 214) {
		run(r, " afsuuid|X");
		return;
	}
	if (op != 204)
		return;
	items_out(r, "F", 0);
	n = word(r);
	if (n && !r->st)
		out_char(';');
	for (i = 0; i < n && !r->st; i++) {
		run(r, " ver|I| expires|D");
		word(r);	/* the callback type, not printed */
	}
}

static void vol_type(struct rx *r)
{
	uint32_t t = word(r);

	if (!r->st && t <= 2)
		out_fmt(" type %s", voltypes[t]);
}

static void vldb_call(struct rx *r, uint32_t op)
{
	switch (op) {
	case 502: case 503: case 507: case 508: case 509: case 518:
		run(r, " volid|I");
		vol_type(r);
		return;
	case 506: case 520:
		run(r, " volid|I");
		vol_type(r);
		run(r, "w");
		return;
	}
	run_op(r, vldb_calls, op);
}

/* A VLDB entry with n server slots (8, or 13 for the -n calls); skip4:
 * the word after the name is skipped (the 8-slot entries). */
static void vldb_entry(struct rx *r, unsigned n, bool skip4)
{
	uint32_t servers, i, v;

	run(r, "w");
	if (skip4 && need(r, 4))
		r->p += 4;
	if (r->st)
		return;
	out_str(" numservers");
	if (servers = word(r), r->st)
		return;
	out_fmt(" %u servers", servers);
	for (i = 0; i < n; i++) {
		if (!need(r, 4))
			return;
		if (i < servers) {
			uint8_t a[4];
			unsigned k;

			for (k = 0; k < 4; k++)
				a[k] = cur_peek(&r->c, (size_t)r->p + k);
			out_char(' ');
			decode_ipaddr(r->d, 4, a);
		}
		r->p += 4;
	}
	out_str(" partitions");
	for (i = 0; i < n; i++) {
		if (v = word(r), r->st)
			return;
		if (i < servers && v <= 26)
			out_fmt(" %c", 'a' + v);
		else if (i < servers)
			out_fmt(" %u", v);
	}
	if (need(r, 4 * n))
		r->p += 4 * n;
	run(r, " rwvol|U| rovol|U| backup|U");
}

/* The -u entries: servers by UUID. */
static void vldb_entry_u(struct rx *r)
{
	uint32_t servers, i, v;

	run(r, "w");
	if (r->st)
		return;
	out_str(" numservers");
	if (servers = word(r), r->st)
		return;
	out_fmt(" %u servers", servers);
	for (i = 0; i < 13 && !r->st; i++) {
		if (i < servers)
			run(r, " afsuuid|X");
		else if (need(r, 44))
			r->p += 44;
	}
	if (!need(r, 52))
		return;
	r->p += 52;
	out_str(" partitions");
	for (i = 0; i < 13; i++) {
		if (v = word(r), r->st)
			return;
		if (i < servers && v <= 26)
			out_fmt(" %c", 'a' + v);
		else if (i < servers)
			out_fmt(" %u", v);
	}
	if (need(r, 52))
		r->p += 52;
	run(r, " rwvol|U| rovol|U| backup|U");
}

static void vldb_reply(struct rx *r, uint32_t op)
{
	switch (op) {
	case 510:
		run(r, " count|I| nextindex|I");
		/* fall through */
	case 503: case 504:
		vldb_entry(r, 8, true);
		return;
	case 505:
		run(r, " newvol|U");
		return;
	case 521: case 529:
		run(r, " count|I| nextindex|I");
		/* fall through */
	case 518: case 519:
		vldb_entry(r, 13, false);
		return;
	case 526: case 527:
		vldb_entry_u(r);
		return;
	}
}

static void kauth_call(struct rx *r, uint32_t op)
{
	uint32_t n;

	if (op != 3 && op != 23) {
		run_op(r, kauth_calls, op);
		return;
	}
	run(r, " kvno|I| domain|P");
	n = word(r);
	if (r->st || !need(r, n))
		return;
	r->p += n;
	run(r, " principal|P|P");
}

static void vol_call(struct rx *r, uint32_t op)
{
	if (op != 128) {
		run_op(r, vol_calls, op);
		return;
	}
	run(r, " fromtrans|U| fromdate|D");
	items_out(r, "R", 0);
}

static void vol_reply(struct rx *r, uint32_t op)
{
	if (op != 116 && op != 121) {
		run_op(r, vol_replies, op);
		return;
	}
	items_out(r, " name|2| volid|U| type", 84);
}

static void ubik_call(struct rx *r, uint32_t op)
{
	uint32_t v;

	out_str(" ubik call ");
	tok_print(ubik_req, op, "op#%u");
	if (op == 10000) {
		if (v = word(r), r->st)
			return;
		out_fmt(" syncsite %s", v ? "yes" : "no");
		run(r, " votestart|D| dbversion|Y| tid|Y");
	} else if (op == 20002) {
		run(r, " tid|Y| file|I| pos|I| length|I");
		word(r);	/* the lock type, not printed */
	} else {
		run_op(r, ubik_calls, op);
	}
}

static void ubik_reply(struct rx *r, uint32_t op, unsigned type)
{
	out_str(" ubik reply ");
	tok_print(ubik_req, op, "op#%u");
	if (type == T_DATA)
		run(r, op == 10000 ? " vote no" : op == 20004 ?
		    " dbversion|Y" : "");
	else
		run(r, op == 10000 ? " vote yes until|D" : " errcode|I");
}

/* ---- services */

static bool is_ubik(uint32_t op)
{
	return (op >= 10000 && op <= 10007) || (op >= 20000 && op <= 20013);
}

struct service {
	unsigned port;
	const char *name;	/* also the truncation marker's */
	const struct tok *ops;
	bool ubik;		/* a replicated database: Ubik calls too */
	void (*call)(struct rx *, uint32_t);
	void (*reply)(struct rx *, uint32_t);	/* of data packets */
};

static void pt_call(struct rx *r, uint32_t op)
{
	if (op == 504)
		list_out(r, true, "");
	else if (op == 505)
		list_out(r, false, " ids:");
	else
		run_op(r, pt_calls, op);
}

static void pt_reply(struct rx *r, uint32_t op)
{
	if (op == 504)
		list_out(r, false, " ids:");
	else if (op == 505)
		list_out(r, true, "");
	else if (op == 508 || op == 514 || op == 517 || op == 518 ||
		 op == 519)
		list_out(r, false, "");
	else if (op == 510)
		run(r, " maxuid|I| maxgid|I");
}

static void fs_reply(struct rx *r, uint32_t op)
{
	if (op == 131)
		acl_field(r);
	else if (op == 137 || op == 141)
		run(r, " new|F");
	else if (op == 151)
		run(r, " root volume|S");
	else if (op == 153)
		run(r, "D");
}

static void cb_reply(struct rx *r, uint32_t op)
{
	if (op == 213)
		run(r, "X");
}

static void bos_call(struct rx *r, uint32_t op)
{
	run_op(r, bos_calls, op);
}

static const struct service services[] = {
	{ FS_PORT, "fs", fs_req, false, fs_call, fs_reply },
	{ CB_PORT, "cb", cb_req, false, cb_call, cb_reply },
	{ PROT_PORT, "pt", pt_req, true, pt_call, pt_reply },
	{ VLDB_PORT, "vldb", vldb_req, true, vldb_call, vldb_reply },
	{ KAUTH_PORT, "kauth", kauth_req, true, kauth_call, NULL },
	{ VOL_PORT, "vol", vol_req, false, vol_call, vol_reply },
	{ BOS_PORT, "bos", bos_req, false, bos_call, NULL },
};

static const struct service *service_of(unsigned port)
{
	unsigned i;

	for (i = 0; i < sizeof(services) / sizeof(services[0]); i++)
		if (services[i].port == port)
			return &services[i];
	return NULL;
}

/* " [|svc]" after a truncated field. */
static void marker(struct rx *r, const char *svc)
{
	if (r->st == TRUNC)
		out_fmt(" [|%s]", svc);
}

static void call_print(struct rx *r, const struct service *s,
		       unsigned len)
{
	uint32_t op;

	if (len <= HDR)
		return;
	r->p = HDR;
	if (op = word(r), r->st)
		return;
	if (s->ubik)
		out_fmt(" %s", s->name);
	if (s->ubik && is_ubik(op)) {
		ubik_call(r, op);
		marker(r, "ubik");
		return;
	}
	out_fmt("%s%s call ", s->ubik ? "" : " ", s->ubik ? "" : s->name);
	tok_print(s->ops, op, "op#%u");
	s->call(r, op);
	marker(r, s->name);
}

static void reply_print(struct rx *r, const struct service *s,
			unsigned len, uint32_t op)
{
	unsigned type = cur_peek(&r->c, 20);
	int32_t err;

	if (s->ubik ? len < HDR : len <= HDR)
		return;
	r->p = HDR;
	if (s->ubik)
		out_fmt(" %s", s->name);
	if (s->ubik && is_ubik(op)) {
		ubik_reply(r, op, type);
		marker(r, "ubik");
		return;
	}
	out_fmt("%s%s reply ", s->ubik ? "" : " ", s->ubik ? "" : s->name);
	tok_print(s->ops, op, "op#%u");
	if (type == T_DATA) {
		if (s->reply)
			s->reply(r, op);
	} else if (s->port != FS_PORT) {
		run(r, " errcode|I");
	} else if (type == T_ABORT) {
		if (err = (int32_t)word(r), r->st)
			return;
		out_str(" error ");
		if (tok_str(fs_errors, (uint32_t)err))
			out_str(tok_str(fs_errors, (uint32_t)err));
		else
			out_fmt("#%d", err);
	} else {
		out_fmt(" strange fs reply of type %u", type);
	}
	marker(r, s->name);
}

/* ---- acks */

/* The packets an ack's array marks as want (acked or nacked), in
 * ranges. */
static void ack_ranges(const struct rx *r, uint64_t a, unsigned n,
		       uint32_t first, unsigned want, const char *label)
{
	int i, start = -2, last = -2;

	for (i = 0; i < (int)n; i++) {
		if (cur_peek(&r->c, (size_t)(a + (unsigned)i)) == want) {
			if (last == -2) {
				out_fmt(" %s %u", label, first + (unsigned)i);
				start = i;
			} else if (last != i - 1) {
				out_fmt(",%u", first + (unsigned)i);
				start = i;
			}
			last = i;
		} else if (last == i - 1 && start != last) {
			out_fmt("-%u", first + (unsigned)i - 1);
		}
	}
	if (last == i - 1 && start != last)
		out_fmt("-%u", first + (unsigned)i - 1);
}

static void ack_print(struct rx *r, unsigned len)
{
	static const char *const opt[] = { " ifmtu", " maxmtu", " rwind",
		" maxpackets" };
	uint32_t first;
	unsigned n, i;

	if (len < HDR)
		return;
	r->p = HDR;
	if (!need(r, 18)) {
		out_str(" [|ack]");
		return;
	}
	if (r->d->vflag > 2)
		out_fmt(" bufspace %u maxskew %u", cur_peek_be16(&r->c, HDR),
			cur_peek_be16(&r->c, HDR + 2));
	first = cur_peek_be32(&r->c, HDR + 4);
	out_fmt(" first %u serial %u reason ", first,
		cur_peek_be32(&r->c, HDR + 12));
	tok_print(ack_reasons, cur_peek(&r->c, HDR + 16), "#%u");
	n = cur_peek(&r->c, HDR + 17);
	r->p = HDR + 18;
	if (n) {
		if (!need(r, n)) {
			out_str(" [|ack]");
			return;
		}
		ack_ranges(r, r->p, n, first, 1, "acked");
		ack_ranges(r, r->p, n, first, 0, "nacked");
		r->p += n;
	}
	r->p += 3;
	for (i = 0; r->d->vflag > 1 && i < 4; i++) {
		if (r->p + 4 > cur_left(&r->c))
			return;
		run(r, opt[i]);
		run(r, "U");
	}
}

/* ---- the calls remembered for their replies */

/* tcpdump reads the IPv4 header's address words, wherever they are. */
static void ip_words(const struct ipinfo *ip, uint32_t *src, uint32_t *dst)
{
	const uint8_t *s = ip->version == 6 ? ip->src + 4 : ip->src;
	const uint8_t *t = ip->version == 6 ? ip->src + 8 : ip->dst;

	*src = (uint32_t)s[0] << 24 | s[1] << 16 | s[2] << 8 | s[3];
	*dst = (uint32_t)t[0] << 24 | t[1] << 16 | t[2] << 8 | t[3];
}

static void cache_insert(struct rx *r, const struct ipinfo *ip,
			 unsigned dport)
{
	struct dctx *d = r->d;
	struct rx_call *e;

	if (!ip || cur_left(&r->c) < HDR + 4)
		return;
	e = &d->rx_call[d->rx_call_next];
	d->rx_call_next = (d->rx_call_next + 1) % 64;
	e->callnum = cur_peek_be32(&r->c, 8);
	ip_words(ip, &e->client, &e->server);
	e->dport = (uint16_t)dport;
	e->service = cur_peek_be16(&r->c, 26);
	e->opcode = cur_peek_be32(&r->c, HDR);
}

static bool cache_find(struct rx *r, const struct ipinfo *ip,
		       unsigned sport, uint32_t *op)
{
	struct dctx *d = r->d;
	unsigned i = d->rx_call_hint;
	uint32_t client, server;

	if (!ip)
		return false;
	ip_words(ip, &server, &client);
	do {
		const struct rx_call *e = &d->rx_call[i];

		if (e->callnum == cur_peek_be32(&r->c, 8) &&
		    e->client == client && e->server == server &&
		    e->service == cur_peek_be16(&r->c, 26) &&
		    e->dport == sport) {
			d->rx_call_hint = i;
			*op = e->opcode;
			return true;
		}
		i = (i + 1) % 64;
	} while (i != d->rx_call_hint);
	return false;
}

/* ---- the RX header */

static void header_details(const struct rx *r, unsigned type,
			   unsigned flags)
{
	const struct cursor *c = &r->c;
	bool first = true;
	unsigned i;

	if (r->d->vflag > 1)
		out_fmt(" cid %08x call# %u", cur_peek_be32(c, 4),
			cur_peek_be32(c, 8));
	out_fmt(" seq %u ser %u", cur_peek_be32(c, 12), cur_peek_be32(c, 16));
	if (r->d->vflag > 2)
		out_fmt(" secindex %u serviceid %u", cur_peek(c, 23),
			cur_peek_be16(c, 26));
	for (i = 0; r->d->vflag > 1 && i < 7; i++) {
		if (!(flags & rx_flags[i].flag) ||
		    (rx_flags[i].type && rx_flags[i].type != type))
			continue;
		out_str(first ? " " : ",");
		out_fmt("<%s>", rx_flags[i].s);
		first = false;
	}
}

void rx_print(struct dctx *d, struct cursor c, unsigned len,
	      const struct l4info *l4)
{
	struct rx r = { .d = d, .c = c };
	const struct service *s;
	unsigned type, flags;
	uint32_t seq, op;

	if (cur_left(&c) < HDR) {
		out_fmt(" [|rx] (%u)", len);
		return;
	}
	type = cur_peek(&c, 20), flags = cur_peek(&c, 21);
	out_str(" rx ");
	tok_print(rx_types, type, "type %u");
	if (d->vflag)
		header_details(&r, type, flags);
	seq = cur_peek_be32(&c, 12);
	if (type == T_DATA && seq == 1 && (flags & CLIENT_INIT)) {
		cache_insert(&r, l4->ip, l4->dport);
		if ((s = service_of(l4->dport)) != NULL)
			call_print(&r, s, len);
	} else if (((type == T_DATA && seq == 1) || type == T_ABORT) &&
		   !(flags & CLIENT_INIT) && cache_find(&r, l4->ip, l4->sport,
							&op)) {
		if ((s = service_of(l4->sport)) != NULL)
			reply_print(&r, s, len, op);
	} else if (type == T_ACK) {
		ack_print(&r, len);
	}
	if (r.st == CUT) {
		decode_trunc_cut(d, "rx");
		return;
	}
	out_fmt(" (%u)", len);
}

DECODE_PORT(UDP, 190, 7000, 7009, PORT_EITHER, rx_print)

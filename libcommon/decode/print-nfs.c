/* print-nfs.c - NFS versions 2 and 3 over Sun RPC (RFC 1094, 1813,
 * 5531): calls to and replies from port 2049, over UDP and over TCP
 * (after the record mark).
 *
 * A call prints its procedure and arguments; a reply's layout depends
 * on the call's procedure, so the last 64 calls are remembered (by xid
 * and addresses, in struct dctx) and their replies decoded with it.
 * File handles are decoded by tcpdump's guesses at the server's kind.
 * Output as tcpdump 4.99 print-nfs.c and parsenfsfh.c.
 */
#include <ctype.h>
#include <inttypes.h>
#include <string.h>

#include "decode.h"
#include "out.h"
#include "table.h"

enum { CALL = 0, REPLY = 1, NFS_PORT = 2049, V2FH = 32, V3FHMAX = 64,
       V2FATTR = 68, V3FATTR = 84, NPROCS = 26 };
enum { P_NULL, P_GETATTR, P_SETATTR, P_LOOKUP, P_ACCESS, P_READLINK,
       P_READ, P_WRITE, P_CREATE, P_MKDIR, P_SYMLINK, P_MKNOD, P_REMOVE,
       P_RMDIR, P_RENAME, P_LINK, P_READDIR, P_READDIRPLUS, P_FSSTAT,
       P_FSINFO, P_PATHCONF, P_COMMIT, P_NOOP = 25 };

/* NFS version 2 procedure numbers as the version 3 ones. */
static const unsigned char v2procs[NPROCS] = { P_NULL, P_GETATTR,
	P_SETATTR, P_NOOP, P_LOOKUP, P_READLINK, P_READ, P_NOOP, P_WRITE,
	P_CREATE, P_REMOVE, P_RENAME, P_LINK, P_SYMLINK, P_MKDIR, P_RMDIR,
	P_READDIR, P_FSSTAT, P_NOOP, P_NOOP, P_NOOP, P_NOOP, P_NOOP, P_NOOP,
	P_NOOP, P_NOOP };

static const struct tok procs[] = {
	{ P_NOOP, "nop" }, { P_NULL, "null" }, { P_GETATTR, "getattr" },
	{ P_SETATTR, "setattr" }, { P_LOOKUP, "lookup" },
	{ P_ACCESS, "access" }, { P_READLINK, "readlink" },
	{ P_READ, "read" }, { P_WRITE, "write" }, { P_CREATE, "create" },
	{ P_MKDIR, "mkdir" }, { P_SYMLINK, "symlink" }, { P_MKNOD, "mknod" },
	{ P_REMOVE, "remove" }, { P_RMDIR, "rmdir" }, { P_RENAME, "rename" },
	{ P_LINK, "link" }, { P_READDIR, "readdir" },
	{ P_READDIRPLUS, "readdirplus" }, { P_FSSTAT, "fsstat" },
	{ P_FSINFO, "fsinfo" }, { P_PATHCONF, "pathconf" },
	{ P_COMMIT, "commit" },
	{ 0, NULL }
};

static const struct tok status2str[] = {
	{ 1, "Operation not permitted" }, { 2, "No such file or directory" },
	{ 5, "Input/output error" }, { 6, "Device not configured" },
	{ 11, "Resource deadlock avoided" }, { 12, "Cannot allocate memory" },
	{ 13, "Permission denied" }, { 17, "File exists" },
	{ 18, "Cross-device link" },
	{ 19, "Operation not supported by device" },
	{ 20, "Not a directory" }, { 21, "Is a directory" },
	{ 22, "Invalid argument" }, { 26, "Text file busy" },
	{ 27, "File too large" }, { 28, "No space left on device" },
	{ 30, "Read-only file system" }, { 31, "Too many links" },
	{ 45, "Operation not supported" },
	{ 62, "Too many levels of symbolic links" },
	{ 63, "File name too long" }, { 66, "Directory not empty" },
	{ 69, "Disc quota exceeded" }, { 70, "Stale NFS file handle" },
	{ 71, "Too many levels of remote in path" },
	{ 99, "Write cache flushed to disk" },
	{ 10001, "Illegal NFS file handle" },
	{ 10002, "Update synchronization mismatch" },
	{ 10003, "READDIR/READDIRPLUS cookie is stale" },
	{ 10004, "Operation not supported" },
	{ 10005, "Buffer or request is too small" },
	{ 10006, "Unspecified error on server" },
	{ 10007, "Object of that type not supported" },
	{ 10008, "Request couldn't be completed in time" },
	{ 0, NULL }
};

static const struct tok writemodes[] = {
	{ 0, "unstable" }, { 1, "datasync" }, { 2, "filesync" },
	{ 0, NULL }
};

static const struct tok access_flags[] = {
	{ 0x01, "NFS_ACCESS_READ" }, { 0x02, "NFS_ACCESS_LOOKUP" },
	{ 0x04, "NFS_ACCESS_MODIFY" }, { 0x08, "NFS_ACCESS_EXTEND" },
	{ 0x10, "NFS_ACCESS_DELETE" }, { 0x20, "NFS_ACCESS_EXECUTE" },
	{ 0, NULL }
};

static const struct tok ftypes[] = {
	{ 0, "NON" }, { 1, "REG" }, { 2, "DIR" }, { 3, "BLK" }, { 4, "CHR" },
	{ 5, "LNK" }, { 6, "FIFO" },
	{ 0, NULL }
};

static const struct tok auth_stats[] = {
	{ 0, "OK" }, { 1, "Bogus Credentials (seal broken)" },
	{ 2, "Rejected Credentials (client should begin new session)" },
	{ 3, "Bogus Verifier (seal broken)" },
	{ 4, "Verifier expired or was replayed" },
	{ 5, "Credentials are too weak" }, { 6, "Bogus response verifier" },
	{ 7, "Unknown failure" },
	{ 0, NULL }
};

static const struct tok accept_stats[] = {
	{ 1, "PROG_UNAVAIL" }, { 2, "PROG_MISMATCH" }, { 3, "PROC_UNAVAIL" },
	{ 4, "GARBAGE_ARGS" }, { 5, "SYSTEM_ERR" },
	{ 0, NULL }
};

/* One RPC message; offsets are from its xid. */
struct nf {
	struct dctx *d;
	struct cursor c;
	const struct ipinfo *ip;
	bool cut;	/* a read went past the capture (tcpdump's longjmp) */
	bool nfserr;	/* an error was printed: no marker at the end */
};

static bool has(const struct nf *n, int64_t off, int64_t len)
{
	return off >= 0 && len >= 0 &&
	       (uint64_t)(off + len) <= cur_left(&n->c);
}

static uint32_t u32(struct nf *n, int64_t off)
{
	if (!has(n, off, 4)) {
		n->cut = true;
		return 0;
	}
	return cur_peek_be32(&n->c, (size_t)off);
}

static uint64_t u64(struct nf *n, int64_t off)
{
	uint64_t hi = u32(n, off);

	return hi << 32 | u32(n, off + 4);
}

static unsigned u8(struct nf *n, int64_t off)
{
	if (!has(n, off, 1)) {
		n->cut = true;
		return 0;
	}
	return cur_peek(&n->c, (size_t)off);
}

/* ---- file handles (parsenfsfh.c): guess the server's kind */

enum { FH_UNKNOWN, FH_AUSPEX, FH_DECOSF, FH_IRIX4, FH_SUNOS4, FH_ULTRIX,
       FH_VMSUCX, FH_SUNOS5, FH_HPUX9, FH_BSD44 };

/* A VMS UCX handle: after a code byte, printable characters then NULs. */
static bool is_ucx(struct nf *n, int64_t off)
{
	bool seen_null = false;
	int i;

	for (i = 1; i < 14; i++) {
		unsigned c = u8(n, off + i);

		if (isprint((int)c)) {
			if (seen_null)
				return false;
		} else if (c == 0) {
			seen_null = true;
		} else {
			return false;
		}
	}
	return true;
}

/* words: the handle's length; a kind is only taken when the handle
 * holds the bytes its test looks at. */
static int fh_kind(struct nf *n, int64_t off, unsigned words)
{
#define B(i) u8(n, off + (i))
	if (words < 4)
		return FH_UNKNOWN;
	if (B(0) == 0 && B(1) == 0) {
		if (B(2) == 0 && B(3) == 0)
			return FH_AUSPEX;
		if (B(4) != 0 && B(5) == 0 && B(8) == 12 && B(9) == 0)
			return FH_DECOSF;
		if (B(4) == 0 && B(5) == 8 && B(6) == 0 && B(7) == 0)
			return FH_IRIX4;
		return FH_SUNOS4;
	}
	if (B(2) == 0 && B(3) == 0) {
		if (B(6) == 0 && B(7) == 0)
			return FH_BSD44;
		if (words >= 6 && B(21) == 0 && B(23) == 0)
			return FH_ULTRIX;
		return B(9) == 10 ? FH_SUNOS5 : FH_UNKNOWN;
	}
	if (B(8) == 12 && B(9) == 0)
		return FH_DECOSF;
	if (B(8) == 0 && B(9) == 10) {
		if (B(7) == 0 && B(6) == 0 && B(5) == 0 && B(4) == 0)
			return FH_HPUX9;
		return FH_SUNOS5;
	}
	return words >= 7 && is_ucx(n, off) ? FH_VMSUCX : FH_UNKNOWN;
}

static uint32_t be4(struct nf *n, int64_t off, int a, int b, int c, int d)
{
	return (uint32_t)u8(n, off + a) << 24 | (uint32_t)u8(n, off + b) << 16 |
	       (uint32_t)u8(n, off + c) << 8 | u8(n, off + d);
}

/* " fh MAJOR,MINOR/INODE", or with a server's name for the file
 * system ("Unknown", a VMS device) instead of the numbers. */
static void fh_print(struct nf *n, int64_t off, unsigned words)
{
	int kind = fh_kind(n, off, words), i;
	uint32_t major = 0, minor = 0, ino = 0, t;
	char name[V3FHMAX + 1];
	bool named = false;
	unsigned len;

	switch (kind) {
	case FH_AUSPEX:
		minor = B(7), major = B(6), ino = be4(n, off, 12, 13, 14, 15);
		break;
	case FH_BSD44:
		minor = B(0), major = B(1), ino = be4(n, off, 15, 14, 13, 12);
		break;
	case FH_DECOSF:
		t = be4(n, off, 3, 2, 1, 0);
		minor = t & 0xfffff, major = (t >> 20) & 0xfff;
		ino = be4(n, off, 15, 14, 13, 12);
		break;
	case FH_IRIX4:
		minor = B(3), major = B(2), ino = be4(n, off, 8, 9, 10, 11);
		break;
	case FH_SUNOS4:
		minor = B(3), major = B(2), ino = be4(n, off, 12, 13, 14, 15);
		break;
	case FH_SUNOS5:
		major = ((B(0) << 8 | B(1)) >> 2) & 0x3fff;
		minor = (B(1) << 16 | B(2) << 8 | B(3)) & 0x3ffff;
		ino = be4(n, off, 12, 13, 14, 15);
		break;
	case FH_ULTRIX:
		minor = B(0), major = B(1), ino = be4(n, off, 7, 6, 5, 4);
		break;
	case FH_HPUX9:
		major = B(0), minor = B(1) << 16 | B(2) << 8 | B(3);
		ino = be4(n, off, 12, 13, 14, 15);
		break;
	case FH_VMSUCX:
		/* tcpdump copies the first 14 bytes over its fsid (little
		 * endian here) and takes the name from byte 1 */
		major = be4(n, off, 3, 2, 1, 0), minor = be4(n, off, 7, 6, 5, 4);
		ino = be4(n, off, 26, 27, 23, 22);
		named = true;
		break;
	default:
		minor = major = 257;
		named = true;
		break;
	}
	if (n->cut)
		return;
	if (named) {
		len = words < V3FHMAX ? words : V3FHMAX;
		for (i = 0; i < (int)len; i++) {
			unsigned c = kind == FH_VMSUCX ?
				cur_peek(&n->c, (size_t)(off + 1 + i)) :
				(unsigned char)"Unknown"[i < 7 ? i : 7];

			if (!c || c == ' ')
				break;
			name[i] = (char)c;
		}
		name[i] = '\0';
		out_fmt(" fh %s/", name);
	} else {
		out_fmt(" fh %u,%u/", major, minor);
	}
	if (minor != 257) {
		out_fmt("%u", ino);
	} else if (kind == FH_UNKNOWN) {
		for (i = 0; i < 32 && i < (int)words * 4; i++)
			out_fmt("%.2X", u8(n, off + i));
	} else {
		for (i = 12; i < 14 && B(i); i++)
			out_char((char)B(i));
	}
#undef B
}

/* ---- call arguments */

/* The arguments after the credentials and the verifier, or -1. */
static int64_t parsereq(struct nf *n, uint32_t len)
{
	int64_t off = 24;
	uint32_t l, rl;
	int i;

	for (i = 0; i < 2; i++) {
		if (len < 8)
			return -1;
		l = u32(n, off + 4);
		if (n->cut)
			return -1;
		rl = (l + 3) & ~3u;
		if (!has(n, off + 8, rl))
			return -1;
		if (i == 0 ? 8 + (uint64_t)rl > len : 8 + (uint64_t)rl >= len)
			return -1;
		off += 8 + (int64_t)rl;
		len -= 8 + rl;
	}
	return off;
}

/* A file handle (version 3: after its length), or -1. */
static int64_t parsefh(struct nf *n, int64_t off, bool v3)
{
	uint32_t words = V2FH / 4;

	if (v3) {
		words = u32(n, off) / 4;
		if (n->cut)
			return -1;
		off += 4;
	}
	if (!has(n, off, (int64_t)words * 4))
		return -1;
	fh_print(n, off, words);
	return n->cut ? -1 : off + (int64_t)words * 4;
}

/* A quoted file name, padded to 4 bytes, or -1. */
static int64_t parsefn(struct nf *n, int64_t off)
{
	uint32_t l = u32(n, off), rl, i;

	if (n->cut)
		return -1;
	off += 4;
	if (UINT32_MAX - l < 3) {
		out_str("[cannot pad to 32-bit boundaries]");
		decode_invalid(n->d);
		return -1;
	}
	rl = (l + 3) & ~3u;
	if (!has(n, off, rl))
		return -1;
	out_char('"');
	for (i = 0; i < l; i++)
		decode_char(cur_peek(&n->c, (size_t)off + i));
	out_char('"');
	return off + rl;
}

static int64_t parsefhn(struct nf *n, int64_t off, bool v3)
{
	off = parsefh(n, off, v3);
	if (off < 0)
		return -1;
	out_char(' ');
	return parsefn(n, off);
}

struct sattr3 {
	uint32_t set[4], val[4];	/* mode, uid, gid, size */
	uint32_t tt[2], sec[2], nsec[2];	/* atime, mtime */
};

static int64_t parse_sattr3(struct nf *n, int64_t off, struct sattr3 *sa)
{
	int i;

	for (i = 0; i < 4; i++) {
		sa->set[i] = u32(n, off);
		if (sa->set[i])
			sa->val[i] = u32(n, off += 4);
		off += 4;
	}
	for (i = 0; i < 2; i++) {
		sa->tt[i] = u32(n, off);
		if (sa->tt[i] == 2) {	/* set to the client's time */
			sa->sec[i] = u32(n, off += 4);
			sa->nsec[i] = u32(n, off += 4);
		}
		off += 4;
	}
	return n->cut ? -1 : off;
}

static void print_sattr3(const struct dctx *d, const struct sattr3 *sa)
{
	static const char *const tn[2] = { "atime", "mtime" };
	int i;

	if (sa->set[0])
		out_fmt(" mode %o", sa->val[0]);
	if (sa->set[1])
		out_fmt(" uid %u", sa->val[1]);
	if (sa->set[2])
		out_fmt(" gid %u", sa->val[2]);
	for (i = 0; d->vflag > 1 && i < 2; i++)
		if (sa->tt[i] == 2)
			out_fmt(" %s %u.%06u", tn[i], sa->sec[i], sa->nsec[i]);
}

/* read, write, readdir, readdirplus, commit: offsets and counts */
static int64_t req_io(struct nf *n, int64_t dp, unsigned proc, bool v3)
{
	unsigned v = n->d->vflag;

	if (proc == P_READ || proc == P_COMMIT) {
		if (!v3 && proc == P_READ)
			return u32(n, dp + 4), n->cut ? -1 :
			       (out_fmt(" %u bytes @ %u", u32(n, dp + 4),
					u32(n, dp)), dp);
		u32(n, dp + 8);
		if (n->cut)
			return -1;
		out_fmt(" %u bytes @ %" PRIu64, u32(n, dp + 8), u64(n, dp));
	} else if (proc == P_WRITE && !v3) {
		if (u32(n, dp + 12), n->cut)
			return -1;
		out_fmt(" %u (%u) bytes @ %u (%u)", u32(n, dp + 12),
			u32(n, dp + 8), u32(n, dp + 4), u32(n, dp));
	} else if (proc == P_WRITE) {
		if (u32(n, dp + 16), n->cut)
			return -1;
		out_fmt(" %u (%u) bytes @ %" PRIu64, u32(n, dp + 16),
			u32(n, dp + 8), u64(n, dp));
		if (n->cut)
			return -1;
		if (v) {
			if (u32(n, dp + 12), n->cut)
				return -1;
			out_str(" <");
			tok_print(writemodes, u32(n, dp + 12), "#%d");
			out_char('>');
		}
	} else if (proc == P_READDIR && !v3) {
		if (u32(n, dp + 4), n->cut)
			return -1;
		out_fmt(" %u bytes @ %u", u32(n, dp + 4), u32(n, dp));
	} else {
		if (u32(n, dp + 16), n->cut)
			return -1;
		out_fmt(" %u bytes @ %" PRId64, u32(n, dp + 16),
			(int64_t)u64(n, dp));
		if (proc == P_READDIRPLUS && v && (u32(n, dp + 20), n->cut))
			return -1;
		if (proc == P_READDIRPLUS && v)
			out_fmt(" max %u", u32(n, dp + 20));
		if (v)
			out_fmt(" verf %08x%08x", u32(n, dp + 8), u32(n, dp + 12));
	}
	return dp;
}

/* mknod: type, attributes, device numbers */
static int64_t req_mknod(struct nf *n, int64_t dp)
{
	struct sattr3 sa;
	uint32_t type = u32(n, dp);

	if (n->cut)
		return -1;
	dp = parse_sattr3(n, dp + 4, &sa);
	if (dp < 0)
		return -1;
	out_char(' ');
	tok_print(ftypes, type, "unk-ft %u");
	if (n->d->vflag && (type == 3 || type == 4)) {
		if (u32(n, dp + 4), n->cut)
			return -1;
		out_fmt(" %u/%u", u32(n, dp), u32(n, dp + 4));
		dp += 8;
	}
	if (n->d->vflag)
		print_sattr3(n->d, &sa);
	return dp;
}

static int64_t req_symlink(struct nf *n, int64_t dp, bool v3)
{
	struct sattr3 sa;

	out_str(" ->");
	if (v3 && (dp = parse_sattr3(n, dp, &sa)) < 0)
		return -1;
	if ((dp = parsefn(n, dp)) < 0)
		return -1;
	if (v3 && n->d->vflag)
		print_sattr3(n->d, &sa);
	return dp;
}

/* Known bits by name, all of them as FULL, any other bit in hex. */
static void access_print(uint32_t a)
{
	const struct tok *t;
	char sep = ' ';

	if (a & ~0x3fu) {
		out_fmt(" %04x", a);
	} else if (a == 0x3f) {
		out_str(" NFS_ACCESS_FULL");
	} else {
		for (t = access_flags; t->s; t++) {
			if (a & t->v) {
				out_char(sep);
				out_str(t->s);
				sep = '|';
			}
		}
	}
}

/* The call's arguments after its name; -1 when cut short. */
static int64_t req_args(struct nf *n, uint32_t len, unsigned proc, bool v3)
{
	int64_t dp;

	if (proc == P_NOOP || proc == P_NULL || proc > P_COMMIT)
		return 0;
	dp = parsereq(n, len);
	if (dp < 0)
		return -1;
	switch (proc) {
	case P_LOOKUP: case P_CREATE: case P_MKDIR: case P_REMOVE:
	case P_RMDIR:
		return parsefhn(n, dp, v3);
	case P_SYMLINK:
		dp = parsefhn(n, dp, v3);
		return dp < 0 ? -1 : req_symlink(n, dp, v3);
	case P_MKNOD:
		dp = parsefhn(n, dp, v3);
		return dp < 0 ? -1 : req_mknod(n, dp);
	case P_RENAME:
		dp = parsefhn(n, dp, v3);
		break;
	default:
		dp = parsefh(n, dp, v3);
		break;
	}
	if (dp < 0)
		return -1;
	switch (proc) {
	case P_RENAME: case P_LINK:
		out_str(" ->");
		return parsefhn(n, dp, v3);
	case P_ACCESS:
		if (u32(n, dp), n->cut)
			return -1;
		access_print(u32(n, dp));
		return dp;
	case P_READ: case P_WRITE: case P_READDIR: case P_READDIRPLUS:
	case P_COMMIT:
		return req_io(n, dp, proc, v3);
	}
	return dp;
}

/* ---- the calls remembered for their replies */

static bool xid_enter(struct nf *n)
{
	struct dctx *d = n->d;
	struct nfs_xid *x;
	size_t alen;

	if (!has(n, 20, 4))
		return false;
	if (!n->ip || (n->ip->version != 4 && n->ip->version != 6))
		return true;
	x = &d->nfs_xid[d->nfs_xid_next];
	d->nfs_xid_next = (d->nfs_xid_next + 1) % 64;
	alen = n->ip->version == 4 ? 4 : 16;
	memset(x, 0, sizeof(*x));
	x->xid = u32(n, 0);
	x->version = (uint8_t)n->ip->version;
	memcpy(x->client, n->ip->src, alen);
	memcpy(x->server, n->ip->dst, alen);
	x->proc = u32(n, 20);
	x->vers = u32(n, 16);
	return true;
}

static bool xid_find(struct nf *n, uint32_t *proc, uint32_t *vers)
{
	struct dctx *d = n->d;
	unsigned i = d->nfs_xid_hint;
	size_t alen;

	if (!n->ip)
		return false;
	alen = n->ip->version == 4 ? 4 : 16;
	do {
		const struct nfs_xid *x = &d->nfs_xid[i];

		if (x->version == n->ip->version && x->xid == u32(n, 0) &&
		    !memcmp(x->server, n->ip->src, alen) &&
		    !memcmp(x->client, n->ip->dst, alen)) {
			d->nfs_xid_hint = i;
			*proc = x->proc;
			*vers = x->vers;
			return true;
		}
		i = (i + 1) % 64;
	} while (i != d->nfs_xid_hint);
	return false;
}

static void nfs_end(struct nf *n, bool ok)
{
	if (n->cut)
		decode_trunc_cut(n->d, "nfs");
	else if (!ok && !n->nfserr)
		decode_trunc(n->d, "nfs");
}

static void nfs_request(struct nf *n, uint32_t len)
{
	uint32_t proc;
	bool v3;

	out_fmt("%u", len);
	if (!xid_enter(n)) {
		nfs_end(n, false);
		return;
	}
	v3 = u32(n, 16) == 3;
	proc = u32(n, 20);
	if (!v3 && proc < NPROCS)
		proc = v2procs[proc];
	out_char(' ');
	tok_print(procs, proc, "proc-%u");
	nfs_end(n, req_args(n, len, proc, v3) >= 0);
}

/* ---- reply results */

/* The results after the verifier and an accept status of success, or
 * -1 (another status is printed). */
static int64_t parserep(struct nf *n, uint32_t len)
{
	uint32_t l = u32(n, 16), astat;
	int64_t off;

	if (n->cut || l >= len)
		return -1;
	off = 12 + (((int64_t)l + 8 + 3) & ~3);
	astat = u32(n, off);
	if (n->cut)
		return -1;
	if (astat != 0) {
		out_char(' ');
		tok_print(accept_stats, astat, "ar_stat %u");
		n->nfserr = true;
		return -1;
	}
	return off + 4;
}

/* The status word: " ERROR: ..." unless it is 0. */
static int64_t parsestatus(struct nf *n, int64_t dp, uint32_t *er)
{
	*er = u32(n, dp);
	if (n->cut)
		return -1;
	if (*er) {
		if (!n->d->qflag) {
			out_str(" ERROR: ");
			tok_print(status2str, *er, "unk %u");
		}
		n->nfserr = true;
	}
	return dp + 4;
}

static void nfstime(struct nf *n, int64_t off)
{
	out_fmt(" %u.%06u", u32(n, off), u32(n, off + 4));
}

static int64_t parsefattr(struct nf *n, int64_t dp, unsigned verbose, bool v3)
{
	if (!has(n, dp + 16, 4))
		return -1;
	if (verbose) {
		out_char(' ');
		tok_print(ftypes, u32(n, dp), "unk-ft %u ");
		out_fmt(" %o ids %d/%d", u32(n, dp + 4),
			(int32_t)u32(n, dp + 12), (int32_t)u32(n, dp + 16));
		if (v3 && (u64(n, dp + 20), !n->cut))
			out_fmt(" sz %" PRIu64, u64(n, dp + 20));
		else if (!v3 && (u32(n, dp + 20), !n->cut))
			out_fmt(" sz %u", u32(n, dp + 20));
	}
	if (verbose > 1 && !n->cut) {
		if (!has(n, dp, v3 ? V3FATTR : V2FATTR))
			return -1;
		if (v3)
			out_fmt(" nlink %u rdev %u/%u fsid %" PRIx64
				" fileid %" PRIx64 " a/m/ctime", u32(n, dp + 8),
				u32(n, dp + 36), u32(n, dp + 40),
				u64(n, dp + 44), u64(n, dp + 52));
		else
			out_fmt(" nlink %u rdev 0x%x fsid 0x%x nodeid 0x%x"
				" a/m/ctime", u32(n, dp + 8), u32(n, dp + 28),
				u32(n, dp + 36), u32(n, dp + 40));
		nfstime(n, dp + (v3 ? 60 : 44));
		nfstime(n, dp + (v3 ? 68 : 52));
		nfstime(n, dp + (v3 ? 76 : 60));
	}
	return n->cut ? -1 : dp + (v3 ? V3FATTR : V2FATTR);
}

static bool parseattrstat(struct nf *n, int64_t dp, unsigned verbose,
			  bool v3)
{
	uint32_t er;

	dp = parsestatus(n, dp, &er);
	if (dp < 0)
		return false;
	return er || parsefattr(n, dp, verbose, v3) >= 0;
}

static bool parsediropres(struct nf *n, int64_t dp)
{
	uint32_t er;

	dp = parsestatus(n, dp, &er);
	if (dp < 0)
		return false;
	if (er)
		return true;
	dp = parsefh(n, dp, false);
	return dp >= 0 && parsefattr(n, dp, n->d->vflag, false) >= 0;
}

static int64_t parse_post_op_attr(struct nf *n, int64_t dp, unsigned verbose)
{
	uint32_t follows = u32(n, dp);

	if (n->cut)
		return -1;
	if (!follows)
		return dp + 4;
	if (verbose)
		return parsefattr(n, dp + 4, verbose, true);
	return dp + 4 + V3FATTR;
}

static int64_t parse_pre_op_attr(struct nf *n, int64_t dp, unsigned verbose)
{
	uint32_t follows = u32(n, dp);

	if (n->cut)
		return -1;
	if (!follows)
		return dp + 4;
	dp += 4;
	if (!has(n, dp, 24))
		return -1;
	if (verbose > 1) {
		out_fmt(" sz %" PRIu64 " mtime %u.%06u ctime %u.%06u",
			u64(n, dp), u32(n, dp + 8), u32(n, dp + 12),
			u32(n, dp + 16), u32(n, dp + 20));
	}
	return dp + 24;
}

static int64_t parse_wcc_data(struct nf *n, int64_t dp, unsigned verbose)
{
	if (verbose > 1)
		out_str(" PRE:");
	dp = parse_pre_op_attr(n, dp, verbose);
	if (dp < 0)
		return -1;
	if (verbose)
		out_str(" POST:");
	return parse_post_op_attr(n, dp, verbose);
}

static bool parsewccres(struct nf *n, int64_t dp, unsigned verbose)
{
	uint32_t er;

	dp = parsestatus(n, dp, &er);
	return dp >= 0 && parse_wcc_data(n, dp, verbose) >= 0;
}

static bool parsecreateopres(struct nf *n, int64_t dp, unsigned verbose)
{
	uint32_t er;

	if ((dp = parsestatus(n, dp, &er)) < 0)
		return false;
	if (er)
		return parse_wcc_data(n, dp, verbose) >= 0;
	if (u32(n, dp), n->cut)
		return false;
	if (!u32(n, dp))
		return true;
	if ((dp = parsefh(n, dp + 4, true)) < 0)
		return false;
	if (verbose) {
		if ((dp = parse_post_op_attr(n, dp, verbose)) < 0)
			return false;
		if (n->d->vflag > 1) {
			out_str(" dir attr:");
			dp = parse_wcc_data(n, dp, verbose);
		}
	}
	return dp >= 0;
}

static bool parselinkres(struct nf *n, int64_t dp, bool v3)
{
	uint32_t er;

	if ((dp = parsestatus(n, dp, &er)) < 0)
		return false;
	if (er)
		return true;
	if (v3 && (dp = parse_post_op_attr(n, dp, n->d->vflag)) < 0)
		return false;
	out_char(' ');
	return parsefn(n, dp) >= 0;
}

static bool parsestatfs(struct nf *n, int64_t dp, bool v3)
{
	unsigned v = n->d->vflag;
	uint32_t er;

	if ((dp = parsestatus(n, dp, &er)) < 0)
		return false;
	if ((!v3 && er) || n->d->qflag)
		return true;
	if (v3) {
		if (v)
			out_str(" POST:");
		if ((dp = parse_post_op_attr(n, dp, v)) < 0)
			return false;
	}
	if (!has(n, dp, v3 ? 52 : 20))
		return false;
	if (!v3) {
		out_fmt(" tsize %u bsize %u blocks %u bfree %u bavail %u",
			u32(n, dp), u32(n, dp + 4), u32(n, dp + 8),
			u32(n, dp + 12), u32(n, dp + 16));
		return true;
	}
	out_fmt(" tbytes %" PRIu64 " fbytes %" PRIu64 " abytes %" PRIu64,
		u64(n, dp), u64(n, dp + 8), u64(n, dp + 16));
	if (v)
		out_fmt(" tfiles %" PRIu64 " ffiles %" PRIu64 " afiles %"
			PRIu64 " invar %u", u64(n, dp + 24), u64(n, dp + 32),
			u64(n, dp + 40), u32(n, dp + 48));
	return true;
}

static bool parserddires(struct nf *n, int64_t dp)
{
	uint32_t er;

	if ((dp = parsestatus(n, dp, &er)) < 0)
		return false;
	if (er || n->d->qflag)
		return true;
	if (u32(n, dp + 4), n->cut)
		return false;
	out_fmt(" offset 0x%x size %u ", u32(n, dp), u32(n, dp + 4));
	if (u32(n, dp + 8), n->cut)
		return false;
	if (u32(n, dp + 8))
		out_str(" eof");
	return true;
}

static bool parsev3rddirres(struct nf *n, int64_t dp, unsigned verbose)
{
	uint32_t er;

	if ((dp = parsestatus(n, dp, &er)) < 0)
		return false;
	if (n->d->vflag)
		out_str(" POST:");
	if ((dp = parse_post_op_attr(n, dp, verbose)) < 0)
		return false;
	if (er || !n->d->vflag)
		return true;
	if (u32(n, dp + 4), n->cut)
		return false;
	out_fmt(" verf %08x%08x", u32(n, dp), u32(n, dp + 4));
	return true;
}

/* fsinfo and pathconf: attributes, then their fixed results */
static bool parsefsinfo(struct nf *n, int64_t dp, bool pathconf)
{
	unsigned v = n->d->vflag;
	uint32_t er;

	if ((dp = parsestatus(n, dp, &er)) < 0)
		return false;
	if (v)
		out_str(" POST:");
	if ((dp = parse_post_op_attr(n, dp, v)) < 0)
		return false;
	if (er)
		return true;
	if (!has(n, dp, pathconf ? 24 : 48))
		return false;
	if (pathconf) {
		out_fmt(" linkmax %u namemax %u %s %s %s %s", u32(n, dp),
			u32(n, dp + 4), u32(n, dp + 8) ? "notrunc" : "",
			u32(n, dp + 12) ? "chownres" : "",
			u32(n, dp + 16) ? "igncase" : "",
			u32(n, dp + 20) ? "keepcase" : "");
		return true;
	}
	out_fmt(" rtmax %u rtpref %u wtmax %u wtpref %u dtpref %u",
		u32(n, dp), u32(n, dp + 4), u32(n, dp + 12), u32(n, dp + 16),
		u32(n, dp + 24));
	if (v)
		out_fmt(" rtmult %u wtmult %u maxfsz %" PRIu64
			" delta %u.%06u ", u32(n, dp + 8), u32(n, dp + 20),
			u64(n, dp + 28), u32(n, dp + 36), u32(n, dp + 40));
	return true;
}

static bool reply_lookup(struct nf *n, int64_t dp, bool v3)
{
	unsigned v = n->d->vflag;
	uint32_t er;

	if (!v3)
		return parsediropres(n, dp);
	if ((dp = parsestatus(n, dp, &er)) < 0)
		return false;
	if (!er) {
		if ((dp = parsefh(n, dp, true)) < 0)
			return false;
		dp = parse_post_op_attr(n, dp, v);
	}
	if (dp >= 0 && v > 1) {
		out_str(" post dattr:");
		dp = parse_post_op_attr(n, dp, v);
	}
	return dp >= 0;
}

static bool reply_access(struct nf *n, int64_t dp)
{
	uint32_t er;

	if ((dp = parsestatus(n, dp, &er)) < 0)
		return false;
	if (n->d->vflag)
		out_str(" attr:");
	if ((dp = parse_post_op_attr(n, dp, n->d->vflag)) < 0)
		return false;
	if (!er && (u32(n, dp), !n->cut))
		out_fmt(" c %04x", u32(n, dp));
	return true;
}

static bool reply_read(struct nf *n, int64_t dp, bool v3)
{
	uint32_t er;

	if (!v3)
		return parseattrstat(n, dp, n->d->vflag, false);
	if ((dp = parsestatus(n, dp, &er)) < 0 ||
	    (dp = parse_post_op_attr(n, dp, n->d->vflag)) < 0)
		return false;
	if (er || !n->d->vflag)
		return true;
	if (u32(n, dp + 4), n->cut)
		return false;
	out_fmt(" %u bytes", u32(n, dp));
	if (u32(n, dp + 4))
		out_str(" EOF");
	return true;
}

static bool reply_write(struct nf *n, int64_t dp, bool v3)
{
	unsigned v = n->d->vflag;
	uint32_t er;

	if (!v3)
		return parseattrstat(n, dp, v, false);
	if ((dp = parsestatus(n, dp, &er)) < 0 ||
	    (dp = parse_wcc_data(n, dp, v)) < 0)
		return false;
	if (er || !v)
		return true;
	if (u32(n, dp), n->cut)
		return false;
	out_fmt(" %u bytes", u32(n, dp));
	if (v > 1) {
		if (u32(n, dp + 4), n->cut)
			return false;
		out_str(" <");
		tok_print(writemodes, u32(n, dp + 4), "#%d");
		out_char('>');
		if (u64(n, dp + 8), n->cut)
			return false;
		out_fmt(" verf %" PRIx64, u64(n, dp + 8));
	}
	return true;
}

/* rename (from and to) and link (file, directory) */
static bool reply_rename_link(struct nf *n, int64_t dp, bool v3, bool link)
{
	unsigned v = n->d->vflag;
	uint32_t er;

	if ((dp = parsestatus(n, dp, &er)) < 0)
		return false;
	if (!v3)
		return true;
	if (!v)
		return true;
	out_str(link ? " file POST:" : " from:");
	dp = link ? parse_post_op_attr(n, dp, v) : parse_wcc_data(n, dp, v);
	if (dp < 0)
		return false;
	out_str(link ? " dir:" : " to:");
	return parse_wcc_data(n, dp, v) >= 0;
}

static bool reply_commit(struct nf *n, int64_t dp)
{
	uint32_t er;

	if ((dp = parsestatus(n, dp, &er)) < 0 ||
	    (dp = parse_wcc_data(n, dp, n->d->vflag)) < 0)
		return false;
	if (n->d->vflag > 1 && (u64(n, dp), !n->cut))
		out_fmt(" verf %" PRIx64, u64(n, dp));
	return true;
}

/* The results of a call of proc; false when cut short. */
static bool reply_results(struct nf *n, int64_t dp, unsigned proc, bool v3)
{
	unsigned v = n->d->vflag;
	uint32_t er;

	switch (proc) {
	case P_GETATTR:
		return parseattrstat(n, dp, !n->d->qflag, v3);
	case P_SETATTR:
		return v3 ? parsewccres(n, dp, v) : parseattrstat(n, dp,
							!n->d->qflag, false);
	case P_LOOKUP:
		return reply_lookup(n, dp, v3);
	case P_ACCESS:
		return reply_access(n, dp);
	case P_READLINK:
		return parselinkres(n, dp, v3);
	case P_READ:
		return reply_read(n, dp, v3);
	case P_WRITE:
		return reply_write(n, dp, v3);
	case P_CREATE: case P_MKDIR: case P_SYMLINK:
		if (v3)
			return parsecreateopres(n, dp, v);
		if (proc != P_SYMLINK)
			return parsediropres(n, dp);
		return parsestatus(n, dp, &er) >= 0;
	case P_MKNOD:
		return parsecreateopres(n, dp, v);
	case P_REMOVE: case P_RMDIR:
		return v3 ? parsewccres(n, dp, v) : parsestatus(n, dp, &er) >= 0;
	case P_RENAME: case P_LINK:
		return reply_rename_link(n, dp, v3, proc == P_LINK);
	case P_READDIR:
		return v3 ? parsev3rddirres(n, dp, v) : parserddires(n, dp);
	case P_READDIRPLUS:
		return parsev3rddirres(n, dp, v);
	case P_FSSTAT:
		return parsestatfs(n, dp, v3);
	case P_FSINFO: case P_PATHCONF:
		return parsefsinfo(n, dp, proc == P_PATHCONF);
	case P_COMMIT:
		return reply_commit(n, dp);
	}
	return true;
}

static bool interp_reply(struct nf *n, uint32_t len, uint32_t proc,
			 uint32_t vers)
{
	bool v3 = vers == 3;
	int64_t dp;

	if (!v3 && proc < NPROCS)
		proc = v2procs[proc];
	out_char(' ');
	tok_print(procs, proc, "proc-%u");
	if (proc == P_NOOP || proc == P_NULL || proc > P_COMMIT)
		return true;
	dp = parserep(n, len);
	if (dp < 0)
		return proc == P_SETATTR;
	return reply_results(n, dp, proc, v3);
}

static void nfs_reply(struct nf *n, uint32_t len)
{
	uint32_t stat = u32(n, 8), rj, proc, vers;
	bool ok = true;

	/* tcpdump tests these words before reading them: a cut one
	 * gets the marker, not the end of the packet */
	if (n->cut) {
		n->cut = false;
		nfs_end(n, false);
		return;
	}
	if (stat == 0) {
		out_fmt("reply ok %u", len);
		if (xid_find(n, &proc, &vers))
			ok = interp_reply(n, len, proc, vers);
	} else if (stat == 1) {
		out_fmt("reply ERR %u: ", len);
		rj = u32(n, 12);
		if (rj == 0 && (u32(n, 20), !n->cut))
			out_fmt("RPC Version mismatch (%u-%u)", u32(n, 16),
				u32(n, 20));
		else if (rj == 1 && (u32(n, 16), !n->cut)) {
			out_str("Auth ");
			tok_print(auth_stats, u32(n, 16),
				  "Invalid failure code %u");
		} else if (!n->cut)
			out_fmt("Unknown reason for rejecting rpc message %u",
				rj);
		ok = !n->cut;
		n->cut = false;
	} else {
		out_fmt("reply Unknown rpc response code=%u %u", stat, len);
	}
	nfs_end(n, ok);
}

/* ---- the transports */

static void nfs_print(struct dctx *d, struct cursor c, uint32_t len,
		      const struct ipinfo *ip, const char *pre)
{
	struct nf n = { .d = d, .c = c, .ip = ip };
	bool call = cur_peek_be32(&c, 4) == CALL;

	out_fmt("%sNFS %s xid %u ", pre, call ? "request" : "reply",
		cur_peek_be32(&c, 0));
	if (call)
		nfs_request(&n, len);
	else
		nfs_reply(&n, len);
}

/* A call to the port or a reply from it. */
static bool rpc_dir_ok(struct cursor c, const struct l4info *l4)
{
	uint32_t dir;

	if (cur_left(&c) < 8)
		return false;
	dir = cur_peek_be32(&c, 4);
	return (l4->dport == NFS_PORT && dir == CALL) ||
	       (l4->sport == NFS_PORT && dir == REPLY);
}

bool nfs_udp_ok(struct cursor c, unsigned len DECODE_UNUSED,
		       const struct l4info *l4)
{
	return rpc_dir_ok(c, l4);
}

void nfs_udp(struct dctx *d, struct cursor c, unsigned len,
		    const struct l4info *l4)
{
	nfs_print(d, c, len, l4->ip, "");
}

/* Over TCP a record mark comes first; the port is enough to take the
 * segment, a message of neither direction prints nothing. */
bool nfs_tcp_ok(struct cursor c, unsigned len,
		       const struct l4info *l4 DECODE_UNUSED)
{
	return len >= 4 && cur_left(&c) >= 4;
}

void nfs_tcp(struct dctx *d, struct cursor c, unsigned len,
		    const struct l4info *l4)
{
	uint32_t frag = cur_peek_be32(&c, 0) & 0x7fffffff;

	if (frag > len - 4)
		frag = len - 4;
	cur_skip(&c, 4);
	if (rpc_dir_ok(c, l4))
		nfs_print(d, c, frag, l4->ip, ": ");
}

DECODE_PORT_IF(UDP, 1, 2049, 2049, PORT_DST | PORT_EARLY, nfs_udp, nfs_udp_ok)
DECODE_PORT_IF(UDP, 2, 2049, 2049, PORT_SRC | PORT_EARLY, nfs_udp, nfs_udp_ok)
DECODE_PORT_IF(TCP, 190, 2049, 2049, PORT_EITHER, nfs_tcp, nfs_tcp_ok)

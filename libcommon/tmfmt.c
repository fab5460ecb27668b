/* tmfmt.c - strftime(3) for the C locale, without glibc's locale
 * machinery (about 16 KB of the static executable: strftime_l and the
 * LC_TIME tables).
 *
 * Every POSIX conversion and glibc's common extensions, with the flags
 * '-' (no padding), '_' (spaces), '0' (zeros) and '^' (upper case);
 * the E and O modifiers are ignored where glibc takes them (the C
 * locale has no alternatives), and elsewhere printed as they stand.
 * tests/unit/test_tmfmt.c compares it with glibc's strftime.
 */
#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "tmfmt.h"

static const char *const wday_name[] = {
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
	"Saturday",
};
static const char *const mon_name[] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December",
};

struct buf {
	char *p;
	size_t left;		/* room, the final NUL included */
	bool over;
};

static void put(struct buf *b, const char *s, size_t n, bool upper)
{
	for (; n; n--, s++) {
		if (b->left <= 1) {
			b->over = true;
			return;
		}
		*b->p++ = upper ? (char)toupper((unsigned char)*s) : *s;
		b->left--;
	}
}

/* A number in width digits, padded by pad ('0', ' ', or 0: none). */
static void put_num(struct buf *b, long long v, int width, char pad)
{
	char tmp[32];
	int n;

	if (!pad)
		n = snprintf(tmp, sizeof(tmp), "%lld", v);
	else if (pad == ' ')
		n = snprintf(tmp, sizeof(tmp), "%*lld", width, v);
	else
		n = snprintf(tmp, sizeof(tmp), "%0*lld", width, v);
	put(b, tmp, (size_t)n, false);
}

static bool leap(long long y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* ISO 8601 week-based year and week (for %G, %g, %V). */
static void iso_week(const struct tm *tm, long long *year, int *week)
{
	long long y = tm->tm_year + 1900LL;
	int wday = (tm->tm_wday + 6) % 7;	/* Monday = 0 */
	int yday = tm->tm_yday;
	int w = (yday - wday + 10) / 7;

	if (w < 1) {
		int pyday = yday + (leap(y - 1) ? 366 : 365);

		y--;
		w = (pyday - wday + 10) / 7;
	} else if (w == 53) {
		int days = leap(y) ? 366 : 365;

		if (yday - wday + 3 >= days) {
			y++;
			w = 1;
		}
	}
	*year = y;
	*week = w;
}

static void conv(struct buf *b, char c, char flag, const struct tm *tm);

static void sub(struct buf *b, const char *fmt, const struct tm *tm)
{
	for (; *fmt; fmt++)
		if (*fmt == '%')
			conv(b, *++fmt, 0, tm);
		else
			put(b, fmt, 1, false);
}

static void put_name(struct buf *b, const char *name, bool abbr, bool upper)
{
	put(b, name, abbr ? 3 : strlen(name), upper);
}

static void conv(struct buf *b, char c, char flag, const struct tm *tm)
{
	char pad0 = flag == '-' ? 0 : flag == '_' ? ' ' : '0';
	char pad_ = flag == '-' ? 0 : flag == '0' ? '0' : ' ';
	bool up = flag == '^';
	int hour12 = tm->tm_hour % 12 ? tm->tm_hour % 12 : 12;
	long long year = tm->tm_year + 1900LL, iy;
	int iw;

	switch (c) {
	case 'a': case 'A':
		put_name(b, wday_name[(unsigned)tm->tm_wday % 7], c == 'a', up);
		break;
	case 'b': case 'h': case 'B':
		put_name(b, mon_name[(unsigned)tm->tm_mon % 12], c != 'B', up);
		break;
	case 'c': sub(b, "%a %b %e %H:%M:%S %Y", tm); break;
	case 'C': put_num(b, year / 100, 2, pad0); break;
	case 'd': put_num(b, tm->tm_mday, 2, pad0); break;
	case 'D': sub(b, "%m/%d/%y", tm); break;
	case 'e': put_num(b, tm->tm_mday, 2, pad_); break;
	case 'F': sub(b, "%Y-%m-%d", tm); break;
	case 'G': iso_week(tm, &iy, &iw); put_num(b, iy, 1, 0); break;
	case 'g': iso_week(tm, &iy, &iw); put_num(b, iy % 100, 2, pad0); break;
	case 'H': put_num(b, tm->tm_hour, 2, pad0); break;
	case 'I': put_num(b, hour12, 2, pad0); break;
	case 'j': put_num(b, tm->tm_yday + 1, 3, pad0); break;
	case 'k': put_num(b, tm->tm_hour, 2, pad_); break;
	case 'l': put_num(b, hour12, 2, pad_); break;
	case 'm': put_num(b, tm->tm_mon + 1, 2, pad0); break;
	case 'M': put_num(b, tm->tm_min, 2, pad0); break;
	case 'n': put(b, "\n", 1, false); break;
	case 'p': put(b, tm->tm_hour < 12 ? "AM" : "PM", 2, false); break;
	case 'P': put(b, tm->tm_hour < 12 ? "am" : "pm", 2, false); break;
	case 'r': sub(b, "%I:%M:%S %p", tm); break;
	case 'R': sub(b, "%H:%M", tm); break;
	case 's': {
		struct tm t = *tm;

		put_num(b, (long long)mktime(&t), 1, 0);
		break;
	}
	case 'S': put_num(b, tm->tm_sec, 2, pad0); break;
	case 't': put(b, "\t", 1, false); break;
	case 'T': sub(b, "%H:%M:%S", tm); break;
	case 'u': put_num(b, tm->tm_wday ? tm->tm_wday : 7, 1, 0); break;
	case 'U':
		put_num(b, (tm->tm_yday + 7 - tm->tm_wday) / 7, 2, pad0);
		break;
	case 'V': iso_week(tm, &iy, &iw); put_num(b, iw, 2, pad0); break;
	case 'w': put_num(b, tm->tm_wday, 1, 0); break;
	case 'W':
		put_num(b, (tm->tm_yday + 7 - (tm->tm_wday + 6) % 7) / 7, 2,
			pad0);
		break;
	case 'x': sub(b, "%m/%d/%y", tm); break;
	case 'X': sub(b, "%H:%M:%S", tm); break;
	case 'y': put_num(b, ((year % 100) + 100) % 100, 2, pad0); break;
	case 'Y': put_num(b, year, 1, 0); break;
	case 'z': {
		long off = tm->tm_gmtoff;
		char sign = off < 0 ? '-' : '+';

		if (off < 0)
			off = -off;
		put(b, &sign, 1, false);
		put_num(b, off / 3600 * 100 + off / 60 % 60, 4, pad0);
		break;
	}
	case 'Z':
		if (tm->tm_zone)
			put(b, tm->tm_zone, strlen(tm->tm_zone), up);
		break;
	case '%': put(b, "%", 1, false); break;
	default: {
		char pct[2] = { '%', c };

		put(b, pct, c ? 2 : 1, false);
		break;
	}
	}
}

size_t tm_format(char *dst, size_t size, const char *fmt, const struct tm *tm)
{
	struct buf b = { dst, size, false };

	if (!size)
		return 0;
	for (; *fmt; fmt++) {
		char flag = 0;

		if (*fmt != '%') {
			put(&b, fmt, 1, false);
			continue;
		}
		fmt++;
		if (*fmt == '-' || *fmt == '_' || *fmt == '0' || *fmt == '^')
			flag = *fmt++;
		if ((*fmt == 'E' && fmt[1] &&
		     strchr("cCnpPrRstTuxXyYzZ%", fmt[1])) ||
		    (*fmt == 'O' && fmt[1] &&
		     strchr("bBCdegGhHIjklmMnpPrRsStTuUVwWyzZ%", fmt[1])))
			fmt++;
		conv(&b, *fmt, flag, tm);
		if (!*fmt)
			break;
	}
	*b.p = '\0';
	return b.over ? 0 : size - b.left;
}

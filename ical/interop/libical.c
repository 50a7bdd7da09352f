/*
 * libical runner: libical-json FILE.ics -> normalized JSON on stdout.
 * See README.md for the shape. Built by build-libical.sh (never commit
 * the binary). Uses libical's own parser and accessors throughout:
 * icalparser_parse_string, icalproperty_get_summary, icalparameter_get_cn,
 * icalcomponent_get_timezone (VTIMEZONE of this file only), and the
 * X-LIC-ERROR properties libical inserts where it drops or mangles data.
 */
#include <libical/ical.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void jstr(const char *s)
{
	if (!s) {
		fputs("null", stdout);
		return;
	}
	putchar('"');
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '"': fputs("\\\"", stdout); break;
		case '\\': fputs("\\\\", stdout); break;
		case '\n': fputs("\\n", stdout); break;
		case '\r': fputs("\\r", stdout); break;
		case '\t': fputs("\\t", stdout); break;
		default:
			if (*p < 0x20)
				printf("\\u%04x", *p);
			else
				putchar(*p);
		}
	}
	putchar('"');
}

/* Collected non-fatal errors (X-LIC-ERROR and our own notes). */
static char **errs;
static int nerrs;

static void adderr(const char *fmt, ...)
{
	char buf[4096];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	errs = realloc(errs, sizeof(char *) * (nerrs + 1));
	errs[nerrs++] = strdup(buf);
}

static void collect_lic_errors(icalcomponent *c)
{
	for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p;
	     p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY)) {
		icalparameter *t = icalproperty_get_first_parameter(p, ICAL_XLICERRORTYPE_PARAMETER);
		const char *type = t ? icalparameter_enum_to_string(icalparameter_get_xlicerrortype(t)) : "";
		const char *msg = icalproperty_get_xlicerror(p);
		adderr("%s: X-LIC-ERROR [%s] %s", icalcomponent_kind_to_string(icalcomponent_isa(c)),
		       type ? type : "", msg ? msg : "");
	}
	for (icalcomponent *s = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); s;
	     s = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT))
		collect_lic_errors(s);
}

/* Text value of the first property of a kind, unescaped by libical. */
static const char *text_of(icalcomponent *c, icalproperty_kind k)
{
	icalproperty *p = icalcomponent_get_first_property(c, k);
	if (!p)
		return NULL;
	icalvalue *v = icalproperty_get_value(p);
	if (!v)
		return NULL;
	switch (icalvalue_isa(v)) {
	case ICAL_TEXT_VALUE: return icalvalue_get_text(v);
	case ICAL_X_VALUE: return icalvalue_get_x(v);
	default: return icalproperty_get_value_as_string(p);
	}
}

/* First property with this name (for X- and properties libical may not
 * know), its value as text. */
static const char *named_text(icalcomponent *c, const char *name)
{
	for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_ANY_PROPERTY); p;
	     p = icalcomponent_get_next_property(c, ICAL_ANY_PROPERTY)) {
		const char *n = icalproperty_get_property_name(p);
		if (n && strcasecmp(n, name) == 0) {
			icalvalue *v = icalproperty_get_value(p);
			if (v && icalvalue_isa(v) == ICAL_TEXT_VALUE)
				return icalvalue_get_text(v);
			if (v && icalvalue_isa(v) == ICAL_X_VALUE)
				return icalvalue_get_x(v);
			return icalproperty_get_value_as_string(p);
		}
	}
	return NULL;
}

static void dt(icalcomponent *cal, icalcomponent *ev, icalproperty_kind k, const char *name)
{
	icalproperty *p = icalcomponent_get_first_property(ev, k);
	if (!p) {
		fputs("null", stdout);
		return;
	}
	struct icaltimetype t = k == ICAL_DTSTART_PROPERTY ? icalproperty_get_dtstart(p)
							   : icalproperty_get_dtend(p);
	if (icaltime_is_null_time(t)) {
		adderr("%s: null or unparsable time", name);
		fputs("null", stdout);
		return;
	}
	icalparameter *tp = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER);
	const char *tzid = tp ? icalparameter_get_tzid(tp) : NULL;
	char value[32], date[16], utc[32];
	snprintf(date, sizeof date, "%04d-%02d-%02d", t.year, t.month, t.day);
	if (t.is_date) {
		snprintf(value, sizeof value, "%04d%02d%02d", t.year, t.month, t.day);
		printf("{\"value\":\"%s\",\"tzid\":", value);
		jstr(tzid);
		printf(",\"date_only\":true,\"date\":\"%s\",\"utc\":null}", date);
		return;
	}
	snprintf(value, sizeof value, "%04d%02d%02dT%02d%02d%02d", t.year, t.month, t.day, t.hour,
		 t.minute, t.second);
	int have_utc = 0;
	time_t tt = 0;
	if (icaltime_is_utc(t)) {
		if (!tzid)
			tzid = "UTC";
		tt = icaltime_as_timet_with_zone(t, icaltimezone_get_utc_timezone());
		have_utc = 1;
	} else if (tzid) {
		/* Only the VTIMEZONE in this file: libical's builtin zones
		 * would hide a missing or wrong VTIMEZONE. */
		icaltimezone *z = icalcomponent_get_timezone(cal, tzid);
		if (!z) {
			adderr("%s: TZID %s has no VTIMEZONE in the file", name, tzid);
		} else {
			tt = icaltime_as_timet_with_zone(t, z);
			have_utc = 1;
		}
	}
	printf("{\"value\":\"%s\",\"tzid\":", value);
	jstr(tzid);
	printf(",\"date_only\":false,\"date\":\"%s\",\"utc\":", date);
	if (have_utc) {
		struct tm tm;
		gmtime_r(&tt, &tm);
		strftime(utc, sizeof utc, "%Y-%m-%dT%H:%M:%SZ", &tm);
		printf("\"%s\"}", utc);
	} else {
		fputs("null}", stdout);
	}
}

static const char *param_str(icalproperty *p, icalparameter_kind k)
{
	icalparameter *q = icalproperty_get_first_parameter(p, k);
	if (!q)
		return NULL;
	switch (k) {
	case ICAL_CN_PARAMETER: return icalparameter_get_cn(q);
	case ICAL_ROLE_PARAMETER: {
		icalparameter_role r = icalparameter_get_role(q);
		return r == ICAL_ROLE_X ? icalparameter_get_xvalue(q) : icalparameter_enum_to_string(r);
	}
	case ICAL_PARTSTAT_PARAMETER: {
		icalparameter_partstat r = icalparameter_get_partstat(q);
		return r == ICAL_PARTSTAT_X ? icalparameter_get_xvalue(q)
					    : icalparameter_enum_to_string(r);
	}
	default: return NULL;
	}
}

static void text_list(icalcomponent *ev, icalproperty_kind k)
{
	putchar('[');
	int first = 1;
	for (icalproperty *p = icalcomponent_get_first_property(ev, k); p;
	     p = icalcomponent_get_next_property(ev, k)) {
		const char *v = k == ICAL_CATEGORIES_PROPERTY ? icalproperty_get_categories(p)
							       : icalproperty_get_relatedto(p);
		if (!first)
			putchar(',');
		first = 0;
		jstr(v);
	}
	putchar(']');
}

static int cmpstr(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/*
 * --occurrences FROM TO FILE: libical's own reading of any calendar, for
 * the import tests. Every VEVENT of every VCALENDAR; a recurring one
 * (RRULE, RDATE, EXDATE) expanded with icalcomponent_foreach_recurrence,
 * keeping the occurrences that start in [FROM, TO) (UTC, YYYYMMDDTHHMMSSZ),
 * each replaced by the VEVENT with the same UID whose RECURRENCE-ID names
 * it (libical's API leaves that to its caller); a VEVENT with a
 * RECURRENCE-ID that names no occurrence is listed when it or the
 * occurrence it names starts in the window; an event that does not recur
 * is listed whatever its date. One line of JSON per occurrence:
 * {"uid","recurrence_id","summary","start","end"}, start and end as
 * {"date": "YYYY-MM-DD"} or {"utc": "…Z"}, or null.
 */
struct occ_ctx {
	const char *uid;
	icalcomponent *master;
	icalcomponent **ovs;
	int novs;
	int *used;
	time_t from, to;
	int n;
};

static int is_date_comp(icalcomponent *c)
{
	icalproperty *p = icalcomponent_get_first_property(c, ICAL_DTSTART_PROPERTY);
	return p && icaltime_is_date(icalproperty_get_dtstart(p));
}

static void jtime(time_t t, int is_date)
{
	char buf[32];
	struct tm tm;
	gmtime_r(&t, &tm);
	if (is_date) {
		strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
		printf("{\"date\":\"%s\"}", buf);
	} else {
		strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
		printf("{\"utc\":\"%s\"}", buf);
	}
}

/* The RECURRENCE-ID of c with its TZID resolved, as libical resolves
 * DTSTART's (the VTIMEZONE of the calendar, else a builtin zone). */
static struct icaltimetype rid_of(icalcomponent *c)
{
	icalproperty *p = icalcomponent_get_first_property(c, ICAL_RECURRENCEID_PROPERTY);
	return icalproperty_get_datetime_with_component(p, c);
}

/* time_t of a value, in its zone. */
static time_t timet_of(struct icaltimetype t)
{
	if (t.is_date || !t.zone)
		return icaltime_as_timet_with_zone(t, icaltimezone_get_utc_timezone());
	return icaltime_as_timet_with_zone(t, t.zone);
}

static void emit(icalcomponent *src, const char *uid, time_t rid, int has_rid, time_t start, time_t end,
		 int has_end, int is_date)
{
	static int first = 1;
	if (!first)
		putchar(',');
	first = 0;
	printf("\n{\"uid\":");
	jstr(uid);
	printf(",\"recurrence_id\":");
	if (has_rid)
		jtime(rid, is_date);
	else
		fputs("null", stdout);
	printf(",\"summary\":");
	jstr(icalcomponent_get_summary(src));
	printf(",\"start\":");
	jtime(start, is_date);
	printf(",\"end\":");
	if (has_end && end != start)
		jtime(end, is_date);
	else
		fputs("null", stdout);
	putchar('}');
}

/* The start and end of c as instants, from DTSTART and DTEND (or
 * DURATION) with their zones resolved. (icalcomponent_get_span, which
 * libical itself calls deprecated for this, misreads a TZID it resolves
 * for DTSTART: W. Europe Standard Time 10:00 as 10:00Z, measured.) */
static void span_of(icalcomponent *c, time_t *start, time_t *end, int *has_end)
{
	struct icaltimetype s = icalcomponent_get_dtstart(c);
	struct icaltimetype e = icalcomponent_get_dtend(c);
	*start = timet_of(s);
	*has_end = icalcomponent_get_first_property(c, ICAL_DTEND_PROPERTY) ||
		   icalcomponent_get_first_property(c, ICAL_DURATION_PROPERTY);
	*end = *has_end && !icaltime_is_null_time(e) ? timet_of(e) : *start;
}

static void on_occurrence(icalcomponent *comp, struct icaltime_span *span, void *data)
{
	struct occ_ctx *x = data;
	int is_date = is_date_comp(x->master);
	for (int i = 0; i < x->novs; i++) {
		if (timet_of(rid_of(x->ovs[i])) == span->start) {
			time_t s, e;
			int he;
			span_of(x->ovs[i], &s, &e, &he);
			if (!x->used[i] && ((span->start >= x->from && span->start < x->to) || (s >= x->from && s < x->to)))
				emit(x->ovs[i], x->uid, span->start, 1, s, e, he, is_date_comp(x->ovs[i]));
			x->used[i] = 1;
			return;
		}
	}
	if (span->start < x->from || span->start >= x->to)
		return;
	emit(comp, x->uid, span->start, 1, span->start, span->end, 1, is_date);
	x->n++;
}

static int occurrences(const char *from_s, const char *to_s, const char *buf)
{
	struct icaltimetype from = icaltime_from_string(from_s), to = icaltime_from_string(to_s);
	if (icaltime_is_null_time(from) || icaltime_is_null_time(to)) {
		fprintf(stderr, "libical-json: bad window %s %s\n", from_s, to_s);
		return 2;
	}
	icalerror_set_errors_are_fatal(0);
	icalcomponent *root = icalparser_parse_string(buf);
	if (!root) {
		fprintf(stderr, "libical: parse failed: %s\n", icalerror_strerror(icalerrno));
		return 1;
	}
	icalcomponent *cals[4096];
	int ncals = 0;
	if (icalcomponent_isa(root) == ICAL_VCALENDAR_COMPONENT)
		cals[ncals++] = root;
	else
		for (icalcomponent *c = icalcomponent_get_first_component(root, ICAL_VCALENDAR_COMPONENT);
		     c && ncals < 4096; c = icalcomponent_get_next_component(root, ICAL_VCALENDAR_COMPONENT))
			cals[ncals++] = c;
	if (ncals == 0) {
		fprintf(stderr, "libical: no VCALENDAR component\n");
		return 1;
	}
	printf("{\"parser\":\"libical\",\"calendars\":%d,\"occurrences\":[", ncals);
	time_t tfrom = icaltime_as_timet_with_zone(from, icaltimezone_get_utc_timezone());
	time_t tto = icaltime_as_timet_with_zone(to, icaltimezone_get_utc_timezone());
	for (int k = 0; k < ncals; k++) {
		icalcomponent *cal = cals[k];
		/* The VEVENTs of this calendar, and which of them move an occurrence. */
		int nev = 0, cap = 64;
		icalcomponent **evs = malloc(sizeof *evs * cap);
		for (icalcomponent *e = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); e;
		     e = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
			if (nev == cap)
				evs = realloc(evs, sizeof *evs * (cap *= 2));
			evs[nev++] = e;
		}
		int *used = calloc(nev + 1, sizeof *used);
		for (int i = 0; i < nev; i++) {
			icalcomponent *e = evs[i];
			if (icalcomponent_get_first_property(e, ICAL_RECURRENCEID_PROPERTY))
				continue;
			const char *uid = icalcomponent_get_uid(e);
			int recurs = icalcomponent_get_first_property(e, ICAL_RRULE_PROPERTY) ||
				     icalcomponent_get_first_property(e, ICAL_RDATE_PROPERTY);
			/* Its overrides. */
			icalcomponent **ovs = malloc(sizeof *ovs * (nev + 1));
			int *ov_used = calloc(nev + 1, sizeof *ov_used);
			int *ov_index = malloc(sizeof *ov_index * (nev + 1));
			int novs = 0;
			for (int j = 0; j < nev; j++) {
				const char *u = icalcomponent_get_uid(evs[j]);
				if (j != i && u && uid && strcmp(u, uid) == 0 &&
				    icalcomponent_get_first_property(evs[j], ICAL_RECURRENCEID_PROPERTY)) {
					ov_index[novs] = j;
					ovs[novs++] = evs[j];
				}
			}
			if (!recurs) {
				time_t s, en;
				int he;
				span_of(e, &s, &en, &he);
				emit(e, uid ? uid : "", 0, 0, s, en, he, is_date_comp(e));
			} else {
				struct occ_ctx x = {uid ? uid : "", e, ovs, novs, ov_used, tfrom, tto, 0};
				/* A day either side: foreach_recurrence keeps the spans
				 * that overlap its window; the callback keeps starts. */
				struct icaltimetype a = from, b = to;
				icaltime_adjust(&a, -1, 0, 0, 0);
				icaltime_adjust(&b, 1, 0, 0, 0);
				icalcomponent_foreach_recurrence(e, a, b, on_occurrence, &x);
			}
			for (int o = 0; o < novs; o++)
				if (ov_used[o] || !recurs)
					used[ov_index[o]] = 1;
			free(ovs);
			free(ov_used);
			free(ov_index);
		}
		/* Overrides that moved nothing read. */
		for (int i = 0; i < nev; i++) {
			icalcomponent *e = evs[i];
			if (used[i] || !icalcomponent_get_first_property(e, ICAL_RECURRENCEID_PROPERTY))
				continue;
			time_t s, en;
			int he;
			span_of(e, &s, &en, &he);
			time_t rid = timet_of(rid_of(e));
			if (!(rid >= tfrom && rid < tto) && !(s >= tfrom && s < tto))
				continue;
			const char *uid = icalcomponent_get_uid(e);
			emit(e, uid ? uid : "", rid, 1, s, en, he, is_date_comp(e));
		}
		free(used);
		free(evs);
	}
	printf("]}\n");
	icalcomponent_free(root);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc == 5 && strcmp(argv[1], "--occurrences") == 0) {
		FILE *f = fopen(argv[4], "rb");
		if (!f) {
			perror(argv[4]);
			return 1;
		}
		size_t cap = 1 << 16, len = 0, n;
		char *buf = malloc(cap);
		while ((n = fread(buf + len, 1, cap - len - 1, f)) > 0) {
			len += n;
			if (cap - len < 2)
				buf = realloc(buf, cap *= 2);
		}
		buf[len] = 0;
		fclose(f);
		return occurrences(argv[2], argv[3], buf);
	}
	if (argc != 2) {
		fprintf(stderr, "usage: libical-json FILE.ics | libical-json --occurrences FROM TO FILE.ics\n");
		return 2;
	}
	FILE *f = fopen(argv[1], "rb");
	if (!f) {
		perror(argv[1]);
		return 1;
	}
	size_t cap = 1 << 16, len = 0;
	char *buf = malloc(cap);
	size_t n;
	while ((n = fread(buf + len, 1, cap - len - 1, f)) > 0) {
		len += n;
		if (cap - len < 2)
			buf = realloc(buf, cap *= 2);
	}
	buf[len] = 0;
	fclose(f);
	if (strlen(buf) != len)
		adderr("input contains NUL bytes; libical read only up to the first");

	icalerror_set_errors_are_fatal(0);
	icalcomponent *root = icalparser_parse_string(buf);
	if (!root) {
		fprintf(stderr, "libical: parse failed: %s\n", icalerror_strerror(icalerrno));
		return 1;
	}
	icalcomponent *cal = root;
	if (icalcomponent_isa(root) == ICAL_XROOT_COMPONENT) {
		cal = icalcomponent_get_first_component(root, ICAL_VCALENDAR_COMPONENT);
		adderr("more than one top-level component");
	}
	if (!cal || icalcomponent_isa(cal) != ICAL_VCALENDAR_COMPONENT) {
		fprintf(stderr, "libical: no VCALENDAR component\n");
		return 1;
	}
	collect_lic_errors(root);

	printf("{\"parser\":\"libical\",\"parser_version\":\"%d.%d.%d\",\"unsupported\":[],",
	       ICAL_MAJOR_VERSION, ICAL_MINOR_VERSION, ICAL_PATCH_VERSION);
	printf("\"calendar\":{\"name\":");
	jstr(named_text(cal, "NAME"));
	printf(",\"x_wr_calname\":");
	jstr(named_text(cal, "X-WR-CALNAME"));
	printf(",\"timezones\":[");
	const char *tzs[256];
	int ntz = 0;
	for (icalcomponent *z = icalcomponent_get_first_component(cal, ICAL_VTIMEZONE_COMPONENT);
	     z && ntz < 256; z = icalcomponent_get_next_component(cal, ICAL_VTIMEZONE_COMPONENT)) {
		icalproperty *p = icalcomponent_get_first_property(z, ICAL_TZID_PROPERTY);
		tzs[ntz++] = p ? icalproperty_get_tzid(p) : "";
	}
	qsort(tzs, ntz, sizeof tzs[0], cmpstr);
	for (int i = 0; i < ntz; i++) {
		if (i)
			putchar(',');
		jstr(tzs[i]);
	}
	int first;
	printf("]},\"events\":[");
	first = 1;
	for (icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev;
	     ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
		if (!first)
			putchar(',');
		first = 0;
		icalproperty *p;
		printf("\n{\"uid\":");
		p = icalcomponent_get_first_property(ev, ICAL_UID_PROPERTY);
		jstr(p ? icalproperty_get_uid(p) : NULL);
		printf(",\"summary\":");
		p = icalcomponent_get_first_property(ev, ICAL_SUMMARY_PROPERTY);
		jstr(p ? icalproperty_get_summary(p) : NULL);
		printf(",\"dtstart\":");
		dt(cal, ev, ICAL_DTSTART_PROPERTY, "DTSTART");
		printf(",\"dtend\":");
		dt(cal, ev, ICAL_DTEND_PROPERTY, "DTEND");
		printf(",\"status\":");
		p = icalcomponent_get_first_property(ev, ICAL_STATUS_PROPERTY);
		jstr(p ? icalproperty_get_value_as_string(p) : NULL);
		printf(",\"attendees\":[");
		int af = 1;
		for (p = icalcomponent_get_first_property(ev, ICAL_ATTENDEE_PROPERTY); p;
		     p = icalcomponent_get_next_property(ev, ICAL_ATTENDEE_PROPERTY)) {
			if (!af)
				putchar(',');
			af = 0;
			printf("{\"cn\":");
			jstr(param_str(p, ICAL_CN_PARAMETER));
			printf(",\"role\":");
			jstr(param_str(p, ICAL_ROLE_PARAMETER));
			printf(",\"partstat\":");
			jstr(param_str(p, ICAL_PARTSTAT_PARAMETER));
			printf(",\"value\":");
			jstr(icalproperty_get_attendee(p));
			putchar('}');
		}
		printf("],\"description\":");
		jstr(text_of(ev, ICAL_DESCRIPTION_PROPERTY));
		printf(",\"location\":");
		jstr(text_of(ev, ICAL_LOCATION_PROPERTY));
		printf(",\"sequence\":");
		p = icalcomponent_get_first_property(ev, ICAL_SEQUENCE_PROPERTY);
		if (p)
			printf("%d", icalproperty_get_sequence(p));
		else
			fputs("null", stdout);
		printf(",\"related_to\":");
		text_list(ev, ICAL_RELATEDTO_PROPERTY);
		printf(",\"categories\":");
		text_list(ev, ICAL_CATEGORIES_PROPERTY);
		putchar('}');
	}
	printf("],\"errors\":[");
	for (int i = 0; i < nerrs; i++) {
		if (i)
			putchar(',');
		jstr(errs[i]);
	}
	printf("]}\n");
	icalcomponent_free(root);
	return 0;
}

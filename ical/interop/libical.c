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

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: libical-json FILE.ics\n");
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

/*
 * alamat.h: is a URL's host a public address?  (issue 18: letters carry
 * a verification URL that citizens must be able to open.)
 */
#ifndef PAMONG_ALAMAT_H
#define PAMONG_ALAMAT_H

/*
 * 1 when url ("scheme://host[:port][/...]") names a host outside
 * loopback, private and link-local networks: not localhost or
 * *.localhost, not 127.0.0.0/8, 10.0.0.0/8, 172.16.0.0/12,
 * 192.168.0.0/16, 169.254.0.0/16, 100.64.0.0/10, 0.0.0.0/8, ::1, ::,
 * fc00::/7 or fe80::/10 (IPv6 in brackets).  0 for those and for a URL
 * without a host.
 */
int alamat_publik(const char *url);

#endif

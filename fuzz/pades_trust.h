/*
 * pades_trust.h: root certificate and CRL of the throw-away test PKI
 * (tests/unit/dokumen/pades_testpki.h, written by `pades_tool pki DIR`) that
 * signed the PDFs in fuzz/corpus/pades_verify.  Public material only; the
 * keys were not kept.  Made by fuzz/make-seeds.sh.
 */
static const char fuzz_root_pem[] =
    "-----BEGIN CERTIFICATE-----\n"
    "MIIB6jCCAZCgAwIBAgIBATAKBggqhkjOPQQDAjBMMQswCQYDVQQGEwJJRDEkMCIG\n"
    "A1UECgwbUGVtZXJpbnRhaCBLYWJ1cGF0ZW4gQ29udG9oMRcwFQYDVQQDDA5Db250\n"
    "b2ggUm9vdCBDQTAeFw0yNjEyMDYwMjIzMzFaFw0yNzEyMDcwMjIzMzFaMEwxCzAJ\n"
    "BgNVBAYTAklEMSQwIgYDVQQKDBtQZW1lcmludGFoIEthYnVwYXRlbiBDb250b2gx\n"
    "FzAVBgNVBAMMDkNvbnRvaCBSb290IENBMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcD\n"
    "QgAESHWgKsZWaKojA9x88kbr+KPn8Cuxy42l6b3i97kgVkxx8lfTht/ceiy6bIsa\n"
    "H7ht3QkG7ydjU0U6h2bcmXNHD6NjMGEwHQYDVR0OBBYEFLk9ht0i52FoFv/89Wfe\n"
    "WLAckVLlMB8GA1UdIwQYMBaAFLk9ht0i52FoFv/89WfeWLAckVLlMA8GA1UdEwEB\n"
    "/wQFMAMBAf8wDgYDVR0PAQH/BAQDAgEGMAoGCCqGSM49BAMCA0gAMEUCICfmm2KB\n"
    "0mM+z6znii7k9qmJ5sDVnyuSeiEDOrDbHxixAiEA7bMqa2pIgtT98cnEIxGEzDOj\n"
    "MUAdZL4jHAHZ3L2of+w=\n"
    "-----END CERTIFICATE-----\n";
static const char fuzz_crl_pem[] =
    "-----BEGIN X509 CRL-----\n"
    "MIHsMIGUAgEBMAoGCCqGSM49BAMCME8xCzAJBgNVBAYTAklEMSQwIgYDVQQKDBtQ\n"
    "ZW1lcmludGFoIEthYnVwYXRlbiBDb250b2gxGjAYBgNVBAMMEUNvbnRvaCBJc3N1\n"
    "aW5nIENBFw0yNjEyMDcwMTIzMzFaFw0yNzAxMDYwMjIzMzFaMBQwEgIBZRcNMjYx\n"
    "MjA3MDEyMzMxWjAKBggqhkjOPQQDAgNHADBEAiAJlE9Fl4wEyaOvRm8MaRBGv2IP\n"
    "nVKxqfdmg50/NQp3iAIgTjaa+8Y/y6na7r2M9lYSR1SwqwRWsc7HJg9+WLvwBdQ=\n"
    "-----END X509 CRL-----\n";

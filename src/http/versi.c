/* versi.c: the change counter shared by one server's workers (versi.h). */
#include <sys/mman.h>

#include <stddef.h>
#include <stdint.h>

#include "versi.h"

static uint64_t local;
static uint64_t *cell = &local;

int
versi_share(void)
{
	void *p = mmap(NULL, sizeof(uint64_t), PROT_READ | PROT_WRITE,
	    MAP_SHARED | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED)
		return -1;
	*(uint64_t *)p = __atomic_load_n(cell, __ATOMIC_ACQUIRE);
	cell = p;
	return 0;
}

void
versi_seen(uint64_t n)
{
	uint64_t cur = __atomic_load_n(cell, __ATOMIC_ACQUIRE);

	while (n > cur &&
	    !__atomic_compare_exchange_n(cell, &cur, n, 1, __ATOMIC_ACQ_REL,
		__ATOMIC_ACQUIRE))
		;
}

uint64_t
versi_now(void)
{
	return __atomic_load_n(cell, __ATOMIC_ACQUIRE);
}

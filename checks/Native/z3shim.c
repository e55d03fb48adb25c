/*
 * Debian's libz3 (4.8.12) lacks Z3_enable_concurrent_dec_ref, which the managed Microsoft.Z3 4.12.2
 * API calls from every Context constructor. This library defines that one function and, linked with
 * --no-as-needed against the real libz3, brings every other Z3_* symbol along as a dependency, so the
 * managed API can load this file in place of "libz3" (see checks/Proofs/Z3Library.cs).
 *
 * The no-op is sound here: the function only makes reference-count decrements thread-safe, and the
 * proofs never share a Context between threads.
 */
typedef struct _Z3_context *Z3_context;

void Z3_enable_concurrent_dec_ref(Z3_context c)
{
    (void)c;
}

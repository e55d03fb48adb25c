/*
 * Debian's libz3 (4.8.12) lacks Z3_enable_concurrent_dec_ref, which the managed Microsoft.Z3 4.12.2
 * API calls from every Context constructor. This library defines that one function and, linked with
 * --no-as-needed against the real libz3, brings every other Z3_* symbol along as a dependency, so the
 * managed API can load this file in place of "libz3" (see checks/Proofs/Z3Library.cs).
 *
 * Z3_enable_concurrent_dec_ref exists because the managed API releases terms from the garbage
 * collector's finalizer thread while another thread is using the context. 4.8.12 has no such mode, so
 * a finalizer's dec_ref would race with the solver and corrupt the context (the test host crashed
 * exactly so). The shim therefore also turns every *_dec_ref the managed API calls into a no-op:
 * nothing is ever released one by one, and everything a context allocated is released together by
 * Z3_del_context, which each short-lived Context (always in a `using`) calls when it is disposed.
 */
typedef struct _Z3_context *Z3_context;

#define Z3_SHIM_NO_DEC_REF(name) \
    void name(Z3_context c, void *object) { (void)c; (void)object; }

void Z3_enable_concurrent_dec_ref(Z3_context c)
{
    (void)c;
}

Z3_SHIM_NO_DEC_REF(Z3_dec_ref)
Z3_SHIM_NO_DEC_REF(Z3_apply_result_dec_ref)
Z3_SHIM_NO_DEC_REF(Z3_ast_map_dec_ref)
Z3_SHIM_NO_DEC_REF(Z3_ast_vector_dec_ref)
Z3_SHIM_NO_DEC_REF(Z3_fixedpoint_dec_ref)
Z3_SHIM_NO_DEC_REF(Z3_func_entry_dec_ref)
Z3_SHIM_NO_DEC_REF(Z3_func_interp_dec_ref)
Z3_SHIM_NO_DEC_REF(Z3_goal_dec_ref)
Z3_SHIM_NO_DEC_REF(Z3_model_dec_ref)
Z3_SHIM_NO_DEC_REF(Z3_optimize_dec_ref)
Z3_SHIM_NO_DEC_REF(Z3_param_descrs_dec_ref)
Z3_SHIM_NO_DEC_REF(Z3_params_dec_ref)
Z3_SHIM_NO_DEC_REF(Z3_probe_dec_ref)
Z3_SHIM_NO_DEC_REF(Z3_solver_dec_ref)
Z3_SHIM_NO_DEC_REF(Z3_stats_dec_ref)
Z3_SHIM_NO_DEC_REF(Z3_tactic_dec_ref)

// C glue for GLPK that Swift cannot express: setjmp/longjmp around GLPK
// calls (so a GLPK error becomes a return code instead of abort()) and a
// terminal hook that keeps the last lines GLPK printed.
#ifndef CTRAINPLAN_GLPK_SHIM_H
#define CTRAINPLAN_GLPK_SHIM_H

#include <glpk.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>

/// Per-thread state: GLPK's environment is thread-local in this build, so is ours.
typedef struct {
    jmp_buf jump;
    int echo;            /* non-zero: also copy GLPK's output to stderr */
    char log[4096];      /* the tail of GLPK's terminal output */
    size_t used;
} tp_glpk_state;

static inline tp_glpk_state *tp_state_ptr(void) {
    static _Thread_local tp_glpk_state state;
    return &state;
}
#define tp_state (*tp_state_ptr())

static int tp_term_hook(void *info, const char *text) {
    (void)info;
    size_t n = strlen(text);
    if (n >= sizeof(tp_state.log)) { text += n - (sizeof(tp_state.log) - 1); n = sizeof(tp_state.log) - 1; }
    if (tp_state.used + n >= sizeof(tp_state.log)) {
        size_t keep = sizeof(tp_state.log) - 1 - n;
        memmove(tp_state.log, tp_state.log + tp_state.used - keep, keep);
        tp_state.used = keep;
    }
    memcpy(tp_state.log + tp_state.used, text, n);
    tp_state.used += n;
    tp_state.log[tp_state.used] = 0;
    if (tp_state.echo) fputs(text, stderr);
    return 1; /* handled: GLPK prints nothing itself */
}

static void tp_error_hook(void *info) {
    (void)info;
    longjmp(tp_state.jump, 1);
}

/// Installs the hooks on this thread and clears the captured log.
static inline void tp_glpk_begin(int echo) {
    tp_state.echo = echo;
    tp_state.used = 0;
    tp_state.log[0] = 0;
    glp_term_out(GLP_ON);
    glp_term_hook(tp_term_hook, NULL);
}

/// The text GLPK printed on this thread since `tp_glpk_begin`.
static inline const char *tp_glpk_log(void) { return tp_state.log; }

/// Guarded calls: each returns the GLPK return code, or sets *failed to 1
/// after a GLPK error. After a failure every GLPK object of this thread is
/// gone (glp_free_env), so the caller must not touch `P` again.
#define TP_GUARD(expr) \
    do { \
        if (setjmp(tp_state.jump)) { *failed = 1; glp_error_hook(NULL, NULL); glp_free_env(); return -1; } \
        glp_error_hook(tp_error_hook, NULL); \
        int rc_ = (expr); \
        glp_error_hook(NULL, NULL); \
        return rc_; \
    } while (0)

static inline int tp_simplex(glp_prob *P, const glp_smcp *parm, int *failed) { *failed = 0; TP_GUARD(glp_simplex(P, parm)); }
static inline int tp_intopt(glp_prob *P, const glp_iocp *parm, int *failed) { *failed = 0; TP_GUARD(glp_intopt(P, parm)); }
static inline int tp_write_lp(glp_prob *P, const char *fname, int *failed) { *failed = 0; TP_GUARD(glp_write_lp(P, NULL, fname)); }
static inline int tp_write_mps(glp_prob *P, const char *fname, int *failed) { *failed = 0; TP_GUARD(glp_write_mps(P, GLP_MPS_FILE, NULL, fname)); }
static inline int tp_load_matrix(glp_prob *P, int ne, const int ia[], const int ja[], const double ar[], int *failed) {
    *failed = 0; TP_GUARD((glp_load_matrix(P, ne, ia, ja, ar), 0));
}

#endif

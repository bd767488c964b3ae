#include "kutip_curses.h"
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <ncursesw/term.h>

int kutip_terminal_known(const char *term) {
    int status = 0;
    if (setupterm(term, STDOUT_FILENO, &status) != OK || status != 1) return 0;
    del_curterm(cur_term);
    return 1;
}

SCREEN *kutip_open_screen(const char *term) {
    return newterm(term, stdout, stdin);
}

int kutip_put_cell(WINDOW *win, int y, int x, const wchar_t *text, attr_t attributes, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attributes, pair, NULL) != OK) return ERR;
    return mvwadd_wch(win, y, x, &cell);
}

static volatile sig_atomic_t pending_signal = 0;

static void on_quit_signal(int sig) {
    // Only note it: the main loop wakes within its input timeout, ends curses and exits.
    pending_signal = sig;
}

static void on_fatal_signal(int sig) {
    // The process is dying: give the user their terminal back first. endwin is not strictly
    // async-signal-safe, but ncurses' own handlers do the same, and a wrecked terminal is worse.
    endwin();
    const char message[] = "kutip: crashed; the terminal has been restored\n";
    ssize_t ignored = write(STDERR_FILENO, message, sizeof message - 1);
    (void)ignored;
    signal(sig, SIG_DFL);
    raise(sig);
}

void kutip_install_signal_handlers(void) {
    struct sigaction quit;
    memset(&quit, 0, sizeof quit);
    quit.sa_handler = on_quit_signal;
    sigemptyset(&quit.sa_mask);
    quit.sa_flags = 0;  // no SA_RESTART: a blocked read returns so the loop sees the signal
    sigaction(SIGINT, &quit, NULL);
    sigaction(SIGTERM, &quit, NULL);
    sigaction(SIGHUP, &quit, NULL);

    struct sigaction fatal;
    memset(&fatal, 0, sizeof fatal);
    fatal.sa_handler = on_fatal_signal;
    sigemptyset(&fatal.sa_mask);
    fatal.sa_flags = SA_RESETHAND;
    int fatal_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP };
    for (unsigned i = 0; i < sizeof fatal_signals / sizeof fatal_signals[0]; i++) {
        sigaction(fatal_signals[i], &fatal, NULL);
    }
}

int kutip_pending_signal(void) {
    int sig = pending_signal;
    pending_signal = 0;
    return sig;
}

void kutip_die_by_signal(int sig) {
    signal(sig, SIG_DFL);
    raise(sig);
}

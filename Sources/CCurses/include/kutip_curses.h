// The only C in kutip: what Swift cannot import from ncursesw by itself (macros, the wide-character
// API behind feature macros, signal handling that must run outside Swift).
#ifndef KUTIP_CURSES_H
#define KUTIP_CURSES_H

// SwiftPM drops pkg-config's -D flags, so the wide-character API is switched on here.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <ncursesw/curses.h>
#include <wchar.h>
#include <stdio.h>

int wcwidth(wchar_t c);

static inline int kutip_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline attr_t kutip_a_bold(void) { return A_BOLD; }
static inline attr_t kutip_a_dim(void) { return A_DIM; }
static inline attr_t kutip_a_underline(void) { return A_UNDERLINE; }
static inline attr_t kutip_a_reverse(void) { return A_REVERSE; }
static inline attr_t kutip_a_italic(void) { return A_ITALIC; }
static inline attr_t kutip_a_normal(void) { return A_NORMAL; }

static inline int kutip_key_resize(void) { return KEY_RESIZE; }
static inline int kutip_key_mouse(void) { return KEY_MOUSE; }
static inline int kutip_key_f(int n) { return KEY_F(n); }
static inline int kutip_key_code_yes(void) { return KEY_CODE_YES; }

static inline mmask_t kutip_button1_pressed(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON1_RELEASED; }
static inline mmask_t kutip_button1_down(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED; }
static inline mmask_t kutip_wheel_up(void) { return BUTTON4_PRESSED; }
static inline mmask_t kutip_wheel_down(void) {
#ifdef BUTTON5_PRESSED
    return BUTTON5_PRESSED;
#else
    return 0;
#endif
}
static inline mmask_t kutip_mouse_mask(void) {
    return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED
#ifdef BUTTON5_PRESSED
        | BUTTON5_PRESSED
#endif
        ;
}

/// ncurses globals and macros that Swift 6 cannot touch directly.
static inline WINDOW *kutip_stdscr(void) { return stdscr; }
static inline int kutip_colors(void) { return COLORS; }
static inline int kutip_color_pairs(void) { return COLOR_PAIRS; }
static inline int kutip_max_y(WINDOW *win) { return getmaxy(win); }
static inline int kutip_max_x(WINDOW *win) { return getmaxx(win); }

/// 1 when terminfo knows `term`, 0 when it does not (checked without printing or exiting).
int kutip_terminal_known(const char *term);

/// Opens the terminal on stdin/stdout for `term` (NULL: $TERM). Returns NULL, instead of exiting
/// as initscr does, when the terminal type is unknown.
SCREEN *kutip_open_screen(const char *term);

/// Puts one cell: a grapheme given as up to 8 wide characters, with attributes and a colour pair.
int kutip_put_cell(WINDOW *win, int y, int x, const wchar_t *text, attr_t attributes, short pair);

/// Installs handlers so that the terminal is restored on SIGINT, SIGTERM, SIGHUP (then kutip quits
/// as if the user pressed q, seen through kutip_pending_signal) and on a crash (SIGSEGV, SIGBUS,
/// SIGILL, SIGFPE, SIGABRT, SIGTRAP: endwin, then die with the same signal).
void kutip_install_signal_handlers(void);

/// The quit signal received since the last call (0 if none), cleared by reading it.
int kutip_pending_signal(void);

/// Re-raises `sig` with its default action (used after cleaning up for a quit signal).
void kutip_die_by_signal(int sig);

#endif

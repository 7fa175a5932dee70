/**
 * The undoable changes to a library, shared by the window's undo histories and the command line. A
 * {@link dev.margin.service.change.Change} is made by {@link dev.margin.service.change.Changes} (handed out by
 * {@link dev.margin.service.LibraryServices#changes()}); its apply and revert each run in one transaction of
 * their own, and say what they did as a {@link dev.margin.service.change.ChangeEffect}. An undo or redo first
 * checks that the library is as the change left it, and otherwise throws
 * {@link dev.margin.service.change.LibraryChangedException} without writing anything.
 */
package dev.margin.service.change;

// Package input holds what every reader of a user's file shares: a position
// in the file (a line and column of a text, or a cell of a sheet or table),
// errors that point at one and a list that keeps them in order, and the
// decoding of text saved in the encodings Chinese government pages and
// Windows tools use (UTF-8, GB18030/GBK, Big5, UTF-16) into UTF-8.
//
// Plan documents, plan files and actuals files all report their problems as
// an ErrorList of Errors, so that a command prints every problem of a file
// in one place, in the order of the file.
package input

/**
 * Reading files as the systems that export them write them (CSV with or without a byte-order mark,
 * either separator, quoted line breaks) into a table of numbered rows, writing CSV that spreadsheets
 * cannot execute, and the refusal of a whole file. Every import of every area reads through these.
 */
package com.cxcentric.platform.imports;

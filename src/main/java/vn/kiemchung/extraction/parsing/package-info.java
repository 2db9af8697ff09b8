/** Runs Tika in child JVMs so a hostile or broken file can only take down a disposable process. */
package vn.kiemchung.extraction.parsing;

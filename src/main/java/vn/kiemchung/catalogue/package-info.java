/** Indicator sets per assessment year: codes, names, points, scoring method and expected evidence, read from the experts' files under {@code rules/<year>/}. */
package vn.kiemchung.catalogue;

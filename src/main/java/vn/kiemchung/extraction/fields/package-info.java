/** Reads the Decree 30/2020 fields (type, number, issuer, date, signer...) from the normalised text of one document. */
package vn.kiemchung.extraction.fields;

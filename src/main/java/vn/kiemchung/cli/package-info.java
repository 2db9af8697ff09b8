/** Command line: the fast pre-submission audit and extraction, with no web server, database or S3 server. */
package vn.kiemchung.cli;

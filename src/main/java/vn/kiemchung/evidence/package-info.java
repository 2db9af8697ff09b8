/** Evidence: dossiers, uploaded files kept byte-exact in object storage, and the trail of what happened to them. */
package vn.kiemchung.evidence;

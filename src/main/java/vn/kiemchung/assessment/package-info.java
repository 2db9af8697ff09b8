/** Assessment: runs the rules over a dossier's documents and turns findings into statuses, projected points and reports. */
package vn.kiemchung.assessment;

package vn.kiemchung.assessment;

import java.util.List;

/** Everything an audit needs from a dossier, wherever it came from (a folder, a zip, the server). */
public record DossierContents(String province, int year, List<FiledDocument> documents, List<Claim> claims) {
}

/** Review: departments and the components they supply, the coordinator's queue, decisions, waivers, the dossier lock and the audit trail. */
package vn.kiemchung.review;

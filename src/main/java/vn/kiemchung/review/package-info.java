/** Review: departments and the components they supply, the coordinator's queue, decisions, waivers and the dossier lock. */
package vn.kiemchung.review;

/** Web: the REST API, pages and security that put the other modules in front of people and scripts. */
package vn.kiemchung.web;

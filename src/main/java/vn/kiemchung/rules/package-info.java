/** Rules: compiles the experts' DRL and decision tables per year and evaluates document facts into findings. */
package vn.kiemchung.rules;

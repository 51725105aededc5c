/**
 * The matrix products the layers need, on row-major {@code double[]}: small ones in plain Java
 * (exact and fast for the seed-sized networks), large ones through BLAS (native OpenBLAS when the
 * machine has it, pure Java otherwise).
 */
package dev.chainrule.engine.linalg;

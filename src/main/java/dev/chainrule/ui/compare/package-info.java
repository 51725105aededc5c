/**
 * Comparing runs: the page of one's own ({@code /compare?runs=12,15,s:TOKEN}) and a shared comparison
 * ({@code /c/{token}}, no account needed), built of one legend, the overlaid charts ({@code CompareChart},
 * one colour per run, smoothing, bands for groups), the outcome table, the settings side by side and the
 * runs' pictures; and the ways in ({@code CompareLinks}).
 */
package dev.chainrule.ui.compare;

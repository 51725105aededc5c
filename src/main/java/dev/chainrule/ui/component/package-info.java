/**
 * Components shared by the pages: the ECharts elements (line chart, decision boundary, network
 * diagram, scatter plot, the boundary's point sample; scripts under {@code META-INF/resources/js}), and the following of a live
 * run ({@code RunFollower}). Strings a person typed or uploaded are sent as data and drawn as text,
 * never as HTML.
 */
package dev.chainrule.ui.component;

/** The Lab: pick a dataset, build a network by drag and drop, choose the training settings, train and watch. */
package dev.chainrule.ui.lab;

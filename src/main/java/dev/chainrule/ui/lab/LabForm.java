package dev.chainrule.ui.lab;

import com.vaadin.flow.component.textfield.TextField;

/** The Lab's parts a person fills in: the dataset, the network, the training settings (behind their tabs) and the title. */
record LabForm(DatasetPicker dataset, NetworkBuilder builder, TrainingSettingsForm settings, LabSettingsTabs tabs,
        TextField title) {
}

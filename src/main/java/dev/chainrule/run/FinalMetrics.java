package dev.chainrule.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The numbers a list of runs shows: the last epoch's losses, accuracies and sample prediction. */
public record FinalMetrics(Double trainLoss, Double validationLoss, Double trainAccuracy,
        Double validationAccuracy, Double samplePrediction) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static FinalMetrics of(EpochRecord last) {
        return new FinalMetrics(last.trainLoss(), last.validationLoss(), last.trainAccuracy(),
                last.validationAccuracy(), last.samplePrediction());
    }

    String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads what {@link #toJson()} wrote; null when the run ended before its first epoch. */
    public static FinalMetrics fromJson(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, FinalMetrics.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored final metrics are not readable", e);
        }
    }
}

package dev.chainrule.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chainrule.data.DatasetProfile;

/**
 * An upload's column profile as it is stored (dataset.columns): the {@link DatasetProfile} record
 * as JSON, read back to an equal record (numbers as the shortest decimal that gives the same double).
 */
final class ProfileJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProfileJson() {
    }

    static String write(DatasetProfile profile) {
        try {
            return JSON.writeValueAsString(profile);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a profile is plain data", e);
        }
    }

    /** @throws IllegalArgumentException when the text is not a stored profile (an older format) */
    static DatasetProfile read(String json) {
        try {
            return JSON.readValue(json, DatasetProfile.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a stored dataset profile", e);
        }
    }
}

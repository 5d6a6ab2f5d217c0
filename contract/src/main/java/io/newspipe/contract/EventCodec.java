package io.newspipe.contract;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the event records as JSON, the wire format of every topic. Readers ignore unknown
 * fields so producers can add fields without breaking consumers.
 */
public final class EventCodec {

    private final JsonMapper mapper;

    public EventCodec() {
        this.mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    public JsonMapper mapper() {
        return mapper;
    }

    public String write(Object event) {
        return mapper.writeValueAsString(event);
    }

    /** @throws InvalidEventException when the JSON is malformed or does not fit {@code type} */
    public <T> T read(String json, Class<T> type) {
        if (json == null || json.isBlank()) {
            throw new InvalidEventException("empty value where a " + type.getSimpleName() + " was expected");
        }
        try {
            return mapper.readValue(json, type);
        } catch (JacksonException e) {
            throw new InvalidEventException("not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }
}

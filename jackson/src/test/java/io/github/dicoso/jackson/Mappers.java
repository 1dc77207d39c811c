package io.github.dicoso.jackson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/** The mapper the tests write and read with, and a round trip through JSON text. */
final class Mappers {
  static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new DicosoModule());

  private Mappers() {}

  /** {@code value} written as JSON text. */
  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code json} read as a {@code type}. */
  static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code value} written as JSON text and read back. */
  @SuppressWarnings("unchecked") // value is a T
  static <T> T roundTrip(T value, Class<? super T> type) {
    return (T) read(write(value), type);
  }
}

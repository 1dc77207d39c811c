package io.github.dicoso.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.function.Function;

/**
 * One kind of document: how a value is written as a JSON object and read back. A value written at
 * the top level carries {@code "schema": "dicoso-KIND/1"} first, and a top-level object read must
 * carry the same; a value nested in another document carries none.
 *
 * @param <T> the value's type
 */
final class Document<T> {
  /** The version of every document kind; a change of form that old readers cannot read bumps it. */
  static final int VERSION = 1;

  private final Class<T> type;
  private final String schema;
  private final String record;
  private final Function<T, ObjectNode> writer;
  private final Function<Fields, T> reader;

  private Document(
      Class<T> type,
      String kind,
      String record,
      Function<T, ObjectNode> writer,
      Function<Fields, T> reader) {
    this.type = type;
    this.schema = "dicoso-" + kind + "/" + VERSION;
    this.record = record;
    this.writer = writer;
    this.reader = reader;
  }

  /**
   * A kind of document named {@code kind} ({@code evaluation}), whose records errors call {@code
   * record} until their id is read.
   */
  static <T> Document<T> of(
      Class<T> type,
      String kind,
      String record,
      Function<T, ObjectNode> writer,
      Function<Fields, T> reader) {
    return new Document<>(type, kind, record, writer, reader);
  }

  Class<T> type() {
    return type;
  }

  /** {@return the value of the {@code schema} field: {@code dicoso-evaluation/1}} */
  String schema() {
    return schema;
  }

  StdSerializer<T> serializer() {
    return new StdSerializer<>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
          throws IOException {
        ObjectNode body;
        try {
          body = writer.apply(value);
        } catch (IllegalArgumentException e) {
          throw JsonMappingException.from(provider, e.getMessage(), e);
        }
        ObjectNode out = body;
        if (gen.getOutputContext().inRoot()) {
          out = Wire.object();
          out.put("schema", schema);
          out.setAll(body);
        }
        out.serialize(gen, provider);
      }
    };
  }

  StdDeserializer<T> deserializer() {
    return new StdDeserializer<>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonStreamContext context = p.getParsingContext();
        boolean topLevel =
            context.inRoot() || (context.getParent() != null && context.getParent().inRoot());
        JsonNode node = ctxt.readTree(p);
        try {
          checkSchema(node, topLevel);
          return reader.apply(Fields.of(node, record));
        } catch (IllegalArgumentException e) {
          throw JsonMappingException.from(p, e.getMessage(), e);
        }
      }
    };
  }

  private void checkSchema(JsonNode node, boolean topLevel) {
    JsonNode given = node.get("schema");
    if (given == null && !topLevel) {
      return;
    }
    if (given == null) {
      throw new IllegalArgumentException(
          record
              + ": no \"schema\" field; a "
              + type.getSimpleName()
              + " document starts with"
              + " \"schema\": \""
              + schema
              + "\"");
    }
    if (!given.isTextual() || !given.textValue().equals(schema)) {
      throw Fields.bad(
          record,
          "field \"schema\"",
          given,
          "is not \"" + schema + "\" (a " + type.getSimpleName() + " document of this version)");
    }
  }
}

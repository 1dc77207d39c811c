package io.github.dicoso.jackson;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schemas of docs/schema (draft 2020-12), loaded from the working tree: their ids under
 * {@code https://dicoso.github.io/schema/} are mapped to the folder, and no other schema may be
 * loaded, so nothing is fetched from the network.
 */
final class Schemas {
  private static final String BASE = "https://dicoso.github.io/schema/";
  private static final Path FOLDER = Path.of("..", "docs", "schema").toAbsolutePath().normalize();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder.schemaLoader(
                  loader ->
                      loader
                          .schemaIdResolvers(r -> r.mapPrefix(BASE, FOLDER.toUri().toString()))
                          // "remote" covers file: URLs; only the mapped ids are allowed
                          .fetchRemoteResources()
                          .allow(iri -> iri.toString().startsWith(BASE))));
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private Schemas() {}

  /** The errors of {@code json} against the schema of documents of {@code kind}; none if valid. */
  static List<Error> errors(String kind, String json) {
    Schema schema =
        SCHEMAS.computeIfAbsent(
            kind, k -> REGISTRY.getSchema(SchemaLocation.of(BASE + k + ".schema.json")));
    return schema.validate(json, InputFormat.JSON);
  }
}

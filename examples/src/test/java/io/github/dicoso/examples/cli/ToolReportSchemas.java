package io.github.dicoso.examples.cli;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Path;
import java.util.List;

/**
 * The JSON Schema of the tool's {@code --json} (docs/schema/tool-report.schema.json, draft 2020-12)
 * loaded from the working tree with the module's schemas it refers to: their ids under {@code
 * https://dicoso.github.io/schema/} are mapped to the folder, and no other schema may be loaded, so
 * nothing is fetched from the network.
 */
final class ToolReportSchemas {
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
  private static final Schema TOOL_REPORT =
      REGISTRY.getSchema(SchemaLocation.of(BASE + "tool-report.schema.json"));

  private ToolReportSchemas() {}

  /** The errors of {@code json} against the tool report's schema; none if valid. */
  static List<Error> errors(String json) {
    return TOOL_REPORT.validate(json, InputFormat.JSON);
  }
}

package org.agendum.cli;

import org.agendum.json.JsonEventFormat;
import picocli.CommandLine.Command;

/** {@code agendum schema}: the JSON Schema of the canonical format. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema (draft 2020-12) of agendum's canonical JSON format.")
final class SchemaCommand extends Subcommand {

    SchemaCommand(Io io) {
        super(io);
    }

    @Override
    public Integer call() {
        io.out.print(JsonEventFormat.schema());
        io.out.flush();
        return Agendum.OK;
    }
}

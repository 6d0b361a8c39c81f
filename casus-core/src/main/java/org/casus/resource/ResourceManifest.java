package org.casus.resource;

import java.util.Objects;

/**
 * The {@code manifest.json} beside a bundled resource file.
 *
 * <pre>{"name": "actors", "version": "2015.phoenix-1", "format": "tsv/actors-v1",
 *  "file": "actors.tsv", "sha256": "...", "source": "...", "licence": "MIT", "derived_by": "..."}</pre>
 *
 * @param name resource name, equal to its folder name
 * @param version resource version; recorded in every event's provenance
 * @param format the file format and its version, checked by the typed loader
 * @param file the data file name inside the folder
 * @param sha256 lower-case hex SHA-256 of the data file's bytes
 * @param source where the data came from
 * @param licence its licence
 * @param derivedBy the converter (class or script in this repository) that produced the file
 */
public record ResourceManifest(String name, String version, String format, String file, String sha256,
    String source, String licence, String derivedBy) {
  public ResourceManifest {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sha256, "sha256");
    source = source == null ? "" : source;
    licence = licence == null ? "" : licence;
    derivedBy = derivedBy == null ? "" : derivedBy;
  }
}

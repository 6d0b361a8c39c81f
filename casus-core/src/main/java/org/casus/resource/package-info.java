/** Versioned bundled resources: TSV with a manifest (version, format, sha256), checked on load. */
package org.casus.resource;

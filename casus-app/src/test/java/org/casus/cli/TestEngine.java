package org.casus.cli;

/** The application's engine for tests in other packages: one per JVM (CoreNLP loads once). */
public final class TestEngine {
  private static final Engine SHARED = new DefaultEngine();

  private TestEngine() {
  }

  /** The shared engine. */
  public static Engine shared() {
    return SHARED;
  }
}

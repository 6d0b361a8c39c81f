package org.casus.testsupport;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints one line to standard error for every test that was skipped by an assumption (no
 * {@code ../shared} beside the repository, a {@code tofix} case), so that a quiet
 * {@code mvn -q test} still says what it did not check. Registered through
 * {@code META-INF/services}.
 */
public final class SkipReporter implements TestExecutionListener {
  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.ABORTED && test.isTest()) {
      String why = result.getThrowable().map(Throwable::getMessage).orElse("");
      System.err.println("skipped: " + test.getDisplayName() + ": " + why.replaceAll("\\s+", " ").replaceFirst("^Assumption failed: ", ""));
    }
  }
}

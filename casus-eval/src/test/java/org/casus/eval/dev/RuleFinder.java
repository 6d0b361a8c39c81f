package org.casus.eval.dev;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casus.ingest.ArticleReader;
import org.casus.model.Article;
import org.casus.pipeline.CasusPipeline;
import org.casus.pipeline.CodingOptions;
import org.casus.pipeline.CodingResources;
import org.casus.trace.RecordingTrace;

/**
 * Development aid (not a test): codes corpus items with a recording trace and prints the sentences
 * where a rule acts. Usage: {@code RuleFinder PARSES_CACHE CORPUS RULE_ID [LIMIT]}.
 */
public final class RuleFinder {
  private RuleFinder() {}

  public static void main(String[] args) throws Exception {
    var parser = new org.casus.eval.CachedParserAccess(Path.of(args[0])).parser();
    CasusPipeline p = new CasusPipeline(parser, CodingResources.loadDefault());
    List<Article> articles = new ArrayList<>();
    new ArticleReader().read(List.of(args[1]), Optional.empty(), articles::add, r -> { });
    int limit = args.length > 3 ? Integer.parseInt(args[3]) : articles.size();
    int n = 0;
    for (Article a : articles.subList(0, Math.min(limit, articles.size()))) {
      RecordingTrace t = new RecordingTrace();
      p.code(a, CodingOptions.DEFAULT, t);
      for (RecordingTrace.Entry e : t.entries()) {
        if (e.rule().equals(args[2]) && n++ < 20) {
          System.out.println(a.id() + " s" + e.sentence() + " t" + e.token() + ": " + e.what() + "\n    " + a.text());
        }
      }
    }
    System.out.println(n + " times");
  }
}

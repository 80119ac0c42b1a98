package io.threadkeeper.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class ReportHtmlTest {
  private final String html = ReportHtml.render("Thread health", ReportSamples.eightWeeks());

  private Document parse() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
  }

  @Test
  void isOneWellFormedPageWithTwoInlineSvgChartsThatCarryTheData() throws Exception {
    Document page = parse();

    NodeList charts = page.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
    assertThat(charts.getLength()).isEqualTo(2);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < charts.getLength(); i++) {
      texts.add(charts.item(i).getTextContent());
      assertThat(((Element) charts.item(i)).getElementsByTagNameNS("*", "rect").getLength())
          .isPositive();
    }
    assertThat(texts.get(0)).contains("W40", "W47", "threads started", "answered");
    assertThat(texts.get(1)).contains("median", "p90", "W47");
  }

  @Test
  void needsNoNetworkAndRunsNoScript() {
    Matcher urls = Pattern.compile("(?i)https?://[^\"'\\s)<]+").matcher(html);
    List<String> found = new ArrayList<>();
    while (urls.find()) {
      found.add(urls.group());
    }
    assertThat(found).isNotEmpty().allMatch("http://www.w3.org/2000/svg"::equals);
    assertThat(html.toLowerCase(java.util.Locale.ROOT))
        .doesNotContain("<script")
        .doesNotContain("javascript:")
        .doesNotContain(" onload=")
        .doesNotContain("<link")
        .doesNotContain("<img");
  }

  @Test
  void showsTheWeekChannelsOverdueThreadsAndWhatShadowModeHeldBack() throws Exception {
    String text = parse().getDocumentElement().getTextContent();

    assertThat(text)
        .contains("slack:T0123, 2026-W47")
        .contains("Mon 16 Nov 2026 00:00 to Mon 23 Nov 2026 00:00 Europe/Berlin (168 hours)")
        .contains("#planning", "#ops, \"night\" <shift> (urgent)")
        .contains("#planning · 1790000000.000100")
        .contains("pressure_nudge", "reminder");
  }
}

package org.placette.app.notifications;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.placette.testkit.TestServers;

/**
 * The GreenMail server the build starts beside Placette (SMTP on {@code smtp.port}, its REST API
 * two ports up): reading a mailbox, and stopping and starting the server through the launcher for
 * the outage tests.
 */
final class Mailbox {

  static final Duration PATIENCE = Duration.ofSeconds(30);

  private Mailbox() {}

  static int smtpPort() {
    return Integer.getInteger("smtp.port", 3035);
  }

  private static String api() {
    return "http://127.0.0.1:" + (smtpPort() + 2) + "/api";
  }

  /** Every email GreenMail holds for {@code address}, parsed. */
  static List<MimeMessage> messages(String address) throws Exception {
    Response answer = given().get(api() + "/user/" + address + "/messages/INBOX");
    if (answer.statusCode() == 400) {
      // GreenMail knows an address only once mail has arrived for it.
      return List.of();
    }
    List<Map<String, Object>> stored = answer.then().statusCode(200).extract().jsonPath().getList("");
    Session session = Session.getInstance(new Properties());
    List<MimeMessage> parsed = new ArrayList<>();
    for (Map<String, Object> message : stored) {
      byte[] raw = ((String) message.get("mimeMessage")).getBytes(StandardCharsets.UTF_8);
      parsed.add(new MimeMessage(session, new ByteArrayInputStream(raw)));
    }
    return parsed;
  }

  static List<MimeMessage> await(String address, int count) throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (true) {
      List<MimeMessage> received = messages(address);
      if (received.size() >= count) {
        return received;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Expected " + count + " emails for " + address + " within " + PATIENCE + ", got "
            + received.size());
      }
      Thread.sleep(200);
    }
  }

  static void stopServer() throws Exception {
    launcher("stop");
  }

  static void startServer() throws Exception {
    launcher("start");
  }

  private static void launcher(String command) throws Exception {
    ProcessBuilder mail = new ProcessBuilder(TestServers.root().resolve("placette").toString(), "mail", command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    mail.environment().put("PLACETTE_HOME", Path.of(System.getProperty("placette.home")).toString());
    mail.environment().put("PLACETTE_SMTP_PORT", Integer.toString(smtpPort()));
    int exit = mail.start().waitFor();
    if (exit != 0) {
      throw new IllegalStateException("./placette mail " + command + " failed with exit code " + exit);
    }
  }
}

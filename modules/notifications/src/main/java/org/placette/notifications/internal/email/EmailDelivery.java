package org.placette.notifications.internal.email;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Optional;
import java.util.UUID;
import org.placette.notifications.internal.outbox.Channel;
import org.placette.notifications.internal.outbox.ChannelDelivery;
import org.placette.notifications.internal.outbox.ClaimedEntry;
import org.placette.notifications.internal.outbox.DeliveryResult;

/**
 * Sends email entries through Liberty's mail session ({@code mail/placette}, configured in
 * server.xml). An SMTP server that is down or refuses for now is a failed attempt, retried like
 * any other delivery; an address the server rejects for good is a dead letter. Every email carries
 * the one-click unsubscribe headers of RFC 8058 and a Message-ID made of the outbox message id, so
 * that a retry after a lost acknowledgement is recognisable as the same email.
 */
@ApplicationScoped
public class EmailDelivery implements ChannelDelivery {

  @Resource(lookup = "mail/placette")
  private Session session;

  @Inject private EmailDrafts drafts;

  @Override
  public Channel channel() {
    return Channel.EMAIL;
  }

  @Override
  public DeliveryResult deliver(ClaimedEntry entry) {
    Optional<UUID> about = EmailMessages.id(entry.eventType(), entry.payload());
    if (about.isEmpty()) {
      return DeliveryResult.abandoned("Not an email this platform writes: " + entry.eventType());
    }
    Optional<EmailDrafts.Draft> draft = EmailMessages.NOTIFICATION.equals(entry.eventType())
        ? drafts.notification(about.get())
        : drafts.digest(about.get());
    if (draft.isEmpty()) {
      // The member stopped emails or left since: there is rightly nothing to send.
      return DeliveryResult.delivered();
    }
    try {
      Transport.send(message(draft.get(), entry.messageId()));
      return DeliveryResult.delivered();
    } catch (SendFailedException refused) {
      if (refused.getValidSentAddresses() == null && refused.getInvalidAddresses() != null
          && refused.getInvalidAddresses().length > 0) {
        return DeliveryResult.abandoned("The SMTP server refused the address: " + refused.getMessage());
      }
      return DeliveryResult.failed("SMTP: " + refused.getMessage());
    } catch (MessagingException failure) {
      return DeliveryResult.failed("SMTP: " + failure.getMessage());
    }
  }

  private MimeMessage message(EmailDrafts.Draft draft, String messageId) throws MessagingException {
    MimeMessage message = new MimeMessage(session) {
      @Override
      protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", "<" + messageId + "@placette>");
      }
    };
    message.setFrom();
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(draft.to()));
    message.setSubject(draft.email().subject(), "UTF-8");
    message.setHeader("List-Unsubscribe", "<" + draft.unsubscribeUrl() + ">");
    message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    message.setHeader("Auto-Submitted", "auto-generated");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(draft.email().text(), "UTF-8");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(draft.email().html(), "UTF-8", "html");
    message.setContent(new MimeMultipart("alternative", text, html));
    return message;
  }
}

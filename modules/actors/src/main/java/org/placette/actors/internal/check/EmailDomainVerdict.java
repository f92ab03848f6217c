package org.placette.actors.internal.check;

/**
 * How an authority member's email domain compares with the admins' allow-list. Shown to the admin
 * before a decision; never decides by itself.
 */
public enum EmailDomainVerdict {
  /** The domain or a parent of it is on the list of public bodies' domains. */
  LISTED,
  /** Not on the list: the admin checks by other means. */
  NOT_LISTED,
  /** The organisation is not a public body, so its domain says nothing. */
  NOT_APPLICABLE
}

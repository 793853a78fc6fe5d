/**
 * Words that tell what kind of message a paste is: a bounce, a delay or success notice, an
 * automatic reply. Subjects and opening lines in the languages support teams meet.
 */

/** Subjects of automatic replies in the languages support teams meet (RFC 3834 §3.1.5 suggests "Auto:"). */
export const AUTO_REPLY_SUBJECT =
  /^(?:Auto(?:matic)?[ -]?(?:reply|response|answer)|Auto:|Autoreply|Out of (?:the )?Office|OOO\b|Away from|Respuesta automática|Réponse automatique|Risposta automatica|Automatische Antwort|Abwesenheitsnotiz|Resposta automática|自動応答|自動返信|不在|休暇)/i;

/** Subjects and opening words of delay notices. */
export const DELAY_WORDS =
  /Delayed Mail|still being retried|has not yet been delivered|will (?:be )?retr(?:y|ied)|will continue to (?:try|attempt)|Delivery Status Notification \(Delay\)|Delivery incomplete|Warning: (?:could not send|message .* delayed)|temporarily deferred|is delayed|Delivery delayed|delivery has been delayed/i;

/** Subjects and opening words of success notices. */
export const SUCCESS_WORDS = /Successful Mail Delivery Report|^Delivered:|^Relayed:|Delivery Status Notification \(Success\)|was delivered to|delivery to the following recipients? (?:was|has been) (?:completed|successful)/im;

/** Signs that a message is a bounce or a delivery report, not someone's message. */
export const REPORT_WORDS =
  /Undeliver|Returned mail|Mail delivery failed|Delivery Status Notification|Delivery Failure|failure notice|Non[- ]?delivery|couldn't be delivered|could not be delivered|wasn't delivered|Delivery has failed|Mail System Error|Message not delivered|Delivery incomplete|Delayed Mail|Warning: could not send|Address not found|Undelivered Mail/i;


/** Words of a notice that the sending server has stopped trying: a bounce, even with 4xx codes in it. */
export const GAVE_UP_WORDS = /giving up|gave up|I'm not going to try again|retry timeout exceeded|could not be delivered for|permanent(?:ly)? (?:error|fail)|has been (?:returned|bounced)|will not be delivered|not delivered within/i;

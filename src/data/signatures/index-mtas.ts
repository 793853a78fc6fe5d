import * as amavis from './amavis.ts';
import * as courier from './courier.ts';
import * as cpanel from './cpanel.ts';
import * as dovecot from './dovecot.ts';
import * as exchangeServer from './exchange-server.ts';
import * as exim from './exim.ts';
import * as hmailserver from './hmailserver.ts';
import * as opensmtpd from './opensmtpd.ts';
import * as policydSpf from './policyd-spf.ts';
import * as postfix from './postfix.ts';
import * as postgrey from './postgrey.ts';
import * as postscreen from './postscreen.ts';
import * as qmail from './qmail.ts';
import * as rspamd from './rspamd.ts';
import * as sendmail from './sendmail.ts';
import * as spamassassin from './spamassassin.ts';
/** Signatures of MTAs, delivery agents and filters. */
export const MTA_SIGNATURE_MODULES = [postfix, postscreen, postgrey, exim, cpanel, sendmail, qmail, exchangeServer, dovecot, courier, opensmtpd, hmailserver, policydSpf, rspamd, amavis, spamassassin];

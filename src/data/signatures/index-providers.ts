import * as gmail from './gmail.ts';
import * as spamhaus from './spamhaus.ts';
import * as spamcop from './spamcop.ts';
import * as barracudaBrbl from './barracuda-brbl.ts';
import * as uceprotect from './uceprotect.ts';
import * as sorbs from './sorbs.ts';
import * as microsoft365 from './microsoft-365.ts';
import * as outlookCom from './outlook-com.ts';
import * as amazonSes from './amazon-ses.ts';
import * as sendgrid from './sendgrid.ts';
import * as mailgun from './mailgun.ts';
import * as yahoo from './yahoo.ts';
import * as aol from './aol.ts';

/** Signatures of mailbox providers, sending services and blocklists. */
export const PROVIDER_SIGNATURE_MODULES = [gmail, spamhaus, spamcop, barracudaBrbl, uceprotect, sorbs, microsoft365, outlookCom, amazonSes, sendgrid, mailgun, yahoo, aol];

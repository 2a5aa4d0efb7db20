/**
 * Who runs the outside services a school links to (survey forms, payments, absence reporting,
 * parents' evening booking, parent apps, mailing lists), so a page can say which company a
 * parent's details go to, with its privacy notice. Only privacy notices that were checked are
 * linked; an unknown service is named by its web address.
 */

export interface Provider {
  /** The company, as parents know it ("ParentPay"). */
  company: string;
  /** Its privacy notice for parents, when known. */
  privacyUrl?: string;
}

/**
 * Known services by the domain they are reached at: the domain itself or any address under it
 * (`hazelbrook.schoolcloud.co.uk` is SchoolCloud). Matching whole labels from the end means
 * `parentpay.com.evil.example` and `notparentpay.com` are not ParentPay.
 */
const KNOWN: readonly (Provider & { domains: readonly string[] })[] = [
  // Survey forms.
  { company: 'Microsoft', privacyUrl: 'https://privacy.microsoft.com/privacystatement', domains: ['forms.office.com', 'forms.microsoft.com'] },
  { company: 'Google', privacyUrl: 'https://policies.google.com/privacy', domains: ['docs.google.com', 'forms.gle'] },
  { company: 'SurveyMonkey', privacyUrl: 'https://www.surveymonkey.com/mp/legal/privacy/', domains: ['surveymonkey.com'] },
  { company: 'SmartSurvey', privacyUrl: 'https://www.smartsurvey.co.uk/privacy-policy', domains: ['smartsurvey.co.uk'] },
  { company: 'Jotform', privacyUrl: 'https://www.jotform.com/privacy/', domains: ['form.jotform.com'] },
  // Payments, absence reporting, parents' evenings and parent apps.
  { company: 'ParentPay', privacyUrl: 'https://www.parentpay.com/parentpaygroup/privacy-policy', domains: ['parentpay.com'] },
  { company: 'Schoolcomms (ParentPay)', privacyUrl: 'https://www.parentpay.com/parentpaygroup/privacy-policy', domains: ['schoolcomms.com'] },
  { company: 'School Gateway', privacyUrl: 'https://login.schoolgateway.com/0/PrivacyPolicy.html', domains: ['schoolgateway.com'] },
  { company: 'Studybugs', privacyUrl: 'https://studybugs.com/privacy', domains: ['studybugs.com'] },
  { company: 'ParentMail (IRIS)', privacyUrl: 'https://www.parentmail.co.uk/gdpr/', domains: ['parentmail.co.uk'] },
  { company: 'SchoolCloud', privacyUrl: 'https://cesupport.schoolcloud.co.uk/article/814-gdpr-compliance-statement', domains: ['schoolcloud.co.uk'] },
  { company: 'Arbor Education', domains: ['arbor.sc', 'arbor-education.com'] },
  { company: 'SchoolMoney', domains: ['schoolmoney.co.uk'] },
  // Mailing lists.
  { company: 'Mailchimp', privacyUrl: 'https://mailchimp.com/legal/privacy/', domains: ['mailchimp.com', 'list-manage.com', 'mailchi.mp', 'eepurl.com'] },
];

/** Whether `host` is `domain` or an address under it. */
function isUnder(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** The company behind a web address; an unknown one is named by its host. */
export function providerOf(url: string): Provider & { host: string } {
  const host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  const known = KNOWN.find((p) => p.domains.some((d) => isUnder(host, d)));
  return known ? { host, company: known.company, ...(known.privacyUrl ? { privacyUrl: known.privacyUrl } : {}) } : { host, company: host };
}

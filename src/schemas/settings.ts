/** The school's own details: `content/settings/school.yaml`. */
import { z } from 'astro/zod';
import { documentLink, email, httpsUrl, image, list, localDate, oneOf, photoConsent, requirePhotoConsent, text, wholeNumber } from './common';

/** Maintained school or academy (free schools are academies). */
export const SCHOOL_TYPES = ['maintained', 'academy'] as const;
/** The stages of education a school can teach; an all-through school teaches all three. */
export const PHASES = ['primary', 'secondary', 'sixth-form'] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];
export type Phase = (typeof PHASES)[number];

export const language = z.object({
  /** Language code used in web addresses, such as `ur` for Urdu or `pl` for Polish. */
  code: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$/, {
    error: (iss) => `"${String(iss.input)}" is not a language code. Use a short code such as en, ur, pl or ar.`,
  }),
  /** The language's name written in that language ("اردو", "Polski"). */
  name: text({ max: 60 }),
  /** Writing direction: ltr (left to right) or rtl (right to left, for Arabic or Urdu). */
  dir: oneOf(['ltr', 'rtl']).default('ltr'),
});

/**
 * A time zone name such as Europe/London. Offsets such as +01:00 are refused: they do not follow
 * British Summer Time.
 */
function isTimeZone(value: string): boolean {
  if (!/^[A-Za-z]/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The safer-recruitment statement when the school has not written its own. */
export const DEFAULT_SAFER_RECRUITMENT =
  'Keeping children safe comes first here, and we expect everyone who works with us to share that commitment. ' +
  'Any offer of this post depends on the checks safer recruitment requires: an enhanced Disclosure and Barring Service check with a check of the ' +
  'children’s barred list, two satisfactory references, and proof of your identity, qualifications and right to work in the UK. ' +
  'We will ask you about any gaps in your employment history, and we may look at what is publicly available about shortlisted candidates online. ' +
  'The post is exempt from the Rehabilitation of Offenders Act 1974, so some spent convictions and cautions must be declared.';
/** Something parents do online at the school's provider (ParentPay, SchoolCloud, an app): where, and a sentence if needed. */
const onlineAction = z.object(
  {
    /** The page where parents do it, starting with https:// (the provider's login page, or the school's page on it). */
    url: httpsUrl,
    /** Optional: one sentence parents need first ("Log in with the email address you gave the office."). */
    note: text({ max: 200 }).optional(),
  },
  { error: 'must have url (the web address, starting with https://) and, if needed, a note.' },
);

/**
 * The jobs parents come to the website to do, on the home page and at the foot of every page.
 * Each is optional; a provider the site knows (ParentPay, Arbor, Studybugs…) is named with a
 * link to its privacy notice, any other by its web address.
 */
export const parentActionsSchema = z.object({
  /** How to tell the school a child is away: by phone, by email, or with the school's online form or app. At least one. */
  absence: z
    .object({
      /** The number to ring, written as parents dial it ("01632 960 418, option 1"). */
      phone: text({ max: 60 }).optional(),
      /** The address to write to. */
      email: email.optional(),
      /** The online form or app for reporting an absence (https). */
      url: httpsUrl.optional(),
      /** Optional: one sentence, such as by what time to tell the school. */
      note: text({ max: 200 }).optional(),
    })
    .refine((a) => a.phone !== undefined || a.email !== undefined || a.url !== undefined, {
      error: 'needs at least one way to tell the school: phone, email or url (an online form).',
    })
    .optional(),
  /** Paying for meals, trips and clubs online. */
  payments: onlineAction.optional(),
  /** Booking a parents' evening appointment online. */
  parents_evening: onlineAction.optional(),
  /** The school's parent app or portal. */
  app: onlineAction.optional(),
});

/** The headteacher's welcome on the home page. */
export const welcomeSchema = z
  .object({
    /** Optional heading, such as "Welcome to Hazelbrook"; "A welcome from our headteacher" when left empty. */
    heading: text({ max: 80 }).optional(),
    /** The welcome, a few short paragraphs with a blank line between them. */
    message: text({ max: 1500 }),
    /** Who signs it; the headteacher's name when left empty. */
    signed: text({ max: 100 }).optional(),
    /** Optional photo, with a description of what it shows. */
    photo: image.optional(),
    /** Tick to confirm everyone in the photo agreed to it being published (and every child shown has photo consent). Required with a photo. */
    photo_consent: photoConsent,
  })
  .superRefine((w, ctx) => requirePhotoConsent(ctx, w.photo !== undefined, w.photo_consent));

/** What families choosing a school find on /admissions/, besides the open days (events) and the pages that hold the admission arrangements and uniform. */
export const admissionsSchema = z.object({
  /** How to visit the school: when tours are, and how to book one. */
  tours: text({ max: 400 }).optional(),
  /** Where families book a tour online (https), if they can. */
  tour_booking_url: httpsUrl.optional(),
  /** The prospectus: an uploaded file (/uploads/...) or an https:// link, with its link text. */
  prospectus: documentLink.optional(),
  /** Where uniform can be bought: each shop with its web address or where to find it. */
  uniform_shops: list(
    z.object(
      {
        /** The shop's name ("Brackenford School Outfitters"). */
        name: text({ max: 100 }),
        /** Its website, starting with https://. */
        url: httpsUrl.optional(),
        /** Where it is, or what it sells ("High Street; logo sweatshirts and PE T-shirts"). */
        where: text({ max: 150 }).optional(),
      },
      { error: 'must be a shop with a name, and url or where.' },
    ),
  ),
  /** How families get (and give) second-hand uniform. */
  second_hand_uniform: text({ max: 400 }).optional(),
});

/** Getting newsletters by email, through the mailing service the school already uses. */
export const newsletterEmailSchema = z.object({
  /** The sign-up page of the school's mailing service (https): parents leave their email address there, not on this website. */
  signup_url: httpsUrl,
  /** Optional: one sentence about what parents will get ("Each newsletter, on the Friday it comes out."). */
  note: text({ max: 200 }).optional(),
});

export const settingsSchema = z.object({
  /** The school's full name, as it appears in the header and page titles. */
  name: text({ max: 120 }),
  /** The website's address (https origin), for example https://www.hazelbrook.sch.uk */
  url: httpsUrl,
  /** Postal address. */
  address: z.object({
    line1: text(),
    line2: text().optional(),
    town: text(),
    postcode: text({ max: 10 }),
  }),
  /** The main office phone number, written as parents would dial it. */
  phone: text({ max: 40 }),
  /** The office email address. */
  email,
  /** The headteacher's name. */
  head_teacher: text({ max: 100 }),
  /** The special educational needs co-ordinator (the law asks schools to publish the name). */
  senco: z.object({ name: text({ max: 100 }), email }),
  /** The school day, one line per part ("Gates open" – "8:40am"). */
  opening_hours: z
    .array(z.object({ label: text({ max: 80 }), hours: text({ max: 80 }) }), {
      error: 'must be a list of times, each with a label and hours.',
    })
    .min(1, { error: 'needs at least one line, such as the school day.' }),
  /** Total hours in the school week (32.5 is the expected minimum in England). */
  weekly_hours: z
    .number({ error: 'must be a number of hours, such as 32.5.' })
    .positive({ error: (iss) => `is ${String(iss.input)}; it must be a number of hours above 0, such as 32.5.` })
    .optional(),
  /** Unique reference number from Get Information About Schools. */
  urn: z.union([z.string(), z.number()]).transform(String).optional(),
  /** Link to the latest Ofsted report. */
  ofsted_report_url: httpsUrl.optional(),
  /** Link to the school's page on the performance tables service. */
  performance_tables_url: httpsUrl.optional(),
  /** The jobs parents do online: report an absence, pay, book parents' evening, the parent app. */
  parent_actions: parentActionsSchema.optional(),
  /** The headteacher's welcome on the home page. */
  welcome: welcomeSchema.optional(),
  /** Tours, the prospectus and uniform shops, for families choosing a school (/admissions/). */
  admissions: admissionsSchema.optional(),
  /** Where parents sign up to get the newsletters by email. */
  newsletter_email: newsletterEmailSchema.optional(),
  /**
   * Maintained school or academy (free schools are academies): decides which items the law asks
   * you to publish, and which of the Department's two lists of them applies.
   */
  school_type: oneOf(SCHOOL_TYPES).default('maintained'),
  /**
   * The stages the school teaches: primary, secondary, sixth-form (16 to 19). An all-through
   * school lists all three. Decides, for example, whether key stage 2 results and the PE and
   * sport premium, or careers information and key stage 4 results, are asked for. Most schools
   * using this site are primary schools, so that is the default.
   */
  phases: z
    .array(oneOf(PHASES), { error: 'must be a list of stages, such as [primary] or [secondary, sixth-form].' })
    .min(1, { error: 'needs at least one stage: primary, secondary or sixth-form.' })
    .default(['primary']),
  /** true for a special school: places come through education, health and care plans, so admission arrangements are not asked for. */
  special_school: z.boolean({ error: 'must be true or false.' }).default(false),
  /**
   * How many people the school employs (headcount on 31 March). Only used to decide whether the
   * gender pay gap report applies (250 or more). Leave it out if the school is well under 250.
   */
  employees: wholeNumber({ min: 1, max: 10000, unit: 'employees', example: 45 }).optional(),
  /** The time zone of every date and time on the site. */
  timezone: z
    .string({ error: 'must be the name of a time zone, such as Europe/London.' })
    .refine(isTimeZone, {
      error: (iss) => `"${String(iss.input)}" is not a time zone. Use a name from the time zone list, such as Europe/London (for schools in the UK).`,
    })
    .default('Europe/London'),
  /** Languages the site is offered in; the first is the main language. */
  languages: z
    .array(language, { error: 'must be a list of languages, each with a code and a name.' })
    .min(1, { error: 'needs at least one language: the site’s main language, such as en (English).' })
    .default([{ code: 'en', name: 'English', dir: 'ltr' }]),
  /** Web addresses (host names) allowed for embedded survey forms, such as forms.office.com */
  survey_hosts: list(
    z
      .string()
      .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, { error: (iss) => `"${String(iss.input)}" is not a host name. Write only the host, such as forms.office.com` }),
  ),
  /** Governors' dashboard: a review due within this many days is shown as "due soon". */
  review_due_soon_days: wholeNumber({ min: 1, max: 365, unit: 'days', example: 90 }).default(90),
  /**
   * What the build does when something the school must publish is missing: warn, or fail (the
   * site is not published until it is added). Missing items the guidance says the school should
   * publish only ever warn.
   */
  statutory_missing: oneOf(['warn', 'fail']).default('warn'),
  /**
   * How the public governors' pages show policy reviews. calm: in the words of the policy pages
   * ("being reviewed: stays in force until the governors approve the new version"), without
   * counting days. detailed: the status with the number of days overdue or left, as
   * `npm run policies:report` always prints it.
   */
  governors_dashboard: oneOf(['calm', 'detailed']).default('calm'),
  /**
   * The safer-recruitment statement printed on every vacancy: the school's commitment to keeping
   * children safe and the checks every appointment depends on, as safeguarding guidance expects
   * in every advert. Leave it out to use the default wording, or write the school's own.
   */
  safer_recruitment: text({ max: 1200 }).default(DEFAULT_SAFER_RECRUITMENT),
  /** The school's social media accounts. */
  social: list(z.object({ name: text({ max: 40 }), url: httpsUrl })),
  /**
   * Only the demonstration school has this: the date its news, events and survey were written for.
   * The site is built and shown as on that day (unless SITE_NOW is set), with a note on every page
   * saying so, so the demo looks as designed whatever the date. `npm run new-school` leaves it out:
   * a school's own site always uses today's date.
   */
  demo_date: localDate.optional(),
});

export type Settings = z.infer<typeof settingsSchema>;

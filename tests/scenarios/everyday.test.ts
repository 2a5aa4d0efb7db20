/**
 * The pages parents open every week, built from a small site at two moments: the Tuesday after
 * autumn half term (the Monday was an INSET day) with every setting filled in, and a Wednesday in
 * half term with none of them. Lunch menus (the week of the cycle across half term, today's
 * lunch on a school day and not in a holiday), the parent actions with and without settings, the
 * headteacher's welcome, the admissions page and newsletters by email.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, mainOf, textOf, type BuiltSite } from '../helpers/build';
import { contentWith, fixtureFile } from '../helpers/content';

/** A three-week menu whose dishes say which week and day they are ("W2 tuesday main"). */
function menu(): string {
  const days = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
  const week = (n: number) =>
    days
      .map((day, i) => {
        const lines = [
          `      - { dish: W${n} ${day} main, allergens: [gluten, milk] }`,
          `      - { dish: W${n} ${day} greens, vegetarian: true, vegan: true${n === 1 && i === 0 ? ', allergens: [sesame, tree-nuts]' : ''} }`,
        ];
        return `${i === 0 ? '  - ' : '    '}${day}:\n${lines.join('\n')}`;
      })
      .join('\n');
  return `---
title: Autumn menu
summary: Our three-week autumn menu.
starts: 2026-09-07
weeks:
${[1, 2, 3].map(week).join('\n')}
---
Fresh fruit and water every day.
`;
}

const HOSTILE = '<script>alert("welcome")</script><img src=x onerror=alert(1)>';

const SCHOOL_SETTINGS = `${fixtureFile('settings/school.yaml')}
ofsted_report_url: https://reports.ofsted.gov.uk/provider/21/999999
parent_actions:
  absence:
    phone: 01632 960 000, option 1
    email: absence@fixture.example.org
    url: https://studybugs.com/
    note: |-
      Tell us by 9:15am. ${HOSTILE}
  payments:
    url: https://pay.example.org/fixture
welcome:
  heading: Welcome to Fixture Primary
  message: |
    First paragraph of the welcome.

    Second paragraph. ${HOSTILE}
  photo: { src: /uploads/classes/oak/leaf.jpg, alt: Children holding up autumn leaves }
  photo_consent: true
admissions:
  tours: Tours every Thursday morning.
  tour_booking_url: https://hazelbrook.schoolcloud.co.uk/tours
  prospectus: { title: Our prospectus (PDF), file: /uploads/documents/prospectus.pdf }
  uniform_shops:
    - { name: Testville Outfitters, url: "https://outfitters.example.org/", where: High Street }
  second_hand_uniform: Free second-hand uniform from the rail by the office.
newsletter_email:
  signup_url: https://lists.example.org/fixture/subscribe
  note: Every newsletter on the day it comes out.
`;

const event = (fields: string) => `---\n${fields.trim()}\n---\nDetails.\n`;
const COMMON = {
  'menus/autumn.md': menu(),
  'events/inset-day.md': event(`
title: "INSET day: school closed to pupils"
start: 2026-11-02
category: term-dates
summary: Staff training.`),
};

const FULL = {
  ...COMMON,
  'settings/school.yaml': SCHOOL_SETTINGS,
  'uploads/documents/prospectus.pdf': '%PDF-1.4 fixture prospectus\n',
  'pages/admissions.md': `---\ntitle: Joining Fixture Primary\nsummary: For families choosing a school.\n---\nWe would love to show you round. ${HOSTILE}\n`,
  'pages/menus.md': `---\ntitle: School lunches\nsummary: Our lunches and free school meals.\n---\n## Free school meals\n\nInfants have a free lunch every day.\n`,
  'policies/admissions.md': `---
title: Admissions
summary: How places are offered at Fixture Primary.
category: admissions
committee: Full governing board
owner: Headteacher
approved: 2026-06-01
review_months: 12
statutory: [admissions]
---
The council decides who is offered a place.
`,
  'policies/uniform.md': fixtureFile('policies/uniform.md').replace('review_months: 24', 'review_months: 24\nstatutory: [uniform]'),
  'events/open-morning.md': event(`
title: Open morning for new families
start: 2026-11-12T09:30
end: 2026-11-12T11:00
category: open-day
summary: Look round the school.`),
  'events/open-morning-past.md': event(`
title: October open morning
start: 2026-10-08T09:30
end: 2026-10-08T11:00
category: open-day
summary: Look round the school.`),
};

let full: BuiltSite;
let plain: BuiltSite;
beforeAll(() => {
  full = buildSite(contentWith(FULL), '2026-11-03');
  if (!full.ok) throw new Error(full.output);
  plain = buildSite(contentWith(COMMON), '2026-10-28');
  if (!plain.ok) throw new Error(plain.output);
});

const text = (site: BuiltSite, path: string) => textOf(mainOf(site.file(path)));

describe('the lunch menu across half term', () => {
  it('shows, the week after half term, the next week of the cycle: week 2, where it left off', () => {
    // Weeks 1, 2, 3, 1, 2, 3, 1 from 7 September; half term skipped; the INSET Monday's week still counts.
    const page = text(full, '/menus/');
    expect(page).toContain('This week’s menu: week 2');
    expect(page).toContain('Monday 2 November W2 monday main');
    expect(page).toContain('Week 2 (this week)');
    expect(page).toMatch(/Which week is which 2 Nov : Week 2 9 Nov : Week 3 16 Nov : Week 1/);
  });

  it('marks today, and each dish vegetarian or vegan with its allergens', () => {
    const main = mainOf(full.file('/menus/'));
    expect(main).toMatch(/aria-current="date"[^>]*>[\s\S]*?Tuesday 3 November[\s\S]*?W2 tuesday main/);
    expect(textOf(main)).toContain('W1 monday greens VE (vegan) Contains: sesame, tree nuts');
    expect(textOf(main)).toContain('W2 tuesday main Contains: gluten, milk');
  });

  it('has the whole cycle, the allergen key with all 14, the school’s own words and the menu’s notes', () => {
    const page = text(full, '/menus/');
    for (const n of [1, 2, 3]) expect(page).toContain(`W${n} friday main`);
    for (const key of ['Celery, including celeriac', 'Cereals containing gluten', 'Lupin', 'Sulphur dioxide and sulphites']) expect(page).toContain(key);
    expect(mainOf(full.file('/menus/')).match(/<dt[^>]*>[^<]+<\/dt>\s*<dd[^>]*>[^<]+<\/dd>/g)).toHaveLength(14);
    expect(page).toContain('Infants have a free lunch every day.');
    expect(page).toContain('Fresh fruit and water every day.');
    expect(full.file('/menus/')).toContain('<title>School lunches – Fixture Primary School</title>');
    // The page named menus is this page's text, not a second page; and the page is found by search.
    expect(full.file('/menus/')).toContain('data-pagefind-body');
    expect(full.file('/sitemap-0.xml')).toContain('<loc>https://fixture.example.org/menus/</loc>');
  });

  it('in half term, says school is closed and shows the week the menu picks up again', () => {
    const page = text(plain, '/menus/');
    expect(page).toContain('School is closed this week. When we are back, from Monday 2 November 2026: week 2');
    // Without the school's own words, the page still says where to apply for free school meals.
    expect(mainOf(plain.file('/menus/'))).toContain('href="https://www.gov.uk/apply-free-school-meals"');
  });
});

describe('today’s lunch on the home page', () => {
  it('is there on a school day, with today’s dishes of this week of the cycle', () => {
    const home = text(full, '/');
    expect(home).toContain('Today’s lunch Week 2 of the menu W2 tuesday main');
    expect(mainOf(full.file('/'))).toContain('href="/menus/"');
  });

  it('is not there in a holiday', () => {
    expect(text(plain, '/')).not.toContain('Today’s lunch');
  });
});

describe('the jobs parents do online', () => {
  it('are on the home page with every way of doing them and who runs each service', () => {
    const main = mainOf(full.file('/'));
    const home = textOf(main);
    expect(home).toMatch(
      /Do it online Report an absence Ring 01632.960.000, option 1 Email absence@ fixture.example.org Use the online form Run by Studybugs, not by the school \( privacy notice \)/,
    );
    expect(main).toContain('href="tel:01632960000"');
    expect(main).toContain('href="https://studybugs.com/privacy"');
    // An address the site does not know is named by its address, not as a company.
    expect(home).toContain('Pay for meals and trips Pay online at pay.example.org');
    expect(home).not.toContain('Book parents’ evening');
  });

  it('are in the footer of every page, one link each', () => {
    for (const path of ['/', '/menus/', '/policies/behaviour/']) {
      const footer = /<footer[\s\S]*<\/footer>/.exec(full.file(path))![0];
      expect(footer, path).toMatch(/<a href="https:\/\/studybugs.com\/"[^>]*>Report an absence<\/a>/);
      expect(footer, path).toMatch(/<a href="https:\/\/pay.example.org\/fixture"[^>]*>Pay for meals and trips<\/a>/);
      // Who runs each service is said in the footer too, before a parent leaves the site.
      expect(textOf(footer), path).toContain('For parents Report an absence (Studybugs) Pay for meals and trips (pay.example.org)');
    }
  });

  it('show what an editor typed as text, never as markup', () => {
    const home = full.file('/');
    expect(home).not.toContain('<script>alert');
    expect(home).not.toContain('<img src=x');
    expect(home).toContain('&lt;script&gt;alert(&quot;welcome&quot;)&lt;/script&gt;');
  });

  it('are nowhere when the school has not set them up', () => {
    const home = plain.file('/');
    expect(textOf(mainOf(home))).not.toContain('Do it online');
    expect(home).not.toContain('footer-actions');
    expect(home).not.toContain('Report an absence');
  });
});

describe('the headteacher’s welcome', () => {
  it('is on the home page with its paragraphs, the headteacher’s name and the photo with its description', () => {
    const main = mainOf(full.file('/'));
    expect(textOf(main)).toMatch(/Welcome to Fixture Primary First paragraph of the welcome\. Second paragraph\. .* Ms Head, Headteacher/);
    expect(main).toMatch(/<img [^>]*alt="Children holding up autumn leaves"/);
    expect(main).not.toContain('/uploads/classes/oak/leaf.jpg');
  });

  it('is not there without one', () => {
    expect(plain.file('/')).not.toContain('id="welcome"');
  });
});

describe('the admissions page', () => {
  it('opens with the school’s own words for it', () => {
    const page = full.file('/admissions/');
    expect(page).toMatch(/<h1 [^>]*>Joining Fixture Primary<\/h1>/);
    expect(textOf(mainOf(page))).toContain('We would love to show you round.');
    // The page's text goes through the same filter as every page: no script, no event handler.
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('onerror');
  });

  it('lists the open days still to come and how to book a tour, naming who runs the booking', () => {
    const page = text(full, '/admissions/');
    expect(page).toContain('Open morning for new families');
    expect(page).not.toContain('October open morning');
    expect(page).toContain('Tours every Thursday morning.');
    expect(page).toContain('Book a tour online Run by SchoolCloud, not by the school ( privacy notice )');
    expect(page).toContain('To arrange a visit, ring the office on 01632 960 000 or email office@fixture.example.org .');
  });

  it('links the admission arrangements and uniform pages, the prospectus, Ofsted, the uniform shops and second-hand uniform, and lunches', () => {
    const main = mainOf(full.file('/admissions/'));
    const page = textOf(main);
    expect(page).toMatch(/How places are offered Admissions How places are offered at Fixture Primary\./);
    expect(main).toContain('href="/policies/admissions/"');
    expect(main).toContain('href="/policies/uniform/"');
    expect(main).toMatch(/<a href="\/uploads\/documents\/prospectus.pdf"[^>]*>Our prospectus \(PDF\)<\/a>/);
    expect(full.has('/uploads/documents/prospectus.pdf')).toBe(true);
    expect(main).toContain('href="https://reports.ofsted.gov.uk/provider/21/999999"');
    expect(page).toContain('Where to buy it Testville Outfitters : High Street');
    expect(page).toContain('Second-hand uniform Free second-hand uniform from the rail by the office.');
    expect(main).toContain('href="/menus/"');
  });

  it('without settings or pages, still says how to visit and who to ask, and nothing that is not there', () => {
    const main = mainOf(plain.file('/admissions/'));
    const page = textOf(main);
    expect(plain.file('/admissions/')).toMatch(/<h1 [^>]*>Admissions<\/h1>/);
    expect(page).toContain('No open days are planned just now, but you are welcome to visit.');
    expect(page).toContain('Please ask the office how places are offered at our school.');
    expect(page).not.toMatch(/Prospectus|Inspection and results|Second-hand uniform/);
  });

  it('puts open days on the events page and in the calendar under their own label', () => {
    expect(text(full, '/events/')).toContain('Open day for new families');
    expect(full.file('/events.ics')).toContain('SUMMARY:Open morning for new families');
  });
});

describe('newsletters by email', () => {
  it('links to the school’s mailing service’s sign-up page, naming it, without loading anything from it', () => {
    for (const path of ['/newsletters/', '/']) {
      const main = mainOf(full.file(path));
      expect(textOf(main), path).toContain(
        'Get the newsletters by email : Sign up with the school’s mailing service: your email address goes to them, not to this website. Every newsletter on the day it comes out. at lists.example.org',
      );
      expect(main, path).toContain('href="https://lists.example.org/fixture/subscribe"');
    }
    expect(plain.file('/newsletters/')).not.toContain('Get the newsletters by email');
  });

  it('loads nothing from another site on any of these pages', () => {
    for (const path of ['/', '/menus/', '/admissions/', '/newsletters/']) {
      const html = full.file(path);
      expect(html, path).not.toMatch(/<(script|img|iframe|source|link)\b[^>]*\s(src|srcset|href)="(https?:)?\/\/(?!fixture\.example\.org)[^"]*"[^>]*>/);
      // The only form is the site's own search box: nothing posts to the mailing service.
      expect(html, path).not.toMatch(/<form\b[^>]*\saction="(https?:)?\/\//);
    }
  });
});

/**
 * A lunch menu: `content/menus/<slug>.md`, shown on `/menus/` (and today's dishes on the home page).
 *
 * UK schools serve a menu that turns over every two, three or four weeks. A menu file holds the
 * whole cycle: `weeks` is a list, week 1 first, and each week has the dishes of each weekday.
 * Week 1 is served in the week of `starts` (a Monday); each following school week takes the next
 * week of the cycle, and weeks when school is closed all week (half term, the holidays, known
 * from the events of category `holiday`) are skipped, so the week after half term carries on
 * where the cycle left off. A newer menu (a later `starts`) takes over from an older one.
 *
 * ```yaml
 * starts: 2026-09-07
 * weeks:
 *   - monday:
 *       - { dish: Cheese and tomato pizza, vegetarian: true, allergens: [gluten, milk] }
 *       - { dish: Jacket potato with beans, vegan: true, vegetarian: true }
 *     tuesday: [...]
 * ```
 */
import { z } from 'astro/zod';
import { isRealDate, weekdayOf } from '../lib/core/time';
import { dateWithin, draft, list, oneOf, summary, text } from './common';

/**
 * The 14 allergens UK food law says must be declared (the Food Information Regulations 2014),
 * by short names: `gluten` is cereals containing gluten, `tree-nuts` nuts such as almonds, and
 * `sulphites` sulphur dioxide and sulphites.
 */
export const ALLERGENS = [
  'celery',
  'gluten',
  'crustaceans',
  'eggs',
  'fish',
  'lupin',
  'milk',
  'molluscs',
  'mustard',
  'tree-nuts',
  'peanuts',
  'sesame',
  'soya',
  'sulphites',
] as const;

/** The school days of a menu week, in order. */
export const MENU_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;

/** The longest cycle accepted: schools run two to four weeks; six leaves room and still catches a pasted-in term. */
export const MAX_MENU_WEEKS = 6;

/**
 * Menus are planned a term or two ahead, so a menu may start up to the end of the year after
 * next; later is a mistyped year.
 */
const MENU_YEARS_AHEAD = 2;

export const dishSchema = z
  .object(
    {
      /** The dish as children and parents know it ("Cheese and tomato pizza"). */
      dish: text({ max: 100 }),
      /** true when the dish has no meat or fish. */
      vegetarian: z.boolean({ error: 'must be true or false.' }).default(false),
      /** true when the dish has nothing from animals (no meat, fish, milk, eggs or honey). A vegan dish is vegetarian too. */
      vegan: z.boolean({ error: 'must be true or false.' }).default(false),
      /** The allergens the dish contains, from the 14 the law names (leave empty when it has none). */
      allergens: list(oneOf(ALLERGENS)),
    },
    { error: 'must be a dish with its name (dish), and vegetarian, vegan and allergens where they apply.' },
  )
  .superRefine((d, ctx) => {
    if (d.vegan && !d.vegetarian) {
      ctx.addIssue({
        code: 'custom',
        path: ['vegetarian'],
        message: 'is false, but the dish is marked vegan: a vegan dish is vegetarian too. Set vegetarian to true, or vegan to false.',
      });
    }
    const seen = new Set<string>();
    d.allergens.forEach((a, i) => {
      if (seen.has(a)) ctx.addIssue({ code: 'custom', path: ['allergens', i], message: `"${a}" is listed twice. Keep only one.` });
      seen.add(a);
    });
  });

/** The dishes of one weekday: at least one. */
const dayDishes = z
  .array(dishSchema, {
    error: (iss) => (iss.input === undefined ? 'is missing: every school day of a menu week needs its dishes.' : 'must be a list of dishes.'),
  })
  .min(1, { error: 'needs at least one dish. Every school day of a menu week has a lunch.' });

/** One week of the cycle: the dishes served each weekday. */
export const menuWeekSchema = z.object(
  {
    /** Monday's dishes. */
    monday: dayDishes,
    /** Tuesday's dishes. */
    tuesday: dayDishes,
    /** Wednesday's dishes. */
    wednesday: dayDishes,
    /** Thursday's dishes. */
    thursday: dayDishes,
    /** Friday's dishes. */
    friday: dayDishes,
  },
  { error: 'must be a week with the dishes of monday, tuesday, wednesday, thursday and friday.' },
);

export const menuSchema = z
  .object({
    /** The menu's name, such as "Autumn and winter menu 2026–27". */
    title: text({ max: 120 }),
    /** One or two sentences for search results and link previews ("A three-week menu from September to Easter"). */
    summary,
    /** The Monday of the week when week 1 is first served. */
    starts: dateWithin('menus must start', MENU_YEARS_AHEAD),
    /** Optional: the last day this menu is served (the end of the summer term). Leave empty when the next menu simply takes over. */
    ends: dateWithin('menus must end', MENU_YEARS_AHEAD + 1).optional(),
    /** The weeks of the cycle, week 1 first: two, three or four weeks for most schools. */
    weeks: z
      .array(menuWeekSchema, { error: 'must be a list of weeks, week 1 first.' })
      .min(1, { error: 'needs at least one week of dishes.' })
      .max(MAX_MENU_WEEKS, {
        error: (iss) =>
          `has ${String((iss.input as unknown[]).length)} weeks; a menu cycle is at most ${MAX_MENU_WEEKS} weeks. Split a longer plan into two menus, the second with its own starts date.`,
      }),
    draft,
  })
  .superRefine((m, ctx) => {
    // An unreadable date has its own problem already.
    if (!isRealDate(m.starts)) return;
    if (weekdayOf(m.starts) !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['starts'],
        message: `"${m.starts}" is not a Monday. A menu starts on the Monday of the week when week 1 is served.`,
      });
    }
    if (m.ends !== undefined && isRealDate(m.ends) && m.ends < m.starts) {
      ctx.addIssue({ code: 'custom', path: ['ends'], message: `"${m.ends}" is before the menu starts (${m.starts}).` });
    }
  });

export type Menu = z.infer<typeof menuSchema>;
export type Dish = z.infer<typeof dishSchema>;
export type MenuWeek = z.infer<typeof menuWeekSchema>;
export type MenuDay = (typeof MENU_DAYS)[number];
/** An allergen as the schema accepts it (each needs a label in src/lib/domain/labels.ts). */
export type Allergen = (typeof ALLERGENS)[number];

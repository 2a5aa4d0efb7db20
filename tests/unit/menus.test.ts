/**
 * The lunch menu's cycle (src/lib/domain/menus.ts) and the school days it counts
 * (src/lib/domain/school-days.ts): which week is served, across half term, INSET days, bank
 * holidays and Christmas; today's lunch on school days only; which menu is in force.
 */
import { describe, expect, it } from 'vitest';
import { comingWeeks, cycleWeek, lunchOn, menuOn, planningMonday, weekToShow, type MenuLike } from '../../src/lib/domain/menus';
import { closedDays, closesSchool, isSchoolDay, isSchoolWeek, mondayOf } from '../../src/lib/domain/school-days';
import type { MenuWeek } from '../../src/schemas/menu';

/** A week whose dishes say which week of the cycle they are: "W2 tuesday". */
const week = (n: number): MenuWeek => {
  const dishes = (day: string) => [{ dish: `W${n} ${day}`, vegetarian: false, vegan: false, allergens: [] }];
  return { monday: dishes('monday'), tuesday: dishes('tuesday'), wednesday: dishes('wednesday'), thursday: dishes('thursday'), friday: dishes('friday') };
};

const menu = (id: string, starts: string, weeks: number, ends?: string): MenuLike => ({
  id,
  data: { starts, ...(ends ? { ends } : {}), weeks: Array.from({ length: weeks }, (_, i) => week(i + 1)) },
});

const event = (title: string, category: string, start: string, end?: string) => ({ data: { title, category, start, ...(end ? { end } : {}) } });

// Term-date events as the office writes them (autumn 2026).
const EVENTS = [
  event('Autumn term starts', 'term-dates', '2026-09-02'),
  event('INSET day: school closed to pupils', 'term-dates', '2026-09-01'),
  event('Autumn half term', 'holiday', '2026-10-26', '2026-10-30'),
  event('INSET day: school closed to pupils', 'term-dates', '2026-11-02'),
  event('Staff training day', 'term-dates', '2026-11-20'),
  event('Christmas holiday', 'holiday', '2026-12-21', '2027-01-01'),
  event('Christmas fair', 'community', '2026-12-05'),
  event('Early May bank holiday', 'holiday', '2027-05-03'),
];
const closed = closedDays(EVENTS);
const THREE_WEEKS = menu('autumn', '2026-09-07', 3);
const weekOn = (monday: string) => {
  const w = cycleWeek(THREE_WEEKS, monday, closed);
  return w === undefined ? undefined : w + 1;
};

describe('school days, from the term-date events', () => {
  it('closes every day of a holiday and each INSET or training day, and nothing else', () => {
    expect([...closed].filter((d) => d < '2026-12-01').sort()).toEqual([
      '2026-09-01',
      '2026-10-26',
      '2026-10-27',
      '2026-10-28',
      '2026-10-29',
      '2026-10-30',
      '2026-11-02',
      '2026-11-20',
    ]);
    expect(closed.has('2026-12-25')).toBe(true);
    expect(closesSchool(event('Autumn term starts', 'term-dates', '2026-09-02'))).toBe(false);
    expect(closesSchool(event('Christmas fair', 'community', '2026-12-05'))).toBe(false);
    // "INSET" must be a word: a title that merely contains the letters is not a closure.
    expect(closesSchool(event('Insetting new library shelves', 'term-dates', '2026-09-03'))).toBe(false);
  });

  it('counts a week as a school week when pupils are in on any day of it', () => {
    expect(isSchoolWeek('2026-10-26', closed)).toBe(false); // half term
    expect(isSchoolWeek('2026-11-02', closed)).toBe(true); // INSET Monday, school Tuesday to Friday
    expect(isSchoolWeek('2027-05-03', closed)).toBe(true); // bank holiday Monday
    expect(isSchoolWeek('2026-12-21', closed)).toBe(false);
    expect(isSchoolWeek('2026-12-28', closed)).toBe(false);
    expect(isSchoolDay('2026-11-02', closed)).toBe(false);
    expect(isSchoolDay('2026-11-03', closed)).toBe(true);
    expect(isSchoolDay('2026-11-07', closed)).toBe(false); // Saturday
    expect(mondayOf('2026-11-08')).toBe('2026-11-02');
    expect(mondayOf('2026-11-02')).toBe('2026-11-02');
  });
});

describe('which week of the cycle is served', () => {
  it('takes turns week by week from the Monday the menu starts', () => {
    expect(['2026-09-07', '2026-09-14', '2026-09-21', '2026-09-28', '2026-10-05', '2026-10-12', '2026-10-19'].map(weekOn)).toEqual([1, 2, 3, 1, 2, 3, 1]);
  });

  it('skips half term, and carries on after it where the cycle left off', () => {
    expect(weekOn('2026-10-19')).toBe(1);
    expect(weekOn('2026-10-26')).toBeUndefined();
    // Not week 2 again from the start, and not the week half term would have been (2): the next one.
    expect(weekOn('2026-11-02')).toBe(2);
    expect(weekOn('2026-11-09')).toBe(3);
  });

  it('counts a week with an INSET day or a bank holiday, and skips both weeks of Christmas', () => {
    expect(weekOn('2026-11-16')).toBe(1); // Friday 20 November is a training day
    expect(weekOn('2026-11-23')).toBe(2);
    expect(weekOn('2026-12-14')).toBe(2);
    expect(weekOn('2026-12-21')).toBeUndefined();
    expect(weekOn('2026-12-28')).toBeUndefined();
    expect(weekOn('2027-01-04')).toBe(3);
  });

  it('serves nothing before the menu starts', () => {
    expect(weekOn('2026-08-31')).toBeUndefined();
  });
});

describe('today’s lunch', () => {
  const menus = [THREE_WEEKS];
  it('is the day’s dishes of this week of the cycle on a school day', () => {
    const lunch = lunchOn(menus, '2026-11-03', closed);
    expect(lunch?.dishes.map((d) => d.dish)).toEqual(['W2 tuesday']);
    expect(lunch?.week).toBe(1);
  });

  it('is nothing at the weekend, in a holiday, on an INSET day or before the menu starts', () => {
    expect(lunchOn(menus, '2026-11-07', closed)).toBeUndefined(); // Saturday
    expect(lunchOn(menus, '2026-11-08', closed)).toBeUndefined(); // Sunday
    expect(lunchOn(menus, '2026-10-28', closed)).toBeUndefined(); // half term
    expect(lunchOn(menus, '2026-11-02', closed)).toBeUndefined(); // INSET day
    expect(lunchOn(menus, '2026-09-04', closed)).toBeUndefined(); // the week before week 1
    expect(lunchOn([], '2026-11-03', closed)).toBeUndefined();
  });
});

describe('which menu, and which week, a page shows', () => {
  it('shows the coming week at the weekend, and the next school week in a holiday', () => {
    const menus = [THREE_WEEKS];
    expect(planningMonday('2026-11-07')).toBe('2026-11-09');
    expect(weekToShow(menus, '2026-11-04', closed)).toMatchObject({ monday: '2026-11-02', week: 1 });
    expect(weekToShow(menus, '2026-11-07', closed)).toMatchObject({ monday: '2026-11-09', week: 2 });
    expect(weekToShow(menus, '2026-10-28', closed)).toMatchObject({ monday: '2026-11-02', week: 1 });
    expect(weekToShow(menus, '2026-12-23', closed)).toMatchObject({ monday: '2027-01-04', week: 2 });
    expect(weekToShow([], '2026-11-04', closed)).toBeUndefined();
  });

  it('lets a newer menu take over from its own start, and an ended menu stop', () => {
    const winter = menu('winter', '2026-09-07', 3, '2027-03-26');
    const summer = menu('summer', '2027-04-12', 2);
    expect(menuOn([winter, summer], '2026-11-03')?.id).toBe('winter');
    expect(menuOn([summer, winter], '2027-04-13')?.id).toBe('summer');
    expect(menuOn([winter], '2027-04-13')).toBeUndefined();
    // The new menu starts at its own week 1, whatever week the old one had reached.
    expect(lunchOn([winter, summer], '2027-04-12', new Set())?.dishes[0]!.dish).toBe('W1 monday');
  });

  it('lists which week is which in the coming weeks, skipping holidays and stopping where the next menu starts', () => {
    const autumn = menu('autumn', '2026-09-07', 3);
    const spring = menu('spring', '2027-01-11', 2);
    const weeks = comingWeeks([autumn, spring], autumn, '2026-12-01', closed);
    expect(weeks.map((w) => [w.monday, w.week + 1])).toEqual([
      ['2026-11-30', 3],
      ['2026-12-07', 1],
      ['2026-12-14', 2],
      ['2027-01-04', 3],
    ]);
    const ended = menu('ended', '2026-09-07', 2, '2026-09-25');
    expect(comingWeeks([ended], ended, '2026-09-01', closed).map((w) => w.monday)).toEqual(['2026-09-07', '2026-09-14', '2026-09-21']);
  });
});

/**
 * Which lunch menu, and which week of its cycle, is served on a day. Week 1 is served in the week
 * of the menu's `starts`; each later school week takes the next week of the cycle, and a week
 * when school is closed all week (half term, a holiday) is skipped, so the week after half term
 * carries on where the cycle left off. A newer menu takes over from its own `starts`.
 */
import { MENU_DAYS, type Dish, type Menu, type MenuDay } from '../../schemas/menu';
import { addDays, weekdayOf, type LocalDate } from '../core/time';
import { isSchoolDay, isSchoolWeek, isWeekday, mondayOf } from './school-days';

/** A menu entry as these rules need it. */
export interface MenuLike {
  id: string;
  data: Pick<Menu, 'starts' | 'ends' | 'weeks'>;
}

/** One week of a menu as served: which menu, the Monday, and which week of the cycle (0 for week 1). */
export interface ServedWeek<M extends MenuLike> {
  menu: M;
  monday: LocalDate;
  week: number;
}

/** The menu served on a day: the latest to start on or before it, unless that one has ended. */
export function menuOn<M extends MenuLike>(menus: readonly M[], day: LocalDate): M | undefined {
  const started = menus.filter((m) => m.data.starts <= day).sort((a, b) => b.data.starts.localeCompare(a.data.starts) || a.id.localeCompare(b.id));
  const current = started[0];
  return current && (current.data.ends === undefined || day <= current.data.ends) ? current : undefined;
}

/**
 * Which week of its cycle a menu serves in the week starting `monday` (0 for week 1), counting
 * only school weeks since it started; undefined before it starts, and in a week with no school.
 */
export function cycleWeek(menu: MenuLike, monday: LocalDate, closed: ReadonlySet<LocalDate>): number | undefined {
  if (monday < menu.data.starts || !isSchoolWeek(monday, closed)) return undefined;
  let schoolWeeks = 0;
  for (let week = menu.data.starts; week < monday; week = addDays(week, 7)) if (isSchoolWeek(week, closed)) schoolWeeks++;
  return schoolWeeks % menu.data.weeks.length;
}

/** The week a day belongs to, as a family planning lunches sees it: at the weekend, the week ahead. */
export function planningMonday(day: LocalDate): LocalDate {
  return isWeekday(day) ? mondayOf(day) : mondayOf(addDays(day, 2));
}

/** How far ahead to look for the next school week: past the longest holiday (the summer) and a bit. */
const LOOK_AHEAD_WEEKS = 10;

/**
 * The menu week to show for `day`: this week's (the coming week's at the weekend), or, when
 * school is closed all that week, the next school week's. Undefined when no menu is served in
 * the weeks ahead.
 */
export function weekToShow<M extends MenuLike>(menus: readonly M[], day: LocalDate, closed: ReadonlySet<LocalDate>): ServedWeek<M> | undefined {
  const first = planningMonday(day);
  for (let n = 0; n < LOOK_AHEAD_WEEKS; n++) {
    const monday = addDays(first, 7 * n);
    // Menus start on a Monday, so the one in force on Monday serves the week.
    const menu = menuOn(menus, monday);
    const week = menu && cycleWeek(menu, monday, closed);
    if (menu && week !== undefined) return { menu, monday, week };
  }
  return undefined;
}

/** The weekday's name as the menu stores it ("monday"); undefined at the weekend. */
export function menuDayOf(day: LocalDate): MenuDay | undefined {
  return isWeekday(day) ? MENU_DAYS[weekdayOf(day) - 1] : undefined;
}

/** Today's lunch: the dishes, the menu and the week of its cycle, or undefined when school is closed or no menu is served. */
export function lunchOn<M extends MenuLike>(
  menus: readonly M[],
  day: LocalDate,
  closed: ReadonlySet<LocalDate>,
): (ServedWeek<M> & { dishes: Dish[] }) | undefined {
  const weekday = menuDayOf(day);
  if (!weekday || !isSchoolDay(day, closed)) return undefined;
  const menu = menuOn(menus, day);
  const monday = mondayOf(day);
  const week = menu && cycleWeek(menu, monday, closed);
  if (!menu || week === undefined) return undefined;
  return { menu, monday, week, dishes: menu.data.weeks[week]![weekday] };
}

/**
 * The Mondays of the coming school weeks a menu serves, from `from`'s week, with the week of the
 * cycle each one is: the printed menu's "which week is which". At most `count` weeks, and none
 * after the menu ends or a newer menu takes over.
 */
export function comingWeeks<M extends MenuLike>(menus: readonly M[], menu: M, from: LocalDate, closed: ReadonlySet<LocalDate>, count = 12): ServedWeek<M>[] {
  const weeks: ServedWeek<M>[] = [];
  const start = planningMonday(from) < menu.data.starts ? menu.data.starts : planningMonday(from);
  for (let monday = start, n = 0; weeks.length < count && n < count * 3; monday = addDays(monday, 7), n++) {
    if (menuOn(menus, monday)?.id !== menu.id) break;
    const week = cycleWeek(menu, monday, closed);
    if (week !== undefined) weeks.push({ menu, monday, week });
  }
  return weeks;
}

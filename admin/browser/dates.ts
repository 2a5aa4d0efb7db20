/**
 * The date box every date field gets (admin/config/widgets.ts, `dateWidget`): type a date the UK way
 * (10/12/2026, with a time such as 18:00 or 6pm where the field takes one) or pick it from a
 * calendar, which on a phone is the phone's own. Under the box the date is written out in words
 * ("Thursday 10 December 2026, 6pm"), so a day and month typed the wrong way round show at once.
 * Where a date or a date and time will do (an event's start and end), an "All day" switch says
 * which. What is saved is `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`, school time with no offset: nothing
 * goes through the browser's own time zone. A date that cannot be read, one outside the field's
 * years and what the build's check finds (an end before the start) show at the field.
 */
import CMS from 'decap-cms-app';
import { Component, createElement, createRef, type ChangeEvent } from 'react';
import { dateInWords, displayDate, readTypedDate, type DateBounds, type DateKind } from '../dates';
import { isAllDay, localDateOf } from '../../src/lib/core/time';
import { DATE_WIDGET } from '../config/widgets';
import { firstProblem, schemaValidity } from './checks';
import { FIELD_PROBLEM, type ControlProps, type FieldValidity } from './decap';

interface State {
  /** What is in the box, as typed or as the saved value is shown. */
  text: string;
  /** For a date or a date and time: whether it is a whole day. */
  allDay: boolean;
}

const boxStyle = { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '0.5rem 1rem', marginBlockStart: '0.5rem' } as const;
const hiddenStyle = {
  position: 'absolute',
  insetInlineStart: 0,
  insetBlockEnd: 0,
  inlineSize: '1px',
  blockSize: '1px',
  opacity: 0,
  pointerEvents: 'none',
} as const;
// Like Decap's own small buttons beside a field.
const buttonStyle = {
  padding: '0.35rem 0.9rem',
  border: '2px solid #dfdfe3',
  borderRadius: '5px',
  background: '#fff',
  color: '#313d3e',
  font: 'inherit',
  fontWeight: 600,
  cursor: 'pointer',
} as const;

class DateControl extends Component<ControlProps<string | undefined>, State> {
  private picker = createRef<HTMLInputElement>();

  constructor(props: ControlProps<string | undefined>) {
    super(props);
    const value = props.value ?? '';
    this.state = { text: this.shown(value), allDay: this.kind() === 'date' || (this.kind() === 'date-or-time' && value !== '' && isAllDay(value)) };
  }

  componentDidMount() {
    // A new entry dated today: the school's today (or the demonstration school's own date).
    if (this.props.value === '{{now}}') this.save(String(this.props.field.get('today') ?? localDateOf(new Date(), this.timeZone())));
  }

  componentDidUpdate(previous: ControlProps<string | undefined>) {
    // A value set from elsewhere (the calendar, a recovered draft): show it.
    const value = this.props.value ?? '';
    if (value !== (previous.value ?? '') && document.activeElement?.id !== this.props.forID && readTypedDate(value, this.bounds()).value === value) {
      this.setState({ text: this.shown(value), allDay: this.kind() === 'date' || (this.kind() === 'date-or-time' && isAllDay(value)) });
    }
  }

  kind(): DateKind {
    const kind = this.props.field.get('kind');
    return kind === 'datetime' || kind === 'date-or-time' ? kind : 'date';
  }

  timeZone(): string {
    return String(this.props.field.get('time_zone') ?? 'Europe/London');
  }

  bounds(): DateBounds {
    const { field } = this.props;
    const min: unknown = field.get('min');
    const max: unknown = field.get('max');
    return { kind: this.kind(), ...(typeof min === 'string' ? { min } : {}), ...(typeof max === 'string' ? { max } : {}) };
  }

  shown(value: string): string {
    return value === '{{now}}' ? '' : readTypedDate(value, { kind: 'date-or-time' }).value === value ? displayDate(value) : value;
  }

  save(value: string) {
    this.setState({ text: this.shown(value) });
    this.props.onChange(value);
  }

  /** Checked when the editor saves (and when the box is left): an arrow, because Decap calls it unbound. */
  isValid = (): FieldValidity => {
    const value = this.props.value ?? '';
    if (value === '') return true;
    const read = readTypedDate(value, this.bounds());
    const label = String(this.props.field.get('label') ?? this.props.field.get('name'));
    const own = (message: string): FieldValidity => ({ error: { type: FIELD_PROBLEM, message: `${label}: ${message}` } });
    if (read.problem) return own(read.problem);
    if (this.kind() === 'date-or-time' && !this.state.allDay && isAllDay(value)) {
      return own(`add the time, such as ${displayDate(value)} 18:00, or switch on “All day”.`);
    }
    return firstProblem(schemaValidity(this.props, value));
  };

  typed = (event: ChangeEvent<HTMLInputElement>) => {
    const text = event.target.value;
    this.setState({ text });
    if (text.trim() === '') return this.props.onChange('');
    const read = readTypedDate(text, this.bounds());
    // Typing a time is choosing a time: the event is no longer all day.
    if (read.value && !isAllDay(read.value)) this.setState({ allDay: false });
    // What cannot be read is kept as typed, so the message at the field can say what is wrong with it.
    this.props.onChange(read.value ?? text);
  };

  left = () => {
    this.props.setInactiveStyle?.();
    const value = this.props.value ?? '';
    if (readTypedDate(value, this.bounds()).value === value) this.setState({ text: this.shown(value) });
    this.props.validate?.();
  };

  picked = (event: ChangeEvent<HTMLInputElement>) => {
    const value = event.target.value;
    if (!value) return;
    this.save(value);
    // After the new value reaches the form, so the check sees it.
    setTimeout(() => this.props.validate?.(), 0);
  };

  openCalendar = () => {
    const picker = this.picker.current;
    if (!picker) return;
    try {
      picker.showPicker();
    } catch {
      // Browsers without showPicker open the picker when the field itself is clicked.
      picker.focus();
      picker.click();
    }
  };

  allDayChanged = (event: ChangeEvent<HTMLInputElement>) => {
    const allDay = event.target.checked;
    this.setState({ allDay });
    const value = this.props.value ?? '';
    const read = readTypedDate(value, { kind: 'date-or-time' });
    if (allDay && read.value) this.save(read.value.slice(0, 10));
    if (!allDay) {
      // Ready for the time to be typed after the date.
      this.setState({ text: read.value ? `${displayDate(read.value.slice(0, 10))} ` : this.state.text });
      document.getElementById(this.props.forID)?.focus();
    }
  };

  render() {
    const { forID, classNameWrapper, setActiveStyle } = this.props;
    const value = this.props.value ?? '';
    const kind = this.kind();
    const withTime = kind === 'datetime' || (kind === 'date-or-time' && !this.state.allDay);
    const { min, max } = this.bounds();
    const words = readTypedDate(value, this.bounds()).value === value ? dateInWords(value) : undefined;
    const pickerValue =
      value && readTypedDate(value, { kind: 'date-or-time' }).value === value ? (withTime ? (isAllDay(value) ? '' : value) : value.slice(0, 10)) : '';
    return createElement(
      'div',
      null,
      createElement('input', {
        id: forID,
        type: 'text',
        className: classNameWrapper,
        value: this.state.text,
        onChange: this.typed,
        onFocus: setActiveStyle,
        onBlur: this.left,
        inputMode: 'text',
        autoComplete: 'off',
        placeholder: withTime ? 'dd/mm/yyyy hh:mm' : 'dd/mm/yyyy',
        'aria-describedby': `${forID}-words`,
      }),
      createElement(
        'div',
        { style: boxStyle },
        createElement(
          'span',
          { style: { position: 'relative' } },
          createElement(
            'button',
            {
              type: 'button',
              style: buttonStyle,
              onClick: this.openCalendar,
              'aria-label': `Choose the ${withTime ? 'date and time' : 'date'} from a calendar`,
            },
            'Calendar',
          ),
          createElement('input', {
            ref: this.picker,
            type: withTime ? 'datetime-local' : 'date',
            tabIndex: -1,
            'aria-hidden': true,
            'data-picker-for': forID,
            style: hiddenStyle,
            value: pickerValue,
            min: min && (withTime ? `${min}T00:00` : min),
            max: max && (withTime ? `${max}T23:59` : max),
            onChange: this.picked,
          }),
        ),
        kind === 'date-or-time'
          ? createElement(
              'label',
              { style: { display: 'inline-flex', alignItems: 'center', gap: '0.4rem' } },
              createElement('input', {
                type: 'checkbox',
                style: { inlineSize: '1.1rem', blockSize: '1.1rem' },
                checked: this.state.allDay,
                onChange: this.allDayChanged,
              }),
              'All day',
            )
          : null,
        createElement('span', { id: `${forID}-words`, 'aria-live': 'polite', style: { fontWeight: 600, color: '#313d3e' } }, words ?? ''),
      ),
    );
  }
}

/** The saved value as the preview pane shows it: in words. */
function DatePreview({ value }: { value?: string }) {
  return createElement('p', null, value ? (dateInWords(value) ?? value) : '');
}

export function registerDates() {
  CMS.registerWidget(DATE_WIDGET, DateControl, DatePreview);
}

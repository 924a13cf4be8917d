import { Pipe, type PipeTransform } from '@angular/core';
import { formatDate, formatDateTime, type UiLocale } from '@bina-pustaka/shared-util';

/**
 * "25 November 2026, 14.00 WIB". Pure: the language is an argument, so switching it
 * re-renders the date without an impure pipe.
 */
@Pipe({ name: 'bpDateTime' })
export class DateTimePipe implements PipeTransform {
  transform(value: string | Date | null | undefined, language: UiLocale, dateOnly = false): string {
    if (value === null || value === undefined || value === '') return '';
    return dateOnly ? formatDate(value, language) : formatDateTime(value, language);
  }
}

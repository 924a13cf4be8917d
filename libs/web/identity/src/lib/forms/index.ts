import { FieldErrorComponent } from './field-error.component';
import { FeedbackFormDirective, FieldDirective } from './field.directive';

/** What every form page imports to wire its fields. */
export const FORM_FIELD = [FeedbackFormDirective, FieldDirective, FieldErrorComponent] as const;

import { FieldErrorComponent } from './field-error.component';
import { FeedbackFormDirective, FieldDirective } from './field.directive';

export { FieldErrorComponent } from './field-error.component';
export { FeedbackFormDirective, FieldDirective } from './field.directive';
export { FormFeedback } from './form-feedback';
export { atLeastOne, httpUrl, indonesianPhone, validationMessage, type ValidationMessage } from './validators';

/** What every form page imports to wire its fields. */
export const FORM_FIELD = [FeedbackFormDirective, FieldDirective, FieldErrorComponent] as const;

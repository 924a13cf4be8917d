import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

export type AlertTone = 'error' | 'success' | 'info';

/**
 * A message for the whole form or page. Errors are announced at once (role=alert),
 * confirmations politely (role=status).
 */
@Component({
  selector: 'bp-alert',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'alert',
    '[class.alert-error]': "tone() === 'error'",
    '[class.alert-success]': "tone() === 'success'",
    '[class.alert-info]': "tone() === 'info'",
    '[attr.role]': 'role()',
  },
  template: '<ng-content />',
})
export class AlertComponent {
  readonly tone = input<AlertTone>('info');
  protected readonly role = computed(() => (this.tone() === 'error' ? 'alert' : 'status'));
}

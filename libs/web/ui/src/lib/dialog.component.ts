import { ChangeDetectionStrategy, Component, type ElementRef, input, output, viewChild } from '@angular/core';

let nextId = 0;

/**
 * A modal built on <dialog>: the browser traps focus, closes on Escape and restores focus
 * to the opener, with no overlay library in the bundle.
 */
@Component({
  selector: 'bp-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dialog #dialog class="dialog" [attr.aria-labelledby]="headingId" (close)="closed.emit()">
      <h2 class="dialog-heading" [id]="headingId">{{ heading() }}</h2>
      <ng-content />
    </dialog>
  `,
})
export class DialogComponent {
  readonly heading = input.required<string>();
  readonly closed = output<void>();
  protected readonly headingId = `bp-dialog-${++nextId}`;
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');

  open(): void {
    const element = this.dialog().nativeElement;
    if (!element.open) element.showModal();
  }

  close(): void {
    this.dialog().nativeElement.close();
  }
}

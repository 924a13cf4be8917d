import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { CourseDetail, LessonDetail, ModuleDetail } from '@bina-pustaka/shared-contracts';
import { toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { CoursesApi, type OutlineOrder } from '@bina-pustaka/web-data-access/learning';
import { DialogComponent, FailureAlertComponent } from '@bina-pustaka/web-ui';
import { CourseEditorStore } from './course-editor.store';
import { LessonEditorComponent } from './lesson-editor.component';
import {
  applyMove,
  arrangeCourse,
  lessonDrop,
  lessonStep,
  moduleDrop,
  moduleStep,
  outlineOf,
  type OutlineMove,
} from './outline-moves';

type Dragged = { kind: 'module'; id: string } | { kind: 'lesson'; id: string };
type DropTarget = { moduleId: string; beforeLessonId: string | null } | { beforeModuleId: string | null };
type Removal = { kind: 'module'; module: ModuleDetail } | { kind: 'lesson'; lesson: LessonDetail };

/**
 * The Kurikulum section: modules and lessons, added, edited, deleted, and put in order by
 * dragging or with the move buttons. Each move sends the complete new order with the
 * outline version it was made on; a stale version means someone else changed it meanwhile.
 */
@Component({
  selector: 'bp-curriculum',
  imports: [TranslocoDirective, DialogComponent, FailureAlertComponent, LessonEditorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './curriculum.component.html',
  styleUrl: './curriculum.component.css',
})
export class CurriculumComponent {
  private readonly store = inject(CourseEditorStore);
  private readonly api = inject(CoursesApi);
  private readonly transloco = inject(TranslocoService);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly course = this.store.course;
  protected readonly editable = this.store.editable;

  protected readonly busy = signal(false);
  protected readonly failure = signal<ApiFailure | null>(null);
  /** What a screen reader hears after a move. */
  protected readonly announcement = signal('');
  protected readonly dragged = signal<Dragged | null>(null);
  protected readonly dropTarget = signal<string | null>(null);

  protected readonly editingLessonId = signal<string | null>(null);
  protected readonly addingToModuleId = signal<string | null>(null);
  protected readonly renamingModuleId = signal<string | null>(null);
  protected readonly moduleFailure = signal<ApiFailure | null>(null);
  protected readonly removal = signal<Removal | null>(null);
  protected readonly removeFailure = signal<ApiFailure | null>(null);
  private readonly removeDialog = viewChild.required<DialogComponent>('removeDialog');

  // Moves from the keyboard

  protected moveModule(module: ModuleDetail, direction: -1 | 1): void {
    const course = this.course();
    if (!course) return;
    const move = moduleStep(outlineOf(course), module.id, direction);
    if (move) void this.apply(move, `[data-move="module-${direction < 0 ? 'up' : 'down'}-${module.id}"]`);
  }

  protected moveLesson(lesson: LessonDetail, direction: -1 | 1): void {
    const course = this.course();
    if (!course) return;
    const move = lessonStep(outlineOf(course), lesson.id, direction);
    if (move) void this.apply(move, `[data-move="lesson-${direction < 0 ? 'up' : 'down'}-${lesson.id}"]`);
  }

  protected isFirstLesson(lesson: LessonDetail): boolean {
    const course = this.course();
    return course?.modules[0]?.lessons[0]?.id === lesson.id;
  }

  protected isLastLesson(lesson: LessonDetail): boolean {
    const modules = this.course()?.modules ?? [];
    const last = modules[modules.length - 1];
    return last?.lessons[last.lessons.length - 1]?.id === lesson.id;
  }

  // Drag and drop (native HTML; the buttons above do the same from the keyboard)

  protected dragStart(event: DragEvent, item: Dragged): void {
    if (!this.editable() || this.busy()) {
      event.preventDefault();
      return;
    }
    event.stopPropagation();
    event.dataTransfer?.setData('text/plain', item.id);
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
    this.dragged.set(item);
  }

  protected dragEnd(): void {
    this.dragged.set(null);
    this.dropTarget.set(null);
  }

  protected dragOver(event: DragEvent, target: DropTarget, key: string): void {
    const dragged = this.dragged();
    if (!dragged) return;
    const fits = 'moduleId' in target ? dragged.kind === 'lesson' : dragged.kind === 'module';
    if (!fits) return;
    event.preventDefault();
    event.stopPropagation();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    this.dropTarget.set(key);
  }

  protected drop(event: DragEvent, target: DropTarget): void {
    const dragged = this.dragged();
    const course = this.course();
    this.dragEnd();
    if (!dragged || !course) return;
    event.preventDefault();
    event.stopPropagation();
    const order = outlineOf(course);
    const move =
      dragged.kind === 'lesson' && 'moduleId' in target
        ? lessonDrop(order, dragged.id, target.moduleId, target.beforeLessonId)
        : dragged.kind === 'module' && 'beforeModuleId' in target
          ? moduleDrop(order, dragged.id, target.beforeModuleId)
          : null;
    if (move) void this.apply(move, null);
  }

  private async apply(move: OutlineMove, refocus: string | null): Promise<void> {
    const course = this.course();
    if (!course || this.busy()) return;
    const order = applyMove(outlineOf(course), move);
    if (!order) return;
    this.failure.set(null);
    this.busy.set(true);
    this.store.preview(arrangeCourse(course, order));
    this.announce(move, order, course);
    try {
      await this.store.change(this.api.reorder(course.id, order));
    } catch (error) {
      const failure = toApiFailure(error);
      this.failure.set(failure);
      this.announcement.set('');
      // 409: someone else changed the outline. Show theirs; the person arranges again.
      if (failure.status === 409) await this.store.load(course.id);
      else this.store.preview(course);
    } finally {
      this.busy.set(false);
    }
    if (refocus) this.refocus(refocus);
  }

  private announce(move: OutlineMove, order: OutlineOrder, course: CourseDetail): void {
    const t = (key: string, params: Record<string, unknown>) => this.transloco.translate(key, params);
    if (move.kind === 'module') {
      const module = course.modules.find((item) => item.id === move.moduleId);
      this.announcement.set(
        t('learning.curriculum.movedModule', {
          title: module?.title ?? '',
          position: move.toIndex + 1,
          total: order.modules.length,
        }),
      );
      return;
    }
    const lesson = course.modules.flatMap((item) => item.lessons).find((item) => item.id === move.lessonId);
    const moduleIndex = order.modules.findIndex((item) => item.id === move.toModuleId);
    this.announcement.set(
      t('learning.curriculum.movedLesson', {
        title: lesson?.title ?? '',
        position: move.toIndex + 1,
        total: order.modules[moduleIndex]?.lessonIds.length ?? 0,
        module: course.modules.find((item) => item.id === move.toModuleId)?.title ?? '',
      }),
    );
  }

  /** Keeps the keyboard on the moved item: its same button, or the other one at an edge. */
  private refocus(selector: string): void {
    afterNextRender(
      () => {
        const button = this.host.nativeElement.querySelector<HTMLButtonElement>(selector);
        if (button && !button.disabled) button.focus();
        else {
          const other = selector.includes('-up-')
            ? selector.replace('-up-', '-down-')
            : selector.replace('-down-', '-up-');
          this.host.nativeElement.querySelector<HTMLButtonElement>(other)?.focus();
        }
      },
      { injector: this.injector },
    );
  }

  // Modules

  protected async addModule(event: Event, input: HTMLInputElement): Promise<void> {
    event.preventDefault();
    const course = this.course();
    const title = input.value.trim();
    this.moduleFailure.set(null);
    if (!course) return;
    if (title.length < 3) {
      this.moduleFailure.set({
        status: 0,
        code: 'client',
        message: this.transloco.translate('learning.curriculum.moduleTitleShort'),
        issues: {},
      });
      input.focus();
      return;
    }
    try {
      await this.store.change(this.api.addModule(course.id, title), {
        key: 'learning.curriculum.moduleAdded',
        params: { title },
      });
      input.value = '';
    } catch (error) {
      this.moduleFailure.set(toApiFailure(error));
    }
  }

  protected async renameModule(event: Event, module: ModuleDetail, input: HTMLInputElement): Promise<void> {
    event.preventDefault();
    const title = input.value.trim();
    this.moduleFailure.set(null);
    try {
      await this.store.change(this.api.renameModule(module.id, title), {
        key: 'learning.curriculum.moduleRenamed',
        params: { title },
      });
      this.renamingModuleId.set(null);
    } catch (error) {
      this.moduleFailure.set(toApiFailure(error));
    }
  }

  protected startRename(module: ModuleDetail): void {
    this.moduleFailure.set(null);
    this.renamingModuleId.set(module.id);
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLInputElement>(`#rename-${module.id}`)?.select(), {
      injector: this.injector,
    });
  }

  // Lessons

  protected startAdd(module: ModuleDetail): void {
    this.editingLessonId.set(null);
    this.addingToModuleId.set(module.id);
  }

  protected lessonDone(lessonId: string): void {
    this.addingToModuleId.set(null);
    this.editingLessonId.set(null);
    afterNextRender(
      () => this.host.nativeElement.querySelector<HTMLElement>(`[data-lesson-title="${lessonId}"]`)?.focus(),
      {
        injector: this.injector,
      },
    );
  }

  // Deleting

  protected confirmRemove(removal: Removal): void {
    this.removal.set(removal);
    this.removeFailure.set(null);
    this.removeDialog().open();
  }

  protected async remove(): Promise<void> {
    const removal = this.removal();
    if (!removal) return;
    this.removeFailure.set(null);
    try {
      if (removal.kind === 'module') {
        await this.store.change(this.api.deleteModule(removal.module.id), {
          key: 'learning.curriculum.moduleDeleted',
          params: { title: removal.module.title },
        });
      } else {
        await this.store.change(this.api.deleteLesson(removal.lesson.id), {
          key: 'learning.curriculum.lessonDeleted',
          params: { title: removal.lesson.title },
        });
      }
      this.removeDialog().close();
    } catch (error) {
      this.removeFailure.set(toApiFailure(error));
    }
  }
}

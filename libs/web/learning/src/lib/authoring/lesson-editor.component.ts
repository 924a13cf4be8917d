import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  type OnInit,
  computed,
  inject,
  input,
  output,
  signal,
  type Signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
  type ValidatorFn,
} from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import type { LessonDetail, LessonKind, StoredFile } from '@bina-pustaka/shared-contracts';
import { CoursesApi, LESSON_KINDS, type LessonContentBody } from '@bina-pustaka/web-data-access/learning';
import { FORM_FIELD, FormFeedback, httpUrl } from '@bina-pustaka/web-identity/forms';
import { startWith } from 'rxjs';
import { FileUploadComponent } from '../shared/file-upload.component';
import { CourseEditorStore } from './course-editor.store';
import { FailureAlertComponent } from '@bina-pustaka/web-ui';

let nextId = 0;

type VideoSource = 'url' | 'upload';

/** Required only for the lesson kind (and video source) chosen in the same form. */
function requiredWhen(active: (form: AbstractControl) => boolean): ValidatorFn {
  return (control) => {
    const form = control.parent;
    return form && active(form) && !String(control.value ?? '').trim() ? { required: true } : null;
  };
}

const kindOf = (form: AbstractControl) => form.get('kind')?.value as LessonKind;

/** Adds or edits one lesson; what it asks for follows the lesson's kind. */
@Component({
  selector: 'bp-lesson-editor',
  imports: [ReactiveFormsModule, TranslocoDirective, FailureAlertComponent, FileUploadComponent, FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './lesson-editor.component.html',
})
export class LessonEditorComponent implements OnInit {
  /** Editing an existing lesson, or… */
  readonly lesson = input<LessonDetail | null>(null);
  /** …adding one to this module. */
  readonly moduleId = input<string | null>(null);
  readonly done = output<string>();
  readonly cancelled = output<void>();

  private readonly store = inject(CourseEditorStore);
  private readonly api = inject(CoursesApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly kinds = LESSON_KINDS;
  protected readonly id = `lesson-editor-${++nextId}`;
  protected readonly feedback = new FormFeedback();
  protected readonly videoFile = signal<StoredFile | null>(null);
  protected readonly file = signal<StoredFile | null>(null);
  protected readonly fileMissing = signal(false);
  protected readonly imageNote = signal<string | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    kind: ['text' as LessonKind],
    title: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(160)]],
    required: [true],
    estimatedMinutes: [10, [Validators.required, Validators.min(1), Validators.max(600)]],
    bodyMarkdown: ['', [requiredWhen((form) => kindOf(form) === 'text'), Validators.maxLength(100_000)]],
    videoSource: ['url' as VideoSource],
    videoUrl: [
      '',
      [requiredWhen((form) => kindOf(form) === 'video' && form.get('videoSource')?.value === 'url'), httpUrl],
    ],
    videoMinutes: [0, [Validators.min(0), Validators.max(600)]],
    videoSeconds: [0, [Validators.min(0), Validators.max(59)]],
    linkUrl: ['', [requiredWhen((form) => kindOf(form) === 'link'), httpUrl]],
  });
  protected readonly kind: Signal<LessonKind> = toSignal(
    this.form.controls.kind.valueChanges.pipe(startWith(this.form.controls.kind.value)),
    {
      requireSync: true,
    },
  );
  protected readonly videoSource: Signal<VideoSource> = toSignal(
    this.form.controls.videoSource.valueChanges.pipe(startWith(this.form.controls.videoSource.value)),
    { requireSync: true },
  );
  protected readonly editing = computed(() => this.lesson() !== null);

  ngOnInit(): void {
    this.fill();
  }

  private fill(): void {
    const lesson = this.lesson();
    if (!lesson) return;
    const duration = lesson.videoDurationSeconds ?? 0;
    this.form.reset({
      kind: lesson.kind,
      title: lesson.title,
      required: lesson.required,
      estimatedMinutes: lesson.estimatedMinutes,
      bodyMarkdown: lesson.bodyMarkdown ?? '',
      videoSource: lesson.videoFile ? 'upload' : 'url',
      videoUrl: lesson.videoUrl ?? '',
      videoMinutes: Math.floor(duration / 60),
      videoSeconds: duration % 60,
      linkUrl: lesson.linkUrl ?? '',
    });
    this.videoFile.set(lesson.videoFile);
    this.file.set(lesson.file);
  }

  /** An uploaded video knows its length: read it in the browser so the trainer need not type it. */
  protected readDuration(file: File): void {
    if (typeof document === 'undefined' || typeof URL.createObjectURL !== 'function') return;
    const url = URL.createObjectURL(file);
    const probe = document.createElement('video');
    probe.preload = 'metadata';
    probe.onloadedmetadata = () => {
      if (Number.isFinite(probe.duration) && probe.duration > 0) {
        const seconds = Math.max(1, Math.round(probe.duration));
        this.form.patchValue({ videoMinutes: Math.floor(seconds / 60), videoSeconds: seconds % 60 });
      }
      URL.revokeObjectURL(url);
    };
    probe.onerror = () => URL.revokeObjectURL(url);
    probe.src = url;
  }

  /** Uploads an image and writes its Markdown where the cursor is: `![name](file:<id>)`. */
  protected insertImage(image: StoredFile, textarea: HTMLTextAreaElement): void {
    const control = this.form.controls.bodyMarkdown;
    const alt = image.name.replace(/\.[a-z0-9]+$/i, '').replace(/[[\]]/g, '');
    const snippet = `![${alt}](file:${image.id})`;
    const start = textarea.selectionStart ?? control.value.length;
    const end = textarea.selectionEnd ?? start;
    const value = control.value;
    const before = value.slice(0, start);
    const glue = before && !before.endsWith('\n') ? '\n\n' : '';
    control.setValue(`${before}${glue}${snippet}\n\n${value.slice(end)}`);
    control.markAsDirty();
    this.imageNote.set(image.name);
  }

  protected async submit(): Promise<void> {
    const kind = this.kind();
    for (const name of ['bodyMarkdown', 'videoUrl', 'linkUrl'] as const)
      this.form.controls[name].updateValueAndValidity();
    const needsFile =
      kind === 'file' ? !this.file() : kind === 'video' && this.videoSource() === 'upload' && !this.videoFile();
    this.fileMissing.set(needsFile);
    if (needsFile) {
      this.form.markAllAsTouched();
      this.host.nativeElement.querySelector<HTMLInputElement>('input[type="file"]')?.focus();
      return;
    }
    const value = this.form.getRawValue();
    const duration = Number(value.videoMinutes) * 60 + Number(value.videoSeconds);
    const content: LessonContentBody = {
      title: value.title.trim(),
      required: value.required,
      estimatedMinutes: Number(value.estimatedMinutes),
      ...(kind === 'text' ? { bodyMarkdown: value.bodyMarkdown } : {}),
      ...(kind === 'video'
        ? this.videoSource() === 'url'
          ? { videoUrl: value.videoUrl.trim(), videoFileId: null, videoDurationSeconds: duration > 0 ? duration : null }
          : {
              videoFileId: this.videoFile()?.id ?? null,
              videoUrl: null,
              videoDurationSeconds: duration > 0 ? duration : null,
            }
        : {}),
      ...(kind === 'file' ? { fileId: this.file()?.id ?? null } : {}),
      ...(kind === 'link' ? { linkUrl: value.linkUrl.trim() } : {}),
    };
    const lesson = this.lesson();
    const moduleId = this.moduleId();
    await this.feedback.submit(this.form, this.host.nativeElement, async () => {
      if (lesson) {
        await this.store.change(this.api.updateLesson(lesson.id, content), {
          key: 'learning.curriculum.lessonSaved',
          params: { title: content.title },
        });
        this.done.emit(lesson.id);
      } else if (moduleId) {
        const course = await this.store.change(
          this.api.addLesson(moduleId, { ...content, kind, title: content.title ?? '' }),
          { key: 'learning.curriculum.lessonAdded', params: { title: content.title } },
        );
        const added = course.modules.find((module) => module.id === moduleId)?.lessons.at(-1);
        this.done.emit(added?.id ?? '');
      }
    });
  }
}

import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { DomSanitizer, type SafeResourceUrl } from '@angular/platform-browser';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink, type LearnerLesson, type StoredFile } from '@bina-pustaka/shared-contracts';
import { LanguageStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import {
  AUTO_SAVE_FILE_BYTES,
  LearnerApi,
  OfflineLessons,
  formatBytes,
  type LessonProgressEvent,
} from '@bina-pustaka/web-data-access/learning';
import { filter, firstValueFrom, map } from 'rxjs';
import { PlayerStore } from './player.store';
import {
  PlayedRangesStore,
  ProgressThrottle,
  REPORT_INTERVAL_MS,
  VIDEO_DONE_FRACTION,
  VisibleTimeClock,
  mergeRanges,
  rangesOf,
  watchedFraction,
} from './progress-tracking';
import { FailureAlertComponent, saveBlob } from '@bina-pustaka/web-ui';

/** Only the two players the page's CSP lets us frame. */
const EMBED_ADDRESS = /^https:\/\/(www\.youtube-nocookie\.com\/embed\/|player\.vimeo\.com\/video\/)[A-Za-z0-9_-]+$/;

/** Where a lesson's file is: not on this device, being saved, or saved for reading offline. */
export type FileCopy = 'none' | 'saving' | 'saved';

/**
 * One lesson in the player, reporting progress the way the api counts it. Reports go through
 * the progress outbox: kept on the device, sent when the server can be reached.
 */
@Component({
  selector: 'bp-lesson-view',
  imports: [RouterLink, TranslocoDirective, FailureAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './lesson-view.component.html',
  styleUrl: './lesson-view.component.css',
})
export class LessonViewComponent {
  private readonly api = inject(LearnerApi);
  private readonly offlineLessons = inject(OfflineLessons);
  protected readonly store = inject(PlayerStore);
  private readonly sanitizer = inject(DomSanitizer);
  private readonly injector = inject(Injector);
  private readonly route = inject(ActivatedRoute);
  private readonly ranges = new PlayedRangesStore();
  protected readonly language = inject(LanguageStore).current;
  protected readonly doneAt = Math.round(VIDEO_DONE_FRACTION * 100);

  protected readonly data = signal<LearnerLesson | null>(null);
  /** A text lesson's body, its images shown from this device when they are saved there. */
  protected readonly bodyHtml = signal('');
  protected readonly loading = signal(true);
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly watchedPercent = signal(0);
  protected readonly fileCopy = signal<FileCopy>('none');
  protected readonly autoSaveBytes = AUTO_SAVE_FILE_BYTES;
  protected readonly state = computed(() => {
    const data = this.data();
    return data ? this.store.shownStateOf(data.lesson.id) : 'not-started';
  });
  /** Done here or on the server: the lesson's hint says so either way. */
  protected readonly done = computed(() => {
    const data = this.data();
    return !!data && this.store.finished(data.lesson.id);
  });
  /** Opening it failed for want of a connection: it was never saved on this device. */
  protected readonly notSaved = computed(() => this.failure()?.code === 'network');
  protected readonly embedUrl = computed<SafeResourceUrl | null>(() => {
    const url = this.data()?.lesson.videoEmbedUrl;
    return url && EMBED_ADDRESS.test(url) ? this.sanitizer.bypassSecurityTrustResourceUrl(url) : null;
  });
  protected readonly previous = computed(() => this.neighbour(this.data()?.previousLessonId ?? null));
  protected readonly next = computed(() => this.neighbour(this.data()?.nextLessonId ?? null));

  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  private readonly sentinel = viewChild<ElementRef<HTMLElement>>('sentinel');
  private readonly video = viewChild<ElementRef<HTMLVideoElement>>('video');
  private readonly embed = viewChild<ElementRef<HTMLIFrameElement>>('embed');
  private stopTracking: (() => void) | null = null;
  private releaseImages: () => void = () => undefined;

  constructor() {
    this.route.paramMap
      .pipe(
        map((params) => params.get('lessonId') ?? ''),
        takeUntilDestroyed(),
      )
      .subscribe((lessonId) => void this.show(lessonId));
    this.store.outbox.delivered
      .pipe(
        filter((result) => result.lessonId === this.data()?.lesson.id),
        takeUntilDestroyed(),
      )
      .subscribe((result) => {
        const data = this.data();
        if (!data) return;
        this.data.set({ ...data, state: result.state, watchedFraction: result.watchedFraction });
        this.watchedPercent.set(Math.max(this.watchedPercent(), Math.floor(result.watchedFraction * 100)));
      });
    inject(DestroyRef).onDestroy(() => {
      this.stop();
      this.releaseImages();
    });
  }

  protected size(bytes: number): string {
    return formatBytes(bytes, this.language());
  }

  protected lessonLink(lessonId: string): string {
    return appLink(APP_PATHS.playerLesson, { courseId: this.data()?.courseId ?? '', lessonId });
  }

  /** File downloaded or link followed: that is what completes these lessons. */
  protected opened(): void {
    void this.report({ event: 'opened' });
  }

  /**
   * The file's download: from this device when it is saved (no data used, works offline),
   * else the browser downloads it through its signed link as before.
   */
  protected async download(event: MouseEvent, file: StoredFile): Promise<void> {
    this.opened();
    if (this.fileCopy() !== 'saved') return;
    event.preventDefault();
    const blob = await this.offlineLessons.fileBlob(file.id);
    if (blob) return saveBlob(blob, file.name);
    // Gone from the device meanwhile (the browser may tidy storage): download it as before.
    this.fileCopy.set('none');
    const link = Object.assign(document.createElement('a'), { href: file.url, download: file.name });
    link.click();
  }

  /** A file above the automatic limit, saved because the learner asked. */
  protected async saveFile(file: StoredFile): Promise<void> {
    this.fileCopy.set('saving');
    const saved = await this.offlineLessons.saveFile(file);
    this.fileCopy.set(saved ? 'saved' : 'none');
    if (saved) void this.store.refreshSaved();
  }

  protected retry(): void {
    const lessonId = this.route.snapshot.paramMap.get('lessonId');
    if (lessonId) void this.show(lessonId);
  }

  private neighbour(lessonId: string | null) {
    if (!lessonId) return null;
    const lesson = this.store.lessons().find((item) => item.id === lessonId);
    return { id: lessonId, title: lesson?.title ?? '' };
  }

  private async show(lessonId: string): Promise<void> {
    this.stop();
    this.loading.set(true);
    this.failure.set(null);
    this.fileCopy.set('none');
    try {
      const data = await firstValueFrom(this.api.lesson(lessonId));
      const body = await this.offlineLessons.withSavedImages(data.lesson.bodyHtml ?? '');
      this.releaseImages();
      this.releaseImages = body.release;
      this.bodyHtml.set(body.html);
      this.data.set(data);
      this.watchedPercent.set(Math.round(data.watchedFraction * 100));
      void this.keepForOffline(data);
    } catch (error) {
      this.data.set(null);
      this.failure.set(toApiFailure(error));
      return;
    } finally {
      this.loading.set(false);
    }
    // Shown: the api remembers it as the place to resume (only opening a file or link completes those).
    void this.report({ event: 'viewed' }, lessonId);
    afterNextRender(
      () => {
        // A new lesson after a click in the outline or on Berikutnya: start reading at its title.
        this.heading()?.nativeElement.focus();
        this.startTracking();
      },
      { injector: this.injector },
    );
  }

  /** Opened online, the lesson itself is now saved by the service worker; its file or images are saved here. */
  private async keepForOffline(data: LearnerLesson): Promise<void> {
    const file = data.lesson.kind === 'file' ? data.lesson.file : null;
    if (file && (await this.offlineLessons.hasFile(file.id))) this.fileCopy.set('saved');
    else if (file && file.sizeBytes <= AUTO_SAVE_FILE_BYTES && !this.store.offline()) await this.saveFile(file);
    if (data.lesson.kind === 'text' && !this.store.offline())
      await this.offlineLessons.saveImages(data.lesson.bodyHtml ?? '');
    void this.store.refreshSaved();
  }

  private startTracking(): void {
    const data = this.data();
    if (!data) return;
    const { lesson } = data;
    if (lesson.kind === 'text') this.stopTracking = this.trackReading(lesson.id);
    else if (lesson.kind === 'video' && this.video())
      this.stopTracking = this.trackVideo(lesson.id, data.watchedFraction);
    else if (lesson.kind === 'video' && this.embed()) {
      const duration = lesson.videoDurationSeconds ?? lesson.estimatedMinutes * 60;
      this.stopTracking = this.trackEmbed(lesson.id, duration, data.watchedFraction);
    }
  }

  private stop(): void {
    this.stopTracking?.();
    this.stopTracking = null;
  }

  /** Text: done when the end of the body has been on screen. */
  private trackReading(lessonId: string): () => void {
    const sentinel = this.sentinel()?.nativeElement;
    if (!sentinel || this.store.finished(lessonId) || typeof IntersectionObserver === 'undefined') {
      return () => undefined;
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        void this.report({ event: 'reached-end' }, lessonId);
      }
    });
    observer.observe(sentinel);
    return () => observer.disconnect();
  }

  /** Uploaded video: the parts actually played (on this device, across visits), every ~10 s and on pause/end. */
  private trackVideo(lessonId: string, alreadyReported: number): () => void {
    const video = this.video()?.nativeElement;
    if (!video) return () => undefined;
    const saved = this.ranges.load(lessonId);
    const throttle = new ProgressThrottle(alreadyReported);
    const check = (force: boolean) => {
      const played = mergeRanges([...saved, ...rangesOf(video.played)]);
      const fraction = watchedFraction(played, video.duration);
      this.watchedPercent.set(Math.max(this.watchedPercent(), Math.floor(fraction * 100)));
      const send = throttle.next(fraction, Date.now(), force);
      if (send === null) return;
      this.ranges.save(lessonId, played);
      void this.report({ event: 'video-progress', watchedFraction: send }, lessonId);
    };
    const onTime = () => check(false);
    const onStop = () => check(true);
    video.addEventListener('timeupdate', onTime);
    video.addEventListener('pause', onStop);
    video.addEventListener('ended', onStop);
    return () => {
      video.removeEventListener('timeupdate', onTime);
      video.removeEventListener('pause', onStop);
      video.removeEventListener('ended', onStop);
      check(true);
    };
  }

  /** YouTube/Vimeo: the time the lesson was on screen in a visible tab, against the video's length. */
  private trackEmbed(lessonId: string, durationSeconds: number, alreadyReported: number): () => void {
    const frame = this.embed()?.nativeElement;
    if (!frame) return () => undefined;
    const clock = new VisibleTimeClock(durationSeconds, alreadyReported);
    const throttle = new ProgressThrottle(alreadyReported);
    let onScreen = true;
    const visible = () => onScreen && document.visibilityState === 'visible';
    const check = (force: boolean) => {
      const fraction = clock.fraction(Date.now());
      this.watchedPercent.set(Math.max(this.watchedPercent(), Math.floor(fraction * 100)));
      const send = throttle.next(fraction, Date.now(), force);
      if (send !== null) void this.report({ event: 'video-progress', watchedFraction: send }, lessonId);
    };
    const observer =
      typeof IntersectionObserver === 'undefined'
        ? null
        : new IntersectionObserver((entries) => {
            onScreen = entries.some((entry) => entry.isIntersecting);
            clock.update(visible(), Date.now());
          });
    observer?.observe(frame);
    const onVisibility = () => {
      clock.update(visible(), Date.now());
      if (!visible()) check(true);
    };
    document.addEventListener('visibilitychange', onVisibility);
    clock.update(visible(), Date.now());
    const timer = setInterval(() => check(false), REPORT_INTERVAL_MS);
    return () => {
      clearInterval(timer);
      observer?.disconnect();
      document.removeEventListener('visibilitychange', onVisibility);
      check(true);
    };
  }

  private report(event: LessonProgressEvent, lessonId = this.data()?.lesson.id): Promise<void> {
    return lessonId ? this.store.outbox.record(lessonId, event) : Promise.resolve();
  }
}
